// OpenDocument text and spreadsheets, from content written by hand after the ODF
// specification: spans and covered cells, repeated cells and rows, spaces, breaks,
// notes, emphasis from styles, nested tables, and the sheet holding the report.
import { describe, expect, it } from 'vitest';
import { odfToRows } from '../../src/rows/odf/odf-rows.js';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
const STYLES =
  '<office:automatic-styles><style:style style:name="T1" style:family="text">' +
  '<style:text-properties fo:font-weight="bold"/></style:style>' +
  '<style:style style:name="B" style:family="table-cell"><style:text-properties fo:font-weight="bold"/>' +
  '</style:style></office:automatic-styles>';
const flat = (kind: 'text' | 'spreadsheet', body: string) =>
  new TextEncoder().encode(
    `<?xml version="1.0"?><office:document ${NS} office:mimetype="application/vnd.oasis.opendocument.${kind}">` +
      `${STYLES}<office:body><office:${kind}>${body}</office:${kind}></office:body></office:document>`,
  );
const cell = (text: string, attrs = '') => `<table:table-cell${attrs}><text:p>${text}</text:p></table:table-cell>`;
const six = (n: number) => Array.from({ length: 6 }, (_, i) => cell(`${n}.${i}`)).join('');
const table = (rows: string, name = 'T') => `<table:table table:name="${name}">${rows}</table:table>`;
const tr = (cells: string, attrs = '') => `<table:table-row${attrs}>${cells}</table:table-row>`;

describe('odfToRows, text documents', () => {
  it('reads a heading spanning six columns as one cell and five spanned ones', () => {
    const body = table(
      tr(
        `${cell('Освіта', ' table:number-columns-spanned="6"')}<table:covered-table-cell table:number-columns-repeated="5"/>`,
      ) + tr(six(1)),
    );
    const { rows } = odfToRows(flat('text', body), 'x.fodt', undefined, true);
    expect(rows[0]?.cells.map((c) => [c.text, c.spanned === true])).toEqual([
      ['Освіта', false],
      ...Array.from({ length: 5 }, () => ['', true]),
    ]);
    expect(rows[1]?.cells).toHaveLength(6);
  });
  it('keeps spaces (text:s), tabs, line breaks and paragraphs of a cell, and emphasis from a style', () => {
    const body = table(
      tr(
        cell('<text:span text:style-name="T1">Житлове господарство</text:span> Провести<text:s text:c="2"/>ремонт') +
          `<table:table-cell><text:p>перший</text:p><text:p>другий<text:line-break/>третій</text:p></table:table-cell>` +
          six(2).slice(0, 0) +
          cell('a') +
          cell('b') +
          cell('c') +
          cell('d'),
      ),
    );
    const { rows } = odfToRows(flat('text', body), 'x.fodt', undefined, true);
    const [first, second] = rows[0]?.cells ?? [];
    expect(first?.text).toBe('Житлове господарство Провести ремонт');
    expect(first?.runs[0]).toMatchObject({ text: 'Житлове господарство', bold: true });
    expect(second?.text).toBe('перший\nдругий\nтретій');
  });
  it('writes a note as [n] where it stands and its text after the document', () => {
    const note =
      '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>' +
      '<text:note-body><text:p>Станом на 01.10.2023</text:p></text:note-body></text:note>';
    const body = `${table(tr(cell(`Виконано${note}`) + six(3).slice(0, 0) + cell('a') + cell('b') + cell('c') + cell('d')))}`;
    const { rows } = odfToRows(flat('text', body), 'x.fodt', undefined, true);
    expect(rows[0]?.cells[0]?.text).toBe('Виконано[1]');
    expect(rows.at(-1)).toMatchObject({ outside: true, cells: [{ text: '[1] Станом на 01.10.2023' }] });
  });
  it('reads a table inside a cell into that cell as lines', () => {
    const inner = `<table:table>${tr(cell('x') + cell('y'))}</table:table>`;
    const body = table(
      tr(
        `<table:table-cell>${inner}</table:table-cell>${six(4).slice(0, 0)}${cell('a')}${cell('b')}${cell('c')}${cell('d')}`,
      ),
    );
    const { rows } = odfToRows(flat('text', body), 'x.fodt', undefined, true);
    expect(rows[0]?.cells[0]?.text).toBe('x\ny');
    expect(rows[0]?.cells).toHaveLength(5);
  });
});

