// The small phrase language the status rules are written in, compiled to regular
// expressions over lower-cased text. A rule reads like the words it looks for:
//   `не розпочат*|розпочина*`  «не», then a word beginning розпочат or розпочина
//   `кошти* … не передбач*`     words of one sentence with a gap between them
//   `^ відсутн* фінансуванн*`   only at the start of a sentence
//   `*тиметься`                 a word ending so (future tense)
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
};

/** A gap inside one sentence: up to 100 characters, never across . ! ? */
const GAP = '[^.!?]{0,100}?';
const SENTENCE_START = '(?<=^|[.!?]\\s*)';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function alternative(word: string): string {
  const named = /^<(.+)>$/.exec(word);
  if (named) {
    const source = NAMED[named[1] as string];
    if (source === undefined) throw new Error(`unknown named piece ${word}`);
    return source;
  }
  const prefix = word.startsWith('*') ? REST : '';
  const stem = word.replace(/^\*|\*$/g, '');
  const suffix = word.endsWith('*') ? REST : `(?!${LETTER})`;
  return `${prefix}${escape(stem)}${suffix}`;
}

function wordSource(token: string): string {
  const alternatives = token.split('|').map(alternative);
  const body = alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
  return /^[<*]/.test(token) ? body : `${NOT_AFTER_LETTER}${body}`;
}

/** One phrase as a regular expression source. */
export function phraseSource(phrase: string): string {
  const tokens = phrase.trim().split(/\s+/);
  let source = '';
  let separator = '';
  for (const token of tokens) {
    if (token === '^') {
      source += SENTENCE_START;
    } else if (token === '…') {
      source += `\\s*${GAP}`;
      separator = '\\s*';
      continue;
    } else {
      source += separator + wordSource(token);
    }
    separator = token === '^' ? '' : '\\s+';
  }
  return source;
}

/** Refuses a match that follows one of `words` within `window` words: «не», «ні», «без» before a verb. */
export function notAfterSource(words: readonly string[], window: number): string {
  const alternatives = words.map(escape).join('|');
  return `(?<!${NOT_AFTER_LETTER}(?:${alternatives})\\s+(?:${LETTER}+\\s+){0,${window - 1}})`;
}

export interface PhraseRule {
  needs: readonly string[];
  notAfter?: readonly string[];
}

/** The rule's phrases as one pattern: any of them, not after the words it must not follow. */
export function compileRule(rule: PhraseRule, window = 2): RegExp {
  const guard = rule.notAfter && rule.notAfter.length > 0 ? notAfterSource(rule.notAfter, window) : '';
  const any = rule.needs.map(phraseSource).join('|');
  return new RegExp(`${guard}(?:${any})`, 'u');
}
