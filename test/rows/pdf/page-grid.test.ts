// The PDF table rebuilt from plain geometry: lines and positioned text in, rows out.
import { describe, expect, it } from 'vitest';
import { itemsToCell } from '../../../src/rows/pdf/cell-text.js';
import { pageTable, type Segment, type TextItem } from '../../../src/rows/pdf/page-grid.js';
import { findFurniture } from '../../../src/rows/pdf/furniture.js';
import { stitchPages } from '../../../src/rows/pdf/stitch.js';
import { readPages } from '../../../src/rows/pdf/page-reader.js';
import { findColumns } from '../../../src/rows/pdf/stream-table.js';

const h = (y: number, x1: number, x2: number): Segment => ({ x1, y1: y, x2, y2: y });
const v = (x: number, y1: number, y2: number): Segment => ({ x1: x, y1, x2: x, y2 });
const t = (text: string, x: number, y: number, bold = false): TextItem => ({
  text,
  x,
  y,
  width: text.length * 5,
  fontSize: 10,
  bold,
});

// Three columns at x 0 | 100 | 200 | 300; rows between y 300, 280, 260, 240.
const XS = [0, 100, 200, 300];
function grid(opts: { headingRow?: boolean; mergedFirstColumn?: boolean } = {}): Segment[] {
  const lines: Segment[] = [h(300, 0, 300), h(240, 0, 300)];
  lines.push(h(280, 0, 300));
  // Under a cell merged down, the rule between rows 2 and 3 is missing in column 1.
  lines.push(opts.mergedFirstColumn ? h(260, 100, 300) : h(260, 0, 300));
  lines.push(v(0, 240, 300), v(300, 240, 300));
  for (const x of [100, 200]) lines.push(opts.headingRow ? v(x, 240, 280) : v(x, 240, 300));
  return lines;
}

describe('pageTable', () => {
  it('places text in its cell and reads wrapped lines back together', () => {
    const table = pageTable({
      page: 1,
      lines: grid(),
      items: [
        t('1', 5, 290),
        t('Забезпечити', 105, 290),
        t('бізнес-', 205, 290),
        t('подіях', 205, 284),
        t('Заголовок', 5, 310),
      ],
    });
    expect(table.rows[0]?.map((c) => c.text)).toEqual(['1', 'Забезпечити', 'бізнес-подіях']);
    expect(table.before.map((c) => c.text)).toEqual(['Заголовок']);
  });

  it('marks a cell merged across the row and one merged down', () => {
    const across = pageTable({ page: 1, lines: grid({ headingRow: true }), items: [t('Освіта', 120, 290)] });
    expect(across.rows[0]?.map((c) => [c.text, c.spanned === true])).toEqual([
      ['Освіта', false],
      ['', true],
      ['', true],
    ]);
    const down = pageTable({
      page: 1,
      lines: grid({ mergedFirstColumn: true }),
      items: [t('1', 5, 270), t('1.1.', 105, 270), t('1.2.', 105, 250)],
    });
    expect(down.rows.map((r) => r.map((c) => (c.spanned ? '^' : c.text)))).toEqual([
      ['', '', ''],
      ['1', '1.1.', ''],
      ['^', '1.2.', ''],
    ]);
  });
});

