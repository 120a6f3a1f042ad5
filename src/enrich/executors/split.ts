// Column 4 lists the responsible organisations separated by commas; names carry
// their own commas only inside quotes (КП "ЦЕНТР ІНВЕСТИЦІЙ" …), so split outside them.
// Quotes in the reports are not always balanced (КП «ЕМЗО «Міськвітло» …), so a
// quote counts as open only while a closing quote still follows.
// Character codes: « “ „ open, » ” close, " toggles (the loop reads codes, not one-letter strings);
// “ closes when a „ is open („Житомиртранспорт“, as Ukrainian autocorrect writes it).
const OPENING = new Set([0xab, 0x201c, 0x201e]);
const LOW_OPENING = 0x201e;
const HIGH_QUOTE = 0x201c;
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
  const roles = quoteRoles(text);
  // Closing quotes of each family at or after the current position.
  const after = { close: 0, straight: 0, 'low-close': 0 };
  for (const r of roles) if (r === 'close' || r === 'straight' || r === 'low-close') after[r]++;
  const out: string[] = [];
  let start = 0;
  let guillemets = 0;
  let low = 0;
  let straight = false;
  // Code units, not code points: every character looked at here is in the BMP.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const role = roles[i];
    if (role === 'open') guillemets++;
    else if (role === 'close') guillemets = Math.max(0, guillemets - 1);
    else if (role === 'low-open') low++;
    else if (role === 'low-close') low = Math.max(0, low - 1);
    else if (role === 'straight') straight = !straight;
    const inside =
      (guillemets > 0 && after.close > 0) || (low > 0 && after['low-close'] > 0) || (straight && after.straight > 0);
    if (role === 'close' || role === 'straight' || role === 'low-close') after[role]--;
    if ((c === COMMA || c === NEWLINE) && !inside) {
      push(out, text.slice(start, i));
      start = i + 1;
    }
  }
  push(out, text.slice(start));
  return joinContinuations(out);
}

type QuoteRole = 'open' | 'close' | 'low-open' | 'low-close' | 'straight' | null;

/** What each character does as a quote: «“ open and »” close; „ opens its own pair, which “ closes; " toggles. */
function quoteRoles(text: string): QuoteRole[] {
  const roles: QuoteRole[] = [];
  let low = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LOW_OPENING) {
      low++;
      roles.push('low-open');
    } else if (c === HIGH_QUOTE && low > 0) {
      low--;
      roles.push('low-close');
    } else roles.push(OPENING.has(c) ? 'open' : CLOSING.has(c) ? 'close' : c === STRAIGHT ? 'straight' : null);
  }
  return roles;
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
