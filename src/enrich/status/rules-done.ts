// The rules that read what happened or will: done (to 100 %), going on, partly done,
// contracted, procured, a service delivered, planned, postponed. Ordered in rules.ts.
import {
  DONE_VERBS,
  FUTURE,
  IMPERSONAL,
  NEGATIONS,
  ONGOING_VERBS,
  PREPOSITIONS,
  RELATIVES,
  SERVICE_VERBS,
} from './lexicon.js';
import type { StatusRuleSpec } from './rules.js';

export const completedPercent100: StatusRuleSpec = {
  id: 'completed.percent-100',
  status: 'completed',
  predicate: 'done',
  negated: false,
  description: 'Рівень виконання робіт становить 100%, виконано на 100%',
  needs: [
    'рівень виконання робіт становить <100%>',
    'виконання|готовність|готовності … становить|складає|сягає|—|–|- <100%>',
    `${DONE_VERBS} на|у <100%>`,
    `${DONE_VERBS} <100%>`,
    'готовність … <100%>',
  ],
  examples: {
    valid: ['Рівень виконання робіт становить 100,0 %', 'Роботи виконані на 100 %'],
    invalid: ['Рівень виконання робіт становить 81,0%'],
  },
};

export const inProgressOngoing: StatusRuleSpec = {
  id: 'in-progress.ongoing',
  status: 'in_progress',
  predicate: 'ongoing',
  negated: false,
  description:
    'триває, продовжуються, здійснюється, розробляється, ' +
    'завершуються, розпочато, виконано на N %, на стадії реалізації',
  needs: [
    ONGOING_VERBS,
    // «реалізується» only of the measure itself: partners' programmes «що … реалізується» are not it.
    'захід|заходи|проєкт|проект|проєкти реалізуєт*|реалізуют*',
    'рівень виконання робіт становить',
    'виконання|готовність|готовності … становить|складає|сягає <percent>',
    `${DONE_VERBS} на <percent>`,
    'виконано <percent>',
    'готовність … <percent>',
    'освоєно <percent>',
    'на|у|в стадії|етапі|фазі',
    'в|у процесі|роботі',
    'на доопрацювання|доопрацюванні',
    'активн* фаз*|стаді*',
    'на розгляді|погодженні|експертизі|опрацюванні',
    // Sent for review or under it: the work goes on elsewhere.
    'направлено|передано|подано на ‥ експертизу|погодження|розгляд',
    // An application sent: the answer is awaited.
    'подано|направлено заявку|заявки|пакет',
    'перебуває|перебувають на|у',
  ],
  notAfter: [...NEGATIONS, ...RELATIVES, ...FUTURE],
  examples: {
    valid: ['Тривають будівельно-монтажні роботи', 'Роботи виконано на 70%', 'Розпочато роботи'],
    invalid: ['Реконструкцію не розпочато', 'Роботи виконано', 'Розроблення планується розпочати у 2024 році'],
  },
};

export const inProgressPartial: StatusRuleSpec = {
  id: 'in-progress.partial',
  status: 'in_progress',
  predicate: 'partial',
  negated: false,
  description: 'частково виконано, проведено частковий збір: begun, not finished',
  needs: ['частково|частковий', 'не в повному обсязі'],
  examples: {
    valid: ['Роботи виконано частково', 'Роботи виконано не в повному обсязі'],
    invalid: ['Роботи виконано', 'Роботи виконано в повному обсязі'],
  },
};

export const inProgressContractSigned: StatusRuleSpec = {
  id: 'in-progress.contract-signed',
  status: 'in_progress',
  predicate: 'contract',
  negated: false,
  description: 'Укладено договір на виконання робіт / на придбання: the works are contracted, not yet done',
  needs: ['укладено договір|договори|договору ‥ на', 'приступив|приступили'],
  notAfter: [...NEGATIONS, ...FUTURE],
  examples: {
    valid: ['Укладено договір на придбання та встановлення зупинок'],
    invalid: ['Укладено договір оренди земельної ділянки'],
  },
};

