// Outputs are written atomically: a temporary file beside the target, then a
// rename, so a failed run never leaves a half-written file or spoils an old one.
import { randomBytes } from 'node:crypto';
import { realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
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

export async function writeAtomically(target: string, data: string, inputs: readonly string[] = []): Promise<void> {
  checkTarget(target, inputs);
  const dir = dirname(resolve(target));
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data);
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