describe('stitchPages', () => {
  const cell = (text: string) => ({
    text,
    runs: text ? [{ text, bold: false, underline: false }] : [],
    links: [],
    markup: false,
  });
  it('appends a row cut by a page break to the cells it continues, even an empty one', () => {
    const header = () => [cell('№'), cell('Завдання'), cell('Заходи'), cell('Виконання')];
    const page1 = {
      page: 1,
      before: [],
      after: [],
      rows: [header(), [cell('1'), cell('Задача'), cell('1.1. Захід'), cell('')]],
    };
    const page2 = {
      page: 2,
      before: [],
      after: [],
      rows: [
        header(),
        [cell(''), cell(''), cell('триває'), cell('далі')],
        [cell('2'), cell('Інша'), cell('2.1. Захід'), cell('x')],
      ],
    };
    // Empty cells from the grid are fresh objects that a continuation can fill (mutation fuzzing found a frozen one).
    expect(Object.isFrozen(itemsToCell([]))).toBe(false);
    const rows = stitchPages([page1, page2]);
    expect(rows.map((r) => [r.source.page, r.cells.map((c) => c.text)])).toEqual([
      [1, ['№', 'Завдання', 'Заходи', 'Виконання']],
      [1, ['1', 'Задача', '1.1. Захід триває', 'далі']],
      [2, ['№', 'Завдання', 'Заходи', 'Виконання']],
      [2, ['2', 'Інша', '2.1. Захід', 'x']],
    ]);
  });

  it('takes a page’s last row of marks alone for text outside the table, not a row', () => {
    // wkhtmltopdf under PDFium: a quote of the line the page break cut is left below the table.
    const header = () => [cell('№'), cell('Завдання'), cell('Заходи'), cell('Виконання')];
    const page = (n: number, ...rows: ReturnType<typeof cell>[][]) => ({ page: n, before: [], after: [], rows });
    const rows = stitchPages([
      page(
        1,
        header(),
        [cell('1'), cell('Задача'), cell('1.1. Захід'), cell('Програма')],
        [cell(''), cell(''), cell(''), cell('" \'')],
      ),
      page(2, header(), [cell(''), cell(''), cell('триває'), cell('')]),
    ]);
    expect(rows.map((r) => [r.outside === true, r.cells.map((c) => c.text)])).toEqual([
      [false, ['№', 'Завдання', 'Заходи', 'Виконання']],
      [false, ['1', 'Задача', '1.1. Захід триває', 'Програма']],
      [true, ['" \'']],
      [false, ['№', 'Завдання', 'Заходи', 'Виконання']],
    ]);
  });

  it('gives a task row whose measure the break left empty its measure from the next page', () => {
    // WeasyPrint breaks each cell on its own: the number went first, the task and measure on.
    const header = () => [cell('№'), cell('Завдання'), cell('Заходи'), cell('Виконання')];
    const page = (n: number, ...rows: ReturnType<typeof cell>[][]) => ({ page: n, before: [], after: [], rows });
    const last = [cell('7'), cell(''), cell(''), cell('')];
    const next = [cell(''), cell('Заохочувати'), cell('7.1. Виплата'), cell('Виплачено')];
    const merged = { ...cell(''), spanned: true };
    const heading = [cell('Культура'), merged, merged, merged];
    const cut = stitchPages([page(1, header(), last), page(2, header(), next)]);
    expect(cut.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['№', 'Завдання', 'Заходи', 'Виконання'],
      ['7', 'Заохочувати', '7.1. Виплата', 'Виплачено'],
      ['№', 'Завдання', 'Заходи', 'Виконання'],
    ]);
    // After a heading, a measure on the next page is a row of its own (the structure stage judges it).
    const afterHeading = stitchPages([page(1, header(), heading), page(2, header(), next)]);
    expect(afterHeading.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['№', 'Завдання', 'Заходи', 'Виконання'],
      ['Культура', '', '', ''],
      ['№', 'Завдання', 'Заходи', 'Виконання'],
      ['', 'Заохочувати', '7.1. Виплата', 'Виплачено'],
    ]);
  });
});

describe('stitchPages: rows a page break cut, as LibreOffice and Chromium print them', () => {
  const cell = (text: string) => ({
    text,
    runs: text ? [{ text, bold: true, underline: false }] : [],
    links: [],
    markup: false,
  });
  const merged = { ...cell(''), spanned: true };
  const header = () => [cell('№'), cell('Завдання'), cell('Заходи'), cell('Виконання')];
  const page = (n: number, ...rows: ReturnType<typeof cell>[][]) => ({ page: n, before: [], after: [], rows });
  const texts = (rows: ReturnType<typeof stitchPages>) => rows.map((r) => r.cells.map((c) => c.text));

  it('puts a heading cut by the break back together past the repeated header (LibreOffice Writer)', () => {
    const rows = stitchPages([
      page(1, header(), [
        cell('Пріоритет "Інклюзивне місто" Рівні можливості, якісна медицина і'),
        merged,
        merged,
        merged,
      ]),
      page(
        2,
        header(),
        [cell('високий рівень безпеки'), merged, merged, merged],
        [cell("Охорона здоров'я"), merged, merged, merged],
      ),
    ]);
    expect(texts(rows)).toEqual([
      ['№', 'Завдання', 'Заходи', 'Виконання'],
      ['Пріоритет "Інклюзивне місто" Рівні можливості, якісна медицина і високий рівень безпеки', '', '', ''],
      ['№', 'Завдання', 'Заходи', 'Виконання'],
      ["Охорона здоров'я", '', '', ''],
    ]);
  });

  it('keeps a heading that starts the page a heading of its own', () => {
    const rows = stitchPages([
      page(1, header(), [cell('Освіта'), merged, merged, merged]),
      page(2, header(), [cell('Молодіжна політика'), merged, merged, merged]),
    ]);
    expect(texts(rows).filter((r) => r[0] !== '№')).toEqual([
      ['Освіта', '', '', ''],
      ['Молодіжна політика', '', '', ''],
    ]);
  });

  it('starts a measure on the new page where a row that lost its first cell opens with its number (Chromium)', () => {
    // The export's row with five cells: its measure number and title stand in the task column.
    const rows = stitchPages([
      page(1, header(), [cell('2'), cell('Задача'), cell('1.3. Облаштування скверу'), cell('Виконано')]),
      page(2, header(), [cell(''), cell('1.4. Облаштування парку'), cell('Управління'), cell('Тривають роботи')]),
    ]);
    expect(texts(rows).filter((r) => r[0] !== '№')).toEqual([
      ['2', 'Задача', '1.3. Облаштування скверу', 'Виконано'],
      ['', '1.4. Облаштування парку', 'Управління', 'Тривають роботи'],
    ]);
  });
});

