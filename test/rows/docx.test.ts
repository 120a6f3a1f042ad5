// The DOCX reader on hand-written WordprocessingML: each construct Word uses for
// the report's table (merges, styles, links, tracked changes, fields) in isolation.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../src/rows/docx/body.js';
import { readRelationships } from '../../src/rows/docx/relationships.js';
import { NO_STYLES, readStyles } from '../../src/rows/docx/styles.js';
import { readNumbering } from '../../src/rows/docx/numbering.js';
import { blocksToRows, docxToRows } from '../../src/rows/docx-rows.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="r"';
const doc = (body: string): string => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;
const p = (inner: string): string => `<w:p>${inner}</w:p>`;
const r = (text: string, props = ''): string =>
  `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const tc = (inner: string, props = ''): string => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${inner}</w:tc>`;
const row5 = (texts: string[]): string => `<w:tr>${texts.map((t) => tc(p(r(t)))).join('')}</w:tr>`;

function rows(body: string, styles = NO_STYLES, rels = new Map()) {
  return blocksToRows(readBody(doc(body), styles, rels), 'test.docx');
}
const texts = (body: string, styles = NO_STYLES): string[][] =>
  rows(body, styles).map((row) => row.cells.map((c) => (c.spanned ? '<spanned>' : c.text)));

describe('DOCX body reader', () => {
  it('reads paragraphs around the table as one-cell rows, in document order, skipping empty ones', () => {
    const body = `${p(r('Заголовок')) + p('')}<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>${p(r('Примітка'))}`;
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
    const [row] = rows(
      `<w:tbl>${`<w:tr>${tc(cell)}${tc(p(r('2')))}${tc(p(r('3')))}${tc(p(r('4')))}${tc(p(r('5')))}</w:tr>`}</w:tbl>`,
    );
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
    const [first] = texts(`${body}<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>`);
    expect(first).toEqual(['вставлено7вибір']);
  });

  it('reads a text box inside a paragraph and a table inside a cell as lines of text', () => {
    const box = `<w:r><w:drawing><wps:txbx><w:txbxContent>${p(r('у рамці'))}</w:txbxContent></wps:txbx></w:drawing></w:r>`;
    const inner = `<w:tbl><w:tr>${tc(p(r('вкладена')))}${tc(p(r('таблиця')))}</w:tr></w:tbl>`;
    const body =
      p(r('До') + box + r('після')) +
      `<w:tbl><w:tr>${tc(p(r('клітинка')) + inner)}${tc(p(r('2')))}${tc(p(r('3')))}${tc(p(r('4')))}${tc(p(r('5')))}</w:tr></w:tbl>`;
    expect(texts(body)).toEqual([['До\nу рамці\nпісля'], ['клітинка\nвкладена\nтаблиця', '2', '3', '4', '5']]);
  });

  it('collects hyperlink targets through the relationships', () => {
    const rels = readRelationships(
      '<Relationships><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://t.me/relocationZhytomyr" TargetMode="External"/></Relationships>',
    );
    const body =
      p(`${r('канал')}<w:hyperlink r:id="rId9">${r('Telegram')}</w:hyperlink>`) +
      `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>`;
    const [row] = rows(body, NO_STYLES, rels);
    expect(row?.cells[0]).toMatchObject({
      text: 'каналTelegram',
      links: ['https://t.me/relocationZhytomyr'],
      markup: true,
    });
  });

  it('keeps the rows of a second, smaller table as aside rows, and every table of the report’s width', () => {
    const small = `<w:tbl><w:tr>${tc(p(r('Підпис')))}${tc(p(r('Прізвище')))}</w:tr></w:tbl>`;
    const body = `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>${p(r('Продовження'))}<w:tbl>${row5(['6', '7', '8', '9', '10'])}</w:tbl>${small}`;
    expect(
      rows(body).map((row) => [row.cells.map((c) => c.text).join('|'), row.outside ?? false, row.aside ?? false]),
    ).toEqual([
      ['1|2|3|4|5', false, false],
      ['Продовження', true, false],
      ['6|7|8|9|10', false, false],
      ['Підпис|Прізвище', false, true],
    ]);
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
      '_rels/.rels':
        '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>',
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
    await expect(docxToRows(pkg({ 'word/other.xml': '<x/>' }), 'c.docx')).rejects.toThrow(
      'c.docx: corrupt DOCX (no word/document.xml in the package)',
    );
    await expect(docxToRows(pkg({ 'word/document.xml': 'PK\u0003\u0004 not xml' }), 'd.docx')).rejects.toThrow(
      'd.docx: corrupt DOCX (word/document.xml is not XML)',
    );
  });
});

