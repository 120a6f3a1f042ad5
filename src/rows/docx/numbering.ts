// Word's automatic numbering (word/numbering.xml): the digits of a numbered
// paragraph are not in its text but drawn by Word from a list definition. People
// number the «№ з/п» column this way, so the reader renders the number Word shows:
// each abstract list keeps counters per level, a `w:num` may restart levels
// (`startOverride`), a deeper level restarts when a shallower one advances, and
// `lvlText` («%1.», «%1.%2.») says how the number is printed.
import { InputError } from '../../errors.js';
import type { DepthLimit } from '../../read/limits.js';
import { PART_DEPTH, parseOoxml } from './namespaces.js';

interface LevelDef {
  start: number;
  format: string;
  text: string;
  /** What follows the number: a tab or a space (both read as a space), or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
  /** `lvlRestart w:val="0"`: the level never restarts. */
  restarts: boolean;
}

interface NumDef {
  abstractId: string;
  /** Levels whose count starts afresh where this list is first used. */
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDef>;
}

const newLevel = (): LevelDef => ({ start: 0, format: 'decimal', text: '', suffix: 'tab', restarts: true });
const MAX_LEVEL = 9;

function readDefinitions(
  xml: string,
  depth: DepthLimit,
): { abstracts: Map<string, Map<number, LevelDef>>; nums: Map<string, NumDef> } {
  const abstracts = new Map<string, Map<number, LevelDef>>();
  const nums = new Map<string, NumDef>();
  let levels: Map<number, LevelDef> | undefined;
  let num: NumDef | undefined;
  let overrideLevel: number | undefined;
  let level: LevelDef | undefined;
  const ilvl = (attribs: Record<string, string>) =>
    Math.min(MAX_LEVEL - 1, Math.max(0, Number.parseInt(attribs['w:ilvl'] ?? '0', 10) || 0));
  parseOoxml(
    xml,
    {
      onopentag(name, a) {
        const val = a['w:val'];
        switch (name) {
          case 'w:abstractNum':
            levels = new Map();
            abstracts.set(a['w:abstractNumId'] ?? '', levels);
            return;
          case 'w:num':
            num = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
            nums.set(a['w:numId'] ?? '', num);
            return;
          case 'w:abstractNumId':
            if (num && val !== undefined) num.abstractId = val;
            return;
          case 'w:lvlOverride':
            overrideLevel = ilvl(a);
            return;
          case 'w:startOverride':
            if (num && overrideLevel !== undefined)
              num.startOverrides.set(overrideLevel, Number.parseInt(val ?? '0', 10) || 0);
            return;
          case 'w:lvl':
            level = newLevel();
            if (num && overrideLevel !== undefined) num.levelOverrides.set(overrideLevel, level);
            else levels?.set(ilvl(a), level);
            return;
        }
        if (!level) return;
        if (name === 'w:start') level.start = Number.parseInt(val ?? '0', 10) || 0;
        else if (name === 'w:numFmt') level.format = val ?? 'decimal';
        else if (name === 'w:lvlText') level.text = levelText(val ?? '');
        else if (name === 'w:suff' && (val === 'space' || val === 'nothing' || val === 'tab')) level.suffix = val;
        else if (name === 'w:lvlRestart') level.restarts = val !== '0';
      },
      onclosetag(name) {
        if (name === 'w:lvl') level = undefined;
        else if (name === 'w:lvlOverride') overrideLevel = undefined;
        else if (name === 'w:abstractNum') levels = undefined;
        else if (name === 'w:num') num = undefined;
      },
    },
    depth,
  );
  return { abstracts, nums };
}

function levelText(text: string): string {
  if (text.length <= MAX_LEVEL_TEXT) return text;
  throw new InputError(
    `a list's number template (w:lvlText) is ${text.length.toLocaleString('en-US')} characters; ` +
      `the reader takes at most ${MAX_LEVEL_TEXT}`,
  );
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
const CYRILLIC = 'абвгдежзиклмнопрстуфхцчшщэюя';

// Beyond these a number is written in digits: a list numbered from two billion would
// otherwise draw two million «m» or a run of letters as long for every paragraph.
const MAX_ROMAN = 3999;
const MAX_LETTER_REPEAT = 8;
/** Longest number template (`w:lvlText`) read; Word's are a few characters. */
export const MAX_LEVEL_TEXT = 256;

/** Lower-case Roman numerals, as Word writes them (`lowerRoman`); digits past 3999. */
export function roman(n: number): string {
  if (n > MAX_ROMAN || n < 1) return String(n);
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

/** Letters as Word counts them: a … z, then aa … zz; digits past eight letters. */
export function letters(n: number, alphabet: string): string {
  if (n < 1 || n > alphabet.length * MAX_LETTER_REPEAT) return String(n);
  const letter = alphabet[(n - 1) % alphabet.length] as string;
  return letter.repeat(Math.floor((n - 1) / alphabet.length) + 1);
}

// Formats by their numFmt value (a Map: the value comes from the input); any other is printed as decimal digits.
const FORMATS: ReadonlyMap<string, (n: number) => string> = new Map([
  ['decimal', String],
  ['decimalZero', (n: number) => (n < 10 ? `0${n}` : String(n))],
  ['lowerRoman', roman],
  ['upperRoman', (n: number) => roman(n).toUpperCase()],
  ['lowerLetter', (n: number) => letters(n, 'abcdefghijklmnopqrstuvwxyz')],
  ['upperLetter', (n: number) => letters(n, 'abcdefghijklmnopqrstuvwxyz').toUpperCase()],
  ['russianLower', (n: number) => letters(n, CYRILLIC)],
  ['russianUpper', (n: number) => letters(n, CYRILLIC).toUpperCase()],
  ['none', () => ''],
]);

export interface Numbering {
  /** The number Word draws before a paragraph of list `numId` at level `ilvl` (null for none or a bullet). */
  next(numId: string, ilvl: number): string | null;
}

export const NO_NUMBERING: Numbering = { next: () => null };

export function readNumbering(xml: string | undefined, depth: DepthLimit = PART_DEPTH): Numbering {
  if (xml === undefined) return NO_NUMBERING;
  const { abstracts, nums } = readDefinitions(xml, depth);
  const counters = new Map<string, Array<number | undefined>>(); // by abstract list
  const used = new Set<string>();
  return {
    next(numId, ilvl) {
      const num = nums.get(numId);
      const levels = num && abstracts.get(num.abstractId);
      if (!num || !levels) return null;
      const levelOf = (k: number): LevelDef => num.levelOverrides.get(k) ?? levels.get(k) ?? newLevel();
      const startOf = (k: number): number => num.startOverrides.get(k) ?? levelOf(k).start;
      const count = counters.get(num.abstractId) ?? [];
      counters.set(num.abstractId, count);
      if (!used.has(numId)) {
        used.add(numId);
        for (const k of num.startOverrides.keys()) count[k] = undefined;
      }
      const level = levelOf(ilvl);
      count[ilvl] = count[ilvl] === undefined ? startOf(ilvl) : (count[ilvl] as number) + 1;
      for (let k = ilvl + 1; k < MAX_LEVEL; k++) if (levelOf(k).restarts) count[k] = undefined;
      if (level.format === 'bullet') return null;
      const label = level.text.replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const format = FORMATS.get(levelOf(k).format) ?? String;
        return format(count[k] ?? startOf(k));
      });
      if (label === '') return null;
      return level.suffix === 'nothing' ? label : `${label} `;
    },
  };
}
