// The status vocabulary and the ordered rules that read it from an execution text.
// The first rule whose phrase occurs decides. Each rule names the words it needs
// (in the phrase language of phrases.ts) and the words it must not follow: a
// completion verb after «не», «ні» or «без» means the opposite. The examples beside
// each rule are tested: `valid` must be decided by it, `invalid` must not.
import type { MeasureStatus } from '../../model/schema.js';

export interface StatusRuleSpec {
  id: string;
  status: MeasureStatus;
  description: string;
  needs: readonly string[];
  notAfter?: readonly string[];
  examples: { valid: readonly string[]; invalid: readonly string[] };
}

/** What each status means; the labelled corpus in test/corpora is labelled by these. */
export const STATUS_MEANINGS: Readonly<Record<MeasureStatus, string>> = {
  completed:
    'Done: a finished result, or a continuing service delivered in the period (payments made, information published)',
  in_progress:
    'Begun and not finished: works, procurement or development under way, partly done, or a percentage below 100',
  planned: 'Not begun and scheduled: a date, a future tense, or waiting for a contract or money that is expected',
  not_completed: 'Due in the period and did not take place: not done, not held, not bought, not signed',
  not_funded: 'No money: none provided in the budget, none allocated, no co-financing',
  suspended: 'Stopped or postponed after being approved, typically because of martial law',
  not_started: 'Has not begun, and nothing is under way: not begun, works are not being done, no applications came',
  cancelled: 'Will not be done: found inexpedient, removed from the programme, cancelled',
  unknown: 'The text does not say: empty, a reference elsewhere, or who is responsible without what was done',
};

const NEGATIONS = ['не', 'ні', 'без'];
/** Subordinate clauses describe purposes, not the measure: «що сприятиме», «який буде реалізовувати». */
const RELATIVES = ['що', 'який', 'яка', 'яке', 'які'];

const DONE_VERBS =
  'завершен*|виконано|проведен*|встановлено|придбано|надано|виплачено|облаштовано|виготовлено|реконструйовано|' +
  'відремонтовано|побудовано|забезпечено|відзначено|нагороджено|укладено|підписано|отримано|отримал*|надавал*|' +
  'створено|реалізовано|розроблено|підготовлено|затверджено|оновлено|сплачено|вакциновано|стерилізовано|вивезено|' +
  'поширено|розміщено|організовано|прийнято|передано|залучено|здійснено|введено|відбул*|відбувся';
const NOT_DONE_VERBS =
  'виконан*|проведен*|проводив*|проводил*|здійснен*|здійснював*|здійснювал*|укладен*|завершен*|придбан*|' +
  'відбул*|відбувся|реалізован*|' +
  'реалізовувал*|встановлен*|отриман*|надан*|виготовлен*|облаштован*|розроблен*|затверджен*|побудован*|' +
  'відремонтован*|виплачувал*|введен*|організовувал*|організован*';
const ONGOING_VERBS =
  'триває|тривають|тривала|тривали|тривало|продовжу*|продовженн*|здійснюєт*|здійснюют*|проводит*|' +
  'проводят*|розробляєт*|розробляют*|завершуют*|' +
  'укладают*|вживают*|виконуєт*|виконуют*|виконує|ведеться|ведуться|розпочато|розпочат*|поетапн*|' +
  'продовжен*|відбуваєт*|відбуваютьс*|етапі|здійснює|здійснюють|проводить|виконує|веде|ведуть';
const SERVICE_VERBS = 'надаєт*|надают*|забезпечуєт*|висвітлюєт*|поновлюєт*|актуалізуєт*|розміщуєт*|виплачуєт*';

/**
 * Ukrainian's impersonal past (здано, закуплено, відкрито, висаджено): something was
 * done. Five letters at least, so adverbs (рано, давно) stay out; it is the last rule.
 */
const IMPERSONAL = '*ано|*яно|*ено|*єно|*ито|*ято';

