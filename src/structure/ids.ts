// Ids from names and numbers; a repeated one gets a `~n` suffix and a warning.
import type { Diagnostics } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';

/** Builds ids from names and numbers; a repeated id gets a `~n` suffix and a warning. */
export class IdRegistry {
  private readonly seen = new Map<string, number>();
  constructor(private readonly diagnostics: Diagnostics) {}
  claim(id: string, what: string, source: SourcePlace): string {
    const n = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, n);
    if (n === 1) return id;
    this.diagnostics.add('duplicate-id', { what, id, n }, source);
    return `${id}~${n}`;
  }
}
