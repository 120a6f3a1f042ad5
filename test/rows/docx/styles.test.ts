// Emphasis and list numbering that paragraphs take from Word's styles (word/styles.xml), with
// w:basedOn applied as Word applies it (ECMA-376 §17.7): the nearest style's setting wins.
import { describe, expect, it } from 'vitest';
import { readStyles } from '../../../src/rows/docx/styles.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const style = (id: string, inner: string) => `<w:style w:type="paragraph" w:styleId="${id}">${inner}</w:style>`;
const styles = (...inner: string[]) => readStyles(`<w:styles ${W}>${inner.join('')}</w:styles>`);

describe('readStyles', () => {
  it('reads bold, underline and italics a style sets, on unless switched off', () => {
    const table = styles(
      style('Strong', '<w:rPr><w:b/><w:i w:val="0"/></w:rPr>'),
      style('Underlined', '<w:rPr><w:u w:val="single"/><w:i/></w:rPr>'),
      style('NoLine', '<w:rPr><w:u w:val="none"/></w:rPr>'),
    );
    expect(['Strong', 'Underlined', 'NoLine', 'Missing'].map((id) => table.emphasis(id))).toEqual([
      { bold: true, underline: undefined, italic: false },
      { bold: undefined, underline: true, italic: true },
      { bold: undefined, underline: false, italic: undefined },
      {},
    ]);
    expect(table.emphasis(undefined)).toEqual({});
  });
  it('takes from the style it is based on what it does not set itself, through a chain', () => {
    const table = styles(
      style('Heading1', '<w:rPr><w:b/><w:u w:val="single"/></w:rPr>'),
      style('Heading2', '<w:basedOn w:val="Heading1"/><w:rPr><w:u w:val="none"/></w:rPr>'),
      style('Heading3', '<w:basedOn w:val="Heading2"/><w:rPr><w:i/></w:rPr>'),
    );
    expect(table.emphasis('Heading3')).toEqual({ bold: true, underline: false, italic: true });
    expect(table.emphasis('Heading2')).toEqual({ bold: true, underline: false, italic: undefined });
  });
  it('ends a chain that loops, and reads run properties only directly under the style', () => {
    const table = styles(
      style('A', '<w:basedOn w:val="B"/><w:rPr><w:b/></w:rPr>'),
      style('B', '<w:basedOn w:val="A"/><w:rPr><w:u w:val="single"/></w:rPr>'),
      style('Table', '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr>'),
    );
    expect(table.emphasis('A')).toEqual({ bold: true, underline: true, italic: undefined });
    expect(table.emphasis('Table')).toEqual({ bold: undefined, underline: undefined, italic: undefined });
  });
  it('reads the list a paragraph style numbers with, its level inherited or 0', () => {
    const table = styles(
      style('ListNumber', '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr>'),
      style('ListNumber2', '<w:basedOn w:val="ListNumber"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr>'),
      style('Plain', '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>'),
      style('Body', '<w:pPr><w:jc w:val="left"/></w:pPr>'),
    );
    expect(['ListNumber', 'ListNumber2', 'Plain', 'Body'].map((id) => table.list(id))).toEqual([
      { numId: '7', ilvl: 1 },
      { numId: '9', ilvl: 1 },
      { numId: '3', ilvl: 0 },
      undefined,
    ]);
    expect(table.list(undefined)).toBeUndefined();
  });
  it('reads nothing from a part that is not there', () => {
    expect(readStyles(undefined).emphasis('Strong')).toEqual({});
  });
});
