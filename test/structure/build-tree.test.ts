import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { buildTree } from '../../src/structure/build-tree.js';
import {
  isPriorityHeading,
  readPriorityHeading,
  readSectorHeading,
  splitLeadingHeading,
} from '../../src/structure/headings.js';
import { cell, row } from '../helpers.js';

const SIX_LABELS = [
  '№ з/п',
  'Завдання',
  'Заходи',
  'Відповідальний виконавець',
  'Виконання заходів',
  'Назва програми',
] as const;
/** The six, then a note and the planned and actual amounts, as a wider table heads them. */
const WIDE_LABELS = [...SIX_LABELS, 'Примітка', 'План, тис. грн', 'Факт, тис. грн'] as const;
const HEADER = row(1, ...SIX_LABELS);

function build(...rows: ReturnType<typeof row>[]) {
  const diagnostics = new Diagnostics();
  const tree = buildTree([HEADER, ...rows], diagnostics);
  // These small tables have no title on purpose; the title is tested on its own below.
  return { tree, diagnostics: diagnostics.list().filter((d) => d.code !== 'title-missing') };
}

/** Priority, goal and sector heading rows (lines 2–4) that a test's task and measure rows go under. */
const headings = () => [
  row(2, 'Пріоритет "А"', '', '', '', '', ''),
  row(3, 'Ціль', '', '', '', '', ''),
  row(4, 'Сектор', '', '', '', '', ''),
];

describe('priority headings', () => {
  it('splits a goal written on the same line', () => {
    expect(
      readPriorityHeading(cell('<b><u>Пріоритет " Ефективне місто"</u></b>  <b><u>Розвиток економіки</u></b>')),
    ).toEqual({
      heading: 'Пріоритет " Ефективне місто"',
      name: 'Ефективне місто',
      number: null,
      goal: 'Розвиток економіки',
    });
  });
  it('reads «» quotes and no goal', () => {
    expect(readPriorityHeading(cell('Пріоритет «Зелене місто»'))).toEqual({
      heading: 'Пріоритет «Зелене місто»',
      name: 'Зелене місто',
      number: null,
      goal: null,
    });
  });
  it('uses markup to split when there are no quotes', () => {
    expect(readPriorityHeading(cell('<b>Пріоритет Зелене місто</b> Сталий розвиток'))).toEqual({
      heading: 'Пріоритет Зелене місто',
      name: 'Зелене місто',
      number: null,
      goal: 'Сталий розвиток',
    });
  });
  it.each([
    ['Пріоритет 1. "Ефективне місто"', '1', 'Ефективне місто', null],
    ['ПРІОРИТЕТ «ЗЕЛЕНЕ МІСТО» Сталий розвиток', null, 'ЗЕЛЕНЕ МІСТО', 'Сталий розвиток'],
    ['I. Пріоритет «Активне місто»', 'I', 'Активне місто', null],
    ['Пріоритет ІІ: Інноваційне місто', 'ІІ', 'Інноваційне місто', null],
    ['Пріоритет №3 – «Комфортне місто»', '3', 'Комфортне місто', null],
    ['Пріоритет 4) “Інклюзивне місто” Рівні можливості', '4', 'Інклюзивне місто', 'Рівні можливості'],
    ['Пріоритет "Зелене місто', null, 'Зелене місто', null],
    ['Пріоритет – Ефективне місто', null, 'Ефективне місто', null],
    ['Пріоритетний напрям «Зелене місто»: Сталий розвиток', null, 'Зелене місто', 'Сталий розвиток'],
    ['Пріоритет "Активне місто" – Дозвілля', null, 'Активне місто', 'Дозвілля'],
  ])('reads %s by its meaning', (text, number, name, goal) => {
    expect(readPriorityHeading(cell(text))).toMatchObject({ number, name, goal });
  });
  it.each([
    ['Пріоритет "А"', true],
    ['ПРІОРИТЕТ "А"', true],
    ['пріоритет "А"', true],
    ['2. Пріоритет "А"', true],
    ['Прioритет "А"', true], // a Latin i
    ['Пріоритетні напрями', false],
    ['Пріоритетом є', false],
    ['Освіта', false],
  ])('%s is a priority heading: %s', (text, yes) => {
    expect(isPriorityHeading(text)).toBe(yes);
  });
});

describe('sector headings', () => {
  it.each([
    ['Освіта', null, 'Освіта'],
    ['1. Освіта', '1', 'Освіта'],
    ['2) Культура', '2', 'Культура'],
    ['1.2. Культура', '1.2', 'Культура'],
    ['ІІ. Культура', 'ІІ', 'Культура'],
    ['№ 3 Спорт', '3', 'Спорт'],
    ["«Охорона здоров'я»", null, "Охорона здоров'я"],
    ['Інклюзивне місто', null, 'Інклюзивне місто'],
    ['3D-друк у школах', null, '3D-друк у школах'],
    ['Сектор: Освіта', null, 'Освіта'],
    ['Галузь «Охорона здоров’я»', null, 'Охорона здоров’я'],
    ['2. Напрям – Культура', '2', 'Культура'],
    ['Сфера послуг', null, 'Сфера послуг'],
    ['Освіта:', null, 'Освіта'],
    ['Галузеві програми', null, 'Галузеві програми'],
  ])('%s', (text, number, name) => {
    expect(readSectorHeading(text)).toEqual({ number, name });
  });
});

describe('sector heading inside a task cell', () => {
  it('splits a bold lead from the task text', () => {
    expect(splitLeadingHeading(cell('<b>Житлове господарство</b> Провести ремонт'))).toEqual({
      heading: 'Житлове господарство',
      rest: 'Провести ремонт',
    });
  });
  it('leaves a task alone when nothing or everything is bold', () => {
    expect(splitLeadingHeading(cell('Провести ремонт'))).toBeNull();
    expect(splitLeadingHeading(cell('<b>Провести ремонт</b>'))).toBeNull();
  });
});

