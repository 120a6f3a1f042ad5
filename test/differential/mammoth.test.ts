// Our DOCX reader against mammoth, the design card's reader, on every DOCX fixture:
// the table text we read equals mammoth's in every cell where mammoth reads any.
// (mammoth draws no automatic numbers, so an auto-numbered cell is empty there.)
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxToRows } from '../../src/rows/docx-rows.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const docxFiles = [
  ...readdirSync(FIXTURES).filter((f) => f.endsWith('.docx')),
  ...readdirSync(`${FIXTURES}producers`)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => `producers/${f}`),
];
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** mammoth's tables as grids of cell texts, merged cells expanded (null where a span covers). */
async function mammothTables(bytes: Buffer): Promise<Array<Array<Array<string | null>>>> {
  const { value } = await mammoth.convertToHtml({ buffer: bytes });
  // Paragraph and line ends are white space in the text we compare.
  const $ = load(value.replace(/<\/p>|<br\s*\/?>/g, ' '));
  return $('table')
    .filter((_, t) => $(t).parents('table').length === 0)
    .toArray()
    .map((table) => {
      const pending: number[] = [];
      return $(table)
        .find('> thead > tr, > tbody > tr, > tr')
        .toArray()
        .map((tr) => {
          const row: Array<string | null> = [];
          let col = 0;
          const skipCovered = () => {
            while ((pending[col] ?? 0) > 0) {
              pending[col] = (pending[col] as number) - 1;
              row[col++] = null;
            }
          };
          for (const td of $(tr).children('td, th').toArray()) {
            skipCovered();
            const colspan = Number($(td).attr('colspan') ?? 1);
            const rowspan = Number($(td).attr('rowspan') ?? 1);
            row[col] = collapse($(td).text());
            for (let k = 0; k < colspan; k++) {
              if (k > 0) row[col + k] = null;
              if (rowspan > 1) pending[col + k] = rowspan - 1;
            }
            col += colspan;
          }
          skipCovered();
          return row;
        });
    });
}

describe.each(docxFiles)('%s against mammoth', (file) => {
  it('has the same table text in every cell mammoth reads', async () => {
    const bytes = readFileSync(`${FIXTURES}${file}`);
    const theirs = (await mammothTables(bytes)).flat();
    const ours = (await docxToRows(bytes, file)).filter((r) => !r.outside);
    expect(ours.length).toBe(theirs.length);
    let compared = 0;
    theirs.forEach((row, r) => {
      row.forEach((text, c) => {
        if (text === null || text === '') return;
        compared++;
        expect(collapse(ours[r]?.cells[c]?.text ?? '<missing>'), `row ${r + 1}, cell ${c + 1}`).toBe(text);
      });
    });
    // The report has some 900 filled cells (fewer where Word numbers them); a handful would prove nothing.
    expect(compared).toBeGreaterThan(750);
  });
});
