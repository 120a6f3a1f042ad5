import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Measure, Report, Sector } from '../src/model/schema.js';
import type { Cell, Row } from '../src/rows/row.js';
import { cellFromMarkup } from '../src/rows/cell.js';
import { expect } from 'vitest';
import { InputError } from '../src/errors.js';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SAMPLE = fileURLToPath(new URL('../fixtures/zhytomyr-2023-9m.txt', import.meta.url));
export const BIN = fileURLToPath(new URL('../bin/zhyt-report.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Runs the real program as a user would, in `cwd` (the repository by default). */
export function runCli(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    ...(options.timeoutMs ? { timeout: options.timeoutMs, killSignal: 'SIGKILL' as const } : {}),
  });
  return {
    status: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
    stdoutBytes: result.stdout,
  };
}

/** A row from raw cell strings, as the text reader would make it. */
export function row(line: number, ...cells: string[]): Row {
  return { cells: cells.map((c) => cellFromMarkup(c, { markdown: true })), source: { line } };
}

export function cell(raw: string): Cell {
  return cellFromMarkup(raw, { markdown: true });
}

/** RFC 4180 CSV into rows of fields (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

/** White space collapsed: how texts of two producers are compared. */
/** A measure whose fields were written by hand from the document, to check a reading against. */
export interface HandPicked {
  sector: string;
  number: string;
  title: string;
  executors: string[];
  execution: string;
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every measure of a report with its sector, in report order. */
export function measuresWithSector(r: Report): Array<{ s: Sector; m: Measure }> {
  return r.priorities.flatMap((p) =>
    p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures.map((m) => ({ s, m })))),
  );
}

/** Each measure's sector, number and texts with white space collapsed: what two readings are compared on. */
export function measureContent(r: Report): HandPicked[] {
  return measuresWithSector(r).map(({ s, m }) => ({
    sector: s.name,
    number: m.number,
    title: collapse(m.title),
    executors: m.executors.map(collapse),
    execution: collapse(m.execution),
  }));
}

/** The hand-written measures a reading does not have as written (sector matched without case). */
export function handPickedMismatches(r: Report, hand: readonly HandPicked[]): string[] {
  const got = measureContent(r);
  return hand
    .filter((m) => {
      const found = got.find((g) => g.sector.toLowerCase() === m.sector.toLowerCase() && g.number === m.number);
      return JSON.stringify(found) !== JSON.stringify({ ...m, sector: found?.sector });
    })
    .map((m) => `${m.sector} ${m.number}`);
}

/** The message of the InputError a promise is refused with (the test fails if it is kept or refused otherwise). */
export async function refusalOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return (error as Error).message;
}
