// Column 4 lists the responsible organisations separated by commas; names carry
// their own commas only inside quotes (КП "ЦЕНТР ІНВЕСТИЦІЙ" …), so split outside them.
// Quotes in the reports are not always balanced (КП «ЕМЗО «Міськвітло» …), so a
// quote counts as open only while a closing quote still follows.
const OPENING = new Set(['«', '“', '„']);
// Some bodies' names hold a comma of their own outside quotes («Управління у справах
// сім'ї, молоді та спорту міської ради»): a piece starting like this continues the one before.
const CONTINUATIONS: readonly RegExp[] = [/^сім['’ʼ]ї(?!\p{L})/u, /^молоді\s+(?:та|і)\s+спорту(?!\p{L})/u];
const CLOSING = new Set(['»', '”']);

const QUOTES = /[«»“”„"]/;

export function splitExecutors(text: string): string[] {
  // Without quotes every comma separates (most cells): no need to track quoting.
  if (!QUOTES.test(text)) {
    const out: string[] = [];
    for (const piece of text.split(/[,\n]/)) push(out, piece);
    return joinContinuations(out);
  }
  const chars = [...text];
  // How many closing guillemets and straight quotes stand after each position.
  const closersAfter = new Array<number>(chars.length + 1).fill(0);
  const straightAfter = new Array<number>(chars.length + 1).fill(0);
  for (let i = chars.length - 1; i >= 0; i--) {
    const ch = chars[i] as string;
    closersAfter[i] = (closersAfter[i + 1] as number) + (CLOSING.has(ch) ? 1 : 0);
    straightAfter[i] = (straightAfter[i + 1] as number) + (ch === '"' ? 1 : 0);
  }
  const out: string[] = [];
  let current = '';
  let guillemets = 0;
  let straight = false;
  chars.forEach((ch, i) => {
    if (OPENING.has(ch)) guillemets++;
    else if (CLOSING.has(ch)) guillemets = Math.max(0, guillemets - 1);
    else if (ch === '"') straight = !straight;
    const quoted = (guillemets > 0 && (closersAfter[i] as number) > 0) || (straight && (straightAfter[i] as number) > 0);
    if ((ch === ',' || ch === '\n') && !quoted) {
      push(out, current);
      current = '';
    } else {
      current += ch;
    }
  });
  push(out, current);
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