describe('buildTree', () => {
  it('builds priorities, goals on the next line, sectors, tasks and measures', () => {
    const { tree, diagnostics } = build(
      row(2, '<b><u>Пріоритет "Зелене місто"</u></b>', '', '', '', '', ''),
      row(3, '<b><u>Сталий розвиток</u></b>', '', '', '', '', ''),
      row(4, '', '<b>Освіта</b>', '', '', '', ''),
      row(
        5,
        '1',
        'Створити умови',
        '1.1. Ремонт укриттів',
        'Департамент освіти',
        'Виконано',
        'Програма розвитку освіти',
      ),
      row(6, '', '', '1.2. Камери', 'Департамент освіти', 'Встановлено', '30,0'),
      row(7, '', '', '1.2.1. Підзахід', 'Департамент освіти', 'Триває', '1,5'),
    );
    expect(diagnostics).toEqual([]);
    const [priority] = tree.priorities;
    expect(priority).toMatchObject({
      id: 'zelene-misto',
      name: 'Зелене місто',
      goal: 'Сталий розвиток',
      source: { line: 2 },
    });
    expect(priority?.sectors.map((s) => s.id)).toEqual(['zelene-misto/osvita']);
    const task = priority?.sectors[0]?.tasks[0];
    expect(task).toMatchObject({ id: 'zelene-misto/osvita/t1', number: '1', text: 'Створити умови' });
    expect(task?.measures.map((m) => [m.id, m.number, m.parent, m.title, m.resources, m.source.line])).toEqual([
      ['zelene-misto/osvita/1.1', '1.1', null, 'Ремонт укриттів', 'Програма розвитку освіти', 5],
      ['zelene-misto/osvita/1.2', '1.2', null, 'Камери', '30,0', 6],
      ['zelene-misto/osvita/1.2.1', '1.2.1', '1.2', 'Підзахід', '1,5', 7],
    ]);
    expect(tree.lines).toEqual({ total: 7, blank: 0, used: 7, skipped: 0 });
  });

  it('realigns a row that lost its first cell, and says so', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '2', 'Задача', '1.1. Перший', 'В', 'Е', 'П'),
      row(6, '', '1.4. Четвертий', 'Виконавець', 'Виконано', 'Програма'),
    );
    const measure = tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[1];
    expect(measure).toMatchObject({
      number: '1.4',
      title: 'Четвертий',
      executorsText: 'Виконавець',
      execution: 'Виконано',
      resources: 'Програма',
    });
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([['row-realigned', 6]]);
  });

  it('realigns such a row padded to the full width with an empty last cell (LibreOffice, pandoc)', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '2', 'Задача', '1.1. Перший', 'В', 'Е', 'П'),
      row(6, '', '1.4. Четвертий', 'Виконавець', 'Виконано', 'Програма', ''),
    );
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[1]).toMatchObject({
      number: '1.4',
      executorsText: 'Виконавець',
      execution: 'Виконано',
      resources: 'Програма',
    });
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([['row-realigned', 6]]);
    // A full row whose last cell holds text is not shifted: nothing may be pushed out.
    const full = build(...headings(), row(5, '', '1.4. Четвертий', 'Виконавець', 'Виконано', 'Програма', 'Ще'));
    expect(full.diagnostics.map((d) => d.code)).not.toContain('row-realigned');
  });

  it('reads headings by shape alone and notes the missing markup when others have it', () => {
    const { tree, diagnostics } = build(
      row(2, '<b><u>Пріоритет "А"</u></b>', '', '', '', '', ''),
      row(3, '<b><u>Ціль</u></b>', '', '', '', '', ''),
      row(4, 'Централізоване теплопостачання', '', '', '', '', ''),
      row(5, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
    );
    expect(tree.priorities[0]?.sectors[0]?.name).toBe('Централізоване теплопостачання');
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([['heading-without-markup', 4]]);
  });

  it('splits a sector heading out of a task cell', () => {
    const { tree, diagnostics } = build(
      row(2, 'Пріоритет "А" Ціль', '', '', '', '', ''),
      row(3, '1', '<b>Житлове господарство</b> Провести ремонт', '1.1. Захід', 'В', 'Е', 'П'),
    );
    const sector = tree.priorities[0]?.sectors[0];
    expect(sector?.name).toBe('Житлове господарство');
    expect(sector?.tasks[0]?.text).toBe('Провести ремонт');
    expect(diagnostics.map((d) => d.code)).toEqual(['sector-in-task-cell']);
  });

  it('reads a sector heading written without emphasis into a task cell where a sector is missing, and warns', () => {
    const { tree, diagnostics } = build(
      row(2, 'Пріоритет "А" Ціль', '', '', '', '', ''),
      row(3, '1', 'Житлове господарство Провести ремонт', '1.1. Захід', 'В', 'Е', 'П'),
    );
    const sector = tree.priorities[0]?.sectors[0];
    expect([sector?.name, sector?.tasks[0]?.text]).toEqual(['Житлове господарство', 'Провести ремонт']);
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['sector-guessed-in-task-cell', 'warning']]);
  });

  it('guesses no heading in a task cell under a sector, nor one that does not read as a heading', () => {
    const under = build(
      ...headings(),
      row(5, '1', 'Підтримка діяльності Житомирської ради', '1.1. Захід', 'В', 'Е', 'П'),
    );
    expect(under.tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Сектор']);
    expect(under.tree.priorities[0]?.sectors[0]?.tasks[0]?.text).toBe('Підтримка діяльності Житомирської ради');
    // A long phrase, or one with a full stop, is the task itself: the row stays an orphan, as an error.
    const long = build(
      row(2, 'Пріоритет "А" Ціль', '', '', '', '', ''),
      row(3, '1', 'Забезпечити роботу всіх закладів міста та громади Житомира', '1.1. Захід', 'В', 'Е', 'П'),
    );
    expect(long.diagnostics.map((d) => d.code)).toEqual(['orphan-row']);
  });

  it('reports irregular measure numbers and keeps their measures', () => {
    const { tree, diagnostics } = build(
      row(2, 'Пріоритет "А" Ціль', '', '', '', '', ''),
      row(3, 'Сектор', '', '', '', '', ''),
      row(4, '10', 'Задача', '10.1 Капітальний ремонт', 'В', 'Е', 'П'),
      row(5, '', '', '10.2.Зовнішнє', 'В', 'Е', 'П'),
    );
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures.map((m) => [m.number, m.title])).toEqual([
      ['10.1', 'Капітальний ремонт'],
      ['10.2', 'Зовнішнє'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ['measure-number-format', 4],
      ['measure-number-format', 5],
    ]);
  });

  it('accounts for every line: blank, skipped with a diagnostic, or used', () => {
    const { tree, diagnostics } = build(
      row(2, '1', '2', '3', '4', '5', '6'),
      row(3, ''),
      row(4, '\t'),
      row(5, 'Пріоритет "А" Ціль', '', '', '', '', ''),
      row(6, 'Сектор', '', '', '', '', ''),
      row(7, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
      row(8, '--', '--', '--', '--', '---', '--'),
      row(9, '', 'щось', '', 'без', 'номера', ''),
      row(10, '\\*Примітка'),
    );
    expect(tree.lines).toEqual({ total: 10, blank: 2, used: 5, skipped: 3 });
    expect(tree.meta.notes).toEqual(['Примітка']);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ['column-numbers-row', 2],
      ['separator-row', 8],
      ['unclassified-row', 9],
    ]);
    expect(diagnostics[2]?.message).toContain('щось');
    expect(diagnostics[2]?.message).toContain('номера');
  });

  it('keeps rows outside the hierarchy under unnamed parents, with an error', () => {
    const { tree, diagnostics } = build(row(2, '', '', '1.1. Захід', 'В', 'Е', 'П'));
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0]?.title).toBe('Захід');
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toContain('orphan-row');
  });

  it('gives a repeated number its own id and a warning', () => {
    const { tree, diagnostics } = build(
      row(2, 'Пріоритет "А" Ціль', '', '', '', '', ''),
      row(3, 'Сектор', '', '', '', '', ''),
      row(4, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
      row(5, '', '', '1.1. Інший', 'В', 'Е', 'П'),
    );
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures.map((m) => m.id)).toEqual([
      'a/sektor/1.1',
      'a/sektor/1.1~2',
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['duplicate-id']);
  });

  it('reads the title, header and period', () => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(
          1,
          '**Інформація про виконання завдань та заходів Програми соціально-економічного і культурного розвитку  ',
        ),
        row(2, 'Житомирської міської територіальної громади за I півріччя 2024 року**'),
        row(3, '№ з/п', 'Завдання', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів', 'Назва програми'),
        row(4, 'Пріоритет "А" Ціль', '', '', '', '', ''),
      ],
      diagnostics,
    );
    expect(tree.meta.title).toMatch(/^Інформація про .* розвитку Житомирської .* 2024 року$/);
    expect(tree.meta.period).toEqual({ year: 2024, months: 6, label: 'I півріччя 2024 року' });
    expect(tree.meta.columns[0]).toBe('№ з/п');
  });
});

