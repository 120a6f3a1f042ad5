// A workbook's sheets: the report is the sheet whose rows have the report table's
// width (a workbook may open on a cover sheet or notes); the choice is said when
// there was one to make.
import type { RowDraft } from './docx/body.js';
import { REPORT_ROW_CELLS, type ReaderNotice } from './row.js';

/** Columns a merge after a row's last value still counts in: more than any report table has. */
export const SPAN_COLUMNS = 16;

export interface Sheet {
  name: string;
  rows: RowDraft[];
}

const width = (row: RowDraft): number => row.before + row.cells.reduce((n, c) => n + c.span, 0);

/** The sheet with the most rows of the report's width (the first of equals), and a notice when there were several. */
export function chooseSheet<T extends Sheet>(sheets: readonly T[]): { sheet: T | undefined; notices: ReaderNotice[] } {
  let best: { sheet: T; wide: number } | undefined;
  for (const sheet of sheets) {
    const wide = sheet.rows.filter((r) => width(r) >= REPORT_ROW_CELLS).length;
    if (!best || wide > best.wide) best = { sheet, wide };
  }
  const sheet = best?.sheet;
  if (!sheet || sheets.length < 2) return { sheet, notices: [] };
  return {
    sheet,
    notices: [
      {
        code: 'sheet-chosen',
        details: { sheet: sheet.name, sheets: sheets.length },
        source: { line: sheet.rows[0]?.line ?? 1 },
      },
    ],
  };
}
