// Totals rows: «Разом», «Всього», «Усього», «Загалом» (any case) with the sums of the
// amount columns. They state what the measures above them should add up to, so
// they are read as stated totals, checked against the measures once amounts are
// known (validate/totals.ts), and never taken for a measure or a heading.
import type { SourcePlace } from '../model/schema.js';
import { foldLookalikeLetters } from '../text/lookalikes.js';
import { CORE_COLUMNS } from './columns.js';
import type { RowView } from './row-kinds.js';
import { LETTER, WORD_END } from '../text/letters.js';

const TOTAL_WORDS = new RegExp(
  String.raw`^(?:разом|всього|усього|загалом|підсум(?:ок|ки|кові)|загальн[${LETTER}]*\s+(?:обсяг|сума)|итого)` +
    WORD_END,
  'iu',
);
/** A cell that holds only a sum: digits, separators and perhaps the unit. */
const AMOUNT_CELL = /^[\d\s\u00a0\u202f.,]+(?:(?:тис\.?\s*)?грн\.?)?$/iu;
const MAX_LABEL = 100;
/** Columns a totals row's label may be written in: any before column 6, whose sums it states. */
const LABEL_COLUMNS = 5;

/** Which amount a stated total is the sum of. */
export type TotalColumn = 'funding' | 'planned' | 'actual';

/** A totals row as printed: its label and the text of each amount column it fills. */
export interface StatedTotalDraft {
  label: string;
  source: SourcePlace;
  amounts: ReadonlyArray<{ column: TotalColumn; text: string }>;
  /** Where the row stands: how many measures came before it, and the ids of its sector and priority. */
  after: { measures: number; sectorId: string | null; priorityId: string | null };
}

const text = (v: RowView, i: number): string => v.cells[i]?.text ?? '';

export function isTotalRow(v: RowView): boolean {
  const first = v.filled[0];
  if (first === undefined || first >= LABEL_COLUMNS) return false;
  const label = text(v, first);
  if (label.length > MAX_LABEL) return false;
  // Folded of look-alike letters only when typed as printed it is none (most rows: no allocation).
  if (!TOTAL_WORDS.test(label) && !TOTAL_WORDS.test(foldLookalikeLetters(label).text)) return false;
  return v.filled.slice(1).every((i) => AMOUNT_CELL.test(text(v, i)));
}

/** The label and amount cells of a totals row (the row is one, see isTotalRow). */
export function readTotalRow(v: RowView): Pick<StatedTotalDraft, 'label' | 'amounts'> {
  const label = text(v, v.filled[0] as number);
  const amounts: Array<{ column: TotalColumn; text: string }> = [];
  // A sum under «план» or «факт» totals that column; any other is a total of the funding.
  for (const i of v.filled.slice(1)) {
    const role = v.extras[i - CORE_COLUMNS]?.role;
    amounts.push({ column: role === 'planned' || role === 'actual' ? role : 'funding', text: text(v, i) });
  }
  return { label, amounts };
}
