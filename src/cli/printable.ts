// What a terminal is shown of text from outside: file names and the messages that
// quote them. A module of its own, loaded at start without the colour library.

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * Text as it may reach a terminal: control characters (a file name may hold an escape
 * sequence or a line break) and the bidirectional overrides that reorder what is shown
 * are written as visible escapes, so a name can neither drive the terminal nor break a
 * one-line message.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => {
    const code = c.codePointAt(0) as number;
    return NAMED.get(c) ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
  });
}

const NAMED: ReadonlyMap<string, string> = new Map([
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
]);
