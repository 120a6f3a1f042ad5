// Any format into rows: one reader per detected format, each loaded only when its
// format is read (pdf.js, PDFium and cheerio are heavy), and a one-line refusal for
// the formats that are not read, saying what to do with them.
import { InputError } from '../errors.js';
import type { InputFormat } from '../model/schema.js';
import { decodeLines, decodeText } from '../read/decode-text.js';
import type { DetectedFormat } from '../read/detect-format.js';
import { type Limits, limitError } from '../read/limits.js';
import type { ReaderNotice, Row } from './row.js';
import { delimitedRows, sniffDelimited } from './delimited-rows.js';
import { textRows } from './text-rows.js';

export interface TableSource {
  format: InputFormat;
  encoding: string;
  rows: Iterable<Row>;
  /** What the reader noticed beside the rows, reported with the rest. */
  notices?: readonly ReaderNotice[];
}

export interface ReadRequest {
  bytes: Uint8Array;
  name: string;
  limits: Limits;
  encoding?: string;
  pdfThreads?: number;
  pdfEngine?: 'pdfjs' | 'pdfium';
}

type Reader = (request: ReadRequest) => Promise<TableSource>;

const CONVERT = (to: string) =>
  `convert it with LibreOffice (\`soffice --headless --convert-to ${to} FILE\`) or save it as .${to}`;

const READ_FORMATS = 'a text export, HTML, DOCX, XLSX, ODT, ODS, RTF, CSV or PDF';

const UNREADABLE: Partial<Record<DetectedFormat, string>> = {
  doc: `a legacy Word 97–2003 .doc file, which is not read; ${CONVERT('docx')}`,
  xls: `a legacy Excel 97–2003 .xls workbook, which is not read; ${CONVERT('xlsx')}`,
  ole: 'an OLE2 compound file that is neither a Word document nor an Excel workbook; save the report as .docx or .xlsx',
  zip: 'a ZIP archive that is neither a Word, Excel nor OpenDocument file; unpack it and give the report inside',
  binary: `binary data, not a report; give the report as ${READ_FORMATS}`,
};

async function readText(request: ReadRequest): Promise<TableSource> {
  const delimiter = sniffDelimited(request.bytes);
  if (delimiter !== null) {
    const { text, encoding } = await decodeText(request.bytes, request.encoding);
    return { format: 'csv', encoding, rows: delimitedRows(text, delimiter, request.limits) };
  }
  const { lines, encoding } = await decodeLines(request.bytes, request.encoding);
  return { format: 'text', encoding, rows: textRows(lines, request.limits) };
}

async function readHtml(request: ReadRequest): Promise<TableSource> {
  const { text, encoding, contradicted } = await decodeText(request.bytes, request.encoding, { markup: true });
  const notices: ReaderNotice[] = contradicted
    ? [{ code: 'encoding-contradicted', details: contradicted, source: { line: 1 } }]
    : [];
  const { htmlToRows } = await import('./html-rows.js');
  const rows = await htmlToRows(text, {
    numbering: 'source-line',
    name: request.name,
    maxCellsPerRow: request.limits.maxCellsPerRow,
    maxDepth: request.limits.maxDepth,
  });
  return { format: 'html', encoding, rows, notices };
}

async function readDocx({ bytes, name, limits }: ReadRequest): Promise<TableSource> {
  const { docxToRows } = await import('./docx-rows.js');
  return { format: 'docx', encoding: 'utf-8', rows: await docxToRows(bytes, name, limits) };
}

async function readPdf({ bytes, name, limits, pdfThreads, pdfEngine }: ReadRequest): Promise<TableSource> {
  const { pdfToRows } = await import('./pdf/pdf-rows.js');
  const { rows, notices } = await pdfToRows(bytes, name, {
    maxPages: limits.maxPdfPages,
    threads: pdfThreads,
    engine: pdfEngine,
  });
  return { format: 'pdf', encoding: 'pdf', rows, notices };
}

const odf =
  (format: 'odt' | 'ods', flat: boolean): Reader =>
  async ({ bytes, name, limits }) => {
    const { odfToRows } = await import('./odf/odf-rows.js');
    return { format, encoding: 'utf-8', ...odfToRows(bytes, name, limits, flat) };
  };

async function readXlsx({ bytes, name, limits }: ReadRequest): Promise<TableSource> {
  const { xlsxToRows } = await import('./xlsx/xlsx-rows.js');
  return { format: 'xlsx', encoding: 'utf-8', ...xlsxToRows(bytes, name, limits) };
}

async function readRtf({ bytes, name, limits }: ReadRequest): Promise<TableSource> {
  const { rtfToRows } = await import('./rtf/rtf-rows.js');
  return { format: 'rtf', ...rtfToRows(bytes, name, limits) };
}

const READERS: Partial<Record<DetectedFormat, Reader>> = {
  text: readText,
  html: readHtml,
  docx: readDocx,
  pdf: readPdf,
  odt: odf('odt', false),
  'flat-odt': odf('odt', true),
  ods: odf('ods', false),
  'flat-ods': odf('ods', true),
  xlsx: readXlsx,
  rtf: readRtf,
};

export async function readRows(format: DetectedFormat, request: ReadRequest): Promise<TableSource> {
  const reader = READERS[format];
  if (!reader) throw new InputError(`${request.name}: ${UNREADABLE[format] ?? `unsupported format ${format}`}`);
  const source = await reader(request);
  return { ...source, rows: withinCellLimit(source.rows, request.limits.maxLineLength) };
}

/**
 * Every format's cells are held to the line limit of a text report: a cell of an HTML,
 * DOCX, PDF or spreadsheet file is what a line is to the text export, and each later
 * stage reads a cell's text whole.
 */
function* withinCellLimit(rows: Iterable<Row>, max: number): Iterable<Row> {
  for (const row of rows) {
    for (const cell of row.cells)
      if (cell.text.length > max)
        throw limitError('maxLineLength', `line ${row.source.line}: a cell's length`, cell.text.length, max);
    yield row;
  }
}
