import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { shippedExecutors } from '../../src/enrich/executors/registry.js';
import { ExecutorResolver, foldExecutor } from '../../src/enrich/executors/resolve.js';
import { splitExecutors } from '../../src/enrich/executors/split.js';
import { parseReport, reportStats } from '../../src/index.js';
import { ROOT, SAMPLE } from '../helpers.js';

describe('splitExecutors', () => {
  it('splits on commas', () => {
    expect(splitExecutors('Управління культури міської ради, управління розвитку села Вереси міської ради')).toEqual([
      'Управління культури міської ради',
      'управління розвитку села Вереси міської ради',
    ]);
  });
  it('keeps commas inside quotes', () => {
    expect(splitExecutors('КП "ЦЕНТР, ІНВЕСТИЦІЙ" Житомирської міської ради, ГО «Екоклуб, плюс»')).toEqual([
      'КП "ЦЕНТР, ІНВЕСТИЦІЙ" Житомирської міської ради',
      'ГО «Екоклуб, плюс»',
    ]);
  });
  it('still splits after an unbalanced quote that never closes', () => {
    expect(
      splitExecutors(
        'КП «ЕМЗО «Міськвітло» Житомирської міської ради, КП "УАШ" Житомирської міської ради, інші суб\'єкти',
      ),
    ).toEqual([
      'КП «ЕМЗО «Міськвітло» Житомирської міської ради',
      'КП "УАШ" Житомирської міської ради',
      "інші суб'єкти",
    ]);
  });
  it('keeps notes such as (за згодою) with their organisation', () => {
    expect(splitExecutors('Департамент соціальної політики міської ради, громадські організації (за згодою)')).toEqual([
      'Департамент соціальної політики міської ради',
      'громадські організації (за згодою)',
    ]);
  });
  it("keeps a body whose own name holds a comma (у справах сім'ї, молоді та спорту)", () => {
    expect(
      splitExecutors("Управління у справах сім'ї, молоді та спорту міської ради, департамент освіти міської ради"),
    ).toEqual(["Управління у справах сім'ї, молоді та спорту міської ради", 'департамент освіти міської ради']);
    expect(splitExecutors("Управління у справах, сім'ї, молоді та спорту міської ради")).toEqual([
      "Управління у справах, сім'ї, молоді та спорту міської ради",
    ]);
  });
  it('splits names quoted „…“ beside unbalanced guillemets', () => {
    expect(
      splitExecutors('КП «ЕМЗО «Міськвітло» Житомирської міської ради, КП „УАШ“ Житомирської міської ради, інші'),
    ).toEqual(['КП «ЕМЗО «Міськвітло» Житомирської міської ради', 'КП „УАШ“ Житомирської міської ради', 'інші']);
  });
  it('splits names quoted „…“ as autocorrect writes them', () => {
    expect(splitExecutors('Управління транспорту, КП „Житомиртранспорт“ Житомирської міської ради, КП «ЖТТУ»')).toEqual(
      ['Управління транспорту', 'КП „Житомиртранспорт“ Житомирської міської ради', 'КП «ЖТТУ»'],
    );
  });
  it('gives nothing for an empty cell', () => {
    expect(splitExecutors('')).toEqual([]);
    expect(splitExecutors(' , ')).toEqual([]);
  });
});

