import type { DiagnosticCode } from '../../diagnostics/catalogue.js';
import type { Measure } from '../../model/schema.js';
import { eachMeasure, type Rule } from '../rule.js';

// One rule per column that a measure should fill: same check, different column.
function emptyColumnRule(
  code: DiagnosticCode,
  field: keyof Measure,
  column: string,
  isEmpty: (m: Measure) => boolean,
): Rule {
  return {
    code,
    *check(priorities) {
      for (const { measure } of eachMeasure(priorities)) {
        if (isEmpty(measure)) yield { details: { measure: measure.number, column }, source: measure.source, field };
      }
    },
  };
}

export const emptyExecution = emptyColumnRule(
  'empty-execution',
  'execution',
  'execution (5)',
  (m) => m.execution === '',
);
export const emptyExecutors = emptyColumnRule(
  'empty-executors',
  'executors',
  'executor (4)',
  (m) => m.executors.length === 0,
);
// A measure whose money is stated in «план»/«факт» columns instead has column 6 empty on purpose.
export const emptyResources = emptyColumnRule(
  'empty-resources',
  'resources',
  'programme/funding (6)',
  (m) => m.resources === '' && m.plannedThousandUah === null && m.actualThousandUah === null,
);
