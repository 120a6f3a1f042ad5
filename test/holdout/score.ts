// How a hold-out file is scored against its label (test/holdout/*/labels.json): the
// counts, no error, and each hand-checked measure (title, executors, execution) found
// under its sector and number.
import { InputError, parseReport, type Report } from 'zhyt-report';
import { collapse, measuresWithSector } from '../helpers.js';

export interface HoldoutLabel {
  file: string;
  expect: 'read' | 'refuse';
  counts?: Record<string, number>;
  measures?: Array<{ sector: string; number: string; title: string; execution: string; executors: string }>;
}

const key = (sector: string, number: string) => `${collapse(sector).toLowerCase()}|${number.replace(/\.$/, '')}`;

/** What the label says that does not hold of the report. */
export function labelProblems(label: HoldoutLabel, report: Report): string[] {
  const out: string[] = [];
  const { counts } = report.stats;
  for (const [k, v] of Object.entries(label.counts ?? {}))
    if (counts[k as keyof typeof counts] !== v) out.push(`${k} ${counts[k as keyof typeof counts]}≠${v}`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    out.push(
      `errors: ${errors
        .slice(0, 2)
        .map((d) => d.code)
        .join(', ')}`,
    );
  const all = measuresWithSector(report);
  const byKey = new Map<string, (typeof all)[number]['m']>();
  for (const { s, m } of all) if (!byKey.has(key(s.name, m.number))) byKey.set(key(s.name, m.number), m);
  for (const want of label.measures ?? []) {
    const got = byKey.get(key(want.sector, want.number));
    if (!got) out.push(`missing ${want.sector} ${want.number}`);
    else if (
      collapse(got.title) !== collapse(want.title) ||
      collapse(got.execution) !== collapse(want.execution) ||
      collapse(got.executors.join(', ')) !== collapse(want.executors)
    )
      out.push(`${want.sector} ${want.number}`);
  }
  return out;
}

/** A file's problems: a refusal that is not one line, or what its label says that does not hold. */
async function fileProblems(folder: string, label: HoldoutLabel): Promise<string[]> {
  const result = await parseReport(`${folder}${label.file}`).catch((e: unknown) => e);
  if (label.expect === 'refuse')
    return result instanceof InputError && !result.message.includes('\n') ? [] : ['not refused in one line'];
  if (result instanceof Error) return [`refused: ${result.message}`];
  return labelProblems(label, result as Report);
}

/** Every file of a hold-out folder scored: how many are right, and a line naming the wrong ones. */
export async function scoreHoldout(
  folder: string,
  labels: readonly HoldoutLabel[],
): Promise<{ right: number; wrong: string }> {
  const results: Array<[string, string[]]> = [];
  for (const label of labels) results.push([label.file, await fileProblems(folder, label)]);
  const wrong = results
    .filter(([, p]) => p.length > 0)
    .map(([f, p]) => `${f} (${p.length} problems: ${p.slice(0, 3).join('; ')})`)
    .join(', ');
  return { right: results.filter(([, p]) => p.length === 0).length, wrong };
}
