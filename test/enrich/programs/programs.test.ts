import { describe, expect, it } from 'vitest';
import { normalizeProgramName, yearsKey } from '../../../src/enrich/programs/normalize.js';
import { mergeRegistries, parseRegistry, shippedRegistry } from '../../../src/enrich/programs/registry.js';
import { ProgramResolver } from '../../../src/enrich/programs/resolve.js';
import { splitProgramList } from '../../../src/enrich/programs/split.js';
import { InputError } from '../../../src/errors.js';

const BUILD =
  "Міська цільова Програма «Будівництво (реконструкція, капітальний ремонт) об'єктів комунальної власності Житомирської міської об'єднаної територіальної громади на 2021–2023 роки»";

describe('normalizeProgramName folds each spelling variant of the sample', () => {
  const same = (a: string, b: string) => expect(normalizeProgramName(a)).toBe(normalizeProgramName(b));
  it('«» vs "" vs unbalanced quotes', () => {
    same('Програма "Безпечне місто" на 2023-2025 роки', 'Програма «Безпечне місто» на 2023-2025 роки');
    same(
      'програма "Житомирська громада – територія рівних можливостей» на 2020-2025 роки',
      'програма «Житомирська громада – територія рівних можливостей» на 2020-2025 роки',
    );
  });
  it('en dash vs hyphen', () => same('на 2021–2023 роки', 'на 2021-2023 роки'));
  it("об'єднаної present or absent, and its word order", () => {
    same("Житомирської міської об'єднаної територіальної громади", 'Житомирської міської територіальної громади');
    same("Житомирської міської територіальної об'єднаної громади", 'Житомирської міської територіальної громади');
    same("в Житомирській міській об'єднаній територіальній громаді", 'в Житомирській міській територіальній громаді');
  });
  it('years inside or outside the quotes', () =>
    same('«Будівництво громади на 2021-2023 роки»', '«Будівництво громади» на 2021-2023 роки'));
  it('Програма vs програма', () => same('Міська цільова Програма', 'міська цільова програма'));
  it("apostrophes ' ’ ʼ", () => {
    same("об'єктів сім'ї", 'об’єктів сімʼї');
  });
  it('keeps what tells programmes apart', () => {
    expect(normalizeProgramName('Програма розвитку освіти на 2022-2026 роки')).not.toBe(
      normalizeProgramName('Програма розвитку освіти на 2027-2031 роки'),
    );
    expect(yearsKey('на період 2022 – 2026 років')).toBe('2022-2026');
    expect(yearsKey('без років')).toBeNull();
  });
});

describe('splitProgramList', () => {
  it('splits where a new programme name begins', () => {
    expect(
      splitProgramList(
        `Програма розвитку малого і середнього підприємництва на 2022-2026 роки, міська цільова програма "Впровадження стратегічних ініціатив на 2021-2024 роки"`,
      ),
    ).toEqual([
      'Програма розвитку малого і середнього підприємництва на 2022-2026 роки',
      'міська цільова програма "Впровадження стратегічних ініціатив на 2021-2024 роки"',
    ]);
    expect(splitProgramList(`${BUILD}, Цільова програма розвитку охорони здоров'я на 2021-2023 роки`)).toHaveLength(2);
    expect(splitProgramList('Комплексна цільова програма "А", Комплексна Програма Б')).toHaveLength(2);
  });
  it('does not split on commas inside a name', () => {
    expect(splitProgramList(BUILD)).toEqual([BUILD]);
  });
  it('splits on «;», a line break, and «та» or «і» before another programme, never on «та» inside a name', () => {
    const a = 'Програма розвитку освіти на 2022-2026 роки';
    const b = 'Програма житлового господарства та поводження з відходами на 2021-2025 роки';
    expect(splitProgramList(`${a}; ${b}`)).toEqual([a, b]);
    expect(splitProgramList(`${a}\n${b}`)).toEqual([a, b]);
    expect(splitProgramList(`${a} та ${b}`)).toEqual([a, b]);
    expect(splitProgramList(`${a} і міська цільова програма "Безпечне місто"`)).toEqual([
      a,
      'міська цільова програма "Безпечне місто"',
    ]);
    expect(splitProgramList(b)).toEqual([b]);
  });
});

describe('ProgramResolver', () => {
  const resolver = new ProgramResolver(shippedRegistry());
  it('exact alias → normalised name → fuzzy with years → unresolved', () => {
    expect(resolver.resolve(BUILD).ref).toEqual({
      programId: 'capital-construction-2021-2023',
      provisionalId: null,
      raw: BUILD,
      match: 'exact',
      score: 1,
      candidates: [],
    });
    const variant = BUILD.replace('«', '"').replace('Програма', 'програма');
    expect(resolver.resolve(variant).ref).toMatchObject({
      programId: 'capital-construction-2021-2023',
      match: 'normalized',
      score: 1,
    });
    const typo = 'Програма розвитку освіти Житомирськоі міської територіальної громади на період 2022-2026 років';
    const fuzzy = resolver.resolve(typo);
    expect(fuzzy.ref).toMatchObject({ programId: 'education-2022-2026', match: 'fuzzy' });
    expect(fuzzy.ref.score).toBeGreaterThanOrEqual(0.85);
    expect(fuzzy.ref.score).toBeLessThan(1);
  });
  it('never maps a name for other years, however close', () => {
    const next = 'Програма розвитку освіти Житомирської міської територіальної громади на період 2027-2031 років';
    const r = resolver.resolve(next);
    expect(r.ref).toMatchObject({
      programId: null,
      provisionalId: 'rozvytku-osvity-2027-2031',
      raw: next,
      match: 'unresolved',
      score: null,
    });
    expect(r.candidates[0]?.programId).toBe('education-2022-2026');
    expect(r.candidates[0]?.score).toBeGreaterThan(0.8);
  });
  it('leaves an unknown programme unresolved with up to three candidates, best first', () => {
    const r = resolver.resolve(
      'Програма розвитку туризму Житомирської міської територіальної громади на 2024-2027 роки',
    );
    expect(r.ref.match).toBe('unresolved');
    expect(r.candidates).toHaveLength(3);
    expect(r.candidates[0]!.score).toBeGreaterThanOrEqual(r.candidates[1]!.score);
  });
});

