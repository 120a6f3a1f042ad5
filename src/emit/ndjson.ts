import type { Report } from '../model/schema.js';
import { levelsOf, releaseOf } from './records.js';

const CHUNK = 1 << 20;
const encoder = new TextEncoder();

/**
 * One measure per line, as UTF-8 bytes in chunks of about a megabyte: a large report
 * is never one string. Each line is the measure record (see records.ts): the levels
 * above the measure, then the measure's own fields. The levels are the same for
 * every measure of a task, so they are serialised and encoded once per task and
 * their bytes copied; the measure is serialised as it stands, without building a
 * record object. Lines go into one buffer used again for every chunk: fresh memory
 * costs a page fault per 4 KiB on first write, which for the 120 MB of the
 * benchmark's output took longer than the encoding. So a chunk is valid only until
 * the next one is asked for: write it, then go on.
 */
export function* ndjsonBytes(report: Report): Generator<Uint8Array> {
  let buf = new Uint8Array(CHUNK);
  let at = 0;
  const release = releaseOf(report);
  for (const priority of report.priorities) {
    for (const sector of priority.sectors) {
      for (const task of sector.tasks) {
        // The record's first fields, as JSON.stringify(record) writes them, up to the measure's.
        const head = encoder.encode(JSON.stringify({ ...release, ...levelsOf(priority, sector, task) }).slice(0, -1));
        for (const measure of task.measures) {
          const own = JSON.stringify(measure); // `{…}`; its fields follow the head's
          // Three bytes per UTF-16 unit at most, and the comma and line break.
          const room = head.length + own.length * 3 + 2;
          if (at + room > buf.length) {
            if (at > 0) yield buf.subarray(0, at);
            if (room > buf.length) buf = new Uint8Array(room);
            at = 0;
          }
          buf.set(head, at);
          at += head.length;
          if (own !== '{}') buf[at++] = 0x2c;
          at += encoder.encodeInto(own.slice(1), buf.subarray(at)).written;
          buf[at++] = 0x0a;
        }
      }
    }
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
