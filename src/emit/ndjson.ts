import type { Report } from '../model/schema.js';
import { measureRecords } from './records.js';

const CHUNK = 1 << 20;

/** One measure per line, in chunks of about a megabyte: a large report is never one string. */
export function* ndjsonChunks(report: Report): Generator<string> {
  let out = '';
  for (const record of measureRecords(report)) {
    out += `${JSON.stringify(record)}\n`;
    if (out.length >= CHUNK) {
      yield out;
      out = '';
    }
  }
  if (out !== '') yield out;
}

export function toNdjson(report: Report): string {
  return [...ndjsonChunks(report)].join('');
}
