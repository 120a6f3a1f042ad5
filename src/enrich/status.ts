// A measure's status, read from its execution text by an ordered table of rules:
// the first rule whose phrase occurs decides, and the measure records which rule
// fired and the phrase it matched, so a reader can see why. Order matters: a text
// saying both «Проведено конкурс» and «укладаються договори» is in progress,
// and «Заплановано … Укладено договір, триває виконання робіт» too.
import type { MeasureStatus } from '../model/schema.js';

export interface StatusRule {
  id: string;
  status: MeasureStatus;
  /** Matched against the lower-cased execution text. */
  pattern: RegExp;
  description: string;
}

// Patterns run on the lower-cased text, over an explicit alphabet: far smaller
// automata than case-insensitive \p{L}, which matters at 50,000 measures.
const L = "a-zа-яіїєґёъыэ'’ʼ";
const W = `[${L}]*`; // the rest of a word (Ukrainian inflections)
const rx = (source: string) => new RegExp(source.replace(/\\p\{L\}/g, L), 'u');

export const STATUS_RULES: readonly StatusRule[] = [
  { id: 'not-funded.no-budget', status: 'not_funded', pattern: rx(`кошти${W}\\s[^.]*?не\\s+(?:передбачен${W}|виділял${W}|виділен${W})`), description: 'Кошти … не передбачені / не виділялись' },
  { id: 'not-funded.no-cofinancing', status: 'not_funded', pattern: rx(`відсутн${W}\\s+співфінансуванн${W}`), description: 'Відсутнє співфінансування' },
  { id: 'cancelled.inexpedient', status: 'cancelled', pattern: rx(`недоцільн${W}`), description: 'Реалізація заходу є недоцільною' },
  { id: 'suspended.paused', status: 'suspended', pattern: rx(`(?<![\\p{L}])(?:при)?зупинен${W}`), description: 'призупинено, зупинено (e.g. у зв’язку з воєнним станом)' },
  { id: 'not-started.not-begun', status: 'not_started', pattern: rx(`не\\s+(?:розпочат${W}|розпочина${W}|проводил${W}|проводять${W}|проводи${W}|здійснювал${W}|надходил${W}|реалізовувал${W})`), description: 'не розпочато, не проводився, не здійснювалось' },
  { id: 'completed.percent-100', status: 'completed', pattern: rx(`виконання\\s+робіт\\s+становить\\s+100(?:[,.]0+)?\\s*%`), description: 'Рівень виконання робіт становить 100%' },
  { id: 'in-progress.ongoing', status: 'in_progress', pattern: rx(`(?<![\\p{L}])(?:трива${W}|продовжу${W}|здійснюєт${W}|проводит${W}|розробляєт${W}|завершуют${W}|укладают${W}|вживают${W}|забезпечуєт${W}|поновлюєт${W}|надаєт${W}|надают${W}|розпочато|виконуют${W}|ведеться|рівень\\s+виконання\\s+робіт\\s+становить)`), description: 'триває, продовжуються, здійснюється, розробляється, завершуються, розпочато' },
  { id: 'in-progress.partial', status: 'in_progress', pattern: rx(`(?<![\\p{L}])частков${W}`), description: 'частково виконано, проведено частковий збір: begun, not finished' },
  { id: 'planned.scheduled', status: 'planned', pattern: rx(`(?:заплановано|планується|буде\\s+(?:реалізовано|здійснено|проведено)|очікується)`), description: 'заплановано, планується, буде реалізовано, очікується' },
  {
    id: 'not-completed.negated',
    status: 'not_completed',
    pattern: rx(`(?<![\\p{L}])не\\s+(?:було\\s+)?(?:виконан${W}|проведен${W}|укладен${W}|завершен${W}|придбан${W}|відбул${W}|відбув${W}|здійснен${W}|реалізован${W}|встановлен${W}|отриман${W}|надан${W}|виготовлен${W}|облаштован${W}|розроблен${W}|затверджен${W}|побудован${W}|відремонтован${W})`),
    description: 'не виконано, не проведено, не укладено, не завершено, не придбано, не відбувся: due and not done',
  },
  { id: 'completed.done', status: 'completed', pattern: rx(`(?<![\\p{L}])(?:завершен${W}|завершено|виконано|проведено|встановлено|придбано|надано|виплачено|облаштовано|виготовлено|реконструйовано|забезпечено|відзначено|укладено|отримал${W}|надавал${W}|створено|реалізовано|розроблено|підготовлено|затверджено|сплачено|вакциновано|стерилізовано|вивезено|поширено|розміщ${W}|висвітлю${W}|актуалізу${W}|організовано|прийнято|делеговано|передано|залучено|здійснено)`), description: 'завершено, виконано, проведено, встановлено, придбано, надано, …' },
];

export interface StatusResult {
  status: MeasureStatus;
  statusRule: string;
  statusPhrase: string | null;
}

export function measureStatus(execution: string): StatusResult {
  if (execution.trim() === '') return { status: 'unknown', statusRule: 'unknown.empty', statusPhrase: null };
  const lower = execution.toLowerCase();
  // The phrase is cut from the original text; lower-casing keeps positions unless a
  // letter changes length (rare outside Turkish İ), and then the lower-case phrase is given.
  const samePositions = lower.length === execution.length;
  for (const rule of STATUS_RULES) {
    const m = rule.pattern.exec(lower);
    if (m) return { status: rule.status, statusRule: rule.id, statusPhrase: samePositions ? execution.slice(m.index, m.index + m[0].length) : m[0] };
  }
  return { status: 'unknown', statusRule: 'unknown.no-match', statusPhrase: null };
}
