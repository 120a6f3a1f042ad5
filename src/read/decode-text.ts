// Bytes to text. A BOM decides; else valid UTF-8 is UTF-8; else the encoding is
// detected (chardet) among those a Ukrainian report is saved in. `--encoding` overrides.
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import { utf16Of } from './detect-format.js';
import { hasLoneCr, textLines, utf8Lines } from './lines.js';

export interface DecodedText {
  text: string;
  encoding: string;
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

export async function decodeText(bytes: Uint8Array, encoding?: string): Promise<DecodedText> {
  if (encoding) return { text: decodeWith(bytes, encoding), encoding: encoding.toLowerCase() };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: decodeWith(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeWith(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeWith(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  // UTF-16 without a BOM, told by its NUL bytes around ASCII markup.
  const bomless = utf16Of(bytes);
  if (bomless) return { text: decodeWith(bytes, bomless), encoding: bomless };
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
