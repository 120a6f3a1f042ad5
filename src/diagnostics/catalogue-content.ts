// The diagnostics about the content of rows: irregular rows that are repaired, and
// what the measures say (numbers, ids, empty cells, programmes, money, totals). Part
// of the catalogue (catalogue.ts), which joins it to the diagnostics about the input.
import type { DiagnosticType } from './catalogue.js';

export const CONTENT_DIAGNOSTICS = {
  // Irregular rows that are repaired
  'row-realigned': {
    severity: 'warning',
    message: 'row has {cells} cells and its measure number in the task column; shifted one column right',
    title: 'Row realigned',
    description:
      'A row lost its first cell, so the measure number sat in ' +
      'the task column; the cells were shifted back into place.',
  },
  'row-continued': {
    severity: 'warning',
    message: 'row carries on the row above (broken in two): its {fields} joined to measure {measure}',
    title: 'Row broken in two',
    description:
      'A row with no number whose text goes on mid-sentence, or a lone cell in the executors, execution or ' +
      "programme column, right after a measure: the rest of that measure's row, broken when the file was " +
      "written; its cells are joined to the measure above, which is a reading of the row's shape.",
  },
  'ditto-mark': {
    severity: 'info',
    message: 'ditto mark «{mark}» in column {column} read as the cell above it: «{text}»',
    title: 'Ditto mark',
    description:
      'A cell holding only a ditto mark (`-//-`, `-"-`, `〃`, «те саме») means the same as the cell above ' +
      "it in that column; it is read as that cell's text.",
  },
  'sector-in-task-cell': {
    severity: 'warning',
    message: 'sector heading «{heading}» written inside the task cell; split into its own sector',
    title: 'Sector heading inside a task cell',
    description:
      'A sector heading was written at the start of a task cell (`<b>Житлове ' +
      'господарство</b> Провести…`); it was split off into its own sector.',
  },
  'sector-guessed-in-task-cell': {
    severity: 'warning',
    message:
      'task cell begins «{heading}» where a sector heading is missing; read as the sector heading from its words alone',
    title: 'Sector heading guessed in a task cell',
    description:
      'A task row came before any sector heading of its priority, and its task cell begins with a short phrase ' +
      'followed by a capitalised word (`Житлове господарство Провести…`): the sector heading written into the ' +
      'cell, its emphasis lost (a spreadsheet or CSV keeps none). The phrase was read as the sector heading; ' +
      'this is a guess from the words, so check it.',
  },
  'executor-unlisted': {
    severity: 'warning',
    message: 'measure {measure}: executor «{executor}» is not in the executor registry; provisional id {id}',
    title: 'Executor not in the registry',
    description:
      'An executor the registry (data/executors.json, and --executors files) does not know, under any spelling: ' +
      'kept as printed, with a provisional id from its name. Add it to a registry file to give it a stable id.',
  },
  'status-unread': {
    severity: 'warning',
    message: 'measure {measure}: no status rule reads its execution text; status unknown: «{text}»',
    title: 'Status not read',
    description:
      'The execution text says something, but in words none of the status rules reads: the status is ' +
      '`unknown` (`unknown.no-match`). Read the text; a phrase the rules should know is worth a labelled case.',
  },
  'status-uncertain': {
    severity: 'warning',
    message: 'measure {measure}: status {status} is a guess ({why}): «{text}»',
    title: 'Status uncertain',
    description:
      'The status was read with low confidence (`statusConfidence: low`): by the catch-all rule of impersonal ' +
      'past verbs, or from clauses that disagree (one says done, another not done or still planned).',
  },
  'task-repeated': {
    severity: 'info',
    message:
      "a task's number (and text) printed again on {rows} rows of its measures (cells filled down); " +
      'read as one task each',
    title: 'Task repeated on its measures’ rows',
    description:
      'A table exported with its merged cells filled down repeats the task number and text on every row of its ' +
      'measures; a row that repeats the task above it adds its measure to that task.',
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
  'measure-number-style': {
    severity: 'info',
    message: "{count} of {total} measure numbers are written without {missing}: the document's own style",
    title: 'Measure numbers in another style',
    description:
      'Most measure numbers lack the trailing dot (`1.1 Title`) or the space after it: the way this ' +
      'document writes them, read as numbers, not reported one by one.',
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
  'total-matches': {
    severity: 'info',
    message: 'totals row «{label}» states {stated} thousand UAH of {column}: the sum of {scope}',
    title: 'Totals row checked',
    description:
      'A totals row (`Разом`, `Всього`, `Усього`, `Загалом`) states a sum that equals the sum of the measures ' +
      'it closes (the whole table above it, its priority or its sector); kept in `report.totals`.',
  },
  'total-mismatch': {
    severity: 'error',
    message: 'totals row «{label}» states {stated} thousand UAH of {column}, but the measures sum to {computed}',
    title: 'Totals row differs from the measures',
    description:
      'A totals row states a sum that equals no span of the measures above it (the whole table, its priority, ' +
      'its sector, those since the previous totals row): a measure or an amount was lost, or the total is wrong.',
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
