import type { Diagnostic, Severity, SourcePlace } from '../model/schema.js';
import { CATALOGUE, type DiagnosticCode } from './catalogue.js';

/** What a diagnostic says in structured form: the values its message template names, and more. */
export type DetailValue = string | number | boolean | null | string[] | Candidate[];
export type DiagnosticDetails = Readonly<Record<string, DetailValue>>;
interface Candidate {
  programId: string;
  score: number;
}

/** Widest a value quoted in a message may be; the diagnostic's details keep the whole of it. */
export const MESSAGE_VALUE_WIDTH = 200;
// A run of white space holding a line break becomes one space (one pass: \s+ never rescans a run).
const SPACE_RUN = /\s+/gu;
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;

/** A value as a message quotes it: on one line, cut at a fixed width (one diagnostic, one line of output). */
export function oneLine(text: string, width = MESSAGE_VALUE_WIDTH): string {
  const flat = text.replace(SPACE_RUN, (run) => (LINE_BREAK.test(run) ? ' ' : run));
  return flat.length <= width ? flat : `${flat.slice(0, width - 1)}…`;
}

const show = (value: DetailValue | undefined): string => {
  if (Array.isArray(value))
    return value
      .map((v: string | Candidate) => (typeof v === 'string' ? oneLine(v) : `${v.programId} (${v.score.toFixed(2)})`))
      .join(', ');
  return oneLine(String(value));
};

/** A catalogue template with its details filled in: `{name}` is replaced by the detail of that name. */
export function renderMessage(code: DiagnosticCode, details: DiagnosticDetails): string {
  return CATALOGUE[code].message.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in details)) throw new Error(`diagnostic ${code}: no detail «${name}» for its message`);
    return show(details[name]);
  });
}

/** Collects diagnostics during one parse; severity and message template come from the catalogue. */
export class Diagnostics {
  private readonly items: Diagnostic[] = [];

  add(code: DiagnosticCode, details: DiagnosticDetails, source: SourcePlace, field?: string): void {
    const message = renderMessage(code, details);
    const d: Diagnostic = { severity: CATALOGUE[code].severity, code, message, source: { ...source } };
    if (field !== undefined) d.field = field;
    if (Object.keys(details).length > 0) d.details = { ...details };
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