describe('near misses are other programmes', () => {
  const resolver = new ProgramResolver(shippedRegistry());
  // The names a 2024 release prints for programmes the registry does not have; each
  // scores high against an entry that differs in a content word or in its years.
  it.each([
    [
      'Програма забезпечення та захисту прав ветеранів Житомирської міської територіальної громади на 2022-2026 роки',
      'children-rights-2022-2026',
    ],
    [
      'Програма забезпечення житлом військовослужбовців на території Житомирської міської територіальної громади на 2023-2027 роки',
      'housing-provision-2023-2027',
    ],
    [
      'Програма розвитку громадського транспорту Житомирської міської територіальної громади на 2024-2026 роки',
      'public-transport-2020-2023',
    ],
  ])('%s is unresolved, with %s as a candidate', (name, nearest) => {
    const r = resolver.resolve(name);
    expect(r.ref).toMatchObject({ programId: null, match: 'unresolved' });
    expect(r.ref.provisionalId).toMatch(/^[a-z0-9][a-z0-9-]*-20\d\d-20\d\d$/);
    expect(r.ref.candidates.map((c) => c.programId)).toContain(nearest);
  });
  it('still matches a typo in a word every name shares, and a dropped apostrophe', () => {
    expect(
      resolver.resolve(
        'Програма розвитку охорони здоровя Житомирської міської обєднаної територіальної громади на 2021-2023 роки',
      ).ref,
    ).toMatchObject({
      programId: 'healthcare-2021-2023',
    });
  });
  it('gives every spelling of one unknown programme the same provisional id', () => {
    const a = resolver.resolve(
      'Програма розвитку туризму Житомирської міської територіальної громади на 2024-2027 роки',
    ).ref.provisionalId;
    const b = resolver.resolve(
      'програма розвитку туризму житомирської міської територіальної громади на 2024–2027 роки',
    ).ref.provisionalId;
    expect(a).toBe('rozvytku-turyzmu-2024-2027');
    expect(b).toBe(a);
  });
});

describe('the registry', () => {
  it('ships 20 programmes with unique ids', () => {
    const ids = shippedRegistry().map((p) => p.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });
  it('names the file and the field of a malformed entry', () => {
    const bad = JSON.stringify({ programs: [{ id: 'x', name: 'X', years: { from: '2021', to: 2023 } }] });
    expect(() => parseRegistry(bad, 'extra.json')).toThrow(InputError);
    expect(() => parseRegistry(bad, 'extra.json')).toThrow(
      /^extra\.json: invalid programme registry at programs\.0\.years\.from: /,
    );
    expect(() => parseRegistry('{', 'x.json')).toThrow(/^x\.json: not valid JSON/);
    expect(() =>
      parseRegistry(
        JSON.stringify({ programs: [{ id: 'Bad Id', name: 'X', years: { from: 2021, to: 2023 } }] }),
        'y.json',
      ),
    ).toThrow(/programs\.0\.id/);
    const dup = { id: 'a', name: 'A', years: { from: 2021, to: 2022 } };
    expect(() => parseRegistry(JSON.stringify({ programs: [dup, dup] }), 'z.json')).toThrow(
      /programs\.1\.id: duplicate id a/,
    );
  });
  it('adds entries and overrides by id', () => {
    const merged = mergeRegistries(shippedRegistry(), [
      {
        id: 'tourism-2024-2027',
        name: 'Програма розвитку туризму на 2024-2027 роки',
        years: { from: 2024, to: 2027 },
        aliases: [],
      },
      { id: 'education-2022-2026', name: 'Освіта', years: { from: 2022, to: 2026 }, aliases: [] },
    ]);
    expect(merged).toHaveLength(21);
    expect(merged.find((p) => p.id === 'education-2022-2026')?.name).toBe('Освіта');
  });
});

describe('a registry too alike to search within the budget', () => {
  it('leaves the reference unresolved, unsearched, under its provisional id; exact names still resolve', () => {
    const registry = shippedRegistry();
    const resolver = new ProgramResolver(registry, undefined, 0);
    const typo = `${registry[0]?.name.slice(0, -3)}ки`;
    const result = resolver.resolve(typo);
    expect(result.searched).toBe(false);
    expect(result.ref).toMatchObject({ programId: null, match: 'unresolved', candidates: [] });
    const { from, to } = registry[0]?.years ?? {};
    expect(result.ref.provisionalId?.endsWith(`-${from}-${to}`)).toBe(true);
    expect(new ProgramResolver(registry).resolve(typo).searched).toBe(true);
    expect(resolver.resolve(registry[0]?.name as string).ref.match).toBe('exact');
  });
});
