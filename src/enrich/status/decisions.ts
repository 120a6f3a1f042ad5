// The decision table: a clause's status from what its rule read (the predicate and
// whether it is negated: rules.ts) and what else the clause says — the degree
// («2 з 5», «100 %»), what the predicate is about (applications that did not come), why
// (for want of money, for the war) and how often («щомісяця»). The first decision whose
// conditions all hold gives the status; where none does, the rule's own status stands.
// Each decision carries valid examples (it decides them) and invalid ones (it does not).
import type { MeasureStatus } from '../../model/schema.js';
import { compileRule, firstMatch, type PhraseRule } from './phrases.js';
import type { Predicate } from './rules.js';

export type Feature =
  | 'partial'
  | 'full'
  | 'applications'
  | 'for-want-of-money'
  | 'for-the-war'
  | 'regularly'
  | 'more'
  | 'temporarily';

/** Each feature by the words that show it in a clause (the phrase language of phrases.ts). */
export const FEATURE_PHRASES: Readonly<Record<Feature, PhraseRule>> = {
  // «частково», «частковий збір»; not «часткова компенсація» (a kind of payment, paid in full).
  partial: { needs: ['частково|частковий', 'не в|у повному обсязі', 'половин*|третин*|чверт*'] },
  full: { needs: ['<100%>', 'в|у повному обсязі'], notAfter: ['не'] },
  // Applications as what did not come («заявок не подано»), not as a reason («через відсутність заявок»).
  applications: {
    needs: [
      'заявок|заявки|заяв|звернень|запитів|пропозицій|претендентів|кандидатів|учасників|охочих|клопотань ‥ не|ні',
      // The subject first in its sentence, however long what stands between.
      '^ заявок|звернень|запитів|пропозицій|клопотань … не|ні',
    ],
    // «через відсутність учасників»: a reason, not what did not come.
    notAfter: ['відсутність', 'відсутності', 'брак', 'нестачу'],
  },
  temporarily: { needs: ['тимчасово'] },
  'for-want-of-money': {
    needs: [
      "через|оскільки|зв'язку|зв’язку|звʼязку … відсутн*|брак*|нестач*|недостатн* " +
        'кошти|коштів|фінансуванн*|співфінансуванн*|асигнуванн*',
      'через брак*|нестач* бюджетних|бюджетного кошти|коштів|фінансуванн*',
      'не забезпечил* … співфінансуванн*',
    ],
  },
  'for-the-war': { needs: ['*воєнн*', 'військов* стан*|агресі*', 'бойових дій', 'обстріл*|перемог*'] },
  // More of the same later («ще 8 км»): a new scope, not the rest of this one.
  more: {
    needs: ["ще|додатково ‥ <number>|один|одна|одне|два|дві|три|чотири|п’ять|п'ять", 'наступн*|нового|новий|новим'],
  },
  regularly: {
    needs: [
      'щомісяця|щомісячно|щоквартально|щокварталу|щороку|щорічно|щотижня|щотижнево|щоденно|щодня|регулярно|постійно',
      'щомісячн*|щоквартальн*|щорічн*|щотижнев*|щоденн*',
      'періодичн*',
    ],
  },
};