describe('text outside the tables and tables that are not the report', () => {
  const outside = (line: number, raw: string) => ({ ...row(line, raw), outside: true });
  const body = [
    row(2, '<b>Пріоритет «Зелене місто»</b>'),
    row(3, '<b>Сталий розвиток</b>'),
    row(4, '<b>Освіта</b>'),
    row(5, '1', 'Завдання', '1.1. Захід', 'Управління освіти', 'Виконано', 'Програма'),
  ];
  it('keeps a caption between two parts of the table in the notes, not in the tree', () => {
    const { tree, diagnostics } = build(
      ...body,
      outside(6, '<i>Продовження таблиці</i>'),
      row(7, '', '', '1.2. Другий захід', 'Управління освіти', 'Виконано', 'Програма'),
    );
    expect(tree.meta.notes).toEqual(['Продовження таблиці']);
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Освіта']);
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures.map((m) => m.number)).toEqual(['1.1', '1.2']);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toContainEqual(['text-outside-table', 6]);
  });
  it('keeps a caption in bold in the notes too: «Продовження таблиці» is never a heading', () => {
    const { tree } = build(
      ...body,
      outside(6, '<b>Продовження таблиці</b>'),
      row(7, '', '', '1.2. Другий захід', 'Управління освіти', 'Виконано', 'Програма'),
    );
    expect(tree.meta.notes).toEqual(['Продовження таблиці']);
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Освіта']);
  });
  it('reads an outside paragraph in bold as a heading: sections may be paragraphs between tables', () => {
    const { tree } = build(
      ...body,
      outside(6, '<b>Культура</b>'),
      row(7, '1', 'Завдання', '1.1. Захід', 'Управління культури', 'Виконано', 'Програма'),
    );
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Освіта', 'Культура']);
  });
  it('leaves out the rows of another table, with their text in a warning', () => {
    const { tree, diagnostics } = build(...body, { ...row(6, 'Директор департаменту', 'Іван ПЕТРЕНКО'), aside: true });
    expect(tree.lines).toMatchObject({ skipped: 1 });
    const warning = diagnostics.find((d) => d.code === 'table-not-report');
    expect(warning).toMatchObject({ severity: 'warning', source: { line: 6 } });
    expect(warning?.message).toContain('1: Директор департаменту | 2: Іван ПЕТРЕНКО');
  });
});

describe('page furniture', () => {
  it('is skipped with an info diagnostic carrying its text, never read as a heading', () => {
    const { tree, diagnostics } = build(
      row(2, '<b>Пріоритет «Зелене місто»</b>'),
      row(3, '<b>Сталий розвиток</b>'),
      row(4, '<b>Освіта</b>'),
      { ...row(5, '3/41'), furniture: true },
      row(6, '1', 'Завдання', '1.1. Захід', 'Управління освіти', 'Виконано', 'Програма'),
    );
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Освіта']);
    expect(diagnostics.find((d) => d.code === 'page-furniture')).toMatchObject({
      severity: 'info',
      message: 'page furniture skipped: «3/41»',
      source: { line: 5 },
    });
  });
});

