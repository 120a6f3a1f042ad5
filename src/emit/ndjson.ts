import type { Report } from '../model/schema.js';
import { measureRecords } from './records.js';

const CHUNK = 1 << 20;
const encoder = new TextEncoder();

/**
 * One measure per line, as UTF-8 bytes in chunks of about a megabyte: a large report
 * is never one string. Each line is encoded as it is made (concatenating lines into
 * a string left V8 a rope to flatten before encoding), into one buffer used again
 * for every chunk: fresh memory costs a page fault per 4 KiB on first write, which
 * for the 120 MB of the benchmark's output took longer than the encoding. So a
 * chunk is valid only until the next one is asked for: write it, then go on.
 */
export function* ndjsonBytes(report: Report): Generator<Uint8Array> {
  let buf = new Uint8Array(CHUNK);
  let at = 0;
  for (const record of measureRecords(report)) {
    const line = JSON.stringify(record);
    // Three bytes per UTF-16 unit at most, and the line break.
    const room = line.length * 3 + 1;
    if (at + room > buf.length) {
      if (at > 0) yield buf.subarray(0, at);
      if (room > buf.length) buf = new Uint8Array(room);
      at = 0;
    }
    at += encoder.encodeInto(line, buf.subarray(at)).written;
    buf[at++] = 0x0a;
  }
  if (at > 0) yield buf.subarray(0, at);
}

/** One measure per line, as text. */
export function toNdjson(report: Report): string {
  const decoder = new TextDecoder();
  let out = '';
  for (const chunk of ndjsonBytes(report)) out += decoder.decode(chunk);
  return out;
}
