// RTF as a stream of tokens: groups, control words with their parameter, control
// symbols, and text. Text is given as bytes' worth of characters (`\'xx` escapes and
// raw 8-bit bytes decoded later in the code page in force); `\uN` is a Unicode
// character, after which the reader skips the `\ucN` fallback characters.

export type RtfToken =
  | { kind: 'open' }
  | { kind: 'close' }
  | { kind: 'word'; word: string; param: number | null }
  | { kind: 'bytes'; bytes: number[] }
  | { kind: 'text'; text: string };

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const hexValue = (c: number): number =>
  isDigit(c) ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1;

/** Control words take a parameter of at most this many digits (the spec says a 16-bit one). */
const MAX_PARAM_DIGITS = 10;

/** Tokens of an RTF file's bytes, in order. */
export function* rtfTokens(bytes: Uint8Array): Generator<RtfToken> {
  let i = 0;
  let pending: number[] = [];
  const flush = function* (): Generator<RtfToken> {
    if (pending.length > 0) yield { kind: 'bytes', bytes: pending };
    pending = [];
  };
  while (i < bytes.length) {
    const c = bytes[i] as number;
    if (c === 0x7b || c === 0x7d) {
      yield* flush();
      yield { kind: c === 0x7b ? 'open' : 'close' };
      i++;
    } else if (c === 0x5c) {
      const next = bytes[i + 1] ?? 0;
      if (next === 0x27) {
        // \'xx: one byte of text in the code page.
        const value = hexValue(bytes[i + 2] ?? 0) * 16 + hexValue(bytes[i + 3] ?? 0);
        if (value >= 0) pending.push(value);
        i += 4;
      } else if (isLetter(next)) {
        yield* flush();
        let end = i + 1;
        while (end < bytes.length && isLetter(bytes[end] as number)) end++;
        const word = String.fromCharCode(...bytes.subarray(i + 1, end));
        let digitsEnd = end + (bytes[end] === 0x2d ? 1 : 0);
        while (digitsEnd < bytes.length && isDigit(bytes[digitsEnd] as number) && digitsEnd - end < MAX_PARAM_DIGITS)
          digitsEnd++;
        const digits = String.fromCharCode(...bytes.subarray(end, digitsEnd));
        const param = /\d/.test(digits) ? Number(digits) : null;
        i = param === null ? end : digitsEnd;
        // One space after a control word is its delimiter, not text.
        if (bytes[i] === 0x20) i++;
        // \binN: N bytes of binary data (a picture), never text.
        if (word === 'bin' && param !== null && param > 0) i += param;
        else yield { kind: 'word', word, param };
      } else {
        // A control symbol: \\ \{ \} are text; \~ a no-break space; \- an optional hyphen; \* and others words.
        yield* flush();
        const symbol = String.fromCharCode(next);
        if (symbol === '\\' || symbol === '{' || symbol === '}') yield { kind: 'text', text: symbol };
        else if (symbol === '~') yield { kind: 'text', text: '\u00a0' };
        else if (symbol === '_') yield { kind: 'text', text: '\u2011' };
        else if (symbol === '\n' || symbol === '\r') yield { kind: 'word', word: 'par', param: null };
        else yield { kind: 'word', word: symbol, param: null };
        i += 2;
      }
    } else if (c === 0x0d || c === 0x0a) i++;
    else {
      pending.push(c);
      i++;
    }
  }
  yield* flush();
}
