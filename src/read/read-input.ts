// Where the bytes come from: a path, or bytes the caller already holds (stdin included).
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';
import { InputError } from '../errors.js';
import { DEFAULT_LIMITS, limitError } from './limits.js';

export interface RawInput {
  bytes: Uint8Array;
  /** The path as given (absolute paths reduced to the file name), null for bytes. */
  path: string | null;
}

/** A path, raw bytes, or bytes with the name they came from. */
export type ReportInput = string | Uint8Array | { bytes: Uint8Array; path?: string | null };

export async function readInput(input: ReportInput, maxBytes = DEFAULT_LIMITS.maxInputBytes): Promise<RawInput> {
  if (typeof input === 'string') {
    try {
      return { bytes: readBounded(input, maxBytes), path: displayPath(input) };
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${input}: ${describeFsError(error)}`);
    }
  }
  const raw =
    input instanceof Uint8Array
      ? { bytes: input, path: null }
      : { bytes: input.bytes, path: input.path ? displayPath(input.path) : null };
  if (raw.bytes.length > maxBytes) throw limitError('maxInputBytes', raw.path ?? 'input', raw.bytes.length, maxBytes);
  return raw;
}

const CHUNK = 1 << 20;

/**
 * A file's bytes, never more than `maxBytes` of them in memory. A regular file is
 * refused by its size before it is read. Anything else (a pipe, a FIFO, /dev/stdin,
 * a character device such as /dev/zero, a process substitution) has no size to
 * check: it is read a chunk at a time and refused as soon as it passes the limit.
 * Synchronous, so the registry reader (synchronous) shares it; a report is read
 * before any other work starts.
 */
export function readBounded(
  path: string,
  maxBytes: number,
  /** The refusal past `maxBytes` (`size` null: a stream, known only to be over). */
  overLimit = (size: number | null): InputError => limitError('maxInputBytes', path, size, maxBytes),
): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.isFile() && info.size > maxBytes) throw overLimit(info.size);
    return info.isFile() ? readFileSync(fd) : readStream(fd, maxBytes, overLimit);
  } finally {
    closeSync(fd);
  }
}

function readStream(fd: number, maxBytes: number, overLimit: (size: null) => InputError): Uint8Array {
  const chunks: Buffer[] = [];
  const buffer = Buffer.allocUnsafe(CHUNK);
  let total = 0;
  for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
    total += read;
    if (total > maxBytes) throw overLimit(null);
    chunks.push(Buffer.from(buffer.subarray(0, read)));
  }
  return Buffer.concat(chunks, total);
}

// Output must not depend on where the file sits on this machine.
function displayPath(path: string): string {
  return isAbsolute(path) ? basename(path) : path.split('\\').join('/');
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENAMETOOLONG':
      return 'the name is too long for the file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EROFS':
      return 'a read-only file system';
    case 'ENXIO':
      // /dev/stdin when standard input is a socket (a parent process's pipe, on Linux).
      return 'a socket, which cannot be opened as a file; give - to read standard input';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
