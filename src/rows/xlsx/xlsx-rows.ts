// Excel workbooks (.xlsx, whoever wrote them: Excel, Calc, a library): the sheet that
// holds the report, read as rows of cells with their row numbers. The package is
// inflated with the same cap as a DOCX.
import { InputError } from '../../errors.js';
import { DEFAULT_LIMITS, type Limits } from '../../read/limits.js';
import { readZip } from '../../read/zip-guard.js';
import { partText } from '../docx/ooxml.js';
import { blocksToRows } from '../docx-rows.js';
import type { ReaderNotice, Row } from '../row.js';
import { chooseSheet } from '../sheets.js';
import { readSheet } from './sheet.js';
import { readCellStyles, readSharedStrings, readSheets } from './workbook.js';

export function xlsxToRows(
  bytes: Uint8Array,
  name: string,
  limits: Limits = DEFAULT_LIMITS,
): { rows: Row[]; notices: ReaderNotice[] } {
  const parts = readZip(
    bytes,
    name,
    limits.maxDocxBytes,
    (path) => path.endsWith('.xml') || path.endsWith('.rels'),
    'XLSX',
  );
  const depth = { max: limits.maxDepth, what: `${name}: the nesting of XML elements` };
  const text = (path: string): string | undefined => {
    const part = parts.get(path);
    return part === undefined ? undefined : partText(part);
  };
  const workbook = text('xl/workbook.xml');
  if (workbook === undefined) throw new InputError(`${name}: corrupt XLSX (no xl/workbook.xml in the package)`);
  const shared = readSharedStrings(text('xl/sharedStrings.xml'), depth);
  const styles = readCellStyles(text('xl/styles.xml'), depth);
  const sheets = readSheets(workbook, text('xl/_rels/workbook.xml.rels'), depth).map((ref) => ({
    name: ref.name,
    rows: readSheet(text(ref.path) ?? '', shared, styles, depth),
  }));
  const { sheet, notices } = chooseSheet(sheets);
  return {
    rows: blocksToRows(sheet ? [{ kind: 'table', rows: sheet.rows }] : [], name, limits.maxCellsPerRow),
    notices,
  };
}
