// Every diagnostic the tool can emit, in one table (like Frictionless' error
// classes or ESLint's rule meta). A code is a stable public id: never reuse one.
import type { Severity } from '../model/schema.js';

export interface DiagnosticType {
  readonly severity: Severity;
  /** The message, with `{name}` for each detail the diagnostic carries (Frictionless' message templates). */
  readonly message: string;
  readonly title: string;
  readonly description: string;
}

export const CATALOGUE = {
  // Input as a whole
  'title-missing': {
    severity: 'warning',
    message: 'no title before the table',
    title: 'Title missing',
    description: 'No title lines were found before the table, so community and period are unknown.',
  },
  'period-unknown': {
    severity: 'warning',
    message: 'no reporting period recognised in the title «{title}»',
    title: 'Period not recognised',
    description:
      'The title names no reporting period the tool knows (`за 9 місяців ' +
      '2023 року`, `за I квартал`, `за I півріччя`, `за 2023 рік`).',
  },
  'no-measures': {
    severity: 'error',
    message:
      'no measure rows found: the file has headings but no measures (is it the right file, or is ' +
      'its table missing?)',
    title: 'No measures',
    description: 'The input has headings or tasks but not one measure row: nothing of the report was read as data.',
  },
  'header-missing': {
    severity: 'warning',
    message:
      'no header row before the data; columns read in the usual order: №, task, measure, ' +
      'executors, execution, programme or funding',
    title: 'Header row missing',
    description: 'No header row (`№ з/п | Завдання | Заходи | …`) was found before the data rows.',
  },
  'columns-guessed': {
    severity: 'warning',
    message: 'the header {problem}; {reading}',
    title: 'Columns guessed',
    description:
      'The header row does not name every column (or names too few to trust it); the unnamed columns ' +
      'are read in the usual order: №, task, measure, executors, execution, programme or funding.',
  },
  'columns-reordered': {
    severity: 'info',
    message: 'columns in another order than usual; read by the header: {moved}',
    title: 'Columns in another order',
    description:
      'The header prints the columns in another order than usual (say «Виконання ' +
      'заходів» before «Відповідальний виконавець»); they are read by their header.',
  },
  'column-content-mismatch': {
    severity: 'warning',
    message:
      '{what} in {count} of {total} measures (first: {first}); are the columns labelled or ' +
      'ordered as the header says?',
    title: 'Column content contradicts its header',
    description:
      'Many cells of a column read like another column’s content (executor cells that are sentences of ' +
      'what was done, execution cells that are names of departments): the columns may be mislabelled or shifted.',
  },
  // Rows that are left out on purpose
  'separator-row': {
    severity: 'info',
    message: 'separator row skipped',
    title: 'Separator row skipped',
    description: 'A row of dashes that only draws a line in the export; it holds no data.',
  },
  'column-numbers-row': {
    severity: 'info',
    message: 'column-number row skipped: {row}',
    title: 'Column-number row skipped',
    description: 'The row `1 2 3 4 5 6` that numbers the columns under the header.',
  },
  'repeated-header': {
    severity: 'info',
    message: 'header row repeated after a page break; skipped: {row}',
    title: 'Repeated header row skipped',
    description: 'The header row printed again at the top of a page (Word and PDF repeat it); it holds no data.',
  },
  'unclassified-row': {
    severity: 'error',
    message: 'row not understood, left out: {row}',
    title: 'Row not understood',
    description:
      'A row that is neither a heading, a task nor a measure; its text is in the message so nothing is lost.',
  },
  'page-rotated': {
    severity: 'info',
    message: 'page {page}: its content is drawn turned {degrees}°; read turned back',
    title: 'Page drawn turned',
    description:
      'A PDF page whose text runs up, down or upside down (a printer driver that turns the content instead ' +
      "of setting the page's /Rotate, or a /Rotate page drawn sideways); it was read turned back.",
  },
  'table-without-rules': {
    severity: 'warning',
    message: "the PDF's table has no ruling lines; its columns and rows were found from the positions of its text",
    title: 'PDF table without ruling lines',
    description:
      "The PDF's table has no borders, so its columns were found from the row numbering them (1 2 3 …) and " +
      'where the text in each starts, and its rows from task and measure numbers, headings and gaps: ' +
      'check the result against the document.',
  },
  'page-furniture': {
    severity: 'info',
    message: 'page furniture skipped: «{text}»',
    title: 'Page furniture skipped',
    description:
      'A line a printer repeats outside the table on every page (a running ' +
      'header, a date, a URL, `3/41`), told by its repetition; it holds no data.',
  },
  'table-not-report': {
    severity: 'warning',
    message: 'row of a table that is not the report, left out: {row}',
    title: 'Row of another table',
    description:
      "A row of a table that is not the report (no row as wide as the report's): a signature block, a " +
      'layout table. Its text is in the message.',
  },
  'text-outside-table': {
    severity: 'info',
    message: "text outside the table, kept in the report's notes: «{text}»",
    title: 'Text outside the table',
    description:
      'A paragraph outside the tables after the report began (a caption between two parts of the table, a ' +
      "note after it); kept in the report's notes.",
  },
  'extra-cells': {
    severity: 'warning',
    message: 'row has {cells} cells; cells after column {columns} joined into it',
    title: 'More cells than columns',
    description: 'A row has more filled cells than the table has columns; the surplus is joined into the last column.',
  },
  // Irregular rows that are repaired
  'row-realigned': {
    severity: 'warning',
    message: 'row has {cells} cells and its measure number in the task column; shifted one column right',
    title: 'Row realigned',
    description:
      'A row lost its first cell, so the measure number sat in ' +
      'the task column; the cells were shifted back into place.',
  },
  'sector-in-task-cell': {
    severity: 'warning',
    message: 'sector heading «{heading}» written inside the task cell; split into its own sector',
    title: 'Sector heading inside a task cell',
    description:
      'A sector heading was written at the start of a task cell (`<b>Житлове ' +
      'господарство</b> Провести…`); it was split off into its own sector.',
  },
  'heading-without-markup': {
    severity: 'info',
    message: 'heading «{heading}» has no bold or underline; recognised by its shape',
    title: 'Heading without markup',
    description: 'A heading row was recognised by its shape alone: it carries no bold or underline markup.',
  },
  'goal-missing': {
    severity: 'warning',
    message: 'priority «{priority}» has no strategic goal before this row',
    title: 'Priority without strategic goal',
    description: 'A priority heading is followed by a sector or task before any strategic goal.',
  },
  'measure-number-format': {
    severity: 'warning',
    message: 'measure number {number} lacks {missing}: «{printed}…»',
    title: 'Irregular measure number',
    description: 'A measure number lacks its trailing dot or the space after it (`10.1 Капітальний`, `4.1.Зовнішнє`).',
  },
  'measure-number-missing': {
    severity: 'error',
    message: 'measure has no number: «{text}»',
    title: 'Measure without number',
    description:
      'A measure cell does not start with a number such as `1.2.`; the measure is kept with an empty number.',
  },
  'task-number-mismatch': {
    severity: 'warning',
    message: 'task {task} in «{sector}» holds measures numbered {prefixes}',
    title: "Task number differs from its measures' prefix",
    description: 'A task numbered N holds measures numbered M.x with M ≠ N (task 2 with measures 1.1, 1.2, …).',
  },
  'duplicate-measure-title': {
    severity: 'warning',
    message: 'measure {measure} has the same title as measure {earlier}: «{title}»',
    title: 'Two measures with the same title',
    description: 'Two measures of one task have the same title.',
  },
  'duplicate-id': {
    severity: 'warning',
    message: '{what} repeats id {id}; this one is {id}~{n}',
    title: 'Duplicate number',
    description:
      'Two tasks or measures of one sector have the same number; the later one gets a `~2` suffix on its id.',
  },
  'empty-execution': {
    severity: 'warning',
    message: 'measure {measure} has an empty {column} cell',
    title: 'Execution cell empty',
    description: 'A measure has nothing in its execution column (5).',
  },
  'empty-executors': {
    severity: 'warning',
    message: 'measure {measure} has an empty {column} cell',
    title: 'Executor cell empty',
    description: 'A measure names no responsible executor (column 4).',
  },
  'empty-resources': {
    severity: 'warning',
    message: 'measure {measure} has an empty {column} cell',
    title: 'Programme/funding cell empty',
    description: 'A measure names neither a target programme nor an amount (column 6).',
  },
  'program-unresolved': {
    severity: 'warning',
    message:
      'measure {measure}: programme «{programme}» is not in the registry; counted as ' +
      '{provisionalId}; nearest: {nearest}',
    title: 'Programme not in the registry',
    description:
      'A programme named in column 6 matches no registry entry: none runs over the same years with the ' +
      'same content words. It counts as a programme of its own under a provisional id; the message and ' +
      'the reference list the nearest candidates with their scores. ' +
      'Add it with --programs (programs --suggest writes the entry).',
  },
  'program-fuzzy-match': {
    severity: 'warning',
    message: 'measure {measure}: programme «{programme}» matched {nearest} by similarity',
    title: 'Programme matched by similarity',
    description:
      'A programme name matched a registry entry only by similarity (same years, the same content words, ' +
      'score at or above the threshold): a guess, so a warning; the score ' +
      'is in the message. Add the spelling as an alias to make it exact.',
  },
  'amount-unreadable': {
    severity: 'warning',
    message: 'measure {measure}: «{text}» reads like a sum of money but is not one the tool can read',
    title: 'Sum of money not read',
    description:
      'A phrase names money (грн, гривень, UAH, тис., млн) but is not a sum the money grammar reads ' +
      '(«кілька тисяч гривень», a range «100-150 тис. грн»); the message quotes it. No amount is recorded for it.',
  },
  'task-without-measures': {
    severity: 'warning',
    message: 'task {task} has no measures',
    title: 'Task without measures',
    description: 'A task row has no measure in its own row or the rows after it.',
  },
  'sector-without-tasks': {
    severity: 'warning',
    message: 'sector «{sector}» has no tasks',
    title: 'Sector without tasks',
    description:
      'A heading was read as a sector but no task follows it (a ' +
      'stray line of text after the table reads like this too).',
  },
  'orphan-row': {
    severity: 'error',
    message: '{what}: «{text}»',
    title: 'Row outside the hierarchy',
    description:
      'A measure came before any task, or a task before any sector or priority; it is kept under an unnamed parent.',
  },
} as const satisfies Record<string, DiagnosticType>;

export type DiagnosticCode = keyof typeof CATALOGUE;
