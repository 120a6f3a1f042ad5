import type { Diagnostic, Severity, SourcePlace } from '../model/schema.js';
import { CATALOGUE, type DiagnosticCode } from './catalogue.js';

/** Collects diagnostics during one parse; severity comes from the catalogue. */
export class Diagnostics {
  private readonly items: Diagnostic[] = [];

  add(code: DiagnosticCode, message: string, source: SourcePlace, field?: string): void {
    const d: Diagnostic = { severity: CATALOGUE[code].severity, code, message, source: { ...source } };
    if (field !== undefined) d.field = field;
    this.items.push(d);
  }

  /** Sorted by place, then code, so output does not depend on the order stages ran in. */
  list(): Diagnostic[] {
    return [...this.items].sort(compareDiagnostics);
  }
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.source.page ?? 0) - (b.source.page ?? 0) ||
    (a.source.line ?? 0) - (b.source.line ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

/** Shortens a cell text for a message, keeping its start. */
export function excerpt(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
