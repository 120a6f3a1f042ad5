// Where the bytes come from: a path, or bytes the caller already holds (stdin included).
import { readFile, stat } from 'node:fs/promises';
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
    let size: number;
    try {
      const info = await stat(input);
      if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      size = info.size;
    } catch (error) {
      throw new InputError(`cannot read ${input}: ${describeFsError(error)}`);
    }
    // Refuse before reading: the size check is what keeps a huge file out of memory.
    if (size > maxBytes) throw limitError('maxInputBytes', input, size, maxBytes);
    try {
      return { bytes: await readFile(input), path: displayPath(input) };
    } catch (error) {
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
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
