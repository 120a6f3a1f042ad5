// The decision table (decisions.ts): each decision decides its valid examples and
// none of its invalid ones, and the features it reads are found where the words say
// them and nowhere else.
import { describe, expect, it } from 'vitest';
import { DECISIONS, featuresOf } from '../../src/enrich/status/decisions.js';
import { measureStatus } from '../../src/enrich/status/index.js';

describe('status decision table', () => {
  for (const d of DECISIONS) {
    it.each(d.examples.valid)(`${d.id} decides «%s»`, (text) => {
      const read = measureStatus(text);
      if (d.status !== null) expect(read).toMatchObject({ status: d.status, statusRule: d.id });
      if (d.confidence === 'low') expect(read.statusConfidence).toBe('low');
    });
    it.each(d.examples.invalid)(`${d.id} does not decide «%s»`, (text) => {
      const read = measureStatus(text);
      expect(read.statusRule).not.toBe(d.id);
      if (d.status === null) expect(read.statusConfidence).toBe('high');
    });
  }

  it('has unique ids, each decision at least one valid and one invalid example', () => {
    expect(new Set(DECISIONS.map((d) => d.id)).size).toBe(DECISIONS.length);
    for (const d of DECISIONS) {
      expect(d.examples.valid.length, d.id).toBeGreaterThan(0);
      expect(d.examples.invalid.length, d.id).toBeGreaterThan(0);
    }
  });
});

describe('clause features', () => {
  it.each([
    ['проведено 2 з 5 семінарів', ['partial']],
    ['проведено 5 з 5 семінарів', []],
    ['проведено 0 з 5 семінарів', []],
    ['виконано частково', ['partial']],
    ['виконано не в повному обсязі', ['partial']],
    ['виконано в повному обсязі', ['full']],
    ['ремонт — 100 %', ['full']],
    ['ремонт — 100,0 відсотків', ['full']],
    ['заявок не подано', ['applications']],
    ['конкурс не проведено через відсутність заявок', []],
    ['захід не виконано через відсутність коштів', ['for-want-of-money']],
    ["у зв'язку з нестачею фінансування роботи не проведено", ['for-want-of-money']],
    ['через брак бюджетних коштів не придбано', ['for-want-of-money']],
    ['співвласники не забезпечили свою частку співфінансування', ['for-want-of-money']],
    ['виконано за рахунок коштів бюджету', []],
    ['перенесено на післявоєнний період', ['for-the-war']],
    ["у зв'язку з введенням воєнного стану", ['for-the-war']],
    ['щомісяця здійснюється виплата', ['regularly']],
    ['здійснюється виплата', []],
  ])('«%s» shows %j', (clause, features) => {
    expect([...featuresOf(clause)].sort()).toEqual([...features].sort());
  });
});
