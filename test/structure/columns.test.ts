// Columns read by the header's wording, not by position.
import { describe, expect, it } from 'vitest';
import { Diagnostics } from '../../src/diagnostics/diagnostics.js';
import { buildTree } from '../../src/structure/build-tree.js';
import { mapColumns } from '../../src/structure/columns.js';
import { row } from '../helpers.js';

const SAMPLE_HEADER = [
  '№ з/п',
  'Завдання',
  'Заходи',
  'Відповідальний виконавець',
  'Виконання заходів',
  'Назва міської цільової програми до якої включено захід або обсяг фінансових ресурсів, тис. грн',
];

describe('mapColumns', () => {
  it('reads the sample header in its own order', () => {
    expect(mapColumns(SAMPLE_HEADER)).toEqual({
      order: [0, 1, 2, 3, 4, 5],
      reordered: false,
      guessed: [],
      extras: [],
      width: 6,
      units: { resources: 0, planned: 0, actual: 0 },
    });
  });
  it('follows a header that puts the execution before the executors', () => {
    const header = [
      '№ з/п',
      'Завдання',
      'Заходи',
      'Виконання заходів',
      'Відповідальний виконавець',
      'Обсяг фінансування, тис. грн',
    ];
    expect(mapColumns(header)).toMatchObject({ order: [0, 1, 2, 4, 3, 5], reordered: true, guessed: [], extras: [] });
  });
  it('knows other wordings of the same columns', () => {
    const header = [
      '№',
      'Назва завдання',
      'Найменування заходу',
      'Стан виконання',
      'Виконавці',
      'Джерела фінансування',
    ];
    expect(mapColumns(header)?.order).toEqual([0, 1, 2, 4, 3, 5]);
  });
  it('guesses an unnamed column from what is left, and says which', () => {
    expect(mapColumns(['№ з/п', 'Завдання', 'Заходи', 'Хто', 'Виконання заходів', 'Програма'])).toEqual({
      order: [0, 1, 2, 3, 4, 5],
      reordered: false,
      guessed: [{ role: 'executors', column: 3, header: 'Хто' }],
      extras: [],
      width: 6,
      units: { resources: 0, planned: 0, actual: 0 },
    });
  });
  it('gives up on a header that names fewer than three columns', () => {
    expect(mapColumns(['Колонка А', 'Колонка Б', 'Заходи', 'В', 'Г', 'Д'])).toBeNull();
  });
});

describe('a table with reordered columns', () => {
  const build = (...header: string[]) => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(1, ...header),
        row(2, '1', '2', '3', '5', '4', '6'),
        row(3, '<b>Пріоритет «Зелене місто»</b>'),
        row(4, '<b>Сталий розвиток</b>'),
        row(5, '<b>Освіта</b>'),
        row(
          6,
          '1',
          'Завдання',
          '1.1. Захід',
          'Встановлено 9 відеокамер',
          'Департамент освіти міської ради',
          'Програма',
        ),
        row(7, ...header),
        row(
          8,
          '',
          '',
          '1.2. Другий захід',
          'Придбано 67 комплектів',
          'Департамент освіти міської ради, управління культури',
          'Програма',
        ),
      ],
      diagnostics,
    );
    return { tree, diagnostics: diagnostics.list() };
  };
  it('puts each cell in its role and says the columns were reordered', () => {
    const { tree, diagnostics } = build(
      '№ з/п',
      'Завдання',
      'Заходи',
      'Виконання заходів',
      'Відповідальний виконавець',
      'Програма',
    );
    const measures = tree.priorities[0]?.sectors[0]?.tasks[0]?.measures ?? [];
    expect(measures.map((m) => [m.number, m.executorsText, m.execution])).toEqual([
      ['1.1', 'Департамент освіти міської ради', 'Встановлено 9 відеокамер'],
      ['1.2', 'Департамент освіти міської ради, управління культури', 'Придбано 67 комплектів'],
    ]);
    expect(tree.meta.columns[3]).toBe('Виконання заходів');
    const codes = diagnostics.map((d) => [d.code, d.source.line]);
    expect(codes).toContainEqual(['columns-reordered', 1]);
    expect(codes).toContainEqual(['column-numbers-row', 2]);
    expect(codes).toContainEqual(['repeated-header', 7]);
    expect(diagnostics.find((d) => d.code === 'columns-reordered')?.message).toBe(
      'columns in another order than usual; read by the header: 5 «Відповідальний виконавець» as executors, 4 «Виконання заходів» as execution',
    );
  });
  it('reads an unknown header in the usual order, with a warning', () => {
    const { tree, diagnostics } = build('№ з/п', 'Завдання', 'Заходи', 'Колонка 4', 'Колонка 5', 'Програма');
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0]?.executorsText).toBe('Встановлено 9 відеокамер');
    const guessed = diagnostics.find((d) => d.code === 'columns-guessed');
    expect(guessed).toMatchObject({ severity: 'warning', source: { line: 1 } });
    expect(guessed?.message).toContain('4 «Колонка 4» as executors, 5 «Колонка 5» as execution');
  });
});

