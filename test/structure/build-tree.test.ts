import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { buildTree } from '../../src/structure/build-tree.js';
import { readPriorityHeading, splitLeadingHeading } from '../../src/structure/headings.js';
import { cell, row } from '../helpers.js';

const HEADER = row(
  1,
  '№ з/п',
  'Завдання',
  'Заходи',
  'Відповідальний виконавець',
  'Виконання заходів',
  'Назва програми',
);

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
      goal: 'Розвиток економіки',
    });
  });
  it('reads «» quotes and no goal', () => {
    expect(readPriorityHeading(cell('Пріоритет «Зелене місто»'))).toEqual({
      heading: 'Пріоритет «Зелене місто»',
      name: 'Зелене місто',
      goal: null,
    });
  });
  it('uses markup to split when there are no quotes', () => {
    expect(readPriorityHeading(cell('<b>Пріоритет Зелене місто</b> Сталий розвиток'))).toEqual({
      heading: 'Пріоритет Зелене місто',
      name: 'Зелене місто',
      goal: 'Сталий розвиток',
    });
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