describe('rows outside the hierarchy', () => {
  it('say what they hold', () => {
    const { diagnostics } = build(
      row(2, '<b>Пріоритет «Зелене місто»</b>'),
      row(3, '<b>Сталий розвиток</b>'),
      row(4, '1', 'Завдання без сектора', '1.1. Захід', 'Управління', 'Виконано', 'Програма'),
    );
    expect(diagnostics.find((d) => d.code === 'orphan-row')?.message).toBe(
      'row comes before any sector heading; kept under an unnamed sector: «1 | Завдання без сектора | 1.1. Захід | Управління | Виконано | Програма»',
    );
  });
});

describe('the table’s extent', () => {
  const outside = (line: number, raw: string) => ({ ...row(line, raw), outside: true });
  const body = [
    row(2, '<b>Пріоритет «Зелене місто»</b>'),
    row(3, '<b>Сталий розвиток</b>'),
    row(4, '<b>Освіта</b>'),
    row(5, '1', 'Завдання', '1.1. Захід', 'Управління освіти', 'Виконано', 'Програма'),
  ];
  it('puts the lines after the last row in the notes, never in the tree', () => {
    const { tree, diagnostics } = build(
      ...body,
      row(6, '\\*Звіт підготовлено на підставі звітів'),
      row(7, ''),
      row(8, 'Заступник міського голови', '', '', '', '', 'Марія ЩИРОВА'),
      row(9, '20.10.2023'),
      outside(10, '<b>Виконавець: Олена Петренко</b>'),
      row(11, 'тел. 48-12-07'),
    );
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Освіта']);
    expect(tree.meta.notes).toEqual([
      'Звіт підготовлено на підставі звітів',
      'Заступник міського голови Марія ЩИРОВА',
      '20.10.2023',
      'Виконавець: Олена Петренко',
      'тел. 48-12-07',
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line])).toEqual([
      ['text-after-table', 'info', 8],
      ['text-after-table', 'info', 9],
      ['text-after-table', 'info', 10],
      ['text-after-table', 'info', 11],
    ]);
    expect(tree.lines).toMatchObject({ total: 11, blank: 1, skipped: 0 });
  });
  it('places the rows it held when the table goes on after them', () => {
    const { tree, diagnostics } = build(
      ...body,
      row(6, '<b>Культура</b>'),
      row(7, '', 'щось', '', 'без', 'номера', ''),
      row(8, '1', 'Завдання', '1.1. Захід', 'Управління культури', 'Виконано', 'Програма'),
    );
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Освіта', 'Культура']);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([['unclassified-row', 7]]);
  });
  it('takes no row of a lone quote for a sector: it names nothing, and is an error with its text', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '1', 'Завдання', '1.1. Захід', 'Управління', 'Виконано', 'Програма'),
      row(6, '" "', '', '', '', '', ''),
      row(7, '', '', '1.2. Захід', 'Управління', 'Виконано', 'Програма'),
    );
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Сектор']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line])).toEqual([['unclassified-row', 'error', 6]]);
  });
  it('takes bold marks alone outside the table for a note, not a heading', () => {
    const stray = { ...row(6, '<b>" "</b>'), outside: true };
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '1', 'Завдання', '1.1. Захід', 'Управління', 'Виконано', 'Програма'),
      stray,
      row(7, '', '', '1.2. Захід', 'Управління', 'Виконано', 'Програма'),
    );
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Сектор']);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line])).toEqual([['text-outside-table', 'info', 6]]);
  });
  it('keeps a row of many cells after the table as a row not understood, an error', () => {
    const { diagnostics } = build(...body, row(6, '', 'Щось', '', 'без', 'номера', ''));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['unclassified-row', 'error']]);
  });
  it('puts the lines before the header that are not the title in the notes', () => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(1, 'Додаток 2'),
        row(2, 'до рішення виконавчого комітету'),
        row(3, 'Житомирській міській раді'),
        row(4, ''),
        row(5, 'ІНФОРМАЦІЯ'),
        row(6, 'про виконання Програми розвитку громади'),
        row(7, 'за 9 місяців 2023 року'),
        row(8, '(тис. грн)'),
        HEADER,
        ...body,
      ].map((r, i) => ({ ...r, source: { line: i + 1 } })),
      diagnostics,
    );
    expect(tree.meta.title).toBe('ІНФОРМАЦІЯ про виконання Програми розвитку громади за 9 місяців 2023 року');
    expect(tree.meta.period).toMatchObject({ year: 2023, months: 9 });
    expect(tree.meta.notes).toEqual([
      'Додаток 2',
      'до рішення виконавчого комітету',
      'Житомирській міській раді',
      '(тис. грн)',
    ]);
    expect(
      diagnostics
        .list()
        .filter((d) => d.code === 'text-before-table')
        .map((d) => d.source.line),
    ).toEqual([1, 2, 3, 8]);
  });
});

describe('totals rows', () => {
  const body = [
    row(2, 'Пріоритет «А» Ціль'),
    row(3, 'Сектор'),
    row(4, '1', 'Завдання', '1.1. Захід', 'В', 'Е', '30,0'),
    row(5, '', '', '1.2. Другий', 'В', 'Е', '1 200,5'),
  ];
  it('are stated totals, never measures or headings', () => {
    const { tree, diagnostics } = build(...body, row(6, '', 'Разом', '', '', '', '1 230,5'));
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures).toHaveLength(2);
    expect(tree.priorities[0]?.sectors).toHaveLength(1);
    expect(tree.totals).toEqual([
      {
        label: 'Разом',
        amounts: [{ column: 'funding', text: '1 230,5' }],
        source: { line: 6 },
        after: { measures: 2, sectorId: 'a/sektor', priorityId: 'a' },
      },
    ]);
    expect(diagnostics).toEqual([]);
  });
  it.each([['ВСЬОГО:'], ['Усього по програмі'], ['загалом']])('«%s» is one', (label) => {
    const { tree } = build(...body, row(6, label, '', '', '', '', '1 230,5'));
    expect(tree.totals.map((t) => t.label)).toEqual([label]);
  });
  it('«Разом» with no amount is a note, its words kept', () => {
    const { tree } = build(...body, row(6, '', 'Разом', '', '', '', ''));
    expect(tree.totals).toEqual([]);
    expect(tree.meta.notes).toEqual(['Разом']);
  });
});

