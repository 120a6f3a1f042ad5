// The report as JSON, indented by two spaces. `toJson` makes one string; `jsonChunks`
// gives the same text in pieces of about a megabyte, so a report larger than the
// longest string V8 can make (about 512 MB: a 300 MB text export) is still written.
import type { Report } from '../model/schema.js';

export function toJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** Depth below which objects and arrays are written member by member; deeper values in one piece. */
const SPLIT_DEPTH = 8;
const CHUNK_CHARACTERS = 1 << 20;

/** The text of `toJson(report)`, in pieces. */
export function* jsonChunks(report: Report): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const piece of pieces(report, '', 0)) {
    pending.push(piece);
    size += piece.length;
    if (size >= CHUNK_CHARACTERS) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  pending.push('\n');
  yield pending.join('');
}

/** A value as JSON.stringify(value, null, 2) writes it at `indent`, the newlines inside indented too. */
function whole(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) ?? 'null';
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** What JSON.stringify writes of an object: own enumerable keys, but not undefined, function or symbol values. */
const written = (value: object): Array<[string, unknown]> =>
  Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');

function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= SPLIT_DEPTH || value === null || typeof value !== 'object' || 'toJSON' in value) {
    yield whole(value, indent);
    return;
  }
  const inner = `${indent}  `;
  const members: Array<[string | null, unknown]> = Array.isArray(value) ? value.map((v) => [null, v]) : written(value);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (members.length === 0) {
    yield `${open}${close}`;
    return;
  }
  yield `${open}\n`;
  for (const [k, [key, member]] of members.entries()) {
    yield key === null ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* pieces(member, inner, depth + 1);
    yield k < members.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}${close}`;
}
