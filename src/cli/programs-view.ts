// What `zhyt-report programs` prints: the registry, or one report's use of it.
import type { ProgramEntry } from '../model/registry.js';
import type { Report } from '../model/schema.js';

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] as number))).join('  ').trimEnd();
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}

export function registryTable(registry: readonly ProgramEntry[]): string {
  return table(
    ['id', 'years', 'aliases', 'name'],
    registry.map((p) => [p.id, `${p.years.from}-${p.years.to}`, String(p.aliases.length), p.name]),
  );
}

export function registryJson(registry: readonly ProgramEntry[]): string {
  return `${JSON.stringify({ programs: registry }, null, 2)}\n`;
}

function unresolvedRefs(report: Report) {
  return report.priorities.flatMap((p) =>
    p.sectors.flatMap((s) =>
      s.tasks.flatMap((t) =>
        t.measures.flatMap((m) => m.programRefs.filter((r) => r.programId === null).map((r) => ({ measure: m.number, line: m.source.line ?? null, raw: r.raw }))),
      ),
    ),
  );
}

export function usageTable(report: Report): string {
  const body = table(
    ['id', 'measures', 'funding', 'name'],
    report.programs.map((p) => [p.id, String(p.measureCount), p.fundingThousandUah === null ? '' : String(p.fundingThousandUah), p.name]),
  );
  const unresolved = unresolvedRefs(report);
  const { total, resolved } = report.stats.programRefs;
  const tail = [`${report.programs.length} programmes; ${resolved} of ${total} references resolved, ${unresolved.length} unresolved`];
  for (const u of unresolved) tail.push(`  line ${u.line ?? '?'}, measure ${u.measure}: ${u.raw}`);
  return `${body}\n${tail.join('\n')}\n`;
}

export function usageJson(report: Report): string {
  return `${JSON.stringify({ programs: report.programs, references: report.stats.programRefs, unresolved: unresolvedRefs(report) }, null, 2)}\n`;
}