describe('numbers and headings as people type them', () => {
  it('completes a measure numbered within its task, and says so', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '3', 'Задача', '1. Перший', 'В', 'Е', 'П'),
      row(6, '', '', '2) Другий', 'В', 'Е', 'П'),
    );
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures.map((m) => [m.id, m.number, m.title])).toEqual([
      ['a/sektor/3.1', '3.1', 'Перший'],
      ['a/sektor/3.2', '3.2', 'Другий'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['measure-number-completed', 'info', 'measure numbered «1.» within task 3; read as 3.1'],
      ['measure-number-completed', 'info', 'measure numbered «2)» within task 3; read as 3.2'],
    ]);
  });
  it('folds look-alike letters in headings and numbers, with a warning for each', () => {
    const { tree, diagnostics } = build(
      row(2, 'Прioритет "Зелене місто"', '', '', '', '', ''),
      row(3, 'Сталий розвиток', '', '', '', '', ''),
      row(4, 'Oсвіта', '', '', '', '', ''),
      row(5, 'І', 'Задача', 'l.2. Захід', 'В', 'Е', 'П'),
    );
    expect(tree.priorities[0]?.id).toBe('zelene-misto');
    expect(tree.priorities[0]?.sectors[0]?.id).toBe('zelene-misto/osvita');
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0]?.id).toBe('zelene-misto/osvita/1.2');
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line, d.message])).toEqual([
      [
        'lookalike-letters',
        'warning',
        2,
        'priority heading: Latin letters typed inside Cyrillic words, read as Cyrillic: «Прioритет» → «Пріоритет»',
      ],
      [
        'lookalike-letters',
        'warning',
        4,
        'sector heading: Latin letters typed inside Cyrillic words, read as Cyrillic: «Oсвіта» → «Освіта»',
      ],
      ['number-lookalike', 'warning', 5, 'letters typed for digits in the measure number «l.2.», read as 1.2'],
      ['number-lookalike', 'warning', 5, 'letters typed for digits in the task number «І», read as 1'],
    ]);
  });
  it('counts the invisible characters cleaning removed, in one info at the first place', () => {
    const { tree, diagnostics } = build(
      row(2, 'Пріоритет "А" Ціль'),
      row(3, 'Сек\u00adтор'),
      row(4, '1', 'Завдання', '1.1. За&shy;хід\u200b', 'В', 'Е', 'П'),
    );
    expect(tree.priorities[0]?.sectors[0]?.name).toBe('Сектор');
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0]?.title).toBe('Захід');
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line, d.message])).toEqual([
      [
        'invisible-characters',
        'info',
        3,
        'removed 3 invisible characters from cell texts: soft hyphen 2, zero-width space 1',
      ],
    ]);
  });
});

describe('tables exported with their merged cells filled down', () => {
  it('read a task repeated on its measures’ rows as one task, with one info', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '1', 'Задача', '1.1. Перший', 'В', 'Е', 'П'),
      row(6, '1', 'Задача', '1.2. Другий', 'В', 'Е', 'П'),
      row(7, '1', 'Задача', '1.3. Третій', 'В', 'Е', 'П'),
      row(8, '2', 'Задача', '2.1. Інший', 'В', 'Е', 'П'),
    );
    const tasks = tree.priorities[0]?.sectors[0]?.tasks ?? [];
    expect(tasks.map((t) => [t.number, t.measures.map((m) => m.number)])).toEqual([
      ['1', ['1.1', '1.2', '1.3']],
      ['2', ['2.1']],
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line, d.message])).toEqual([
      [
        'task-repeated',
        'info',
        6,
        "a task's number (and text) printed again on 2 rows of its measures (cells filled down); read as one task each",
      ],
    ]);
  });
});

describe('rows in other columns', () => {
  it('read a heading typed in a column beyond the six, and a totals label in the execution column', () => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(1, 'Код програми', '№ з/п', 'Завдання', 'Заходи', 'Виконавець', 'Виконання', 'Програма'),
        row(2, 'Пріоритет "А" Ціль', '', '', '', '', '', ''),
        row(3, 'Сектор', '', '', '', '', '', ''),
        row(4, '0217690', '1', 'Задача', '1.1. Захід', 'В', 'Е', '30,0'),
        row(5, '', '', '', '', '', 'Всього', '30,0'),
      ],
      diagnostics,
    );
    const measure = tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0];
    expect(tree.priorities.map((p) => [p.name, p.sectors.map((s) => s.name)])).toEqual([['А', ['Сектор']]]);
    expect({ ...measure?.extra }).toEqual({ 'Код програми': '0217690' });
    expect(measure?.resources).toBe('30,0');
    expect(tree.totals.map((t) => [t.label, t.amounts])).toEqual([['Всього', [{ column: 'funding', text: '30,0' }]]]);
  });
});

