// What kind of row a table row is, decided by content and shape. Markup (bold,
// underline) is never required: the same report from Word or PDF has none.
// The table is ordered: the first kind whose test holds wins.
import type { Cell } from '../rows/row.js';
import { isEmphasized, isEmptyCell } from '../rows/row.js';
import { CORE_COLUMNS, type ExtraColumn } from './columns.js';
import { isPriorityHeading } from './headings.js';
import { isHeaderContinuation, isHeaderRow, isRepeatedHeader } from './header-rows.js';
import { parseTaskNumber, startsWithMeasureNumber } from './numbering.js';
import { isTotalRow } from './totals.js';

export { CORE_COLUMNS };

export type RowKind =
  | 'blank'
  | 'separator'
  | 'column-numbers'
  | 'header'
  | 'subheader'
  | 'repeated-header'
  | 'footnote'
  | 'aside'
  | 'furniture'
  | 'interlude'
  | 'title'
  | 'priority'
  | 'goal'
  | 'total'
  | 'continuation'
  | 'measure'
  | 'task'
  | 'sector'
  | 'unknown';

/** A row's cells, the six in role order then the extra columns, with the indices of the filled ones. */
export interface RowView {
  cells: readonly Cell[];
  filled: readonly number[];
  /** The columns of `cells[6…]`, in order. */
  extras: readonly ExtraColumn[];
  /** The cells in printed order, repaired (for header rows, which are read by position). */
  printed: readonly Cell[];
  /** Text outside any table (see Row.outside). */
  outside?: boolean;
  /** A row of a table that is not the report (see Row.aside). */
  aside?: boolean;
  /** Page furniture (see Row.furniture). */
  furniture?: boolean;
  /** Input lines the row covers (see Row.lines), for the line account. */
  lines: number;
}

export interface ClassifyState {
  /** The header row has been seen. */
  headerSeen: boolean;
  /** The header's rows, as printed: to know them when a page break repeats them. */
  headerRows: ReadonlyArray<readonly Cell[]>;
  /** The header may go on in the next row (nothing else has come since it). */
  headerOpen: boolean;
  /** A heading, task or measure has been seen: title lines are over. */
  tableStarted: boolean;
  /** The last priority has no strategic goal yet and nothing has come under it. */
  awaitingGoal: boolean;
  /** The last row placed was a measure's: a row that carries on its cells may follow. */
  measureOpen: boolean;
  /** The number of the task measures go under, to know it printed again on a measure's row. */
  taskNumber: string | null;
}

const SEPARATOR = /^[-–—_=\s]+$/u;
const FOOTNOTE = /^\*/u;
// «Продовження таблиці», «Закінчення додатка»: captions of a table's parts, never headings.
const CAPTION = /^(?:продовження|закінчення)(?![\p{L}])/iu;

const text = (v: RowView, i: number): string => v.cells[i]?.text ?? '';
/** Longest text a cell of the numbers row has («1 | 2 | 3 | 4 | 5 | 6 | 7 | 8» in one cell). */
const MAX_NUMBERS_TEXT = 60;
/** `1 2 3 … n`, each once, in any order: in cells of their own, or in one cell («1 | 2 | 3 | 4 | 5 | 6»). */
const isNumbering = (texts: readonly string[]): boolean => {
  // Most rows are data: a cell that is not short and does not start with a digit says so at once.
  if (texts.some((t) => t.length > MAX_NUMBERS_TEXT || !/^\d/.test(t))) return false;
  const numbers = texts.flatMap((t) => t.split(/[\s|,;/]+/u)).filter((t) => t !== '');
  const seen = new Set(numbers);
  return (
    numbers.length >= 3 &&
    seen.size === numbers.length &&
    numbers.every((t) => /^\d{1,2}$/.test(t) && Number(t) >= 1 && Number(t) <= numbers.length)
  );
};
const only = (v: RowView): string => (v.filled.length === 1 ? text(v, v.filled[0] as number) : '');
const allEmphasized = (cell: Cell | undefined): boolean =>
  cell !== undefined && cell.runs.length > 0 && cell.runs.every(isEmphasized);
/** One filled cell, in whichever column it was typed, that is not a measure on its own. */
const isHeading = (v: RowView): boolean =>
  v.filled.length === 1 && !(v.filled[0] === 2 && startsWithMeasureNumber(only(v), { short: true }));
/** Before the header and the table: a line of text (one or two cells) that is not a heading, task or measure. */
const isPreamble = (v: RowView, s: ClassifyState): boolean =>
  !s.headerSeen &&
  !s.tableStarted &&
  v.filled.length >= 1 &&
  v.filled.length <= 2 &&
  !isPriorityHeading(text(v, v.filled[0] as number)) &&
  parseTaskNumber(text(v, 0)) === null &&
  !startsWithMeasureNumber(text(v, 2));

// A page number on a line of its own: «5», «- 5 -», «стор. 5», «5 з 12».
const PAGE_NUMBER = new RegExp(
  [
    String.raw`^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$`,
    String.raw`^(?:стор(?:інка)?\.?|с\.)\s*\d{1,4}(?:\s*(?:з|із|\/)\s*\d{1,4})?$`,
    String.raw`^\d{1,4}\s*(?:з|із|\/)\s*\d{1,4}$`,
  ].join('|'),
  'i',
);
/** A page number alone at the left of a row or outside the table, where a page broke. */
const isPageNumber = (v: RowView): boolean =>
  v.filled.length === 1 && ((v.filled[0] as number) <= 1 || v.outside === true) && PAGE_NUMBER.test(only(v));

