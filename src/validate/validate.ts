// The last stage before output: domain rules over the tree, then the Zod schema over
// the whole report, so nothing leaves the tool that the published schema rejects.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { ReportSchema, type Priority, type Report } from '../model/schema.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';

export function runRules(priorities: readonly Priority[], diagnostics: Diagnostics, rules: readonly Rule[] = RULES): void {
  for (const rule of rules) {
    for (const finding of rule.check(priorities)) diagnostics.add(rule.code, finding.message, finding.source, finding.field);
  }
}

/** Schema problems as messages (`path: problem`); empty when the report is valid. */
export function schemaProblems(report: unknown): string[] {
  const result = ReportSchema.safeParse(report);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

export type { Report };