/** «2 з 5 семінарів»: fewer done than there are, a part of the work. */
// Started only at a number's first group: from each later group the grouped digits would be read again.
const PART_OF_COUNT =
  /(?<![\d,.]|\d\s)(\d{1,3}(?:\s\d{3})*)\s+(?:[\p{L}'’ʼ]+\s+){0,2}(?:з|із|зі)\s+(\d{1,3}(?:\s\d{3})*)(?![\d,.])/u;

/** A finder of the features a lower-cased clause shows, over a feature table (the shipped one, or a mutant). */
export function featureFinder(
  phrases: Readonly<Record<Feature, PhraseRule>> = FEATURE_PHRASES,
): (lower: string) => Set<Feature> {
  const compiled = Object.entries(phrases).map(([feature, rule]) => [feature as Feature, compileRule(rule)] as const);
  return (lower) => {
    const found = new Set<Feature>();
    for (const [feature, rule] of compiled) if (firstMatch(rule, lower) !== null) found.add(feature);
    const count = PART_OF_COUNT.exec(lower);
    const [done, all] = count ? [count[1], count[2]].map((n) => Number(n?.replace(/\s/gu, ''))) : [0, 0];
    if (done !== undefined && all !== undefined && done > 0 && done < all) found.add('partial');
    const share = PERCENT_OF_WHOLE.exec(lower);
    if (share && Number((share[1] as string).replace(',', '.')) < 100) found.add('partial');
    return found;
  };
}

/** «63 % вартості договору», «42 % передбачених коштів»: a share of the whole done, below all of it. */
const WHOLES = String.raw`вартості\s+договору|обсягу|кошторис\p{L}*|запланован\p{L}*|передбачен\p{L}*|річного`;
const PERCENT = String.raw`(\d{1,3}(?:[,.]\d+)?)\s*(?:%|відсот\p{L}*)`;
const PERCENT_OF_WHOLE = new RegExp(String.raw`${PERCENT}\s+(?:від\s+)?(?:${WHOLES})`, 'u');

/** The features a lower-cased clause shows. */
export const featuresOf = featureFinder();

export interface Decision {
  id: string;
  /** The status given; null where the rule's own status stands and only its confidence changes. */
  status: MeasureStatus | null;
  /** What the rule read. */
  predicate: readonly Predicate[];
  negated?: boolean;
  /** Features the clause must show (all of them), and those it must not. */
  with: readonly Feature[];
  without?: readonly Feature[];
  /** Where the words leave two statuses open: a warning says the status is a guess. */
  confidence?: 'low';
  description: string;
  examples: { valid: readonly string[]; invalid: readonly string[] };
}

export const DECISIONS: readonly Decision[] = [
  {
    id: 'not-started.nothing-came',
    status: 'not_started',
    predicate: ['done', 'fund'],
    negated: true,
    with: ['applications'],
    description: 'заявок не подано, звернень не було: nothing to begin with',
    examples: {
      valid: [
        'Охочих узяти участь не знайшлося',
        'Кандидатів на премію не висунуто',
        'Претендентів на стипендію не було',
      ],
      invalid: ['Конкурс не проведено через відсутність заявок'],
    },
  },
  {
    id: 'not-done.for-want-of-money',
    status: null,
    predicate: ['done', 'begin', 'finish'],
    negated: true,
    with: ['for-want-of-money'],
    // With the war beside the money, neither is the one reason: the predicate stands, sure.
    without: ['for-the-war'],
    // Not done (or not begun) and not funded both apply: the status is the work's, a guess.
    confidence: 'low',
    description: 'не виконано через відсутність коштів: not done, for want of money (not_funded applies too)',
    examples: {
      valid: ['Захід не реалізовано через відсутність коштів у бюджеті'],
      invalid: [
        'Захід не реалізовано через відсутність підрядника',
        "Роботи не розпочато у зв'язку з воєнним станом та відсутністю співфінансування",
      ],
    },
  },
  {
    id: 'suspended.postponed-for-the-war',
    status: 'suspended',
    predicate: ['postpone'],
    with: ['for-the-war'],
    description: 'перенесено на післявоєнний період / у зв’язку з воєнним станом: postponed, not rescheduled',
    examples: {
      valid: ['Проведення фестивалю перенесено на післявоєнний період'],
      invalid: ['Проведення фестивалю перенесено на грудень'],
    },
  },
  {
    id: 'suspended.temporarily-not-done',
    status: 'suspended',
    predicate: ['begin', 'done'],
    negated: true,
    with: ['temporarily'],
    description: 'тимчасово не здійснюються: stopped for a time',
    examples: {
      valid: ['Заходи тимчасово не здійснюються у зв’язку з воєнним станом'],
      invalid: ['Заходи не здійснюються'],
    },
  },
  {
    id: 'in-progress.part-done',
    status: 'in_progress',
    predicate: ['done'],
    negated: false,
    with: ['partial'],
    description: 'проведено 2 з 5 семінарів, виконано частково: part of the work done',
    examples: { valid: ['Проведено 2 з 5 запланованих семінарів'], invalid: ['Проведено 5 з 5 семінарів'] },
  },
  {
    id: 'completed.percent-after-dash',
    status: 'completed',
    predicate: ['progress'],
    with: ['full'],
    confidence: 'low',
    description: 'Ремонт харчоблоку — 100 %: all of the work, given without a verb',
    examples: { valid: ['Ремонт харчоблоку — 100 %'], invalid: ['Ремонт харчоблоку — 60 %'] },
  },
  {
    id: 'completed.regular-service',
    status: 'completed',
    predicate: ['ongoing'],
    negated: false,
    with: ['regularly'],
    description: 'щомісяця здійснюється виплата: a service that recurs, delivered in the period',
    examples: {
      valid: ['Щомісяця проводиться консультування підприємців'],
      invalid: ['Проводиться ремонт покрівлі'],
    },
  },
];

export interface Reading {
  predicate: Predicate;
  negated: boolean;
}

/** The first decision whose conditions the reading and the clause's features meet; null when none. */
export function decisionFor(
  reading: Reading,
  features: ReadonlySet<Feature>,
  decisions: readonly Decision[] = DECISIONS,
): Decision | null {
  return (
    decisions.find(
      (d) =>
        d.predicate.includes(reading.predicate) &&
        (d.negated === undefined || d.negated === reading.negated) &&
        d.with.every((f) => features.has(f)) &&
        !d.without?.some((f) => features.has(f)),
    ) ?? null
  );
}