describe('columns beyond the six', () => {
  const build = (...rows: ReturnType<typeof row>[]) => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(rows, diagnostics);
    const measures = tree.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
    // These small tables have no title on purpose.
    return { tree, measures, diagnostics: diagnostics.list().filter((d) => d.code !== 'title-missing') };
  };
  const headings = [row(3, 'Пріоритет «Зелене місто»'), row(4, 'Сталий розвиток'), row(5, 'Освіта')];

  it('gives a «Примітка» column its own field, wherever it stands', () => {
    const { measures, diagnostics } = build(
      row(1, '№ з/п', 'Примітка', 'Завдання', 'Заходи', 'Відповідальний виконавець', 'Виконання заходів', 'Програма'),
      row(2, '1', '2', '3', '4', '5', '6', '7'),
      ...headings,
      row(6, '1', 'Перенесено', 'Завдання', '1.1. Захід', 'Департамент освіти', 'Виконано', 'Програма освіти'),
      row(7, '', '', '', '1.2. Другий', 'Департамент освіти', 'Виконано', 'Програма освіти'),
    );
    expect(measures.map((m) => [m.number, m.note, m.resources, m.executorsText])).toEqual([
      ['1.1', 'Перенесено', 'Програма освіти', 'Департамент освіти'],
      ['1.2', null, 'Програма освіти', 'Департамент освіти'],
    ]);
    expect(diagnostics.map((d) => d.code)).toEqual(['columns-extra', 'columns-reordered', 'column-numbers-row']);
  });

  it('reads sub-columns «план» and «факт» under a cell spanning them (a header of two rows)', () => {
    const { tree, measures, diagnostics } = build(
      row(1, '№', 'Завдання', 'Заходи', 'Виконавець', 'Виконання', 'Обсяг фінансування, тис. грн', '', 'Програма'),
      row(2, '', '', '', '', '', 'план', 'факт', ''),
      row(3, '1', '2', '3', '4', '5', '6', '7', '8'),
      ...headings.map((r) => ({ ...r, source: { line: (r.source.line ?? 0) + 1 } })),
      row(7, '1', 'Завдання', '1.1. Захід', 'Департамент', 'Виконано', '50,0', '30,0', ''),
    );
    expect(measures.map((m) => [m.plannedText, m.actualText, m.resources])).toEqual([['50,0', '30,0', '']]);
    expect(tree.meta.columns).toEqual([
      '№',
      'Завдання',
      'Заходи',
      'Виконавець',
      'Виконання',
      'Обсяг фінансування, тис. грн / план',
      'Обсяг фінансування, тис. грн / факт',
      'Програма',
    ]);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps a column it has no role for by its header text, never glued to a neighbour', () => {
    const { measures } = build(
      row(1, '№', 'Завдання', 'Заходи', 'Виконавець', 'Виконання', 'Програма', 'Термін виконання'),
      ...headings,
      row(6, '1', 'Завдання', '1.1. Захід', 'Департамент', 'Виконано', 'Програма освіти', '2023-2024'),
    );
    expect(measures[0]?.resources).toBe('Програма освіти');
    expect({ ...measures[0]?.extra }).toEqual({ 'Термін виконання': '2023-2024' });
  });

  it('keeps cells past the header apart by position, with a warning', () => {
    const { measures, diagnostics } = build(
      row(1, '№', 'Завдання', 'Заходи', 'Виконавець', 'Виконання', 'Програма'),
      ...headings,
      row(6, '1', 'Завдання', '1.1. Захід', 'Департамент', 'Виконано', 'Програма освіти', 'зайве'),
    );
    expect(measures[0]?.resources).toBe('Програма освіти');
    expect({ ...measures[0]?.extra }).toEqual({ 'column 7': 'зайве' });
    expect(diagnostics.find((d) => d.code === 'extra-cells')).toMatchObject({
      severity: 'warning',
      source: { line: 6 },
    });
  });

  it('reads a header whose labels wrap onto a second row', () => {
    const { tree, measures } = build(
      row(1, '№', 'Завдання', 'Заходи', 'Відповідальний', 'Виконання', 'Назва програми'),
      row(2, 'з/п', '', '', 'виконавець', 'заходів', ''),
      ...headings,
      row(6, '1', 'Завдання', '1.1. Захід', 'Департамент', 'Виконано', 'Програма освіти'),
    );
    expect(tree.meta.columns.slice(0, 5)).toEqual([
      '№ з/п',
      'Завдання',
      'Заходи',
      'Відповідальний виконавець',
      'Виконання заходів',
    ]);
    expect(measures[0]?.executorsText).toBe('Департамент');
  });
});