describe('DOCX namespaces', () => {
  const MAIN = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
  const cells = ['1', '2', '3', '4', '5'];
  const tableIn = (pre: string) => {
    const q = (n: string) => (pre === '' ? n : `${pre}:${n}`);
    const cell = (t: string) =>
      `<${q('tc')}><${q('p')}><${q('r')}><${q('rPr')}><${q('b')}/></${q('rPr')}><${q('t')}>${t}</${q('t')}></${q('r')}></${q('p')}></${q('tc')}>`;
    return `<${q('tbl')}><${q('tr')}>${cells.map(cell).join('')}</${q('tr')}></${q('tbl')}>`;
  };
  const read = (xml: string) => blocksToRows(readBody(xml, NO_STYLES, new Map()), 't.docx');
  it('reads WordprocessingML under any prefix, a default namespace, and Strict OOXML', () => {
    for (const xml of [
      `<ns0:document xmlns:ns0="${MAIN}"><ns0:body>${tableIn('ns0')}</ns0:body></ns0:document>`,
      `<document xmlns="${MAIN}"><body>${tableIn('')}</body></document>`,
      `<w:document xmlns:w="${STRICT}"><w:body>${tableIn('w')}</w:body></w:document>`,
    ]) {
      const [row] = read(xml);
      expect(row?.cells.map((c) => c.text)).toEqual(cells);
      expect(row?.cells[0]?.runs[0]?.bold).toBe(true);
    }
  });
  it('does not take another namespace’s elements for Word’s', () => {
    const xml = `<w:document xmlns:w="${MAIN}" xmlns:x="urn:other"><w:body>${tableIn('w')}<x:tbl><x:tr><x:tc><x:p><x:r><x:t>чуже</x:t></x:r></x:p></x:tc></x:tr></x:tbl></w:body></w:document>`;
    expect(read(xml).map((row) => row.cells.map((c) => c.text))).toEqual([cells]);
  });
});

describe('DOCX automatic numbering, notes and symbols', () => {
  const numberingXml = (nums: string) =>
    `<w:numbering ${W}>` +
    '<w:abstractNum w:abstractNumId="7">' +
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/><w:suff w:val="space"/></w:lvl>' +
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>' +
    '</w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1)"/><w:suff w:val="nothing"/></w:lvl></w:abstractNum>' +
    `${nums}</w:numbering>`;
  const numbered = (numId: string, text: string, ilvl = 0) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${r(text)}</w:p>`;
  const read = (body: string, nums: string) =>
    blocksToRows(
      readBody(doc(`<w:tbl>${row5(['a', 'b', 'c', 'd', 'e'])}</w:tbl>${body}`), NO_STYLES, new Map(), {
        numbering: readNumbering(numberingXml(nums)),
      }),
      't.docx',
    )
      .slice(1)
      .map((row) => row.cells[0]?.text);

  it('draws the numbers Word shows: counting on, levels, restarts by startOverride, bullets without a number', () => {
    const nums =
      '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="8"/></w:num>';
    const body =
      numbered('1', 'перше') +
      numbered('1', 'друге') +
      numbered('1', 'підпункт', 1) +
      numbered('1', 'ще', 1) +
      numbered('1', 'третє') +
      numbered('1', 'знову', 1) +
      numbered('1', 'маркер', 2) +
      numbered('2', 'заново') +
      numbered('3', 'римське') +
      numbered('0', 'без номера');
    expect(read(body, nums)).toEqual([
      '1. перше',
      '2. друге',
      '2.1. підпункт',
      '2.2. ще',
      '3. третє',
      '3.1. знову',
      'маркер',
      '1. заново',
      'III)римське',
      'без номера',
    ]);
  });

  it('writes numbers past 3999 (Roman) or eight letters in digits, and refuses a number template of 100,000 characters', () => {
    const lvl = (format: string, start: string, text = '%1.') =>
      `<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/>` +
      `<w:lvlText w:val="${text}"/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>`;
    const numbers = (format: string, start: string) =>
      read(numbered('9', 'x') + numbered('9', 'y'), lvl(format, start));
    expect(numbers('upperRoman', '3998')).toEqual(['MMMCMXCVIII. x', 'MMMCMXCIX. y']);
    expect(numbers('upperRoman', '3999')).toEqual(['MMMCMXCIX. x', '4000. y']);
    expect(numbers('lowerLetter', '207')).toEqual(['yyyyyyyy. x', 'zzzzzzzz. y']);
    expect(numbers('lowerLetter', '208')).toEqual(['zzzzzzzz. x', '209. y']);
    expect(numbers('lowerLetter', '2000000000')).toEqual(['2000000000. x', '2000000001. y']);
    expect(() => read(numbered('9', 'x'), lvl('decimal', '1', '%1'.repeat(50_000)))).toThrow(
      /number template \(w:lvlText\) is 100,000 characters; the reader takes at most 256$/,
    );
  });

  it('numbers a paragraph whose style carries the list', () => {
    const styles = readStyles(
      `<w:styles ${W}><w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>`,
    );
    const numbering = readNumbering(numberingXml('<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'));
    const para = (t: string) => `<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr>${r(t)}</w:p>`;
    const body = `<w:tbl>${row5(['a', 'b', 'c', 'd', 'e'])}</w:tbl>${para('x')}${para('y')}`;
    expect(
      blocksToRows(readBody(doc(body), styles, new Map(), { numbering }), 't.docx')
        .slice(1)
        .map((row) => row.cells[0]?.text),
    ).toEqual(['1. x', '2. y']);
  });

  it('keeps footnotes and endnotes with their marks, and symbols as the characters they show', async () => {
    const pkg = zipSync({
      'word/document.xml': strToU8(
        doc(
          `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>` +
            p(
              `${r('Виконано')}<w:r><w:footnoteReference w:id="2"/></w:r>${r(' і перевірено')}<w:r><w:endnoteReference w:id="5"/></w:r>`,
            ) +
            p(
              `${r('Так ')}<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>${r(' α=')}<w:r><w:sym w:font="Symbol" w:char="F061"/></w:r>`,
            ),
        ),
      ),
      'word/footnotes.xml': strToU8(
        `<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
          `<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>${r(' Станом на 01.10.2023')}</w:p></w:footnote></w:footnotes>`,
      ),
      'word/endnotes.xml': strToU8(
        `<w:endnotes ${W}><w:endnote w:id="5"><w:p>${r('Дані департаменту')}</w:p></w:endnote></w:endnotes>`,
      ),
    });
    const texts = (await docxToRows(pkg, 'n.docx')).slice(1).map((row) => row.cells[0]?.text);
    expect(texts).toEqual([
      'Виконано[1] і перевірено[i]',
      'Так ✓ α=α',
      '[1] Станом на 01.10.2023',
      '[i] Дані департаменту',
    ]);
  });
});

