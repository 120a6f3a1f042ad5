// The library API: `import { parseReport } from 'zhyt-report'`.
export { parseReport, type ParseOptions } from './parse-report.js';
export type { ReportInput } from './read/read-input.js';
export {
  emit,
  emitChunks,
  type EmitOptions,
  formatFromPath,
  OUTPUT_FORMATS,
  toCsv,
  toJson,
  toNdjson,
  type OutputFormat,
} from './emit/index.js';
export { measureRecords } from './emit/records.js';
export { CATALOGUE, type DiagnosticCode, type DiagnosticType } from './diagnostics/catalogue.js';
export { InputError, StreamWriteError } from './errors.js';
export * from './model/schema.js';
export { jsonSchemaOf } from './model/json-schema.js';
export {
  DECISIONS as STATUS_DECISIONS,
  STATUS_MEANINGS,
  STATUS_RULES,
  measureStatus,
  type StatusRuleSpec,
} from './enrich/status/index.js';
export { diffReports, hasChanges, type ReportDiff } from './compare/diff.js';
export { diffCsv, diffJson, diffText } from './compare/diff-views.js';
export { buildHistory, byPeriod } from './compare/history.js';
export { HISTORY_COLUMNS, historyChunks, historyCsv } from './emit/history.js';
export { reportStats, type ReportStats } from './emit/stats.js';
export { statsText } from './emit/stats-text.js';
export { htmlReport } from './emit/html/page.js';
export { dataPackage } from './emit/datapackage.js';
export { suggestPrograms, type ProgramSuggestion, type Suggestions } from './enrich/programs/suggest.js';
export { mergeRegistries, readRegistryFile, shippedRegistry } from './enrich/programs/registry.js';
export type { ProgramEntry } from './model/registry.js';
export { mergeExecutors, readExecutorsFile, shippedExecutors } from './enrich/executors/registry.js';
export { ExecutorResolver, foldExecutor } from './enrich/executors/resolve.js';
export type { ExecutorEntry } from './model/executors.js';
// The guards of «Limits and safety», and writing outputs the way the command line
// does (a temporary file renamed into place; never over an input).
export { DEFAULT_LIMITS, type Limits, limitError, withDefaults } from './read/limits.js';
export { checkTarget, removeOwnTempFiles, writeAtomically, writeChunks } from './emit/write-output.js';