export const inProgressProcurement: StatusRuleSpec = {
  id: 'in-progress.procurement',
  status: 'in_progress',
  predicate: 'procure',
  negated: false,
  description: 'Оголошено тендер / закупівлю / торги: the purchase is under way, not yet made',
  // The participle, not the noun: «Оголошення тендеру заплановано» is a plan.
  needs: [
    'оголошено|оголошений|оголошена|оголошені тендер*|закупівл*|торги|процедур*',
    'оголошено|оголошені відкриті|повторні|нові|спрощену|публічну торги|закупівлю|закупівлі|тендер',
    // Object first, next to its verb: «Тендер … буде оголошено» is a plan.
    'тендер*|закупівл*|торги|процедур* оголошено|оголошений|оголошена|оголошені',
  ],
  notAfter: [...NEGATIONS, ...FUTURE],
  examples: {
    valid: ['Оголошено тендер на закупівлю робіт', 'Оголошено процедуру закупівлі', 'Закупівлю оголошено повторно'],
    invalid: ['Оголошено конкурс проєктів і визначено переможців', 'Оголошення тендеру заплановано на травень'],
  },
};

export const completedService: StatusRuleSpec = {
  id: 'completed.service',
  status: 'completed',
  predicate: 'serve',
  negated: false,
  description: 'надається, забезпечується, висвітлюється, поновлюється: a continuing service delivered',
  needs: [SERVICE_VERBS],
  notAfter: [...NEGATIONS, ...FUTURE],
  examples: { valid: ['Щомісячно надається грошова допомога 56 особам'], invalid: ['Допомога не надається'] },
};

export const plannedScheduled: StatusRuleSpec = {
  id: 'planned.scheduled',
  status: 'planned',
  predicate: 'plan',
  negated: false,
  description:
    'заплановано, планується, буде реалізовано, очікується, відбудеться, пройде, передбачено у 2025 році, ' +
    'призначено на жовтень',
  needs: [
    'заплановано|планує*|планують*|передбачаєт*|очікуєт*|відбудет*|відбудут*|розпочнет*|розпочнут*|' +
      '*тиметься|*тимуться|*тиме|*тимуть|*тимемо',
    'пройде|пройдуть|стартує|стартують',
    'висадить|проведе|встановить|відкриє|розпочне|завершить|придбає|облаштує|відремонтує',
    'передбачено|заплановано|намічено після|до',
    // A plan with its verb: «передбачено провести», and the perfective future of «we».
    'передбачено|заплановано|намічено провести|здійснити|придбати|виконати|розпочати|завершити|облаштувати|' +
      'встановити|реалізувати|оголосити|укласти|розробити|відкрити|створити|побудувати|відремонтувати',
    'проведемо|встановимо|розпочнемо|завершимо|придбаємо|облаштуємо|відремонтуємо|збудуємо|відкриємо|створимо|' +
      'оголосимо|укладемо|виконаємо|розробимо|висадимо',
    'проведуть|розпочнуть|завершать|встановлять|відкриють|придбають|оголосять|облаштують|відремонтують',
    'початок|старт ‥ —|–|-|у|в|з … <month>|<date>|квартал*|<year>',
    // Put in the plan of works or the title list: scheduled.
    'включено|внесено до|в плану|планів|титулу|титульного',
    'буде|будуть',
    'передбачено|призначено|намічено у|в|на … <year>|<month>|кварталі|квартал|півріччі|півріччя',
  ],
  notAfter: [...NEGATIONS, ...RELATIVES],
  examples: {
    valid: [
      'Проведення асамблеї заплановано на листопад',
      'Захід буде реалізовано після надходження коштів',
      'Виконання заходу передбачено у IV кварталі',
    ],
    invalid: [
      'що сприятиме підвищенню рівня',
      'в рамках конкурсу, який буде реалізовувати ПРООН',
      'Всі заплановані заходи виконано',
    ],
  },
};

export const plannedPostponed: StatusRuleSpec = {
  id: 'planned.postponed',
  status: 'planned',
  predicate: 'postpone',
  negated: false,
  description: 'перенесено на грудень: a new date (postponed for the war it is suspended: decisions.ts)',
  needs: ['перенесено|перенесен* на|до'],
  notAfter: NEGATIONS,
  examples: {
    valid: ['Проведення заходу перенесено на грудень 2024 року'],
    invalid: ['Захід проведено у грудні'],
  },
};

