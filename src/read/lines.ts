// A text's lines, one at a time. From a decoded string (any encoding), or straight
// from UTF-8 bytes: a large report is then never one string, and each line is a
// small string in V8's young generation rather than one huge block fetched from the
// system and faulted in page by page (110 MB for the 55 MB benchmark report), which
// also kept parallel batch jobs waiting on each other's page faults.

/** Lines of a string split on LF, CRLF or a lone CR. */
export function* textLines(text: string): Generator<string> {
  // Most files have LF or CRLF only: then the native search for LF finds each end.
  const loneCr = /\r(?!\n)/.test(text);
  let start = 0;
  while (start < text.length) {
    let end: number;
    if (loneCr) {
      end = start;
      while (end < text.length) {
        const c = text.charCodeAt(end);
        if (c === 10 || c === 13) break;
        end++;
      }
    } else {
      end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
    }
    yield text.slice(start, end);
    // A final line break ends the last line; it does not start another one.
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
}

/** True when a CR stands anywhere but before an LF (old Mac line ends): the byte path does not split on those. */
export function hasLoneCr(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(13); at >= 0; at = bytes.indexOf(13, at + 1)) {
    if (bytes[at + 1] !== 10) return true;
  }
  return false;
}

/**
 * Lines of valid UTF-8 bytes split on LF or CRLF (check `hasLoneCr` first), each
 * decoded on its own: no character spans a line break in UTF-8.
 */
export function* utf8Lines(bytes: Uint8Array): Generator<string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  while (start < buf.length) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    const next = end + 1;
    if (end > start && buf[end - 1] === 13) end--;
    yield buf.toString('utf8', start, end);
    start = next;
  }
}
