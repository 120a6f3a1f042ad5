// The registry of target programmes: the one shipped in data/programs.json, plus
// any files given with --programs, whose entries add to it or replace by id.
// Imported, not read from disk: the bundle carries it, wherever it is installed.
import SHIPPED from '../../../data/programs.json' with { type: 'json' };
import { InputError } from '../../errors.js';
import { ProgramRegistrySchema, type ProgramEntry } from '../../model/registry.js';
import { DEFAULT_LIMITS } from '../../read/limits.js';
import { describeFsError } from '../../read/read-input.js';
import { mergeById, readRegistryBytes, validateEntries } from '../registry-entries.js';

let shipped: readonly ProgramEntry[] | undefined;

/** Validates registry JSON; problems name the file and the field. */
export function parseRegistry(json: string, name: string): ProgramEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new InputError(`${name}: not valid JSON (${(error as Error).message})`);
  }
  return validateRegistry(data, name);
}

export function validateRegistry(data: unknown, name: string): ProgramEntry[] {
  return validateEntries<ProgramEntry>(ProgramRegistrySchema, 'programs', data, name, 'programme');
}

export function shippedRegistry(): readonly ProgramEntry[] {
  shipped ??= validateRegistry(SHIPPED, 'data/programs.json');
  return shipped;
}

/** A registry file; like a report, never more than `maxBytes` of it read (it may be a pipe). */
export function readRegistryFile(path: string, maxBytes = DEFAULT_LIMITS.maxInputBytes): ProgramEntry[] {
  let json: string;
  try {
    json = new TextDecoder('utf-8').decode(readRegistryBytes(path, 'programme', maxBytes));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read programme registry ${path}: ${describeFsError(error)}`);
  }
  return parseRegistry(json, path);
}

/** Later entries replace earlier ones with the same id; new ids are appended. */
export function mergeRegistries(...layers: ReadonlyArray<readonly ProgramEntry[]>): ProgramEntry[] {
  return mergeById(...layers);
}
