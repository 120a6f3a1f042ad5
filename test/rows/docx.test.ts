// The DOCX reader on hand-written WordprocessingML: each construct Word uses for
// the report's table (merges, styles, links, tracked changes, fields) in isolation.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/rows/docx/body.js';
import { readRelationships } from '../../src/rows/docx/relationships.js';
import { NO_STYLES, readStyles } from '../../src/rows/docx/styles.js';
import { blocksToRows, docxToRows } from '../../src/rows/docx-rows.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="r"';
const doc = (body: string): string => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (inner: string): string => `<w:p>${inner}</w:p>`;
const r = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (inner: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;
const row5 = (texts: string[]): string => `<w:tr>${texts.map((t) => tc(p(r(t)))).join('')}</w:tr>`;

function rows(body: string, styles = NO_STYLES, rels = new Map()) {
  return blocksToRows(readBody(doc(body), styles, rels), 'test.docx');
}
const texts = (body: string, styles = NO_STYLES): string[][] => rows(body, styles).map((row) => row.cells.map((c) => (c.spanned ? '<spanned>' : c.text)));

describe('DOCX body reader', () => {
  it('reads paragraphs around the table as one-cell rows, in document order, skipping empty ones', () => {
    const body = p(r('Заголовок')) + p('') + `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>` + p(r('Примітка'));
    expect(texts(body)).toEqual([['Заголовок'], ['1', '2', '3', '4', '5'], ['Примітка']]);
    expect(rows(body).map((row) => row.source.line)).toEqual([1, 2, 3]);
  });

  it('expands gridSpan across and vMerge down into spanned cells, and gridBefore into empty ones', () => {
    const body =
      '<w:tbl>' +
      `<w:tr>${tc(p(r('Пріоритет')), '<w:gridSpan w:val="6"/>')}</w:tr>` +
      `<w:tr>${tc(p(r('Сектор')), '<w:vMerge w:val="restart"/>')}${row5(['a', 'b', 'c', 'd', 'e']).slice(6, -7)}</w:tr>` +
      `<w:tr>${tc(p(''), '<w:vMerge/>')}${row5(['f', 'g', 'h', 'i', 'j']).slice(6, -7)}</w:tr>` +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${row5(['k', 'l', 'm', 'n', 'o']).slice(6, -7)}</w:tr>` +
      '</w:tbl>';
    expect(texts(body)).toEqual([
      ['Пріоритет', '<spanned>', '<spanned>', '<spanned>', '<spanned>', '<spanned>'],
      ['Сектор', 'a', 'b', 'c', 'd', 'e'],
      ['<spanned>', 'f', 'g', 'h', 'i', 'j'],
      ['', 'k', 'l', 'm', 'n', 'o'],
    ]);
  });

  it('joins a cell’s paragraphs and breaks with line breaks, tabs with a space', () => {
    const cell = p(r('Перший')) + p(`${r('Другий')}<w:r><w:br/></w:r>${r('рядок')}<w:r><w:tab/></w:r>${r('кінець')}`);
    const [row] = rows(`<w:tbl>${`<w:tr>${tc(cell)}${tc(p(r('2')))}${tc(p(r('3')))}${tc(p(r('4')))}${tc(p(r('5')))}</w:tr>`}</w:tbl>`);
    expect(row?.cells[0]?.text).toBe('Перший\nДругий\nрядок кінець');
  });

  it('takes bold and underline from the run, its character style and its paragraph style, in that order', () => {
    const styles = readStyles(
      `<w:styles ${W}>` +
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:rPr><w:b/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Heading2"><w:basedOn w:val="Heading1"/></w:style>' +
        '<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/><w:u w:val="single"/></w:rPr></w:style>' +
        '</w:styles>',
    );
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${r('успадковано')}${r('скасовано', '<w:b w:val="0"/>')}</w:p>` +
      p(r('символьний', '<w:rStyle w:val="Strong"/>') + r('прямий', '<w:b/>') + r('звичайний')) +
      p(r('без', '<w:u w:val="none"/>')) +
      `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>`;
    const [heading, mixed, plain] = rows(body, styles);
    expect(heading?.cells[0]?.runs).toEqual([
      { text: 'успадковано', bold: true, underline: false },
      { text: 'скасовано', bold: false, underline: false },
    ]);
    expect(mixed?.cells[0]?.runs).toEqual([
      { text: 'символьний', bold: true, underline: true },
      { text: 'прямий', bold: true, underline: false },
      { text: 'звичайний', bold: false, underline: false },
    ]);
    expect(plain?.cells[0]?.runs).toEqual([{ text: 'без', bold: false, underline: false }]);
  });

  it('leaves out deleted text, field codes, fallback copies and tab-stop definitions, but keeps inserted text and field results', () => {
    const body = p(
      `<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>` +
        `<w:del><w:r><w:delText>видалено</w:delText></w:r></w:del>` +
        `<w:ins>${r('вставлено')}</w:ins>` +
        `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('7')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
        `<mc:AlternateContent><mc:Choice>${r('вибір')}</mc:Choice><mc:Fallback>${r('запасний')}</mc:Fallback></mc:AlternateContent>`,
    );
    const [first] = texts(body + `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>`);
    expect(first).toEqual(['вставлено7вибір']);
  });

  it('reads a text box inside a paragraph and a table inside a cell as lines of text', () => {
    const box = `<w:r><w:drawing><wps:txbx><w:txbxContent>${p(r('у рамці'))}</w:txbxContent></wps:txbx></w:drawing></w:r>`;
    const inner = `<w:tbl><w:tr>${tc(p(r('вкладена')))}${tc(p(r('таблиця')))}</w:tr></w:tbl>`;
    const body = p(r('До') + box + r('після')) + `<w:tbl><w:tr>${tc(p(r('клітинка')) + inner)}${tc(p(r('2')))}${tc(p(r('3')))}${tc(p(r('4')))}${tc(p(r('5')))}</w:tr></w:tbl>`;
    expect(texts(body)).toEqual([['До\nу рамці\nпісля'], ['клітинка\nвкладена\nтаблиця', '2', '3', '4', '5']]);
  });

  it('collects hyperlink targets through the relationships', () => {
    const rels = readRelationships(
      '<Relationships><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://t.me/relocationZhytomyr" TargetMode="External"/></Relationships>',
    );
    const body = p(`${r('канал')}<w:hyperlink r:id="rId9">${r('Telegram')}</w:hyperlink>`) + `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>`;
    const [row] = rows(body, NO_STYLES, rels);
    expect(row?.cells[0]).toMatchObject({ text: 'каналTelegram', links: ['https://t.me/relocationZhytomyr'], markup: true });
  });

  it('keeps the rows of a second, smaller table and picks the report table by its rows of five cells', () => {
    const small = `<w:tbl><w:tr>${tc(p(r('Підпис')))}${tc(p(r('Прізвище')))}</w:tr></w:tbl>`;
    expect(texts(`<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>${small}`)).toEqual([['1', '2', '3', '4', '5'], ['Підпис', 'Прізвище']]);
    expect(() => texts(small)).toThrow(/no report table found/);
  });

  it('stops at the cells-per-row limit', () => {
    const wide = `<w:tbl><w:tr>${tc(p(r('x')), '<w:gridSpan w:val="500"/>')}${tc(p(r('1')))}${tc(p(r('2')))}${tc(p(r('3')))}${tc(p(r('4')))}</w:tr></w:tbl>`;
    expect(() => texts(wide)).toThrow(/table row 1: the number of cells is 504; the limit is 64/);
  });
});

describe('DOCX package', () => {
  const pkg = (files: Record<string, string | Uint8Array>): Uint8Array =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));
  const table = `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>`;

  it('finds the main document through the package relationships', async () => {
    const bytes = pkg({
      '_rels/.rels': '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
      'word/document2.xml': doc(p(r('Головна частина')) + table),
    });
    const result = await docxToRows(bytes, 'a.docx');
    expect(result.map((row) => row.cells[0]?.text)).toEqual(['Головна частина', '1']);
  });

  it('reads a UTF-16 part', async () => {
    const xml = doc(p(r('Юнікод')) + table);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect((await docxToRows(pkg({ 'word/document.xml': utf16 }), 'b.docx'))[0]?.cells[0]?.text).toBe('Юнікод');
  });

  it('says what is wrong with a package without a document, or with one that is not XML', async () => {
    await expect(docxToRows(pkg({ 'word/other.xml': '<x/>' }), 'c.docx')).rejects.toThrow('c.docx: corrupt DOCX (no word/document.xml in the package)');
    await expect(docxToRows(pkg({ 'word/document.xml': 'PK\u0003\u0004 not xml' }), 'd.docx')).rejects.toThrow('d.docx: corrupt DOCX (word/document.xml is not XML)');
  });
});
