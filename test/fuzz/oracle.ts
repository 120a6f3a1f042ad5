// What the property tests compare against, computed independently of the tool:
// the words a reader sees in the input (HTML text per cell, by parse5, the spec's
// parser) and the words in the output.
import { parseFragment } from 'parse5';

type Node = { nodeName: string; value?: string; childNodes?: Node[]; content?: Node };

// Block elements break words apart; inline ones (<b>, <a>) do not: «Завдання<b>Пріоритет» is one word on screen.
const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
]);

function textOf(node: Node, out: string[]): void {
  const block = BLOCKS.has(node.nodeName);
  if (block) out.push(' ');
  if (node.nodeName === '#text' && node.value !== undefined) out.push(node.value);
  for (const child of node.childNodes ?? []) textOf(child, out);
  if (node.content) textOf(node.content, out);
  if (block) out.push(' ');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text export: each line split on TAB, each cell read as an HTML fragment. */
export function inputWords(text: string): string[] {
  const words: string[] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    for (const cell of line.split('\t')) {
      const parts: string[] = [];
      textOf(parseFragment(cell) as unknown as Node, parts);
      words.push(...(parts.join('').match(WORD) ?? []));
    }
  }
  return words;
}

export function outputWords(json: unknown): string[] {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(json);
  return strings.join(' ').match(WORD) ?? [];
}

const LETTER = /[\p{L}\p{N}]/gu;

/**
 * Letters and digits of the input (HTML text per cell) missing from the output,
 * counting repeats. Where markup meets text, parsers may draw word boundaries
 * differently (`слово</p>4`, markdown `**` between words), so for marked-up input
 * the check is on characters: none may be lost.
 */
export function missingLetters(text: string, json: unknown): string[] {
  const have = outputWords(json).join('').match(LETTER) ?? [];
  return missingWords(inputWords(text).join('').match(LETTER) ?? [], have);
}

/** Words of `want` missing from `have`, counting repeats. */
export function missingWords(want: readonly string[], have: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const w of have) count.set(w, (count.get(w) ?? 0) + 1);
  const missing: string[] = [];
  for (const w of want) {
    const n = count.get(w) ?? 0;
    if (n === 0) missing.push(w);
    else count.set(w, n - 1);
  }
  return missing;
}