// The first implementation, kept as an oracle for the index-based one: per character,
// with the counts of closing quotes after each position precomputed into arrays. «“
// open and »” close as one family; „ opens a pair of its own that “ closes (Ukrainian
// autocorrect writes „…“); " toggles.
function splitByCharacters(text: string): string[] {
  const chars = [...text];
  let lowOpen = 0;
  const kinds = chars.map((ch) => {
    if (ch === '„') {
      lowOpen++;
      return 'low-open';
    }
    if (ch === '“' && lowOpen > 0) {
      lowOpen--;
      return 'low-close';
    }
    return '«“'.includes(ch) ? 'open' : '»”'.includes(ch) ? 'close' : ch === '"' ? 'straight' : '';
  });
  const after = (kind: string) => {
    const counts = new Array<number>(chars.length + 1).fill(0);
    for (let i = chars.length - 1; i >= 0; i--) counts[i] = (counts[i + 1] as number) + (kinds[i] === kind ? 1 : 0);
    return counts;
  };
  const closersAfter = after('close');
  const lowAfter = after('low-close');
  const straightAfter = after('straight');
  const out: string[] = [];
  let current = '';
  let guillemets = 0;
  let low = 0;
  let straight = false;
  chars.forEach((ch, i) => {
    if (kinds[i] === 'open') guillemets++;
    else if (kinds[i] === 'close') guillemets = Math.max(0, guillemets - 1);
    else if (kinds[i] === 'low-open') low++;
    else if (kinds[i] === 'low-close') low = Math.max(0, low - 1);
    else if (kinds[i] === 'straight') straight = !straight;
    const quoted =
      (guillemets > 0 && (closersAfter[i] as number) > 0) ||
      (low > 0 && (lowAfter[i] as number) > 0) ||
      (straight && (straightAfter[i] as number) > 0);
    if ((ch === ',' || ch === '\n') && !quoted) {
      out.push(current);
      current = '';
    } else current += ch;
  });
  out.push(current);
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

describe('splitExecutors against the per-character oracle', () => {
  it('splits every mix of quotes, commas and line breaks the same way', () => {
    const piece = fc.constantFrom('КП', ' ', ',', '\n', '«', '»', '“', '”', '„', '"', 'а', '😀', 'Б');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')),
        (text) => {
          // The oracle has no continuation rule; pieces never start with «сім'ї» here.
          expect(splitExecutors(text)).toEqual(splitByCharacters(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('executors as entities (issue 25)', () => {
  const resolver = new ExecutorResolver(shippedExecutors());
  it.each([
    ['Департамент освіти міської ради', 'dept-education'],
    ['департамент освіти міської ради', 'dept-education'],
    ['КП "Житомиртеплокомун-енерго" Житомирської міської ради', 'kp-teplokomunenerho'],
    ['КП «Житомиртеплокомуненерго» Житомирської міської ради', 'kp-teplokomunenerho'],
    ['КУ "Агенція розвитку міста" Житомирської міської ради', 'city-development-agency'],
    ['Комунальна установа «Агенція розвитку міста»', 'city-development-agency'],
    ["Управління у справах, сім'ї, молоді та спорту міської ради", 'family-youth-sport'],
    ['Управління охорони здоров’я міської ради', 'healthcare'],
    ['КП "Лікарня №1" Житомирської міської ради', 'kp-hospital-1'],
  ])('«%s» is %s', (printed, id) => {
    expect(resolver.resolve(printed)).toMatchObject({ id, entry: { id } });
  });
  it('gives a name the registry lacks a provisional id from its folded name, the same for every spelling', () => {
    const a = resolver.resolve('ТОВ «Будкомплекс»');
    expect(a.entry).toBeNull();
    expect(a.id).toMatch(/^unlisted-tov-budkomplek/);
    expect(resolver.resolve('тов "Будкомплекс"').id).toBe(a.id);
  });
  it('folds what does not tell bodies apart, and nothing else', () => {
    expect(foldExecutor('КП «Парк» Житомирської міської ради')).toBe('комунальне підприємство парк');
    expect(foldExecutor('Управління культури')).not.toBe(foldExecutor('Управління освіти'));
  });
  it('has unique ids, and no folded name under two ids', () => {
    const seen = new Map<string, string>();
    expect(shippedExecutors().length).toBeGreaterThanOrEqual(57);
    for (const e of shippedExecutors())
      for (const name of [e.name, ...e.aliases]) {
        const folded = foldExecutor(name);
        expect(seen.get(folded) ?? e.id, `${name}`).toBe(e.id);
        seen.set(folded, e.id);
      }
  });
  it('resolves every executor of the three releases, each body under one id and one id per body', async () => {
    for (const file of ['zhytomyr-2023-9m.txt', 'zhytomyr-2023-12m.txt', 'zhytomyr-2024-6m.txt']) {
      const report = await parseReport(`${ROOT}fixtures/${file}`);
      expect(report.diagnostics.filter((d) => d.code === 'executor-unlisted').map((d) => d.message)).toEqual([]);
      const measures = report.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
      for (const m of measures) expect(m.executorIds).toHaveLength(m.executors.length);
      const idsByFold = new Map<string, Set<string>>();
      for (const m of measures)
        m.executors.forEach((e, i) => {
          const ids = idsByFold.get(e.toLowerCase()) ?? new Set<string>();
          ids.add(m.executorIds[i] as string);
          idsByFold.set(e.toLowerCase(), ids);
        });
      for (const [name, ids] of idsByFold) expect([...ids], name).toHaveLength(1);
    }
  });
  it('takes registry entries given by the caller, which win by id', async () => {
    const extra = [{ id: 'dept-education', name: 'Департамент освіти', kind: 'body' as const, aliases: ['ДО'] }];
    const bytes = new TextEncoder().encode(
      readFileSync(SAMPLE, 'utf8').replace(/Департамент освіти міської ради/g, 'ДО'),
    );
    const report = await parseReport({ bytes, path: 'x.txt' }, { executors: extra });
    const ids = report.priorities.flatMap((p) =>
      p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures.flatMap((m) => m.executorIds))),
    );
    expect(ids).toContain('dept-education');
    expect(report.diagnostics.filter((d) => d.code === 'executor-unlisted')).toEqual([]);
  });
});

describe('executor summaries and stats', () => {
  it('lists each body of the sample once, with every spelling it is printed in and its measures', async () => {
    const report = await parseReport(SAMPLE);
    const education = report.executors.filter((e) => e.spellings.some((s) => /^департамент освіти/iu.test(s)));
    // The issue counted «Департамент освіти…» on 12 measures and «департамент освіти…» on 8.
    expect(education.map((e) => [e.id, e.resolved, e.kind, e.measureCount])).toEqual([
      ['dept-education', true, 'body', 20],
    ]);
    expect(education[0]?.spellings).toEqual(['Департамент освіти міської ради', 'департамент освіти міської ради']);
    expect(new Set(report.executors.map((e) => e.id)).size).toBe(report.executors.length);
  });
  it('names an executor the registry lacks by its most printed spelling, unresolved, and counts it in stats', async () => {
    const text = readFileSync(SAMPLE, 'utf8')
      .replace('Департамент освіти міської ради', 'Бюро добрих справ')
      .replace('департамент освіти міської ради', 'бюро добрих справ')
      .replace('Департамент освіти міської ради', 'Бюро добрих справ');
    const report = await parseReport({ bytes: new TextEncoder().encode(text), path: 'x.txt' });
    const bureau = report.executors.filter((e) => !e.resolved);
    expect(bureau.map((e) => [e.name, e.kind, e.spellings, e.measureCount])).toEqual([
      ['Бюро добрих справ', null, ['Бюро добрих справ', 'бюро добрих справ'], 3],
    ]);
    const stats = reportStats(report);
    expect(stats.executors.find((g) => g.id === bureau[0]?.id)?.measures).toBe(3);
    expect(stats.executors.find((g) => g.id === 'dept-education')?.measures).toBe(17);
    // Most measures first; the counts add up to at least the measures (a measure may name several).
    const counts = stats.executors.map((g) => g.measures);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
});
