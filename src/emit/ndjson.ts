import type { Report } from '../model/schema.js';
import { measureRecords } from './records.js';

export function toNdjson(report: Report): string {
  let out = '';
  for (const record of measureRecords(report)) out += `${JSON.stringify(record)}\n`;
  return out;
}