describe('cells as clerks fill them', () => {
  it('reads a priority and its goal in two cells of one row', () => {
    const { tree } = build(
      row(2, '<b>Пріоритет «А»</b>', '', '<b>Сталий розвиток</b>', '', '', ''),
      row(3, 'Сектор', '', '', '', '', ''),
      row(4, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
    );
    expect(tree.priorities.map((p) => [p.name, p.goal])).toEqual([['А', 'Сталий розвиток']]);
  });
  it('reads a dash alone in a cell as an empty cell, and a row of dashes as a separator', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '1', 'Задача', '—', '—', '—', '—'),
      row(6, '—', '—', '1.1. Захід', '-', 'Виконано', 'Програма'),
      row(7, '--', '--', '--', '--', '---', '--'),
    );
    const task = tree.priorities[0]?.sectors[0]?.tasks[0];
    expect(task?.measures.map((m) => [m.number, m.executorsText, m.execution])).toEqual([['1.1', '', 'Виконано']]);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([['separator-row', 7]]);
  });
  // Issue 28: a row is a separator only when every filled cell is a rule of dashes;
  // one cell of «--» in a measure's row (an executor left out) must not drop the measure.
  it('keeps a measure whose one cell is a run of dashes', () => {
    const { tree, diagnostics } = build(...headings(), row(5, '1', 'Задача', '1.1. Захід', '--', 'Виконано', '==='));
    const measures = tree.priorities[0]?.sectors[0]?.tasks[0]?.measures ?? [];
    expect(measures.map((m) => [m.number, m.title, m.execution])).toEqual([['1.1', 'Захід', 'Виконано']]);
    expect(diagnostics.filter((d) => d.code === 'separator-row')).toEqual([]);
  });
  it('skips a numbers row written in one cell, and a caption between two pages of the table', () => {
    const { tree, diagnostics } = build(
      row(2, '1 | 2 | 3 | 4 | 5 | 6'),
      ...headings(),
      row(5, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
      row(6, 'Продовження додатка'),
      row(7, '1', '2', '3', '4', '5', '6'),
      row(8, '', '', '1.2. Другий', 'В', 'Е', 'П'),
    );
    expect(tree.priorities[0]?.sectors.map((s) => s.tasks.flatMap((t) => t.measures.map((m) => m.number)))).toEqual([
      ['1.1', '1.2'],
    ]);
    expect(tree.meta.notes).toEqual(['Продовження додатка']);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ['column-numbers-row', 2],
      ['text-outside-table', 6],
      ['column-numbers-row', 7],
    ]);
  });
  it('realigns a row that lost its first cell where every tab was doubled', () => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(1, '№', '', 'Завдання', '', 'Заходи', '', 'Виконавець', '', 'Виконання', '', 'Програма'),
        row(2, 'Пріоритет "А" Ціль'),
        row(3, 'Сектор'),
        row(4, '1', '', 'Задача', '', '1.1. Перший', '', 'В', '', 'Е', '', 'П'),
        row(5, '', '', '1.2. Другий', '', 'В', '', 'Е', '', 'П'),
      ],
      diagnostics,
    );
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures.map((m) => [m.number, m.executorsText])).toEqual([
      ['1.1', 'В'],
      ['1.2', 'В'],
    ]);
    expect(diagnostics.list().map((d) => [d.code, d.source.line])).toContainEqual(['row-realigned', 5]);
  });
  it('reports numbers without their dot one by one when few are, once when it is the style', () => {
    const few = build(
      ...headings(),
      row(5, '1', 'Задача', '1.1. Перший', 'В', 'Е', 'П'),
      row(6, '', '', '1.2 Другий', 'В', 'Е', 'П'),
      row(7, '', '', '1.3. Третій', 'В', 'Е', 'П'),
    );
    expect(few.diagnostics.map((d) => [d.code, d.severity, d.source.line])).toEqual([
      ['measure-number-format', 'warning', 6],
    ]);
    const most = build(
      ...headings(),
      row(5, '1', 'Задача', '1.1 Перший', 'В', 'Е', 'П'),
      row(6, '', '', '1.2 Другий', 'В', 'Е', 'П'),
      row(7, '', '', '1.3. Третій', 'В', 'Е', 'П'),
    );
    expect(most.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      [
        'measure-number-style',
        'info',
        "2 of 3 measure numbers are written without its trailing dot: the document's own style",
      ],
    ]);
  });
});

describe('what other programs and clerks write', () => {
  it('reads a sector in a task cell set apart by italics, underline or a bold style', () => {
    for (const lead of [
      '<i>Житлове господарство</i>',
      '<u>Житлове господарство</u>',
      '<span style="font-weight: 700">Житлове господарство</span>',
    ]) {
      const { tree } = build(
        row(2, 'Пріоритет "А" Ціль'),
        row(3, '1', `${lead} Провести ремонт`, '1.1. Захід', 'В', 'Е', 'П'),
      );
      expect(tree.priorities[0]?.sectors.map((s) => [s.name, s.tasks.map((t) => t.text)])).toEqual([
        ['Житлове господарство', ['Провести ремонт']],
      ]);
    }
  });
  it('joins a row broken in two to the measure above, with a warning', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '4', 'Задача', '4.1. Будівництво ліцею за', 'Управління', 'Кошти не', 'Програма будівництва'),
      row(6, '', '', 'адресою: вул. Мала Бердичівська, 18', '', 'передбачені', ''),
      row(7, '', '', '', '', 'Телефонний провулок', ''),
      row(8, '', '', '4.2. Другий', 'Управління', 'Виконано', 'Програма'),
    );
    const measures = tree.priorities[0]?.sectors[0]?.tasks[0]?.measures ?? [];
    expect(measures.map((m) => [m.number, m.title, m.execution])).toEqual([
      ['4.1', 'Будівництво ліцею за адресою: вул. Мала Бердичівська, 18', 'Кошти не передбачені Телефонний провулок'],
      ['4.2', 'Другий', 'Виконано'],
    ]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.source.line])).toEqual([
      ['row-continued', 'warning', 6],
      ['row-continued', 'warning', 7],
    ]);
  });
  it('keeps an unnumbered row that starts as a sentence does as a measure without a number, an error', () => {
    const { diagnostics } = build(
      ...headings(),
      row(5, '1', 'Задача', '1.1. Перший', 'В', 'Е', 'П'),
      row(6, '', '', 'Капітальний ремонт', 'Управління', 'Виконано', 'Програма'),
    );
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['measure-number-missing', 'error']]);
  });
  it('reads the number from a «№ заходу» column and the sector from a column naming it on every row', () => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(1, 'Сфера', '№ з/п', 'Завдання', '№ заходу', 'Заходи', 'Виконавець', 'Виконання', 'Програма'),
        row(2, 'Пріоритет "А" Ціль'),
        row(3, 'Освіта', '1', 'Задача', '1.1', 'Перший', 'В', 'Е', 'П'),
        row(4, 'Освіта', '', '', '1.2', 'Другий', 'В', 'Е', 'П'),
        row(5, 'Культура', '1', 'Задача', '1.1', 'Третій', 'В', 'Е', 'П'),
      ],
      diagnostics,
    );
    expect(
      tree.priorities[0]?.sectors.map((s) => [s.id, s.tasks.flatMap((t) => t.measures.map((m) => m.title))]),
    ).toEqual([
      ['a/osvita', ['Перший', 'Другий']],
      ['a/kultura', ['Третій']],
    ]);
    const measure = tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0];
    expect([measure?.number, { ...measure?.extra }]).toEqual(['1.1', {}]);
  });
  it('splits a column whose header names two roles at its cell’s first line', () => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(1, '№', 'Завдання', 'Заходи', 'Відповідальний виконавець / стан виконання', 'Програма'),
        row(2, 'Пріоритет "А" Ціль'),
        row(3, 'Сектор'),
        row(4, '1', 'Задача', '1.1. Захід', 'Управління освіти<br>Проведено 3 заходи', 'П'),
      ],
      diagnostics,
    );
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0]).toMatchObject({
      executorsText: 'Управління освіти',
      execution: 'Проведено 3 заходи',
      resources: 'П',
    });
    expect(diagnostics.list().filter((d) => d.code === 'columns-guessed')).toEqual([]);
  });
});

