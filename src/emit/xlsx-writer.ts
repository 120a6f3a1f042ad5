// An Office Open XML workbook (ECMA-376 part 1, SpreadsheetML) written directly: the
// few parts a sheet of typed cells needs, zipped by fflate with fixed times, so the
// same sheets give the same bytes. ExcelJS did this at 35 MB of installed package;
// it stays in the tests as the reader the workbook is checked with (with LibreOffice).
import { zipSync } from 'fflate';

/** A cell: text, a number, a boolean, empty, or text that is a link. */
export type XlsxCell = string | number | boolean | null | { text: string; hyperlink: string };

/** Cell styles, by their index in styles.xml's cellXfs (the order below). */
export const XLSX_STYLE = { plain: 0, bold: 1, money: 2, integer: 3, text: 4, wrapped: 5, link: 6 } as const;
export type XlsxStyle = (typeof XLSX_STYLE)[keyof typeof XLSX_STYLE];

export interface XlsxColumn {
  header: string;
  /** In characters. */
  width: number;
  style: XlsxStyle;
}

export interface XlsxSheet {
  name: string;
  columns: readonly XlsxColumn[];
  rows: ReadonlyArray<readonly XlsxCell[]>;
  /** The header row frozen and given a filter. */
  table: boolean;
  /** Styles of single cells, by `row,column` (0-based, below the header), over their column's. */
  cellStyles?: ReadonlyMap<string, XlsxStyle>;
}

export const MONEY_FORMAT = '#,##0.0##';
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The workbook's strings, each once, in the order first met (shared strings). */
class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;
  at(text: string): number {
    this.count++;
    let at = this.index.get(text);
    if (at === undefined) {
      at = this.index.size;
      this.index.set(text, at);
    }
    return at;
  }
  xml(): string {
    const items = [...this.index.keys()].map((t) => `<si><t xml:space="preserve">${escapeXml(t)}</t></si>`).join('');
    return `${XML}<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}

function cellXml(ref: string, value: XlsxCell, style: number, strings: SharedStrings): string {
  if (value === null || value === '') return style === 0 ? '' : `<c r="${ref}" s="${style}"/>`;
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}" s="${style}" t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = typeof value === 'string' ? value : value.text;
  return `<c r="${ref}" s="${style}" t="s"><v>${strings.at(text)}</v></c>`;
}

/** A worksheet part and its relationships (the hyperlinks' targets), if any. */
function sheetXml(sheet: XlsxSheet, strings: SharedStrings): { xml: string; rels: string | null } {
  const last = columnName(Math.max(0, sheet.columns.length - 1));
  const links: string[] = [];
  const header = sheet.columns.map((c, i) => cellXml(`${columnName(i)}1`, c.header, XLSX_STYLE.bold, strings));
  const rows = [`<row r="1">${header.join('')}</row>`];
  sheet.rows.forEach((cells, r) => {
    const xml = cells.map((value, i) => {
      const ref = `${columnName(i)}${r + 2}`;
      if (value !== null && typeof value === 'object') {
        links.push(`<hyperlink ref="${ref}" r:id="rId${links.length + 1}"/>`);
        return cellXml(ref, value, XLSX_STYLE.link, strings);
      }
      return cellXml(ref, value, sheet.cellStyles?.get(`${r},${i}`) ?? sheet.columns[i]?.style ?? 0, strings);
    });
    rows.push(`<row r="${r + 2}">${xml.join('')}</row>`);
  });
  const cols = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" style="${c.style}" customWidth="1"/>`)
    .join('');
  const pane = sheet.table
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>'
    : '';
  const xml =
    `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL}"><dimension ref="A1:${last}${sheet.rows.length + 1}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}` +
    `<sheetData>${rows.join('')}</sheetData>${sheet.table ? `<autoFilter ref="A1:${last}1"/>` : ''}` +
    `${links.length > 0 ? `<hyperlinks>${links.join('')}</hyperlinks>` : ''}` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  return { xml, rels: links.length > 0 ? linkRels(sheet) : null };
}

function linkRels(sheet: XlsxSheet): string {
  const targets = sheet.rows.flatMap((cells) =>
    cells.flatMap((v) => (v !== null && typeof v === 'object' ? [v.hyperlink] : [])),
  );
  const items = targets.map(
    (t, k) => `<Relationship Id="rId${k + 1}" Type="${REL}/hyperlink" Target="${escapeXml(t)}" TargetMode="External"/>`,
  );
  return `${XML}<Relationships xmlns="${PKG_REL}">${items.join('')}</Relationships>`;
}

const STYLES =
  `${XML}<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="${MONEY_FORMAT}"/></numFmts>` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/></font>' +
  '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
  '<fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="7">' +
  '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="1" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">' +
  '<alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** The workbook of `sheets`, in order, as the bytes of an .xlsx file. */
export function writeWorkbook(sheets: readonly XlsxSheet[]): Uint8Array {
  const strings = new SharedStrings();
  const encode = (s: string) => new TextEncoder().encode(s);
  const parts: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  sheets.forEach((sheet, i) => {
    const { xml, rels } = sheetXml(sheet, strings);
    parts[`xl/worksheets/sheet${i + 1}.xml`] = encode(xml);
    if (rels) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = encode(rels);
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ` +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>',
    );
  });
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': encode(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>${overrides.join('')}` +
        `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/></Types>`,
    ),
    '_rels/.rels': encode(
      `${XML}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': encode(workbookXml(sheets)),
    'xl/_rels/workbook.xml.rels': encode(workbookRels(sheets.length)),
    'xl/styles.xml': encode(STYLES),
    ...parts,
    'xl/sharedStrings.xml': encode(strings.xml()),
  };
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime: FIXED_TIME }]])),
    { level: 6 },
  );
}

function workbookXml(sheets: readonly XlsxSheet[]): string {
  const list = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  // A filter is kept in a hidden name per sheet (Excel drops the filter of a sheet without one).
  const names = sheets.flatMap((s, i) =>
    s.table
      ? [
          `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
            `'${escapeXml(s.name)}'!$A$1:$${columnName(Math.max(0, s.columns.length - 1))}$1</definedName>`,
        ]
      : [],
  );
  return (
    `${XML}<workbook xmlns="${NS}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
    `<sheets>${list.join('')}</sheets>${names.length > 0 ? `<definedNames>${names.join('')}</definedNames>` : ''}` +
    '</workbook>'
  );
}

function workbookRels(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const rest =
    `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${XML}<Relationships xmlns="${PKG_REL}">${sheets.join('')}${rest}</Relationships>`;
}