describe('rules as printers draw them', () => {
  it('keeps a row cut by a page break with no rule under it in the table', () => {
    // The verticals run down to 200; the last rule is at 260: the cut row's text at 230 is still a row.
    const lines = [h(300, 0, 300), h(280, 0, 300), h(260, 0, 300), ...XS.map((x) => v(x, 200, 300))];
    const table = pageTable({ page: 1, lines, items: [t('1.3. Захід', 105, 250), t('текст до розриву', 205, 230)] });
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['', '', ''],
      ['', '', ''],
      ['', '1.3. Захід', 'текст до розриву'],
    ]);
    expect(table.after).toEqual([]);
  });
  it('joins the per-column pieces of a border under a cell merged across', () => {
    const lines = [
      h(300, 0, 300),
      h(280, 0, 100),
      h(280, 100, 200),
      h(280, 200, 300),
      h(260, 0, 300),
      v(0, 260, 300),
      v(300, 260, 300),
      ...[100, 200].map((x) => v(x, 260, 280)),
    ];
    const table = pageTable({ page: 1, lines, items: [t('Освіта', 5, 290), t('1', 5, 270)] });
    expect(table.rows.map((r) => r.map((c) => (c.spanned ? '~' : c.text)))).toEqual([
      ['Освіта', '~', '~'],
      ['1', '', ''],
    ]);
  });
});

describe('page furniture', () => {
  const page = (n: number, before: string[], after: string[]) => ({
    page: n,
    before: before.map((text) => itemsToCell([t(text, 0, 500)])),
    rows: [],
    after: after.map((text) => itemsToCell([t(text, 0, 10)])),
  });
  it('is what repeats outside the table on many pages, digits aside, and bare page numbers', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, [`27.11.2026, 17:${10 + n}`, 'Інформація про виконання'], [`file:///tmp/report.html`, `${n}/4`]),
    );
    pages[0]?.before.push(itemsToCell([t('Заголовок звіту', 0, 480)]));
    pages[3]?.after.push(itemsToCell([t('*Звіт підготовлено', 0, 30)]), itemsToCell([t('Сторінка 4 з 4', 0, 5)]));
    const furniture = findFurniture(pages);
    const texts = pages
      .flatMap((p) => [...p.before, ...p.after])
      .filter((c) => !furniture.has(c))
      .map((c) => c.text);
    expect(texts).toEqual(['Заголовок звіту', '*Звіт підготовлено']);
  });
  it('marks the furniture rows when pages are stitched', () => {
    const pages = [1, 2, 3].map((n) => page(n, ['Звіт'], [`${n}/3`]));
    const rows = stitchPages(pages, findFurniture(pages));
    expect(rows.map((r) => r.furniture ?? false)).toEqual([true, true, true, true, true, true]);
  });
});

