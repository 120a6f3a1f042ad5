// Reads a DOCX (a ZIP) with a cap on what it may inflate: every entry is inflated
// here, so a zip bomb, whatever sizes its headers claim, stops at the limit with a
// clear error instead of filling memory. The entries a reader asks for are kept.
import { inflateRawSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { limitError } from './limits.js';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Inflates every entry of the ZIP (stopping at `maxBytes` in all) and returns the
 * ones `keep` names, by path. Throws an InputError for anything that is not a ZIP.
 */
export function readZip(
  bytes: Uint8Array,
  name: string,
  maxBytes: number,
  keep: (path: string) => boolean = () => false,
  kind = 'DOCX',
): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(buf);
  if (eocd < 0) throw new InputError(`${name}: corrupt or truncated ${kind} (no ZIP directory)`);
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  const kept = new Map<string, Buffer>();
  for (let n = 0; n < entries; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new InputError(`${name}: corrupt or truncated ${kind} (bad ZIP directory)`);
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const path = buf.toString('utf8', at + 46, Math.min(buf.length, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
      throw new InputError(`${name}: corrupt or truncated ${kind} (bad ZIP entry)`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, Math.min(buf.length, start + compressed));
    let content: Buffer;
    if (method === 0) content = data;
    else if (method === 8) {
      try {
        content = inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes - total + 1) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
          throw limitError('maxDocxBytes', `${name}: decompressed ${kind}`, null, maxBytes);
        throw new InputError(`${name}: corrupt or truncated ${kind} (${(error as Error).message})`);
      }
    } else throw new InputError(`${name}: corrupt ${kind} (unsupported ZIP compression method ${method})`);
    total += content.length;
    if (total > maxBytes) throw limitError('maxDocxBytes', `${name}: decompressed ${kind}`, total, maxBytes);
    if (keep(path)) kept.set(path, content);
  }
  return kept;
}

/** Where the end-of-central-directory record starts (it sits in the last 64 KiB + 22 bytes), or -1. */
function endOfDirectory(buf: Buffer): number {
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/** The paths a ZIP's central directory lists, nothing inflated; [] when it has none. */
export function zipPaths(bytes: Uint8Array): string[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = endOfDirectory(buf);
  if (eocd < 0) return [];
  const paths: string[] = [];
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0 && at + 46 <= buf.length; n--) {
    if (buf.readUInt32LE(at) !== CENTRAL) break;
    const nameLength = buf.readUInt16LE(at + 28);
    paths.push(buf.toString('utf8', at + 46, Math.min(buf.length, at + 46 + nameLength)));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return paths;
}
