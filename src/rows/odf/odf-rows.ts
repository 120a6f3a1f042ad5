// OpenDocument files: Writer's .odt and Calc's .ods (ZIP packages), and their flat
// one-file forms .fodt and .fods. Styles are read first (styles.xml, then the
// automatic styles of content.xml), then the body; a spreadsheet's report is the
// sheet that holds the table.
import { DEFAULT_LIMITS, type Limits } from '../../read/limits.js';
import { readZip } from '../../read/zip-guard.js';
import { parseOoxml } from '../docx/namespaces.js';
import { partText } from '../docx/ooxml.js';
import { blocksToRows } from '../docx-rows.js';
import type { ReaderNotice, Row } from '../row.js';
import { chooseSheet } from '../sheets.js';
import { OdfBodyReader, type OdfTable } from './odf-body.js';

export function odfToRows(
  bytes: Uint8Array,
  name: string,
  limits: Limits = DEFAULT_LIMITS,
  flat = false,
): { rows: Row[]; notices: ReaderNotice[] } {
  const reader = new OdfBodyReader();
  const depth = { max: limits.maxDepth, what: `${name}: the nesting of XML elements` };
  const parse = (xml: string) =>
    parseOoxml(
      xml,
      {
        onopentag: (element, attribs) => reader.open(element, attribs),
        ontext: (text) => reader.text(text),
        onclosetag: (element) => reader.close(element),
      },
      depth,
    );
  if (flat) parse(partText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  else {
    const parts = readZip(
      bytes,
      name,
      limits.maxDocxBytes,
      (path) => path === 'content.xml' || path === 'styles.xml',
      'OpenDocument file',
    );
    const styles = parts.get('styles.xml');
    if (styles) parse(partText(styles));
    parse(partText(parts.get('content.xml') ?? Buffer.alloc(0)));
  }
  const blocks = reader.finish();
  if (!reader.isSpreadsheet) return { rows: blocksToRows(blocks, name, limits.maxCellsPerRow), notices: [] };
  const sheets = blocks.filter((b): b is OdfTable => b.kind === 'table');
  const { sheet, notices } = chooseSheet(sheets);
  return { rows: blocksToRows(sheet ? [sheet] : [], name, limits.maxCellsPerRow), notices };
}
