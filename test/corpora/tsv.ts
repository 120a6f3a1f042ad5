// Reads the labelled corpora: tab-separated, `#` lines are comments, the first other
// line names the columns; `\n` in a cell is a line break.
import { readFileSync } from 'node:fs';

export function readTsv(path: string): Array<Record<string, string>> {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'));
  const [header, ...rows] = lines;
  const names = (header as string).split('\t');
  return rows.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== names.length)
      throw new Error(`${path}: row ${i + 1} has ${cells.length} cells, not ${names.length}`);
    return Object.fromEntries(names.map((n, j) => [n, (cells[j] as string).replace(/\\n/g, '\n')]));
  });
}

/** A confusion table as text: rows are the labels, columns what the code said. */
export function confusionTable(pairs: ReadonlyArray<{ label: string; got: string }>): string {
  const names = [...new Set(pairs.flatMap((p) => [p.label, p.got]))].sort();
  const count = (l: string, g: string) => pairs.filter((p) => p.label === l && p.got === g).length;
  const width = Math.max(...names.map((n) => n.length));
  const head = `${'label \\ got'.padEnd(width)} ${names.map((n) => n.slice(0, 6).padStart(6)).join(' ')}`;
  return [
    head,
    ...names.map((l) => `${l.padEnd(width)} ${names.map((g) => String(count(l, g) || '.').padStart(6)).join(' ')}`),
  ].join('\n');
}
