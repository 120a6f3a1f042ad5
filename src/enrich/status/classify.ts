// A measure's status, read from its execution text by the ordered rule table: the
// first rule whose phrase occurs decides, and the measure records which rule fired
// and the phrase it matched, so a reader can see why.
import type { MeasureStatus } from '../../model/schema.js';
import { compileRule, firstMatch, type CompiledPhrases } from './phrases.js';
import { STATUS_RULES, type StatusRuleSpec } from './rules.js';

export interface StatusRule extends StatusRuleSpec {
  /** The rule's phrases compiled; matched against the lower-cased execution text. */
  compiled: CompiledPhrases;
}

export const COMPILED_STATUS_RULES: readonly StatusRule[] = STATUS_RULES.map((rule) => ({
  ...rule,
  compiled: compileRule(rule),
}));

export interface StatusResult {
  status: MeasureStatus;
  statusRule: string;
  statusPhrase: string | null;
}

export function measureStatus(execution: string): StatusResult {
  if (execution.trim() === '') return { status: 'unknown', statusRule: 'unknown.empty', statusPhrase: null };
  const lower = execution.toLowerCase();
  // The phrase is cut from the original text; lower-casing keeps positions unless a
  // letter changes length (rare outside Turkish İ), and then the lower-case phrase is given.
  const samePositions = lower.length === execution.length;
  for (const rule of COMPILED_STATUS_RULES) {
    const m = firstMatch(rule.compiled, lower);
    if (m)
      return {
        status: rule.status,
        statusRule: rule.id,
        statusPhrase: samePositions ? execution.slice(m.index, m.index + m[0].length) : m[0],
      };
  }
  return { status: 'unknown', statusRule: 'unknown.no-match', statusPhrase: null };
}
