// The small phrase language the status rules are written in, compiled to regular
// expressions over lower-cased text. A rule reads like the words it looks for:
//   `не розпочат*|розпочина*`  «не», then a word beginning розпочат or розпочина
//   `кошти* … не передбач*`     words of one sentence with a gap between them
//   `заявок ‥ не`                the same within one phrase: no comma or semicolon between
//   `^ відсутн* фінансуванн*`   only at the start of a sentence
//   `*тиметься`                 a word ending so (future tense)
//   `виконан~`                  a past passive form of the stem, any gender or number
//                               (виконано, виконана, виконані, виконаний), not the noun виконання
//                               nor an attribute (виконаних)
//   `<percent>`, `<100%>`, `<year>` named pieces (below)
// Every word must start at a word boundary: «не» never matches inside «нежитлове».

// Patterns run over an explicit alphabet: far smaller automata than case-insensitive
// \p{L}, which matters at 50,000 measures.
const LETTERS = "a-zа-яіїєґёъыэ'’ʼ";
const LETTER = `[${LETTERS}]`;
const REST = `${LETTER}*`;
const NOT_AFTER_LETTER = `(?<!${LETTER})`;

const NAMED: Readonly<Record<string, string>> = {
  percent: `\\d{1,3}(?:[,.]\\d+)?\\s*(?:%|відсот${LETTER}*)`,
  '100%': `100(?:[,.]0+)?\\s*(?:%|відсот${LETTER}*)`,
  year: '(?:19|20)\\d{2}',
  month: `(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)${LETTER}*`,
  number: '\\d+(?:[,.]\\d+)?',
  date: '\\d{1,2}\\.\\d{1,2}\\.(?:19|20)?\\d{2}',
  'zero-sum': `0(?:[,.]0+)?\\s*(?:тис|грн|млн)`,
};

/**
 * The endings of a past passive participle in the nominative, and of the impersonal
 * form: `~` in a phrase. The other cases are attributes («затверджених рішенням»), never
 * what the text says of the work.
 */
const PARTICIPLE_ENDINGS = 'о|а|е|і|ий';

/** A gap inside one sentence: up to 160 characters, never across . ! ? */
const GAP = '[^.!?]{0,160}?';
/** A short gap inside one phrase: up to 80 characters, never across a comma or a semicolon either. */
const SHORT_GAP = '[^.!?,;]{0,80}?';
const SENTENCE_START_BEFORE = '(?:^|[.!?]\\s*)';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function alternative(word: string): string {
  const named = /^<(.+)>$/.exec(word);
  if (named) {
    const source = NAMED[named[1] as string];
    if (source === undefined) throw new Error(`unknown named piece ${word}`);
    return source;
  }
  const prefix = word.startsWith('*') ? REST : '';
  const stem = word.replace(/^\*|[*~]$/g, '');
  const ending = word.endsWith('~') ? `(?:${PARTICIPLE_ENDINGS})` : '';
  const suffix = word.endsWith('*') ? REST : `${ending}(?!${LETTER})`;
  return `${prefix}${escapeRegExp(stem)}${suffix}`;
}

/** What follows a word's letters: any letters (`*`), a participle's ending (`~`), or the word's end. */
const tailOf = (word: string): string =>
  word.endsWith('*') ? REST : `${word.endsWith('~') ? `(?:${PARTICIPLE_ENDINGS})` : ''}(?!${LETTER})`;

/**
 * Words as a trie of their letters: the engine follows one branch per letter instead of
 * trying every word of a long list in turn. Each word runs to its word's end whichever
 * branch matches, so the order of branches changes no match.
 */
function trieSource(entries: ReadonlyArray<{ letters: string; tail: string }>): string {
  const branches = new Set<string>();
  const byFirst = new Map<string, Array<{ letters: string; tail: string }>>();
  for (const e of entries) {
    if (e.letters === '') branches.add(e.tail);
    else byFirst.set(e.letters[0] as string, [...(byFirst.get(e.letters[0] as string) ?? []), e]);
  }
  for (const [first, group] of byFirst)
    branches.add(escapeRegExp(first) + trieSource(group.map((e) => ({ letters: e.letters.slice(1), tail: e.tail }))));
  return branches.size === 1 ? ([...branches][0] as string) : `(?:${[...branches].join('|')})`;
}

/** A word that begins with letters (not `*…`, not a named piece) goes into the trie. */
const inTrie = (word: string): boolean => !word.startsWith('*') && !word.startsWith('<');
/** Endings only (`*ано`): one scan of the word, then the endings, not one scan each. */
const endingOnly = (word: string): boolean => word.startsWith('*') && !/[*~]$/.test(word);

