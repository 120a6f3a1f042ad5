// Column 4 lists the responsible organisations separated by commas; names carry
// their own commas only inside quotes (КП "ЦЕНТР ІНВЕСТИЦІЙ" …), so split outside them.
// Quotes in the reports are not always balanced (КП «ЕМЗО «Міськвітло» …), so a
// quote counts as open only while a closing quote still follows.
// Character codes: « “ „ open, » ” close, " toggles (the loop reads codes, not one-letter strings).
const OPENING = new Set([0xab, 0x201c, 0x201e]);
// Some bodies' names hold a comma of their own outside quotes («Управління у справах
// сім'ї, молоді та спорту міської ради»): a piece starting like this continues the one before.
const CONTINUATIONS: readonly RegExp[] = [/^сім['’ʼ]ї(?!\p{L})/u, /^молоді\s+(?:та|і)\s+спорту(?!\p{L})/u];
const CLOSING = new Set([0xbb, 0x201d]);
const STRAIGHT = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

const QUOTES = /[«»“”„"]/;

export function splitExecutors(text: string): string[] {
  // Without quotes every comma separates (most cells): no need to track quoting.
  if (!QUOTES.test(text)) {
    const out: string[] = [];
    for (const piece of text.split(/[,\n]/)) push(out, piece);
    return joinContinuations(out);
  }
  // Closing guillemets and straight quotes at or after the current position.
  let closersAfter = 0;
  let straightAfter = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (CLOSING.has(c)) closersAfter++;
    else if (c === STRAIGHT) straightAfter++;
  }
  const out: string[] = [];
  let start = 0;
  let guillemets = 0;
  let straight = false;
  // Code units, not code points: every character looked at here is in the BMP.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (OPENING.has(c)) guillemets++;
    else if (CLOSING.has(c)) guillemets = Math.max(0, guillemets - 1);
    else if (c === STRAIGHT) straight = !straight;
    const inside = (guillemets > 0 && closersAfter > 0) || (straight && straightAfter > 0);
    if (CLOSING.has(c)) closersAfter--;
    else if (c === STRAIGHT) straightAfter--;
    if ((c === COMMA || c === NEWLINE) && !inside) {
      push(out, text.slice(start, i));
      start = i + 1;
    }
  }
  push(out, text.slice(start));
  return joinContinuations(out);
}

function joinContinuations(pieces: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    if (out.length > 0 && CONTINUATIONS.some((re) => re.test(piece))) out[out.length - 1] += `, ${piece}`;
    else out.push(piece);
  }
  return out;
}

function push(out: string[], piece: string): void {
  const clean = piece.trim();
  if (clean !== '') out.push(clean);
}
