// The executors' registry: the one shipped in data/executors.json, plus any files given
// with --executors, whose entries add to it or replace by id. Imported, not read from
// disk: the bundle carries it.
import SHIPPED from '../../../data/executors.json' with { type: 'json' };
import { InputError } from '../../errors.js';
import { type ExecutorEntry, ExecutorRegistrySchema } from '../../model/executors.js';
import { DEFAULT_LIMITS } from '../../read/limits.js';
import { describeFsError } from '../../read/read-input.js';
import { mergeById, readRegistryBytes, validateEntries } from '../registry-entries.js';

let shipped: readonly ExecutorEntry[] | undefined;

export function validateExecutors(data: unknown, name: string): ExecutorEntry[] {
  return validateEntries<ExecutorEntry>(ExecutorRegistrySchema, 'executors', data, name, 'executor');
}

export function shippedExecutors(): readonly ExecutorEntry[] {
  shipped ??= validateExecutors(SHIPPED, 'data/executors.json');
  return shipped;
}

/** An executor registry file, never more than `maxBytes` of it read (it may be a pipe). */
export function readExecutorsFile(path: string, maxBytes = DEFAULT_LIMITS.maxInputBytes): ExecutorEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8').decode(readRegistryBytes(path, 'executor', maxBytes)));
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error instanceof SyntaxError) throw new InputError(`${path}: not valid JSON (${error.message})`);
    throw new InputError(`cannot read executor registry ${path}: ${describeFsError(error)}`);
  }
  return validateExecutors(data, path);
}

/** Later entries replace earlier ones with the same id; new ids are appended. */
export function mergeExecutors(...layers: ReadonlyArray<readonly ExecutorEntry[]>): ExecutorEntry[] {
  return mergeById(...layers);
}