function wordSource(token: string): string {
  const words = token.split('|');
  const trie = words.filter(inTrie).map((w) => ({ letters: w.replace(/[*~]$/, ''), tail: tailOf(w) }));
  const endings = words.filter(endingOnly).map((w) => escapeRegExp(w.slice(1)));
  const alternatives = [
    ...(trie.length > 0 ? [trieSource(trie)] : []),
    ...(endings.length > 0 ? [`${REST}(?:${endings.join('|')})(?!${LETTER})`] : []),
    ...words.filter((w) => !inTrie(w) && !endingOnly(w)).map(alternative),
  ];
  const body = alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
  // Every word starts at a word boundary, also `*тиметься`: anchoring cuts the positions tried.
  return token.startsWith('<') ? body : `${NOT_AFTER_LETTER}${body}`;
}

/** One phrase as a regular expression source. */
export function phraseSource(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/);
  let source = '';
  let separator = '';
  let atSentenceStart = false;
  for (const token of tokens) {
    if (token === '^') {
      atSentenceStart = true;
      continue;
    }
    if (token === '…' || token === '‥') {
      source += `\\s*${token === '…' ? GAP : SHORT_GAP}`;
      separator = '\\s*';
      continue;
    }
    const word = wordSource(token);
    // The sentence start is checked behind the word once it has matched: a lookbehind
    // tried at every position of every text costs more than all the rules together.
    source += separator + (atSentenceStart ? `${word}(?<=${SENTENCE_START_BEFORE}${word})` : word);
    atSentenceStart = false;
    separator = '\\s+';
  }
  return source;
}

/**
 * The words a match must not follow, as a pattern for the text just before it:
 * «не», «ні», «без» up to `window` words back. Checked after a phrase has matched,
 * not as a lookbehind tried at every position.
 */
export function notAfterPattern(words: readonly string[], window: number, rightAfter: readonly string[] = []): RegExp {
  const near = `${NOT_AFTER_LETTER}(?:${words.map(escapeRegExp).join('|')})\\s+(?:${LETTER}+\\s+){0,${window - 1}}$`;
  const right = `${NOT_AFTER_LETTER}(?:${rightAfter.map(escapeRegExp).join('|')})\\s+$`;
  // Only the lists given: an empty one would refuse every match after a space.
  return new RegExp(
    [words.length > 0 ? near : null, rightAfter.length > 0 ? right : null].filter(Boolean).join('|'),
    'u',
  );
}

export interface PhraseRule {
  needs: readonly string[];
  notAfter?: readonly string[];
  /** Words a match must not follow at once: a preposition makes a participle an attribute («у встановлений термін»). */
  notRightAfter?: readonly string[];
}

export interface CompiledPhrases {
  /** Any of the rule's phrases (global: matching resumes after a refused match). */
  pattern: RegExp;
  /** The text before a match must not match this; null when the rule has no such words. */
  notAfter: RegExp | null;
}

export function compileRule(rule: PhraseRule, window = 2): CompiledPhrases {
  const words = [...(rule.notAfter ?? []), ...(rule.notRightAfter ?? [])];
  const notAfter = words.length > 0 ? notAfterPattern(rule.notAfter ?? [], window, rule.notRightAfter) : null;
  return { pattern: new RegExp(rule.needs.map(phraseSource).join('|'), 'gu'), notAfter };
}

/** How far back the words before a match are read: more than `window` long words. */
const LOOK_BACK = 80;

/** The first match of the rule's phrases in lower-cased text that does not follow a refused word. */
export function firstMatch(compiled: CompiledPhrases, lower: string): RegExpExecArray | null {
  const { pattern, notAfter } = compiled;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
    if (notAfter === null || !notAfter.test(wordsBefore(lower, m.index))) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/** Every match of the rule's phrases in lower-cased text that does not follow a refused word, in order. */
export function* allMatches(compiled: CompiledPhrases, lower: string): Generator<RegExpExecArray> {
  const { pattern, notAfter } = compiled;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
    // A refused match is tried again one place on, as firstMatch does.
    if (notAfter?.test(wordsBefore(lower, m.index))) pattern.lastIndex = m.index + 1;
    else yield m;
  }
}

/** The text before `index`, starting at a word boundary. */
function wordsBefore(text: string, index: number): string {
  const from = Math.max(0, index - LOOK_BACK);
  const before = text.slice(from, index);
  return from === 0 ? before : before.slice(before.search(/\s/u) + 1);
}
