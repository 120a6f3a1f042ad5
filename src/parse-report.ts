// The pipeline: read → rows → structure → enrich → validate. Each stage is a plain
// function of the one before; this module only wires them together.
import { upgradeReport } from './model/migrate.js';
import { countBySeverity, Diagnostics } from './diagnostics/diagnostics.js';
import { enrichMeasure, mapMeasures } from './enrich/enrich.js';
import { mergeRegistries, shippedRegistry } from './enrich/programs/registry.js';
import { ProgramResolver } from './enrich/programs/resolve.js';
import { mergeExecutors, shippedExecutors } from './enrich/executors/registry.js';
import { ExecutorResolver } from './enrich/executors/resolve.js';
import type { ExecutorEntry } from './model/executors.js';
import { executorSummaries, fundingStats, programRefStats, programSummaries } from './enrich/summaries.js';
import type { ProgramEntry } from './model/registry.js';
import { InputError } from './errors.js';
import { ReportSchema, SCHEMA_VERSION, type Priority, type Report, type Stats } from './model/schema.js';
import { withDefaults, type Limits } from './read/limits.js';
import { detectFormat } from './read/detect-format.js';
import { readInput, type RawInput, type ReportInput } from './read/read-input.js';
import { readRows } from './rows/format-readers.js';
import { buildTree, type ReportTree } from './structure/build-tree.js';
import { checkTotals } from './validate/totals.js';
import { runRules, schemaProblems } from './validate/validate.js';
import { createHash } from 'node:crypto';

export interface ParseOptions {
  /** Character encoding of a text input; detected when absent. */
  encoding?: string;
  /** Programme registry entries that add to the shipped registry or replace its entries by id. */
  programs?: readonly ProgramEntry[];
  /** Executor registry entries that add to the shipped registry (data/executors.json) or replace by id. */
  executors?: readonly ExecutorEntry[];
  /** Raise or lower the limits that guard against hostile input. */
  limits?: Partial<Limits>;
  /** Threads reading a PDF's pages at once: by default half the cores, at most four. */
  pdfThreads?: number;
  /** The engine that reads PDF pages: PDFium (default) or pdf.js, the reader it is tested against. */
  pdfEngine?: 'pdfjs' | 'pdfium';
}

function statsOf(tree: ReportTree, priorities: readonly Priority[], diagnostics: Report['diagnostics']): Stats {
  const sectors = priorities.flatMap((p) => p.sectors);
  const tasks = sectors.flatMap((s) => s.tasks);
  const measures = tasks.flatMap((t) => t.measures);
  return {
    counts: {
      priorities: priorities.length,
      goals: priorities.filter((p) => p.goal !== null).length,
      sectors: sectors.length,
      tasks: tasks.length,
      measures: measures.length,
      subMeasures: measures.filter((m) => m.parent !== null).length,
    },
    diagnostics: countBySeverity(diagnostics),
    lines: tree.lines,
    funding: fundingStats(measures),
    programRefs: programRefStats(measures),
  };
}

/** A report JSON written earlier by this tool, validated against the schema. */
function readReportJson(raw: RawInput): Report {
  const name = raw.path ?? 'input';
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(raw.bytes));
  } catch (error) {
    throw new InputError(`${name}: not valid JSON (${(error as Error).message})`);
  }
  const result = ReportSchema.safeParse(upgradeReport(data));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(
      `${name}: not a zhyt-report JSON report of schema ${SCHEMA_VERSION} ` +
        `(${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'})`,
    );
  }
  return result.data;
}

/** Parses a report (a path, or bytes) into the validated report object. */
export async function parseReport(input: ReportInput, options: ParseOptions = {}): Promise<Report> {
  const raw = await readInput(input, withDefaults(options.limits).maxInputBytes);
  if (detectFormat(raw.bytes, raw.path) === 'report-json') return readReportJson(raw);
  const diagnostics = new Diagnostics();
  // Rows are read as the tree is built, so a limit may trip in either; every message names the input.
  const { table, tree } = await (async () => {
    const source = await readRows(detectFormat(raw.bytes, raw.path), {
      bytes: raw.bytes,
      name: raw.path ?? 'input',
      limits: withDefaults(options.limits),
      encoding: options.encoding,
      pdfThreads: options.pdfThreads,
      pdfEngine: options.pdfEngine,
    });
    for (const notice of source.notices ?? []) diagnostics.add(notice.code, notice.details, notice.source);
    return { table: source, tree: buildTree(source.rows, diagnostics) };
  })().catch((error: unknown) => {
    const name = raw.path ?? 'input';
    if (error instanceof InputError && !error.message.startsWith(`${name}:`))
      error.message = `${name}: ${error.message}`;
    // The readers walk input with loops and refuse deep nesting (--max-depth); should a
    // library below them still recurse too deep, the input is refused, not the tool.
    if (error instanceof RangeError && /call stack/i.test(error.message))
      throw new InputError(`${name}: nested too deeply to read (lower --max-depth to refuse it sooner)`);
    throw error;
  });
  const { kinds } = tree;
  if (!kinds.priority && !kinds.sector && !kinds.task && !kinds.measure) {
    throw new InputError(`${raw.path ?? 'input'}: no report table found (no heading, task or measure rows)`);
  }
  if (tree.priorities.every((p) => p.sectors.every((s) => s.tasks.every((t) => t.measures.length === 0)))) {
    diagnostics.add('no-measures', {}, { line: 1 });
  }
  const resolver = new ProgramResolver(mergeRegistries(shippedRegistry(), options.programs ?? []));
  const executors = new ExecutorResolver(mergeExecutors(shippedExecutors(), options.executors ?? []));
  const context = { programs: resolver, executors, diagnostics, units: tree.units };
  const priorities = mapMeasures(tree.priorities, (draft) => enrichMeasure(draft, context));
  runRules(priorities, diagnostics);
  const totals = checkTotals(tree.totals, priorities, diagnostics, tree.units);
  const measures = priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
  const list = diagnostics.list();
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: raw.path,
      format: table.format,
      encoding: table.encoding,
      bytes: raw.bytes.length,
      sha256: createHash('sha256').update(raw.bytes).digest('hex'),
    },
    report: { ...tree.meta, totals },
    priorities,
    programs: programSummaries(measures, resolver.entries),
    executors: executorSummaries(measures, executors.entries),
    diagnostics: list,
    stats: statsOf(tree, priorities, list),
  };
  const problems = schemaProblems(report);
  if (problems.length > 0)
    throw new Error(`built report does not match its schema (a bug): ${problems.slice(0, 3).join('; ')}`);
  return report;
}
