// Numbered lists of an OpenDocument file. Writer keeps a list item's number out of the
// text: it is drawn from the list style (`text:list-level-style-number`: format,
// prefix, suffix, start, levels shown) and the item's place among the items of lists
// of that style (a list continues the one before when it says so, as Word's numbering
// does across table cells). The number is written before the item's text, as the DOCX
// reader writes Word's automatic numbers.
import { letters, roman } from '../docx/numbering.js';

interface LevelStyle {
  format: string;
  prefix: string;
  suffix: string;
  start: number;
  display: number;
}

/** Deepest list level read (ODF has ten). */
const MAX_LEVEL = 10;
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщюя';

// By `style:num-format`; an empty format draws no number.
const FORMATS: ReadonlyMap<string, (n: number) => string> = new Map([
  ['1', String],
  ['i', roman],
  ['I', (n: number) => roman(n).toUpperCase()],
  ['a', (n: number) => letters(n, 'abcdefghijklmnopqrstuvwxyz')],
  ['A', (n: number) => letters(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase()],
  ['а', (n: number) => letters(n, CYRILLIC)],
  ['А', (n: number) => letters(n, CYRILLIC).toUpperCase()],
]);

const positive = (value: string | undefined, fallback: number): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1_000_000) : fallback;
};

export class OdfLists {
  // Maps: style names come from the input.
  private readonly styles = new Map<string, Map<number, LevelStyle>>();
  private readonly counters = new Map<string, Array<number | undefined>>();
  private readonly open: string[] = [];
  private defining: Map<number, LevelStyle> | undefined;

  /** A list style's levels, read among the styles. */
  openStyle(name: string, attribs: Record<string, string>): void {
    if (name === 'text:list-style') {
      this.defining = new Map();
      this.styles.set(attribs['style:name'] ?? '', this.defining);
    } else if (name === 'text:list-level-style-number' && this.defining) {
      this.defining.set(positive(attribs['text:level'], 1), {
        format: attribs['style:num-format'] ?? '1',
        prefix: attribs['style:num-prefix'] ?? '',
        suffix: attribs['style:num-suffix'] ?? '',
        start: positive(attribs['text:start-value'], 1),
        display: positive(attribs['text:display-levels'], 1),
      });
    }
  }

  closeStyle(name: string): void {
    if (name === 'text:list-style') this.defining = undefined;
  }

  /** A list opens: its style is its own or its parent's; a new outer list restarts unless it continues. */
  openList(attribs: Record<string, string>): void {
    const style = attribs['text:style-name'] ?? this.open[this.open.length - 1] ?? '';
    const continues = attribs['text:continue-numbering'] === 'true' || attribs['text:continue-list'] !== undefined;
    if (this.open.length === 0 && !continues) this.counters.delete(style);
    this.open.push(style);
  }

  closeList(): void {
    this.open.pop();
  }

  /** An item opens: the number drawn before its text, or null (a bullet, no style, a header). */
  item(attribs: Record<string, string>): string | null {
    const level = this.open.length;
    const style = this.open[level - 1];
    const levels = style === undefined ? undefined : this.styles.get(style);
    const own = levels?.get(level);
    if (!levels || !own || level > MAX_LEVEL) return null;
    const count = this.counters.get(style as string) ?? [];
    this.counters.set(style as string, count);
    const previous = count[level];
    count[level] = attribs['text:start-value']
      ? positive(attribs['text:start-value'], 1)
      : (previous ?? own.start - 1) + 1;
    for (let k = level + 1; k <= MAX_LEVEL; k++) count[k] = undefined;
    const format = FORMATS.get(own.format);
    if (!format) return null;
    const shown: string[] = [];
    for (let k = Math.max(1, level - own.display + 1); k <= level; k++) {
      const def = levels.get(k);
      shown.push((FORMATS.get(def?.format ?? '1') ?? String)(count[k] ?? def?.start ?? 1));
    }
    return `${own.prefix}${shown.join('.')}${own.suffix}`;
  }
}