describe('lists and marks as clerks type them', () => {
  it('reads bullets, a priority named on the row after its number, and sectors that repeat their priority', () => {
    const { tree } = build(
      row(2, '<b>ПРІОРИТЕТ 1</b>'),
      row(3, '<b>"Зелене місто"</b>'),
      row(4, '<b>Сталий розвиток</b>'),
      row(5, '<b>• Освіта.</b>'),
      row(6, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
      row(7, '<b>Зелене місто: Культура</b>'),
      row(8, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
    );
    expect(tree.priorities.map((p) => [p.id, p.name, p.number, p.goal])).toEqual([
      ['zelene-misto', 'Зелене місто', '1', 'Сталий розвиток'],
    ]);
    expect(tree.priorities[0]?.sectors.map((s) => s.id)).toEqual(['zelene-misto/osvita', 'zelene-misto/kultura']);
  });
  it('numbers lettered measures by their place in the task, a letter that looks like a digit too', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '3', 'Задача', 'а) Перший', 'В', 'Е', 'П'),
      row(6, '', '', 'б) Другий', 'В', 'Е', 'П'),
    );
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures.map((m) => [m.number, m.title])).toEqual([
      ['3.1', 'Перший'],
      ['3.2', 'Другий'],
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['measure-number-completed', 'measure-number-completed']);
  });
  it('reads ditto marks as the cell above, a page number as page furniture, the task number on every row', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '1', 'Задача', '1.1. Перший', 'Управління освіти', 'Е', 'Програма освіти'),
      row(6, '1', '', '1.2. Другий', '-//-', 'Е', '-//-'),
      row(7, '7'),
      row(8, '1', '', '1.3. Третій', '-//-', 'Е', 'Інша програма'),
    );
    expect(
      tree.priorities[0]?.sectors[0]?.tasks.map((t) => t.measures.map((m) => [m.executorsText, m.resources])),
    ).toEqual([
      [
        ['Управління освіти', 'Програма освіти'],
        ['Управління освіти', 'Програма освіти'],
        ['Управління освіти', 'Інша програма'],
      ],
    ]);
    expect(diagnostics.map((d) => [d.code, d.source.line])).toEqual([
      ['ditto-mark', 6],
      ['ditto-mark', 6],
      ['task-repeated', 6],
      ['page-furniture', 7],
      ['ditto-mark', 8],
    ]);
  });
  it('reads column 6 split into programmes and amounts as one cell', () => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(1, '№', 'Завдання', 'Заходи', 'Виконавець', 'Виконання', 'Назва програми', 'Обсяг фінансування, грн'),
        row(2, 'Пріоритет "А" Ціль'),
        row(3, 'Сектор'),
        row(4, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'Програма освіти', '30 000'),
      ],
      diagnostics,
    );
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0]?.resources).toBe('Програма освіти\n30 000');
    expect(tree.units.resources).toBe(-3);
  });
});

describe('a row broken in two, in every kind of column (continuation)', () => {
  const header = row(1, ...WIDE_LABELS, 'Джерело фінансування', 'Код програми');
  const build11 = (...rows: ReturnType<typeof row>[]) => {
    const diagnostics = new Diagnostics();
    const tree = buildTree([header, ...rows], diagnostics);
    return { tree, diagnostics: diagnostics.list().filter((d) => d.code === 'row-continued') };
  };
  it('joins each cell of the second row to its own field, the task’s text to the task, and names them all', () => {
    const { tree, diagnostics } = build11(
      row(2, 'Пріоритет "А"'),
      row(3, 'Ціль'),
      row(4, 'Сектор'),
      row(
        5,
        '1',
        'Провести',
        '1.1. Ремонт',
        'Управління',
        'Виконано',
        'Програма',
        'Увага',
        '10,0',
        '9,0',
        'Міський',
        '02',
      ),
      row(6, '', 'ремонт шкіл', 'даху', 'освіти', 'повністю', 'розвитку', 'вдруге', '5,0', '4,0', 'бюджет', '17'),
    );
    const task = tree.priorities[0]?.sectors[0]?.tasks[0];
    const m = task?.measures[0];
    expect(task?.text).toBe('Провести ремонт шкіл');
    expect([m?.title, m?.executorsText, m?.execution, m?.resources, m?.note]).toEqual([
      'Ремонт даху',
      'Управління освіти',
      'Виконано повністю',
      'Програма розвитку',
      'Увага вдруге',
    ]);
    // The amounts' cells joined as printed, as text: enrichment reads what they say.
    expect([m?.plannedText, m?.actualText, m?.sourceText]).toEqual(['10,0 5,0', '9,0 4,0', 'Міський бюджет']);
    expect({ ...m?.extra }).toEqual({ 'Код програми': '02 17' });
    expect(diagnostics.map((d) => d.details?.fields)).toEqual([
      [
        'task',
        'title',
        'executors',
        'execution',
        'resources',
        'Примітка',
        'План, тис. грн',
        'Факт, тис. грн',
        'Джерело фінансування',
        'Код програми',
      ],
    ]);
  });
  it('leaves the fields whose cells the second row leaves empty as they were', () => {
    const { tree, diagnostics } = build11(
      row(2, 'Пріоритет "А"'),
      row(3, 'Ціль'),
      row(4, 'Сектор'),
      row(5, '1', 'Задача', '1.1. Ремонт', 'Управління', 'Виконано', 'Програма', '', '', '', '', ''),
      row(6, '', '', '', '', 'ще', '', 'Примітка', '', '', '', ''),
    );
    const m = tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0];
    expect([tree.priorities[0]?.sectors[0]?.tasks[0]?.text, m?.title, m?.executorsText, m?.execution, m?.note]).toEqual(
      ['Задача', 'Ремонт', 'Управління', 'Виконано ще', 'Примітка'],
    );
    expect(diagnostics.map((d) => d.details?.fields)).toEqual([['execution', 'Примітка']]);
  });
});