describe('tables without ruling lines', () => {
  // Columns start at 0, 20, 100, 200, 300, 400; the header row and the row numbering the columns above the data.
  const STARTS = [0, 20, 100, 200, 300, 400];
  const at = (text: string, col: number, y: number, bold = false) => t(text, STARTS[col] as number, y, bold);
  const numbers = STARTS.map((x, k) => t(String(k + 1), x + 8, 480));
  const header = [
    at('№', 0, 500),
    at('Завдання', 1, 500),
    at('Заходи', 2, 500),
    at('Відповідальний', 3, 500),
    at('Виконання', 4, 500),
    at('Програма', 5, 500),
  ];
  const page = (items: TextItem[]) => ({
    page: 1,
    lines: [],
    items: [t('Звіт про виконання Програми', 100, 540), ...header, ...numbers, ...items],
  });
  it('finds the columns from where the text under each column number starts', () => {
    const body = [
      at('1', 0, 460),
      at('Завдання один', 1, 460),
      at('1.1. Захід', 2, 460),
      at('Управління', 3, 460),
      at('Виконано', 4, 460),
      at('Програма', 5, 460),
    ];
    expect(findColumns([page(body)])?.starts).toEqual([0, -1 + 20, -1 + 100, -1 + 200, -1 + 300, -1 + 400]);
  });
  it('makes rows from task and measure numbers, headings and gaps, giving a task’s overflow to the task', () => {
    // Lines in a cell are 12 apart; rows one more, for their padding. The heading wraps:
    // its first line runs to near the table's right edge (440), where «розвиток» did not fit.
    const body = [
      { ...t('Пріоритет «Зелене місто» Сталий', 0, 460, true), width: 420 },
      t('розвиток', 0, 448, true),
      t('Освіта', 0, 434, true),
      at('1', 0, 420),
      at('Забезпечити', 1, 420),
      at('1.1. Перший', 2, 420),
      at('Управління', 3, 420),
      at('Виконано', 4, 420),
      at('Програма', 5, 420),
      at('безпеку', 1, 408),
      at('захід', 2, 408),
      at('освіти', 3, 408),
      at('закладів', 1, 396),
      at('1.2. Другий', 2, 396),
      at('Управління', 3, 396),
      at('Триває', 4, 396),
      at('захід', 2, 384),
    ];
    const table = readPages([page(body)]).tables[0];
    expect(table?.before.map((c) => c.text)).toEqual(['Звіт про виконання Програми']);
    expect(table?.rows.map((r) => r.map((c) => (c.spanned ? '~' : c.text)))).toEqual([
      ['№', 'Завдання', 'Заходи', 'Відповідальний', 'Виконання', 'Програма'],
      ['1', '2', '3', '4', '5', '6'],
      ['Пріоритет «Зелене місто» Сталий розвиток', '~', '~', '~', '~', '~'],
      ['Освіта', '~', '~', '~', '~', '~'],
      ['1', 'Забезпечити безпеку закладів', '1.1. Перший захід', 'Управління освіти', 'Виконано', 'Програма'],
      ['', '', '1.2. Другий захід', 'Управління', 'Триває', ''],
    ]);
  });
  it('cuts an item pdf.js joined across a column’s start', () => {
    const body = [t('10 Забезпечити', 0, 460), at('10.1 Захід', 2, 460)];
    const table = readPages([page(body)]).tables[0];
    expect(table?.rows[2]?.slice(0, 3).map((c) => c.text)).toEqual(['10', 'Забезпечити', '10.1 Захід']);
  });
  it('rebuilds rows whose cells are centred vertically, tasks by the numbers of their measures', () => {
    // Lines 12 apart. Row 1.1 runs from 460 to 412 (its execution is four lines), row 1.2
    // from 400 to 388, row 2.1 from 376 to 364; every other cell is centred on its row,
    // and the task's number and text on the rows of the task.
    // Measures are two lines, centred on their row: their first line is half a line above the row's middle.
    // (The second line is the wider, as where a program wrapped a column of many lines: the widest is full.)
    const centred = (n: string, y: number) => [at(n, 2, y + 6), at('захід у місті', 2, y - 6)];
    const body = [
      ...[460, 448, 436, 424].map((y, k) => at(`виконано${k}`, 4, y)),
      ...centred('1.1. Перший', 442),
      at('Управління', 3, 442),
      at('Програма', 5, 442),
      at('Забезпечити', 1, 430),
      at('1', 0, 424),
      at('безпеку', 1, 418),
      ...centred('1.2. Другий', 400),
      at('Відділ', 3, 400),
      at('Триває', 4, 400),
      ...centred('2.1. Третій', 376),
      at('2', 0, 376),
      at('Підтримати', 1, 376),
      at('Служба', 3, 376),
      at('Заплановано', 4, 376),
    ];
    // Enough such measures for the document to count as centred.
    const pages = [page(body), page(body)];
    const table = readPages(pages).tables[0];
    expect(table?.rows.slice(2).map((r) => r.map((c) => c.text.replace(/\n/g, ' ')))).toEqual([
      [
        '1',
        'Забезпечити безпеку',
        '1.1. Перший захід у місті',
        'Управління',
        'виконано0 виконано1 виконано2 виконано3',
        'Програма',
      ],
      ['', '', '1.2. Другий захід у місті', 'Відділ', 'Триває', ''],
      ['2', 'Підтримати', '2.1. Третій захід у місті', 'Служба', 'Заплановано', ''],
    ]);
  });
  it('finds no columns without a row numbering them', () => {
    expect(readPages([{ page: 1, lines: [], items: header }]).tables[0]?.rows).toEqual([]);
  });
});
