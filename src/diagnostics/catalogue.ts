// Every diagnostic the tool can emit, in one table (like Frictionless' error
// classes or ESLint's rule meta). A code is a stable public id: never reuse one.
import type { Severity } from '../model/schema.js';
import { CONTENT_DIAGNOSTICS } from './catalogue-content.js';

export interface DiagnosticType {
  readonly severity: Severity;
  /** The message, with `{name}` for each detail the diagnostic carries (Frictionless' message templates). */
  readonly message: string;
  readonly title: string;
  readonly description: string;
}

const INPUT_DIAGNOSTICS = {
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
  'encoding-contradicted': {
    severity: 'warning',
    message: 'the file declares {declared} but its bytes are not; read as {read}',
    title: 'Declared encoding contradicted',
    description:
      "A web page's `<meta charset>` names one encoding and its bytes are in another (a page re-saved as " +
      'UTF-8 that kept its old declaration, or the reverse); it was read in the encoding the bytes are in. ' +
      'Check its letters, or name the encoding with `--encoding`.',
  },
  'sheet-chosen': {
    severity: 'info',
    message: 'read sheet «{sheet}», the one holding the report table, of {sheets} sheets',
    title: 'Sheet chosen',
    description:
      "A workbook with several sheets: the one whose rows have the report table's width was read; the others " +
      'were not.',
  },
  'page-rotated': {
    severity: 'info',
    message: 'page {page}: its content is drawn turned {degrees}°; read turned back',
    title: 'Page drawn turned',
    description:
      'A PDF page whose text runs up, down or upside down (a printer driver that turns the content instead ' +
      "of setting the page's /Rotate, or a /Rotate page drawn sideways); it was read turned back.",
  },
  'page-text-garbled': {
    severity: 'error',
    message: 'PDF page {page}: its text is not Ukrainian (it reads «{sample}»); the page is not read',
    title: 'PDF page with garbled text',
    description:
      "A page whose glyphs map to characters that are not the report's letters (a font without a usable " +
      'ToUnicode map, a file re-distilled by Ghostscript): its rows would be garbage, so it is not read. ' +
      'Read that page from the DOCX, HTML or text export.',
  },
  'glyphs-unmapped': {
    severity: 'warning',
    message: 'PDF page {page}: «{sample}» holds {chars}, no letters of this report; its font maps some glyphs wrongly',
    title: 'PDF glyphs mapped to foreign characters',
    description:
      'A page whose text is Ukrainian but where some glyphs map to letters of other scripts (Chinese, Arabic, …) ' +
      "or to the replacement character: the font's ToUnicode map is wrong for them (a file re-distilled by " +
      'Ghostscript). The words holding them are kept as the file gives them; check them against another format.',
  },
  'page-without-text': {
    severity: 'error',
    message: 'PDF page {page} has no text: scanned or drawn as outlines; its rows are not read',
    title: 'PDF page without text',
    description:
      'A page that paints shapes or images but holds no text, among pages that do: a scanned page or text ' +
      'drawn as outlines. Its rows are missing from the data; OCR is not supported.',
  },
  'table-without-rules': {
    severity: 'warning',
    message:
      "PDF pages {pages}: the table's rules do not divide its columns; they were found from the positions of its text",
    title: 'PDF table without ruling lines',
    description:
      'PDF pages whose table has no rules between its columns (no borders, horizontal rules only, zebra rows, ' +
      'a frame around the whole table): the columns were found from the row numbering them (1 2 3 …) and ' +
      'where the text in each starts, the rows from the horizontal rules where there are some, else from ' +
      'task and measure numbers, headings and gaps: check the result against the document.',
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
  'text-before-table': {
    severity: 'info',
    message: "text before the table that is not its title, kept in the report's notes: «{text}»",
    title: 'Text before the table',
    description:
      'A line before the header that is not part of the title (`Додаток 2`, `до рішення виконавчого комітету`, ' +
      "an addressee, `ЗАТВЕРДЖЕНО`); kept in the report's notes.",
  },
  'text-after-table': {
    severity: 'info',
    message: "text after the table, kept in the report's notes: «{text}»",
    title: 'Text after the table',
    description:
      'A line after the last row of the table (a signature with the name at the right, a date, ' +
      '`Виконавець: …`, a phone number, a heading with nothing under it); ' +
      "kept in the report's notes, never read as a heading.",
  },
  'extra-cells': {
    severity: 'warning',
    message: 'row has cells in columns its header does not name ({columns}); kept apart as extra columns',
    title: 'Cells in columns without a header',
    description:
      "A row has filled cells past the header's columns, or under a header cell left blank; each is kept in " +
      "the measure's `extra` map by position (`column 8`), never joined to a neighbouring column.",
  },
  'columns-extra': {
    severity: 'info',
    message: 'columns beyond the usual six, read by their header: {columns}',
    title: 'Columns beyond the six',
    description:
      'The table has columns besides №, task, measure, executors, execution and programme or funding: a note ' +
      '(`Примітка`), planned and actual amounts (`план`, `факт`), or others, which are kept by their header text.',
  },
  'amount-unit': {
    severity: 'info',
    message: 'amounts of {columns} as the header says; given in thousand UAH',
    title: 'Amounts in another unit',
    description:
      "A money column's header names another unit than the report's thousand UAH (`грн`, `млн грн`): its bare " +
      'numbers are read in that unit and given in thousand UAH.',
  },
  'invisible-characters': {
    severity: 'info',
    message: 'removed {total} invisible characters from cell texts: {kinds}',
    title: 'Invisible characters removed',
    description:
      'Soft hyphens, zero-width spaces and joiners, word joiners and byte-order marks inside the text print as ' +
      'nothing but make equal words unequal; they are removed (docs/formats.md lists them).',
  },
  'lookalike-letters': {
    severity: 'warning',
    message: '{what} heading: Latin letters typed inside Cyrillic words, read as Cyrillic: {words}',
    title: 'Look-alike letters in a heading',
    description:
      'A heading word mixes Cyrillic letters with Latin ones that look the same (`Прioритет` with a Latin i); ' +
      'the Latin letters are read as the Cyrillic ones, so the heading is recognised and its id is stable.',
  },
  'number-lookalike': {
    severity: 'warning',
    message: 'letters typed for digits in the {what} number «{printed}», read as {number}',
    title: 'Letters in a number',
    description:
      'A task or measure number has a letter that looks like a digit (`l.2.` with a Latin l, `4.З.` with a ' +
      'Cyrillic Ze, `1О.1` with a Cyrillic O); it is read as the digit.',
  },
  'task-number-words': {
    severity: 'info',
    message: '{count} task numbers written after a word ({words}): read as the numbers',
    title: 'Task numbers written with a word',
    description: 'Task numbers are written «Завдання 1», «Завд. 1» or «№ 1»: the number is read, the word said here.',
  },
  'measure-number-completed': {
    severity: 'info',
    message: 'measure numbered «{printed}» within task {task}; read as {number}',
    title: 'Measure number completed from its task',
    description:
      'A measure is numbered within its task (`2.` under task 3) rather than in full (`3.2.`); the task ' +
      'number is put before it.',
  },
} as const satisfies Record<string, DiagnosticType>;

export const CATALOGUE = { ...INPUT_DIAGNOSTICS, ...CONTENT_DIAGNOSTICS } as const satisfies Record<
  string,
  DiagnosticType
>;

export type DiagnosticCode = keyof typeof CATALOGUE;