describe('totals rows: where the label stands, which column each sum totals', () => {
  const header = row(1, ...WIDE_LABELS);
  const totalsOf = (...rows: ReturnType<typeof row>[]) => {
    const tree = buildTree(
      [
        header,
        row(2, 'Пріоритет "А"'),
        row(3, 'Ціль'),
        row(4, 'Сектор'),
        row(5, '1', 'Задача', '1.1. Захід', 'Управління', 'Виконано', '30,0', '', '40', '35'),
        ...rows,
      ],
      new Diagnostics(),
    );
    return tree.totals.map((t) => [t.label, t.amounts.map((a) => `${a.column}=${a.text}`)]);
  };
  it('reads each sum as the total of its column: plan, fact, or else the funding', () => {
    expect(totalsOf(row(6, '', 'Разом', '', '', '', '30,0', '', '40', '35'))).toEqual([
      ['Разом', ['funding=30,0', 'planned=40', 'actual=35']],
    ]);
  });
  it('takes a label in any of the first five columns, up to 100 characters, look-alike letters folded', () => {
    expect(totalsOf(row(6, '', '', '', '', 'Всього', '30,0', '', '', ''))).toEqual([['Всього', ['funding=30,0']]]);
    const long = `Разом ${'по програмі '.repeat(8)}`.slice(0, 100);
    expect(totalsOf(row(6, '', long, '', '', '', '30,0', '', '', ''))).toEqual([[long, ['funding=30,0']]]);
    expect(totalsOf(row(6, '', `${long}х`, '', '', '', '30,0', '', '', ''))).toEqual([]);
    // Latin «a» and «o» typed for Cyrillic.
    expect(totalsOf(row(6, '', 'Рaзoм', '', '', '', '30,0', '', '', ''))).toEqual([['Рaзoм', ['funding=30,0']]]);
  });
  it('is no totals row when the label stands in column 6, or a cell beside it holds words', () => {
    expect(totalsOf(row(6, '', '', '', '', '', 'Разом', '', '40', ''))).toEqual([]);
    expect(totalsOf(row(6, '', 'Разом', '', '', '', '30,0', 'уточнюється', '', ''))).toEqual([]);
  });
});

describe('the tree builder’s smaller readings', () => {
  const measuresOf = (tree: ReturnType<typeof build>['tree']) =>
    tree.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
  it('reads each ditto mark as the cell above it, naming the column; none where the cell above is empty', () => {
    const { tree, diagnostics } = build(
      ...headings(),
      row(5, '1', 'Задача', '1.1. Перший', 'Управління освіти', 'Виконано', ''),
      row(6, '', '', '1.2. Другий', 'те саме', '〃', '-"-'),
      row(7, '', '', '1.3. Третій', 'так само як і вище', 'Виконано', ''),
    );
    expect(measuresOf(tree).map((m) => [m.executorsText, m.execution, m.resources])).toEqual([
      ['Управління освіти', 'Виконано', ''],
      ['Управління освіти', 'Виконано', '-"-'],
      ['так само як і вище', 'Виконано', ''],
    ]);
    expect(diagnostics.filter((d) => d.code === 'ditto-mark').map((d) => [d.details?.column, d.details?.mark])).toEqual(
      [
        [4, 'те саме'],
        [5, '〃'],
      ],
    );
  });
  it('drops the priority’s name before a sector’s own, when a separator follows it', () => {
    const { tree } = build(
      row(2, 'Пріоритет "Інноваційне місто"'),
      row(3, 'Ціль'),
      row(4, 'Інноваційне місто: Освіта'),
      row(5, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
      row(6, 'Інноваційне місто — Культура'),
      row(7, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
      row(8, 'Інноваційне місто:'),
      row(9, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'),
    );
    // Nothing after the separator: the heading is kept (its closing colon dropped as any heading's is).
    expect(tree.priorities[0]?.sectors.map((s) => s.name)).toEqual(['Освіта', 'Культура', 'Інноваційне місто']);
  });
  it('completes a measure number printed without its task’s, and says so', () => {
    const { tree, diagnostics } = build(...headings(), row(5, '4', 'Задача', '2. Захід', 'В', 'Е', 'П'));
    expect(measuresOf(tree).map((m) => m.number)).toEqual(['4.2']);
    expect(diagnostics.map((d) => [d.code, d.details?.printed, d.details?.number])).toEqual([
      ['measure-number-completed', '2.', '4.2'],
    ]);
  });
  it('keeps a row before any priority under an unnamed one, saying so with the row’s text', () => {
    const { tree, diagnostics } = build(row(5, '1', 'Задача', '1.1. Захід', 'В', 'Е', 'П'));
    expect(tree.priorities.map((p) => [p.name, p.sectors.length])).toEqual([['', 1]]);
    expect(diagnostics.map((d) => [d.code, d.details?.what, d.details?.text])).toEqual([
      [
        'orphan-row',
        'row comes before any priority heading; kept under an unnamed priority',
        '1 | Задача | 1.1. Захід | В | Е | П',
      ],
    ]);
  });
});
