// Every diagnostic the tool can emit, in one table (like Frictionless' error
// classes or ESLint's rule meta). A code is a stable public id: never reuse one.
import type { Severity } from '../model/schema.js';

export interface DiagnosticType {
  readonly severity: Severity;
  readonly title: string;
  readonly description: string;
}

export const CATALOGUE = {
  // Input as a whole
  'title-missing': {
    severity: 'warning',
    title: 'Title missing',
    description: 'No title lines were found before the table, so community and period are unknown.',
  },
  'period-unknown': {
    severity: 'warning',
    title: 'Period not recognised',
    description:
      'The title names no reporting period the tool knows (`за 9 місяців ' +
      '2023 року`, `за I квартал`, `за I півріччя`, `за 2023 рік`).',
  },
  'no-measures': {
    severity: 'error',
    title: 'No measures',
    description: 'The input has headings or tasks but not one measure row: nothing of the report was read as data.',
  },
  'header-missing': {
    severity: 'warning',
    title: 'Header row missing',
    description: 'No header row (`№ з/п | Завдання | Заходи | …`) was found before the data rows.',
  },
  'columns-guessed': {
    severity: 'warning',
    title: 'Columns guessed',
    description:
      'The header row does not name every column (or names too few to trust it); the unnamed columns ' +
      'are read in the usual order: №, task, measure, executors, execution, programme or funding.',
  },
  'columns-reordered': {
    severity: 'info',
    title: 'Columns in another order',
    description:
      'The header prints the columns in another order than usual (say «Виконання ' +
      'заходів» before «Відповідальний виконавець»); they are read by their header.',
  },
  'column-content-mismatch': {
    severity: 'warning',
    title: 'Column content contradicts its header',
    description:
      'Many cells of a column read like another column’s content (executor cells that are sentences of ' +
      'what was done, execution cells that are names of departments): the columns may be mislabelled or shifted.',
  },
  // Rows that are left out on purpose
  'separator-row': {
    severity: 'info',
    title: 'Separator row skipped',
    description: 'A row of dashes that only draws a line in the export; it holds no data.',
  },
  'column-numbers-row': {
    severity: 'info',
    title: 'Column-number row skipped',
    description: 'The row `1 2 3 4 5 6` that numbers the columns under the header.',
  },
  'repeated-header': {
    severity: 'info',
    title: 'Repeated header row skipped',
    description: 'The header row printed again at the top of a page (Word and PDF repeat it); it holds no data.',
  },
  'unclassified-row': {
    severity: 'error',
    title: 'Row not understood',
    description:
      'A row that is neither a heading, a task nor a measure; its text is in the message so nothing is lost.',
  },
  'page-rotated': {
    severity: 'info',
    title: 'Page drawn turned',
    description:
      'A PDF page whose text runs up, down or upside down (a printer driver that turns the content instead ' +
      "of setting the page's /Rotate, or a /Rotate page drawn sideways); it was read turned back.",
  },
  'table-without-rules': {
    severity: 'warning',
    title: 'PDF table without ruling lines',
    description:
      "The PDF's table has no borders, so its columns were found from the row numbering them (1 2 3 …) and " +
      'where the text in each starts, and its rows from task and measure numbers, headings and gaps: ' +
      'check the result against the document.',
  },
  'page-furniture': {
    severity: 'info',
    title: 'Page furniture skipped',
    description:
      'A line a printer repeats outside the table on every page (a running ' +
      'header, a date, a URL, `3/41`), told by its repetition; it holds no data.',
  },
  'table-not-report': {
    severity: 'warning',
    title: 'Row of another table',
    description:
      "A row of a table that is not the report (no row as wide as the report's): a signature block, a " +
      'layout table. Its text is in the message.',
  },
  'text-outside-table': {
    severity: 'info',
    title: 'Text outside the table',
    description:
      'A paragraph outside the tables after the report began (a caption between two parts of the table, a ' +
      "note after it); kept in the report's notes.",
  },
  'extra-cells': {
    severity: 'warning',
    title: 'More cells than columns',
    description: 'A row has more filled cells than the table has columns; the surplus is joined into the last column.',
  },
  // Irregular rows that are repaired
  'row-realigned': {
    severity: 'warning',
    title: 'Row realigned',
    description:
      'A row lost its first cell, so the measure number sat in ' +
      'the task column; the cells were shifted back into place.',
  },
  'sector-in-task-cell': {
    severity: 'warning',
    title: 'Sector heading inside a task cell',
    description:
      'A sector heading was written at the start of a task cell (`<b>Житлове ' +
      'господарство</b> Провести…`); it was split off into its own sector.',
  },
  'heading-without-markup': {
    severity: 'info',
    title: 'Heading without markup',
    description: 'A heading row was recognised by its shape alone: it carries no bold or underline markup.',
  },
  'goal-missing': {
    severity: 'warning',
    title: 'Priority without strategic goal',
    description: 'A priority heading is followed by a sector or task before any strategic goal.',
  },
  'measure-number-format': {
    severity: 'warning',
    title: 'Irregular measure number',
    description: 'A measure number lacks its trailing dot or the space after it (`10.1 Капітальний`, `4.1.Зовнішнє`).',
  },
  'measure-number-missing': {
    severity: 'error',
    title: 'Measure without number',
    description:
      'A measure cell does not start with a number such as `1.2.`; the measure is kept with an empty number.',
  },
  'task-number-mismatch': {
    severity: 'warning',
    title: "Task number differs from its measures' prefix",
    description: 'A task numbered N holds measures numbered M.x with M ≠ N (task 2 with measures 1.1, 1.2, …).',
  },
  'duplicate-measure-title': {
    severity: 'warning',
    title: 'Two measures with the same title',
    description: 'Two measures of one task have the same title.',
  },
  'duplicate-id': {
    severity: 'warning',
    title: 'Duplicate number',
    description:
      'Two tasks or measures of one sector have the same number; the later one gets a `~2` suffix on its id.',
  },
  'empty-execution': {
    severity: 'warning',
    title: 'Execution cell empty',
    description: 'A measure has nothing in its execution column (5).',
  },
  'empty-executors': {
    severity: 'warning',
    title: 'Executor cell empty',
    description: 'A measure names no responsible executor (column 4).',
  },
  'empty-resources': {
    severity: 'warning',
    title: 'Programme/funding cell empty',
    description: 'A measure names neither a target programme nor an amount (column 6).',
  },
  'program-unresolved': {
    severity: 'warning',
    title: 'Programme not in the registry',
    description:
      'A programme named in column 6 matches no registry entry: none runs over the same years with the ' +
      'same content words. It counts as a programme of its own under a provisional id; the message and ' +
      'the reference list the nearest candidates with their scores. ' +
      'Add it with --programs (programs --suggest writes the entry).',
  },
  'program-fuzzy-match': {
    severity: 'warning',
    title: 'Programme matched by similarity',
    description:
      'A programme name matched a registry entry only by similarity (same years, the same content words, ' +
      'score at or above the threshold): a guess, so a warning; the score ' +
      'is in the message. Add the spelling as an alias to make it exact.',
  },
  'amount-unreadable': {
    severity: 'warning',
    title: 'Sum of money not read',
    description:
      'A phrase names money (грн, гривень, UAH, тис., млн) but is not a sum the money grammar reads ' +
      '(«кілька тисяч гривень», a range «100-150 тис. грн»); the message quotes it. No amount is recorded for it.',
  },
  'task-without-measures': {
    severity: 'warning',
    title: 'Task without measures',
    description: 'A task row has no measure in its own row or the rows after it.',
  },
  'sector-without-tasks': {
    severity: 'warning',
    title: 'Sector without tasks',
    description:
      'A heading was read as a sector but no task follows it (a ' +
      'stray line of text after the table reads like this too).',
  },
  'orphan-row': {
    severity: 'error',
    title: 'Row outside the hierarchy',
    description:
      'A measure came before any task, or a task before any sector or priority; it is kept under an unnamed parent.',
  },
} as const satisfies Record<string, DiagnosticType>;

export type DiagnosticCode = keyof typeof CATALOGUE;
