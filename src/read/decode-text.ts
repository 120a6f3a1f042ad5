// Bytes to text. A BOM decides; else valid UTF-8 is UTF-8; else the encoding is
// detected (chardet) among those a Ukrainian report is saved in. `--encoding` overrides.
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import { commonWordShare } from '../text/common-words.js';
import { utf16Of } from './detect-format.js';
import { hasLoneCr, textLines, utf8Lines } from './lines.js';

export interface DecodedText {
  text: string;
  encoding: string;
  /** A markup file's declared encoding that its bytes contradict, and what was read instead. */
  contradicted?: { declared: string; read: string };
}

export interface DecodeOptions {
  /** HTML or XML: an encoding the file declares (`<meta charset>`, `http-equiv`) is taken before detection. */
  markup?: boolean;
}

export interface DecodedLines {
  lines: Iterable<string>;
  encoding: string;
}

// Legacy encodings worth trusting a detector's guess for, as TextDecoder names them.
const PLAUSIBLE: Record<string, string> = {
  'windows-1251': 'windows-1251',
  'koi8-r': 'koi8-u',
  'koi8-u': 'koi8-u',
  'iso-8859-5': 'iso-8859-5',
  ibm866: 'ibm866',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

export async function decodeText(
  bytes: Uint8Array,
  encoding?: string,
  options: DecodeOptions = {},
): Promise<DecodedText> {
  if (encoding) return { text: decodeWith(bytes, encoding), encoding: encoding.toLowerCase() };
  const decoded = await decodeUnnamed(bytes, options);
  if (LATIN1_GUESSES.has(decoded.encoding)) rejectLatinShapedCyrillic(decoded.text, decoded.encoding);
  return decoded;
}

/** Bytes whose encoding no one named: a BOM, then (markup) the declared encoding, then UTF-8, then detection. */
async function decodeUnnamed(bytes: Uint8Array, options: DecodeOptions): Promise<DecodedText> {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decodeWith(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeWith(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeWith(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  // UTF-16 without a BOM, told by its NUL bytes around ASCII markup.
  const bomless = utf16Of(bytes);
  if (bomless) return { text: decodeWith(bytes, bomless), encoding: bomless };
  const declared = options.markup ? declaredEncoding(bytes) : null;
  if (declared) {
    const read = await decodeDeclared(bytes, declared);
    if (read) return read;
  }
  // isUtf8 checks natively and fast; toString then decodes without a second check.
  if (isUtf8(bytes))
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), encoding: 'utf-8' };
  {
    rejectMixedEncodings(bytes);
    const detected = await detectEncoding(bytes);
    if (!detected)
      throw new InputError('input is not UTF-8 and its encoding could not be detected; name it with --encoding');
    return { text: decodeWith(bytes, detected), encoding: detected };
  }
}

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/**
 * The text's lines, decoded as decodeText would decode the whole. UTF-8 (by far the
 * most common) is decoded line by line straight from the bytes.
 */
export async function decodeLines(bytes: Uint8Array, encoding?: string): Promise<DecodedLines> {
  const named = encoding?.toLowerCase();
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  // A BOM is dropped unless an encoding was named (then it stays, as in decodeText).
  const body = bom && named === undefined ? bytes.subarray(3) : bytes;
  const utf8 = named === undefined || UTF8_NAMES.has(named);
  // Invalid bytes go the other way, to be refused or detected there.
  // Stryker disable next-line ConditionalExpression: the fast path and the long way give the same lines
  if (utf8 && isUtf8(body) && !hasLoneCr(body)) return { lines: utf8Lines(body), encoding: named ?? 'utf-8' };
  const { text, encoding: found } = await decodeText(bytes, encoding);
  return { lines: textLines(text), encoding: found };
}

/**
 * A file whose lines are partly UTF-8 (with non-ASCII letters) and partly not was
 * pasted together from differently encoded sources: no single decoding is right.
 */
function rejectMixedEncodings(bytes: Uint8Array): void {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const valid: number[] = [];
  const invalid: number[] = [];
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const slice = bytes.subarray(start, i);
    if (slice.some((b) => b >= 0x80)) {
      try {
        utf8.decode(slice);
        valid.push(line);
      } catch {
        invalid.push(line);
      }
    }
    start = i + 1;
    line++;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only non-UTF-8 comes here (a line is invalid)
  if (valid.length > 0 && invalid.length > 0) {
    const few = (lines: number[]) =>
      `${lines.length === 1 ? 'line' : 'lines'} ${lines.slice(0, 3).join(', ')}${lines.length > 3 ? ', …' : ''}`;
    throw new InputError(
      `mixed encodings: ${few(valid)} UTF-8 but ${few(invalid)} not; ` +
        `convert the file to one encoding, or name one with --encoding`,
    );
  }
}

async function detectEncoding(bytes: Uint8Array): Promise<string | undefined> {
  const { analyse } = await import('chardet');
  for (const guess of analyse(bytes)) {
    const name = PLAUSIBLE[guess.name.toLowerCase()];
    if (name) return name;
  }
  return undefined;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new InputError(`unknown encoding «${encoding}»`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new InputError(`input is not valid ${encoding} text`);
  }
}

/** The encoding a page declares in its first bytes, as browsers prescan: `<meta charset>` or `http-equiv`. */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, DECLARATION_BYTES)));
  // Stryker disable next-line ArrayDeclaration: no meta tag means no declaration either way
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1];
    if (!label) continue;
    try {
      // The WHATWG name for any label (cp1251, x-cp1251 → windows-1251); a UTF-16 declaration means UTF-8.
      const name = new TextDecoder(label).encoding;
      return name.startsWith('utf-16') ? 'utf-8' : name;
    } catch {}
  }
  return null;
}

