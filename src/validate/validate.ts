// The last stage before output: domain rules over the tree, then the Zod schema over
// the whole report, so nothing leaves the tool that the published schema rejects.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import { MeasureSchema, ReportSchema, type Priority, type Report } from '../model/schema.js';
import type { Rule } from './rule.js';
import { RULES } from './rules/index.js';

export function runRules(
  priorities: readonly Priority[],
  diagnostics: Diagnostics,
  rules: readonly Rule[] = RULES,
): void {
  for (const rule of rules) {
    for (const finding of rule.check(priorities))
      diagnostics.add(rule.code, finding.details, finding.source, finding.field);
  }
}

/**
 * Schema problems as messages (`path: problem`); empty when the report is valid.
 * The measures, most of a report, are checked one at a time against MeasureSchema
 * and the rest with the measure lists emptied: zod builds a copy of what it checks,
 * and a copy of 50,000 measures made at once lives long enough to be moved twice by
 * the garbage collector. The schemas are the same ones (a test compares the two ways).
 */
export function schemaProblems(report: unknown): string[] {
  // Stryker disable next-line ConditionalExpression: both ways find the same problems (a test compares them)
  if (!isReportShaped(report)) return issues(ReportSchema.safeParse(report), []);
  const skeleton = {
    ...report,
    priorities: report.priorities.map((p) => ({
      ...p,
      sectors: p.sectors.map((s) => ({ ...s, tasks: s.tasks.map((t) => ({ ...t, measures: [] })) })),
    })),
  };
  const problems = issues(ReportSchema.safeParse(skeleton), []);
  for (const [pi, p] of report.priorities.entries())
    for (const [si, s] of p.sectors.entries())
      for (const [ti, t] of s.tasks.entries())
        for (const [mi, m] of t.measures.entries()) {
          const path = ['priorities', pi, 'sectors', si, 'tasks', ti, 'measures', mi];
          problems.push(...issues(MeasureSchema.safeParse(m), path));
        }
  return problems;
}

type Shaped = { priorities: Array<{ sectors: Array<{ tasks: Array<{ measures: unknown[] }> }> }> };

/** Arrays all the way down to the measures: else the whole report goes to the schema as it is. */
// Stryker disable all: it only picks the faster of two checks that find the same problems (compared by a test)
function isReportShaped(value: unknown): value is Shaped {
  const list = (v: unknown, key: string): unknown[] | null => {
    const inner = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    return Array.isArray(inner) ? inner : null;
  };
  return (
    list(value, 'priorities')?.every(
      (p) =>
        list(p, 'sectors')?.every((s) => list(s, 'tasks')?.every((t) => list(t, 'measures') !== null) ?? false) ??
        false,
    ) ?? false
  );
}
// Stryker restore all

function issues(
  result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } },
  prefix: PropertyKey[],
): string[] {
  // Stryker disable next-line ConditionalExpression: a failed parse always has an error, a successful one none
  if (result.success) return [];
  // Stryker disable next-line OptionalChaining,ArrayDeclaration: as above, the error is there whenever this runs
  return (result.error?.issues ?? []).map(
    (issue) => `${[...prefix, ...issue.path].map(String).join('.') || '(root)'}: ${issue.message}`,
  );
}

export type { Report };
