// Content that contradicts its column: when many executor cells read like what was
// done, or many execution cells read like names of departments, the columns were
// mislabelled or shifted, and every measure's data is in the wrong field.
import type { Measure } from '../../model/schema.js';
import { eachMeasure, type Finding, type Rule } from '../rule.js';

// How a body responsible for a measure is named: «Управління …», «Департамент …», «КП …».
const BODY_NAME = new RegExp(
  '^(?:управлінн|департамент|служб|к[пу](?=[\\s"«])|комунальн|відділ|центр|виконавч|' +
    'житомирськ\\S*\\s+міськ|заклад|установ|підприємств|міськ)',
  'iu',
);
// A sentence of what was done: a full stop before a new sentence, or a past participle («проведено», «укладено»).
const SENTENCE = /[.!?]\s+\p{Lu}|(?:^|\s)\p{L}+(?:ено|ано|ято|ито|єно)(?=[\s,.;]|$)/u;
// A column is suspect when at least this share of the measures that fill both cells contradict it.
const SHARE = 1 / 3;
const FEWEST = 5;

const executorsText = (m: Measure): string => m.executors.join(', ');
const isBodyName = (text: string): boolean => BODY_NAME.test(text) && !SENTENCE.test(text);

function finding(what: string, hits: Measure[], total: number): Finding {
  const first = hits[0] as Measure;
  return { details: { what, count: hits.length, total, first: first.number }, source: first.source };
}

export const columnContentMismatch: Rule = {
  code: 'column-content-mismatch',
  *check(priorities) {
    const both: Measure[] = [];
    for (const { measure } of eachMeasure(priorities))
      if (measure.executors.length > 0 && measure.execution !== '') both.push(measure);
    if (both.length < FEWEST) return;
    const sentences = both.filter((m) => SENTENCE.test(executorsText(m)));
    const bodies = both.filter((m) => isBodyName(m.execution));
    if (sentences.length >= both.length * SHARE)
      yield {
        ...finding('executor cells read like sentences of what was done', sentences, both.length),
        field: 'executors',
      };
    if (bodies.length >= both.length * SHARE)
      yield { ...finding('execution cells read like names of departments', bodies, both.length), field: 'execution' };
  },
};