/** Text that goes on from a line before: a lower-case letter, or punctuation, first. */
const MID_SENTENCE = /^[a-zа-яёіїєґ"«„“'(,;:.\-–—]/;
/** A lone cell here is never a heading: headings are written at the left. */
const FIRST_RIGHT_COLUMN = 3;

/** The rest of the row above: no task or measure number, text that goes on, in the table's columns. */
function continuesRow(v: RowView): boolean {
  const first = v.filled[0];
  if (first === undefined || !isEmptyCell(v.cells[0]) || startsWithMeasureNumber(text(v, 2), { short: true }))
    return false;
  const lone = v.filled.length === 1 && first >= FIRST_RIGHT_COLUMN && first < CORE_COLUMNS;
  return lone || MID_SENTENCE.test(text(v, first));
}

export interface RowKindRule {
  kind: RowKind;
  description: string;
  test(v: RowView, s: ClassifyState): boolean;
}

export const ROW_KINDS: readonly RowKindRule[] = [
  { kind: 'blank', description: 'No cell holds anything', test: (v) => v.filled.length === 0 },
  {
    kind: 'separator',
    description: 'Every filled cell is a run of dashes',
    test: (v) => v.filled.every((i) => SEPARATOR.test(text(v, i))),
  },
  {
    kind: 'column-numbers',
    description: 'The filled cells number the columns: 1, 2, 3, … n, for any n (in any order, or in one cell)',
    test: (v) => isNumbering(v.filled.map((i) => text(v, i))),
  },
  {
    kind: 'header',
    description: 'Before any data, three or more cells name columns (Завдання, Заходи, …) as the column map reads them',
    test: (v, s) => !s.headerSeen && !s.tableStarted && isHeaderRow(v.printed),
  },
  {
    kind: 'subheader',
    description: 'Right after the header, a row of labels under it: sub-columns of a spanning cell, or labels wrapped',
    test: (v, s) => s.headerOpen && isHeaderContinuation(v.printed, s.headerRows[0] ?? []),
  },
  {
    kind: 'repeated-header',
    description: 'A header row again, as Word and PDF repeat it on each page, however its labels wrap or are cased',
    test: (v, s) => s.headerSeen && isRepeatedHeader(v.printed, s.headerRows),
  },
  {
    kind: 'furniture',
    description: 'What a printer repeats on every page: a running header, a date, a URL, a page number',
    test: (v) => v.furniture === true || isPageNumber(v),
  },
  {
    kind: 'aside',
    description: 'A row of a table that is not the report (a signature block, a layout table)',
    test: (v) => v.aside === true,
  },
  { kind: 'footnote', description: 'One filled cell starting with *', test: (v) => FOOTNOTE.test(only(v)) },
  {
    kind: 'title',
    description: 'Before the header and the table, a line of one or two cells: the title, or what comes before it',
    test: isPreamble,
  },
  {
    kind: 'priority',
    description: 'A cell that starts with «Пріоритет» (any case, numbered or not), alone or with its goal beside it',
    test: (v) => v.filled.length <= 2 && isPriorityHeading(text(v, v.filled[0] as number)),
  },
  {
    kind: 'interlude',
    description:
      'Once the report has begun: a caption («Продовження таблиці») in any row, or text outside the tables ' +
      '(a note), unless all in bold, italics or underlined and so a heading; marks alone name nothing',
    test: (v, s) =>
      s.tableStarted &&
      (CAPTION.test(only(v)) ||
        (v.outside === true && (!allEmphasized(v.cells[v.filled[0] as number]) || !/[\p{L}\p{N}]/u.test(only(v))))),
  },
  {
    kind: 'total',
    description: 'A totals row: «Разом», «Всього», «Усього» or «Загалом» with the sums of the amount columns',
    test: (v) => isTotalRow(v),
  },
  {
    kind: 'continuation',
    description:
      'Right after a measure, a row carrying on its cells (a row broken in two): no number, and text that goes ' +
      'on mid-sentence, or a lone cell in the executors, execution or programme column',
    test: (v, s) => s.measureOpen && continuesRow(v),
  },
  {
    kind: 'measure',
    description:
      "Column 2 empty (column 1 too, or the open task's number again), column 3 starts with a measure number, " +
      'or is filled beside other cells',
    test: (v, s) =>
      (isEmptyCell(v.cells[0]) || (s.taskNumber !== null && parseTaskNumber(text(v, 0)) === s.taskNumber)) &&
      isEmptyCell(v.cells[1]) &&
      !isEmptyCell(v.cells[2]) &&
      (startsWithMeasureNumber(text(v, 2), { short: true }) || v.filled.length > 1),
  },
  {
    kind: 'task',
    description: 'Column 1 is a task number (1, 1., 1), № 1, Завдання 1) and column 2 holds the task',
    test: (v) => parseTaskNumber(text(v, 0)) !== null && !isEmptyCell(v.cells[1]),
  },
  {
    kind: 'goal',
    description: 'One filled cell right after a priority that has no goal yet',
    test: (v, s) => s.awaitingGoal && isHeading(v),
  },
  {
    kind: 'sector',
    description: 'Any other row with one filled cell that holds a letter or digit',
    // A lone quote or bracket (a glyph of a line a page break cut) names nothing.
    test: (v) => isHeading(v) && /[\p{L}\p{N}]/u.test(text(v, v.filled[0] as number)),
  },
  { kind: 'unknown', description: 'Anything else', test: () => true },
];

export function classifyRow(v: RowView, s: ClassifyState): RowKind {
  for (const rule of ROW_KINDS) if (rule.test(v, s)) return rule.kind;
  return 'unknown';
}