/**
 * The bytes read in their declared encoding, unless they contradict it: valid UTF-8 with
 * letters beyond ASCII declared as a one-byte encoding (re-saved, the declaration kept),
 * or invalid UTF-8 declared as UTF-8. Then null after noting it, to read as if undeclared.
 */
async function decodeDeclared(bytes: Uint8Array, declared: string): Promise<DecodedText | null> {
  const utf8 = isUtf8(bytes);
  if (declared === 'utf-8') {
    if (utf8) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8' };
    const found = await detectEncoding(bytes);
    if (!found) return null;
    return { text: decodeWith(bytes, found), encoding: found, contradicted: { declared, read: found } };
  }
  // Stryker disable next-line EqualityOperator: valid UTF-8 has no high byte that is 0x80 alone
  if (utf8 && bytes.some((b) => b >= 0x80))
    return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', contradicted: { declared, read: 'utf-8' } };
  return { text: decodeWith(bytes, declared), encoding: declared };
}

/** Bytes of a page searched for its declared encoding (browsers look at 1024; Word writes its meta early). */
const DECLARATION_BYTES = 4096;
const LATIN1_GUESSES = new Set(['windows-1252', 'iso-8859-1']);
/** Share of letters in the Latin-1 range À–ÿ from which a text with no Cyrillic is Cyrillic read wrongly. */
const LATIN_SHAPED_SHARE = 0.3;
/** Words, and the share of them the commonest little words, from which a text is Ukrainian prose (as in text-layer). */
const PROSE_WORDS = 20;
const PROSE_SHARE = 0.02;
/** windows-1252's characters in 0x80–0x9F, back to their bytes (the rest of the range is Latin-1 itself). */
const WINDOWS_1252_BYTE: ReadonlyMap<string, number> = new Map(
  Array.from({ length: 32 }, (_, i) => [new TextDecoder('windows-1252').decode(Uint8Array.of(0x80 + i)), 0x80 + i]),
);

/**
 * The text outside tags, comments, styles and scripts, in one pass: each search runs
 * forward from where the last ended, and a closer not found once is not looked for again.
 */
export function withoutMarkup(text: string): string {
  const searches = new Map<string, RegExp>();
  const exhausted = new Set<string>();
  const find = (what: string, from: number): number => {
    // Stryker disable next-line ConditionalExpression: a cache of failed searches: searching again fails again
    if (exhausted.has(what)) return -1;
    const search = searches.get(what) ?? new RegExp(what, 'gi');
    searches.set(what, search);
    search.lastIndex = from;
    const at = search.exec(text)?.index ?? -1;
    // Not found from here: not found from anywhere later either.
    // Stryker disable next-line ConditionalExpression: as above
    if (at < 0) exhausted.add(what);
    return at;
  };
  const out: string[] = [];
  let at = 0;
  // Stryker disable next-line EqualityOperator: at the end nothing is left to search either way
  while (at < text.length) {
    const open = find('<', at);
    if (open < 0) break;
    out.push(text.slice(at, open));
    // Stryker disable next-line MethodExpression,OptionalChaining: closers are found case-blind; a match has a group
    const block = /^<(style|script)\b/i.exec(text.slice(open, open + 8))?.[1]?.toLowerCase();
    const closer = block ? find(`</${block}`, open) : text.startsWith('<!--', open) ? find('-->', open + 4) : -1;
    // Stryker disable next-line EqualityOperator: a closer is found after its opener, never at 0
    const end = find('>', closer >= 0 ? closer : open);
    // Stryker disable next-line EqualityOperator: a tag's end is found after its '<', never at 0
    if (end < 0) return out.join('') + text.slice(open);
    out.push(' ');
    at = end + 1;
  }
  return out.join('') + text.slice(at);
}

/**
 * Cyrillic saved in windows-1251 and read as windows-1252 comes out as «Ïð³îðèòåò»:
 * letters of À–ÿ where a Ukrainian text has Cyrillic. Refused, naming the encoding.
 */
function rejectLatinShapedCyrillic(text: string, encoding: string): void {
  const visible = withoutMarkup(text);
  // Stryker disable next-line ConditionalExpression: windows-1252 and Latin-1 have no Cyrillic to find
  if (/\p{Script=Cyrillic}/u.test(visible)) return;
  const latin1 = visible.match(/[\u00C0-\u00FF]/g)?.length ?? 0;
  const ascii = visible.match(/[A-Za-z]/g)?.length ?? 0;
  if (latin1 === 0 || latin1 / (latin1 + ascii) < LATIN_SHAPED_SHARE) return;
  // Noise has Latin-1 letters too: only text that reads as Ukrainian prose in windows-1251 is refused so.
  const bytes = Uint8Array.from(visible, (c) => WINDOWS_1252_BYTE.get(c) ?? c.charCodeAt(0) & 0xff);
  const { words, share } = commonWordShare(new TextDecoder('windows-1251').decode(bytes), 2);
  if (words < PROSE_WORDS || share < PROSE_SHARE) return;
  const sample = (/[\u00C0-\u00FF]{3,}/.exec(visible)?.[0] ?? '').slice(0, 12);
  throw new InputError(
    `text decodes as ${encoding} to letters like «${sample}», which is Cyrillic in windows-1251; ` +
      'name it with --encoding windows-1251',
  );
}