describe('header wordings', () => {
  it.each([
    [
      ['№ п/п', 'Найменування завдання', 'Зміст заходу', 'Стан реалізації', 'Виконавці', 'Програма'],
      [0, 1, 2, 4, 3, 5],
    ],
    [
      ['№', 'Завдання', 'Захід', 'Відповідальні', 'Виконання', 'Обсяг фінансування'],
      [0, 1, 2, 3, 4, 5],
    ],
    // Latin look-alike letters typed in the labels (Latin a, e, o, p, c, x).
    [
      ['№ з/п', 'Зaвдання', 'Зaходи', 'Відповідaльний виконaвець', 'Викoнання зaходів', 'Прoгpaма'],
      [0, 1, 2, 3, 4, 5],
    ],
  ])('%j', (header, order) => {
    expect(mapColumns(header)?.order).toEqual(order);
  });
  it('keeps a code column apart, and reads a source-of-funds column as one', () => {
    const map = mapColumns([
      'Код програми',
      '№ з/п',
      'Завдання',
      'Заходи',
      'Виконавець',
      'Виконання',
      'Джерело фінансування',
      'Назва програми',
    ]);
    expect(map?.order).toEqual([1, 2, 3, 4, 5, 7]);
    expect(map?.extras.map((e) => [e.column, e.role])).toEqual([
      [0, 'extra'],
      [6, 'source'],
    ]);
  });
  it('finds the header by the same wordings, whatever the words', () => {
    const diagnostics = new Diagnostics();
    const tree = buildTree(
      [
        row(
          1,
          '№ п/п',
          'Найменування завдання',
          'Зміст заходу',
          'Стан реалізації',
          'Виконавці',
          'Джерела фінансування',
        ),
        row(2, 'Пріоритет "А" Ціль'),
        row(3, 'Сектор'),
        row(4, '1', 'Задача', '1.1. Захід', 'Проведено', 'Управління освіти', 'Програма'),
      ],
      diagnostics,
    );
    expect(tree.kinds.header).toBe(1);
    expect(tree.priorities[0]?.sectors[0]?.tasks[0]?.measures[0]).toMatchObject({
      executorsText: 'Управління освіти',
      execution: 'Проведено',
      resources: 'Програма',
    });
  });
});

describe('units of the money columns', () => {
  it.each([
    ['Обсяг фінансування, тис. грн', 0],
    ['Обсяг фінансування, грн', -3],
    ['Обсяг фінансування (млн грн)', 3],
    ['Назва програми', 0],
  ])('%s: bare numbers are 10^%i thousand UAH', (label, exponent) => {
    expect(mapColumns(['№', 'Завдання', 'Заходи', 'Виконавець', 'Виконання', label])?.units.resources).toBe(exponent);
  });
});
