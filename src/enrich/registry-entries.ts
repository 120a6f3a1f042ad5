// What the programme and executor registries share: entries validated against their
// schema with one-line errors naming the file and the field, ids unique, and layers
// merged by id (a later file replaces an entry, or adds one).
import { statSync } from 'node:fs';
import type * as z from 'zod';
import { InputError } from '../errors.js';
import { readBounded } from '../read/read-input.js';

/** A registry's entries, validated; `what` names the registry in errors, `key` the array holding them. */
export function validateEntries<T extends { id: string }>(
  schema: z.ZodType<Record<string, unknown>>,
  key: string,
  data: unknown,
  name: string,
  what: string,
): T[] {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new InputError(`${name}: invalid ${what} registry at ${field}: ${issue?.message ?? 'invalid'}`);
  }
  const entries = result.data[key] as T[];
  const ids = new Set<string>();
  entries.forEach((entry, i) => {
    if (ids.has(entry.id))
      throw new InputError(`${name}: invalid ${what} registry at ${key}.${i}.id: duplicate id ${entry.id}`);
    ids.add(entry.id);
  });
  return entries;
}

/** Later entries replace earlier ones with the same id; new ids are appended. */
export function mergeById<T extends { id: string }>(...layers: ReadonlyArray<readonly T[]>): T[] {
  const byId = new Map<string, T>();
  for (const layer of layers) for (const entry of layer) byId.set(entry.id, entry);
  return [...byId.values()];
}

/**
 * Registries are kilobytes (the shipped one: 20 programmes). 4 MB holds 24,000 entries, indexed in
 * 1.3 s and 140 MB; 63 MB took 15 s and 2.1 GB, 268 MB ran out of heap.
 */
export const MAX_REGISTRY_BYTES = 4 * 1024 * 1024;

/** A registry file's bytes, refused in one line past MAX_REGISTRY_BYTES (or the input limit, if lower). */
export function readRegistryBytes(path: string, what: string, maxInputBytes: number): Uint8Array {
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1).replace(/\.0$/, '')} MB`;
  const tooLarge = (size: number | null): InputError =>
    new InputError(
      `${what} registry ${path} is ${size === null ? `over ${mb(MAX_REGISTRY_BYTES)}` : mb(size)}; ` +
        `a registry may be at most ${mb(MAX_REGISTRY_BYTES)}`,
    );
  const size = statSync(path, { throwIfNoEntry: false });
  if (size?.isFile() && size.size > MAX_REGISTRY_BYTES) throw tooLarge(size.size);
  // Below the registry's own limit, the input limit (raised by its flag) is the one passed.
  if (maxInputBytes < MAX_REGISTRY_BYTES) return readBounded(path, maxInputBytes);
  return readBounded(path, MAX_REGISTRY_BYTES, tooLarge);
}
