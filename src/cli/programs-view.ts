// What `zhyt-report programs` prints: the registry, or one report's use of it.
import type { ProgramEntry } from '../model/registry.js';
import type { Report } from '../model/schema.js';
import type { Suggestions } from '../enrich/programs/suggest.js';
import { STATS_WIDTH, wrapWords } from '../emit/stats-text.js';

/** Columns, the last (a name) wrapped at words so that no line passes STATS_WIDTH. */
function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const indent = widths.slice(0, -1).reduce((n, w) => n + w + 2, 0);
  const line = (cells: readonly string[]) => {
    const [first = '', ...more] = wrapWords(cells.at(-1) ?? '', Math.max(20, STATS_WIDTH - indent));
    const lead = cells.slice(0, -1).map((c, i) => c.padEnd(widths[i] as number));
    return [[...lead, first].join('  ').trimEnd(), ...more.map((m) => `${' '.repeat(indent)}${m}`)].join('\n');
  };
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
        t.measures.flatMap((m) =>
          m.programRefs
            .filter((r) => r.programId === null)
            .map((r) => ({
              measure: m.number,
              line: m.source.line ?? null,
              raw: r.raw,
              provisionalId: r.provisionalId,
              candidates: r.candidates,
            })),
        ),
      ),
    ),
  );
}

export function usageTable(report: Report): string {
  const body = table(
    ['id', 'measures', 'funding', 'name'],
    report.programs.map((p) => [
      p.id,
      String(p.measureCount),
      p.fundingThousandUah === null ? '' : String(p.fundingThousandUah),
      p.name,
    ]),
  );
  const unresolved = unresolvedRefs(report);
  const { total, resolved } = report.stats.programRefs;
  const tail = [
    `${report.programs.length} programmes; ${resolved} of ${total} ` +
      `references resolved, ${unresolved.length} unresolved`,
  ];
  for (const u of unresolved)
    tail.push(`  line ${u.line ?? '?'}, measure ${u.measure}: ${u.raw} (counted as ${u.provisionalId ?? '?'})`);
  if (unresolved.length > 0) tail.push('programs --suggest writes registry entries for them, to pass with --programs');
  return `${body}\n${tail.join('\n')}\n`;
}

export function usageJson(report: Report): string {
  const usage = { programs: report.programs, references: report.stats.programRefs, unresolved: unresolvedRefs(report) };
  return `${JSON.stringify(usage, null, 2)}\n`;
}

/** What `programs --suggest` says on stderr: each entry's use and nearest registry entries. */
export function suggestionNotes(found: Suggestions): string {
  const lines = found.suggestions.map((s) => {
    const nearest = s.candidates.map((c) => `${c.programId} (${c.score.toFixed(2)})`).join(', ');
    return (
      `${s.entry.id}: ${s.measures} measure${s.measures === 1 ? '' : 's'}; ` +
      `nearest in the registry: ${nearest || 'none'}`
    );
  });
  for (const name of found.withoutYears) lines.push(`no years, so no entry (add it by hand): ${name}`);
  lines.push(
    `${found.suggestions.length} suggested entr${found.suggestions.length === 1 ? 'y' : 'ies'}; ` +
      `check each name, then pass the file with --programs`,
  );
  return `${lines.join('\n')}\n`;
}