describe('odfToRows, spreadsheets', () => {
  it('writes repeated empty cells and rows only before content, so a million-cell tail costs nothing', () => {
    const body = table(
      tr(
        `${cell('a')}<table:table-cell table:number-columns-repeated="3"/>${cell('b')}<table:table-cell table:number-columns-repeated="16000"/>`,
      ) +
        tr('<table:table-cell table:number-columns-repeated="16384"/>', ' table:number-rows-repeated="2"') +
        tr(six(5)) +
        tr('<table:table-cell table:number-columns-repeated="16384"/>', ' table:number-rows-repeated="1048000"'),
    );
    const { rows } = odfToRows(flat('spreadsheet', body), 'x.fods', undefined, true);
    expect(rows.map((r) => r.source.line)).toEqual([1, 2, 3, 4]);
    expect(rows[0]?.cells.map((c) => c.text)).toEqual(['a', '', '', '', 'b']);
    expect(rows[3]?.cells).toHaveLength(6);
  });
  it('keeps a title merged across the whole sheet to 16 cells, not a row over the cell limit', () => {
    const title = `${cell('Звіт', ' table:number-columns-spanned="1024"')}<table:covered-table-cell table:number-columns-repeated="1023"/>`;
    const { rows } = odfToRows(flat('spreadsheet', table(tr(title) + tr(six(5)))), 'x.fods', undefined, true);
    expect(rows[0]?.cells.map((c) => c.spanned === true)).toEqual([false, ...Array.from({ length: 15 }, () => true)]);
  });
  it('gives a cell the emphasis of its cell style', () => {
    const body = table(tr(cell('Освіта', ' table:style-name="B"')) + tr(six(6)));
    const { rows } = odfToRows(flat('spreadsheet', body), 'x.fods', undefined, true);
    expect(rows[0]?.cells[0]?.runs[0]).toMatchObject({ text: 'Освіта', bold: true });
  });
  it('reads the sheet with the report, not the first, and says which of how many', () => {
    const body = table(tr(cell('нотатки')), 'Примітки') + table(tr(six(7)) + tr(six(8)), 'Звіт');
    const { rows, notices } = odfToRows(flat('spreadsheet', body), 'x.fods', undefined, true);
    expect(rows).toHaveLength(2);
    expect(notices.map((n) => n.details)).toEqual([{ sheet: 'Звіт', sheets: 2 }]);
  });
});

describe('odfToRows, list numbers', () => {
  const LISTS =
    '<office:automatic-styles><text:list-style style:name="L1">' +
    '<text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/>' +
    '<text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2"/>' +
    '</text:list-style><text:list-style style:name="B"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/>' +
    '</text:list-style></office:automatic-styles>';
  const doc = (body: string) =>
    new TextEncoder().encode(
      `<office:document ${NS} office:mimetype="application/vnd.oasis.opendocument.text">${LISTS}` +
        `<office:body><office:text>${body}</office:text></office:body></office:document>`,
    );
  const item = (text: string, inner = '') => `<text:list-item><text:p>${text}</text:p>${inner}</text:list-item>`;
  const list = (items: string, attrs = ' text:style-name="L1"') => `<text:list${attrs}>${items}</text:list>`;
  const texts = (body: string) =>
    odfToRows(doc(`${body}${table(tr(six(9)))}`), 'x.fodt', undefined, true).rows.map((r) => r.cells[0]?.text);

  it('writes the number a list style draws, levels joined as the style shows them', () => {
    expect(texts(list(item('перший', list(item('вкладений'), '')) + item('другий')))).toEqual([
      '1. перший',
      '1.1. вкладений',
      '2. другий',
      '9.0',
    ]);
  });
  it('restarts a new list and continues one that says so (Word numbering across cells)', () => {
    const body =
      list(item('а')) + list(item('б'), ' text:style-name="L1" text:continue-numbering="true"') + list(item('в'));
    expect(texts(body).slice(0, 3)).toEqual(['1. а', '2. б', '1. в']);
  });
  it('draws no number for a bullet list', () => {
    expect(texts(list(item('пункт'), ' text:style-name="B"'))[0]).toBe('пункт');
  });
});
