// Outputs are written atomically: a temporary file beside the target, then a
// rename, so a failed run never leaves a half-written file or spoils an old one.
import { readdirSync, realpathSync, rmSync, statSync } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { describeFsError } from '../read/read-input.js';

/** Fails early, before any work, when `target` cannot be written. */
export function checkTarget(target: string, inputs: readonly string[] = []): void {
  const dir = dirname(resolve(target));
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch (error) {
    throw new InputError(`cannot write ${target}: folder ${dirname(target)} ${describeFsError(error) === 'no such file' ? 'does not exist' : describeFsError(error)}`);
  }
  if (!dirStat.isDirectory()) throw new InputError(`cannot write ${target}: ${dirname(target)} is not a folder`);
  if (inputs.some((input) => samePath(input, target))) throw new InputError(`refusing to write ${target}: it is an input file`);
}

let written = 0;

const encoder = new TextEncoder();

/**
 * UTF-8 bytes of a piece of output. Cyrillic text is held by V8 as two-byte strings;
 * TextEncoder.encodeInto (simdutf in Node) encodes them into a buffer sized up front
 * about 4x faster than buffer.write and 9x faster than Buffer.from (37 MB: 28 ms,
 * 131 ms, 277 ms).
 */
export function utf8(chunk: string): Buffer {
  const buf = Buffer.allocUnsafe(chunk.length * 3);
  return buf.subarray(0, encoder.encodeInto(chunk, buf).written);
}

/**
 * Writes pieces to a stream, each before asking for the next: a chunk of bytes may
 * be a buffer its producer fills again (see ndjsonBytes).
 */
export async function writeChunks(stream: NodeJS.WritableStream, chunks: Iterable<string | Uint8Array>): Promise<void> {
  for (const chunk of chunks) {
    await new Promise<void>((resolve) => {
      // A failed write (a reader gone: EPIPE) is the stream's 'error' event to handle.
      stream.write(typeof chunk === 'string' ? utf8(chunk) : chunk, () => resolve());
    });
  }
}

export async function writeAtomically(target: string, data: string | Iterable<string | Uint8Array>, inputs: readonly string[] = []): Promise<void> {
  checkTarget(target, inputs);
  const dir = dirname(resolve(target));
  const temp = join(dir, `.${basename(target)}.${process.pid}.${threadId}.${++written}.tmp`);
  try {
    if (typeof data === 'string') await writeFile(temp, utf8(data));
    else {
      const file = await open(temp, 'w');
      try {
        for (const chunk of data) await file.write(typeof chunk === 'string' ? utf8(chunk) : chunk);
      } finally {
        await file.close();
      }
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw new InputError(`cannot write ${target}: ${describeFsError(error)}`);
  }
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

/** Removes the temporary files this process left below `dir` (after an interrupt). */
export function removeOwnTempFiles(dir: string): void {
  const own = new RegExp(`^\\..*\\.${process.pid}\\.\\d+\\.\\d+\\.tmp$`);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) removeOwnTempFiles(path);
    else if (own.test(entry.name)) rmSync(path, { force: true });
  }
}