export const completedDone: StatusRuleSpec = {
  id: 'completed.done',
  status: 'completed',
  predicate: 'done',
  negated: false,
  description: 'завершено, виконано, проведено, встановлено, придбано, надано, відбувся, …',
  needs: [DONE_VERBS, 'взяли|взято участь'],
  notAfter: [...NEGATIONS, ...FUTURE],
  notRightAfter: PREPOSITIONS,
  examples: {
    valid: ['Роботи з реконструкції завершені', 'Встановлено 9 відеокамер'],
    invalid: ['Ремонт не проведено', 'Обладнання не придбано'],
  },
};

export const plannedScheduledAttribute: StatusRuleSpec = {
  id: 'planned.scheduled-attribute',
  status: 'planned',
  predicate: 'plan',
  negated: false,
  // After the done rule: «заплановані на рік заходи виконано» is done, its plan an attribute.
  description: 'запланований на травень: a plan written as an attribute, where nothing is said done',
  needs: [
    'запланован* на|у|в|до|після',
    'передбачен~|намічен~|запланован~ у|в|на|наприкінці|до|після|протягом',
    'приурочено|приурочений|приурочена|приурочене до',
    'передбачено ‥ на|у|в <month>|кварталі|квартал',
  ],
  notAfter: [...NEGATIONS, ...RELATIVES],
  examples: {
    valid: ['Семінар запланований на травень'],
    invalid: ['Усі заплановані на 2023 рік заходи виконано'],
  },
};

export const inProgressPercentAfterDash: StatusRuleSpec = {
  id: 'in-progress.percent-after-dash',
  status: 'in_progress',
  predicate: 'progress',
  negated: false,
  description: 'Ремонт дороги — 60 %: a share of the work given after a dash, without a verb (a guess)',
  needs: ['—|–|- <percent>'],
  examples: {
    valid: ['Капітальний ремонт дороги — 60 %'],
    invalid: ['Капітальний ремонт дороги завершено'],
  },
};

export const completedImpersonalPast: StatusRuleSpec = {
  id: 'completed.impersonal-past',
  status: 'completed',
  predicate: 'done',
  negated: false,
  description: 'any other impersonal past verb (здано, закуплено, відкрито, висаджено): something was done',
  needs: [IMPERSONAL],
  notAfter: [...NEGATIONS, ...RELATIVES, ...FUTURE],
  examples: {
    valid: ['Здано в експлуатацію новий корпус', 'Відкрито 2 нові пункти прокату'],
    invalid: ['Договір з підрядником не підписано', 'Регулярно'],
  },
};

export const completedServiceDelivered: StatusRuleSpec = {
  id: 'completed.service-delivered',
  status: 'completed',
  predicate: 'serve',
  negated: false,
  description:
    'здійснюється / триває / продовжено виплату; центр розпочав роботу: a service delivered in the period, ' +
    'read before the works under way',
  needs: [
    'здійснюєт*|здійснюют*|продовжен~|продовжуєт*|продовжуют*|триває|тривають|проводит*|проводят* ' +
      'виплат*|доплат*|компенсаці*|надання',
    'розпочав|розпочала|розпочало|розпочали|почав|почала|почало|почали роботу|діяльність|функціонувати|працювати',
  ],
  notAfter: [...NEGATIONS, ...FUTURE],
  examples: {
    valid: ['Щомісяця здійснюється виплата компенсації 56 особам', 'Центр розпочав роботу 01.09.2023'],
    invalid: ['Здійснюється ремонт покрівлі', 'Підрядник розпочав роботи з демонтажу'],
  },
};

export const inProgressPresentPassive: StatusRuleSpec = {
  id: 'in-progress.present-passive',
  status: 'in_progress',
  predicate: 'ongoing',
  negated: false,
  // After the done rule: a present passive no list names (готується, розглядається), a guess.
  description: 'any other present passive (виготовляється, погоджується, розглядаються): under way, a guess',
  needs: ['*ється|*ються|*иться|*яться'],
  notAfter: [...NEGATIONS, ...RELATIVES, ...FUTURE],
  examples: {
    valid: ['Готується тендерна документація', 'Пропозиції розглядаються комісією'],
    invalid: ['Програма, що реалізується партнерами', 'Роботи не виконуються'],
  },
};
