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

// Bytes decoded at a time: the strings are then large enough for V8's large-object
// space, where the collector never copies them (line-sized strings, all of which
// live as long as the report, were each copied twice).
const BLOCK = 256 * 1024;

/**
 * Lines of valid UTF-8 bytes split on LF or CRLF (check `hasLoneCr` first). Bytes
 * are decoded in blocks that end at a line end (no character spans one in UTF-8),
 * and each line is a slice of its block.
 */
export function* utf8Lines(bytes: Uint8Array): Generator<string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let start = 0;
  while (start < buf.length) {
    let stop = Math.min(buf.length, start + BLOCK);
    if (stop < buf.length) {
      // End the block after the last line end in it, or after the line that overruns it.
      const last = buf.lastIndexOf(10, stop - 1);
      if (last >= start) stop = last + 1;
      else {
        const next = buf.indexOf(10, stop);
        stop = next < 0 ? buf.length : next + 1;
      }
    }
    const block = buf.toString('utf8', start, stop);
    let from = 0;
    while (from < block.length) {
      let end = block.indexOf('\n', from);
      const next = end < 0 ? block.length : end + 1;
      if (end < 0) end = block.length;
      yield block.slice(from, end > from && block.charCodeAt(end - 1) === 13 ? end - 1 : end);
      from = next;
    }
    start = stop;
  }
}