describe('DOCX body: symbols, emphasis by style, numbered paragraphs', () => {
  const sym = (font: string, char: string) => `<w:r><w:sym w:font="${font}" w:char="${char}"/></w:r>`;
  it('writes a symbol as the character it shows: a symbol font’s glyph, else its code point, else nothing', () => {
    const symbols = `${r('[')}${sym('Symbol', 'F0B7')}${sym('Arial', '0041')}${sym('Arial', '110000')}${sym('Arial', 'zz')}${sym('Arial', '0')}${r(']')}`;
    const [cells] = texts(
      `<w:tbl><w:tr>${tc(p(symbols))}${['2', '3', '4', '5'].map((t) => tc(p(r(t)))).join('')}</w:tr></w:tbl>`,
    );
    expect(cells?.[0]).toBe('[•A]');
  });
  it('takes emphasis from the run, then the run’s style, then the paragraph’s style', () => {
    const W2 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const styles = readStyles(
      `<w:styles ${W2}><w:style w:styleId="Heading"><w:rPr><w:b/><w:u w:val="single"/></w:rPr></w:style>` +
        `<w:style w:styleId="Plain"><w:rPr><w:b w:val="0"/></w:rPr></w:style></w:styles>`,
    );
    const body =
      `<w:p><w:pPr><w:pStyle w:val="Heading"/></w:pPr>${r('Освіта')}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Heading"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Plain"/></w:rPr><w:t>Звичайний</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="Heading"/></w:pPr>${r('Прямо', '<w:u w:val="none"/>')}</w:p>` +
      `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>`;
    const runs = rows(body, styles)
      .slice(0, 3)
      .map((row) => row.cells[0]?.runs.map((x) => [x.text, x.bold, x.underline]));
    expect(runs).toEqual([[['Освіта', true, true]], [['Звичайний', false, true]], [['Прямо', true, false]]]);
  });
  it('numbers a paragraph by its own list, else by its style’s; list 0 numbers nothing', () => {
    const W2 = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const numbering = readNumbering(
      `<w:numbering ${W2}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
        `<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>` +
        `<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>` +
        `<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    );
    const styles = readStyles(
      `<w:styles ${W2}><w:style w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style></w:styles>`,
    );
    const numPr = (id: string, ilvl?: number) =>
      `<w:pPr><w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${id}"/></w:numPr></w:pPr>`;
    const body =
      `<w:p>${numPr('4')}${r('Перший')}</w:p>` +
      `<w:p>${numPr('4', 1)}${r('Під')}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr>${r('Другий')}</w:p>` +
      `<w:p>${numPr('0')}${r('Без номера')}</w:p>` +
      `<w:tbl>${row5(['1', '2', '3', '4', '5'])}</w:tbl>`;
    const got = blocksToRows(readBody(doc(body), styles, new Map(), { numbering }), 'n.docx')
      .slice(0, 4)
      .map((row) => row.cells[0]?.text);
    expect(got).toEqual(['1. Перший', 'a) Під', '2. Другий', 'Без номера']);
  });
});