export const STATUS_RULES: readonly StatusRuleSpec[] = [
  {
    id: 'not-funded.no-budget',
    status: 'not_funded',
    description:
      'Кошти … не передбачені / не виділялись / не надходили; фінансування ' +
      'не передбачено; не фінансувався; відсутнє фінансування',
    needs: [
      'кошти* … не передбач*|виділ*|надход*',
      'фінансуванн* … не передбач*|здійсн*|здійснювал*',
      'кошти*|фінансуванн* … не було|були передбач*|виділ*',
      'не фінансува*|профінансова*',
      'бюджетні призначення … відсутн*',
      '^ відсутн* фінансуванн*|співфінансуванн*',
    ],
    examples: {
      valid: [
        'Кошти в місцевому бюджеті на реалізацію заходу не передбачені',
        'Відсутнє співфінансування з державного бюджету',
      ],
      invalid: [
        "Реконструкцію не розпочато у зв'язку з відсутністю співфінансування",
        'Проведено велопробіг без використання коштів',
      ],
    },
  },
  {
    id: 'cancelled.inexpedient',
    status: 'cancelled',
    description: 'Реалізація заходу є недоцільною; виключено з Програми; скасовано; відмовились',
    needs: ['недоцільн*', 'виключено|вилучено з програми|програм|переліку', 'скасовано|анульовано', 'відмовил*'],
    examples: { valid: ['Реалізація заходу є недоцільною.', 'Захід скасовано'], invalid: ['Захід виконано'] },
  },
  {
    id: 'suspended.paused',
    status: 'suspended',
    description: 'призупинено, зупинено, заморожено, відкладено (e.g. у зв’язку з воєнним станом)',
    needs: ['призупинен*|зупинен*|припинен*|заморожен*|відкладено|відкладен*'],
    notAfter: NEGATIONS,
    examples: {
      valid: ['Фінансування заходу призупинено', 'Роботи зупинено'],
      invalid: ['Роботи не зупинялись і тривають'],
    },
  },
  {
    id: 'not-started.not-begun',
    status: 'not_started',
    description: 'не розпочато, не розпочинались, не приступали, роботи не проводяться, заявок не надходило',
    needs: [
      'не розпочат*|розпочина*|приступал*|починал*|розпочинал*',
      'не проводят*|проводиться',
      'не надходил*|надходило',
    ],
    examples: {
      valid: ['Реконструкцію не розпочато', 'Заявок не надходило'],
      invalid: ['Конкурс не проводився', 'Розпочато роботи'],
    },
  },
  {
    id: 'in-progress.unfinished-percent',
    status: 'in_progress',
    description: 'не завершено, з відсотком виконаних робіт: begun, not finished',
    needs: ['не завершен* … <percent>'],
    examples: { valid: ['Будівництво не завершено, виконано 60% робіт'], invalid: ['Будівництво не завершено'] },
  },
  {
    id: 'completed.percent-100',
    status: 'completed',
    description: 'Рівень виконання робіт становить 100%, виконано на 100%',
    needs: ['рівень виконання робіт становить <100%>', 'виконано на|виконано <100%>', 'готовність … <100%>'],
    examples: {
      valid: ['Рівень виконання робіт становить 100,0 %'],
      invalid: ['Рівень виконання робіт становить 81,0%'],
    },
  },
  {
    id: 'in-progress.ongoing',
    status: 'in_progress',
    description:
      'триває, продовжуються, здійснюється, розробляється, ' +
      'завершуються, розпочато, виконано на N %, на стадії реалізації',
    needs: [
      ONGOING_VERBS,
      // «реалізується» only of the measure itself: partners' programmes «що … реалізується» are not it.
      'захід|заходи|проєкт|проект|проєкти реалізуєт*|реалізуют*',
      'рівень виконання робіт становить',
      'виконано на <percent>',
      'виконано <percent>',
      'готовність … <percent>',
      'освоєно <percent>',
      'на|у стадії реалізації|виконання',
    ],
    notAfter: NEGATIONS,
    examples: {
      valid: ['Тривають будівельно-монтажні роботи', 'Роботи виконано на 70%', 'Розпочато роботи'],
      invalid: ['Реконструкцію не розпочато', 'Роботи виконано'],
    },
  },
  {
    id: 'in-progress.partial',
    status: 'in_progress',
    description: 'частково виконано, проведено частковий збір: begun, not finished',
    needs: ['частков*', 'не в повному обсязі'],
    examples: {
      valid: ['Роботи виконано частково', 'Роботи виконано не в повному обсязі'],
      invalid: ['Роботи виконано', 'Роботи виконано в повному обсязі'],
    },
  },
  {
    id: 'in-progress.contract-signed',
    status: 'in_progress',
    description: 'Укладено договір на виконання робіт / на придбання: the works are contracted, not yet done',
    needs: ['укладено договір|договори|договору на', 'приступив|приступили'],
    notAfter: NEGATIONS,
    examples: {
      valid: ['Укладено договір на придбання та встановлення зупинок'],
      invalid: ['Укладено договір оренди земельної ділянки'],
    },
  },
  {
    id: 'in-progress.procurement',
    status: 'in_progress',
    description: 'Оголошено тендер / закупівлю / торги: the purchase is under way, not yet made',
    // The participle, not the noun: «Оголошення тендеру заплановано» is a plan.
    needs: ['оголошено|оголошений|оголошена|оголошені тендер*|закупівл*|торги|процедур*'],
    notAfter: NEGATIONS,
    examples: {
      valid: ['Оголошено тендер на закупівлю робіт', 'Оголошено процедуру закупівлі'],
      invalid: ['Оголошено конкурс проєктів і визначено переможців', 'Оголошення тендеру заплановано на травень'],
    },
  },
  {
    id: 'completed.service',
    status: 'completed',
    description: 'надається, забезпечується, висвітлюється, поновлюється: a continuing service delivered',
    needs: [SERVICE_VERBS],
    notAfter: NEGATIONS,
    examples: { valid: ['Щомісячно надається грошова допомога 56 особам'], invalid: ['Допомога не надається'] },
  },
  {
    id: 'planned.scheduled',
    status: 'planned',
    description: 'заплановано, планується, буде реалізовано, очікується, відбудеться, передбачено у 2025 році',
    needs: [
      'заплановано|планує*|планують*|передбачаєт*|очікуєт*|відбудет*|розпочнет*|розпочнут*|*тиметься',
      // «запланований на травень», not «заплановані заходи виконано» (an attribute of a done thing).
      'запланован* на|у|в|до|після',
      'перенесено|перенесен* на',
      'буде|будуть',
      'передбачено у|в|на <year>',
    ],
    notAfter: [...NEGATIONS, ...RELATIVES],
    examples: {
      valid: ['Проведення асамблеї заплановано на листопад', 'Захід буде реалізовано після надходження коштів'],
      invalid: [
        'що сприятиме підвищенню рівня',
        'в рамках конкурсу, який буде реалізовувати ПРООН',
        'Всі заплановані заходи виконано',
      ],
    },
  },
  {
    id: 'not-completed.negated',
    status: 'not_completed',
    description:
      'не виконано, не проведено, не проводився, не здійснювалось, не ' +
      'укладено, не завершено, не придбано, не відбувся: due and not done',
    needs: [
      `не|ні було|були|був|була ${NOT_DONE_VERBS}`,
      `не|ні ${NOT_DONE_VERBS}|${IMPERSONAL}`,
      `${DONE_VERBS} не було|були|був|була`,
      'не|ні *лося|*лася|*лись|*лися|*лось|*вся|*ися|*ли|*ла|*ло',
    ],
    examples: {
      valid: ['Ремонт не проведено', 'Не було проведено жодного засідання', 'Семінар не відбувся'],
      invalid: ['Ремонт проведено', 'Реконструкцію не розпочато'],
    },
  },
  {
    id: 'unknown.customer-delegated',
    status: 'unknown',
    description: 'Функції замовника передано / делеговано: says who does the works, not whether they were done',
    needs: ['функції замовника'],
    examples: {
      valid: ['Функції замовника реконструкції делеговано Департаменту'],
      invalid: ['Передано 10 генераторів'],
    },
  },
  {
    id: 'completed.done',
    status: 'completed',
    description: 'завершено, виконано, проведено, встановлено, придбано, надано, відбувся, …',
    needs: [DONE_VERBS, 'взяли|взято участь'],
    notAfter: NEGATIONS,
    examples: {
      valid: ['Роботи з реконструкції завершені', 'Встановлено 9 відеокамер'],
      invalid: ['Ремонт не проведено', 'Обладнання не придбано'],
    },
  },
  {
    id: 'completed.impersonal-past',
    status: 'completed',
    description: 'any other impersonal past verb (здано, закуплено, відкрито, висаджено): something was done',
    needs: [IMPERSONAL],
    notAfter: [...NEGATIONS, ...RELATIVES],
    examples: {
      valid: ['Здано в експлуатацію новий корпус', 'Відкрито 2 нові пункти прокату'],
      invalid: ['Договір з підрядником не підписано', 'Регулярно'],
    },
  },
];
