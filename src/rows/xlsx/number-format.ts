// A number cell's text as the workbook shows it, from its number format: «1.10» for
// 1.1 formatted `0.00`, «12.5%» for 0.125 formatted `0.0%`, a date for a serial number
// formatted as one. A format that groups thousands (`#,##0.000`: an amount) shows the
// number as a Ukrainian Excel does, «434,090», «4 577,6»: with a decimal point,
// «434.090» would read as four hundred thousand. Other formats (a measure number
// typed as a number) keep the point, as they are typed.

/** Excel's built-in formats by id (the ones a file uses without writing them out). */
const BUILT_IN: ReadonlyMap<number, string> = new Map([
  [0, 'General'],
  [1, '0'],
  [2, '0.00'],
  [3, '#,##0'],
  [4, '#,##0.00'],
  [9, '0%'],
  [10, '0.00%'],
  [11, '0.00E+00'],
  [14, 'dd.mm.yyyy'],
  [15, 'd-mmm-yy'],
  [16, 'd-mmm'],
  [17, 'mmm-yy'],
  [18, 'h:mm AM/PM'],
  [19, 'h:mm:ss AM/PM'],
  [20, 'h:mm'],
  [21, 'h:mm:ss'],
  [22, 'dd.mm.yyyy h:mm'],
  [37, '#,##0'],
  [38, '#,##0'],
  [39, '#,##0.00'],
  [40, '#,##0.00'],
  [45, 'mm:ss'],
  [46, '[h]:mm:ss'],
  [47, 'mm:ss.0'],
  [48, '##0.0E+0'],
  [49, '@'],
]);

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN.get(id);
}

/** Significant digits Excel shows for a number in General format. */
const GENERAL_DIGITS = 11;
const MAX_FORMAT_CODE = 255;
/** Days from 1899-12-30 (Excel's day 0, its 1900 leap-year bug included) to 1970-01-01. */
const EPOCH_DAYS = 25569;
const MS_PER_DAY = 86_400_000;

/** A format's sections (positive; negative; zero; text), with colours, locales and conditions taken out. */
function sections(code: string): string[] {
  const out = [''];
  let quoted = false;
  for (const c of code) {
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) out.push('');
    else out[out.length - 1] += c;
  }
  return out.map((section) => section.replace(/\[[^\][]*\]/g, ''));
}

/** The format's literal text (quoted, escaped, or a plain letter) removed, for telling its kind. */
const withoutLiterals = (section: string): string => section.replace(/"[^"]*"|\\./g, '');

const isDate = (section: string): boolean => /[ymdhs]/i.test(withoutLiterals(section).replace(/General/i, ''));

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(GENERAL_DIGITS)));
}

/** A serial date and time as the format writes it: `dd.mm.yyyy`, `yyyy-mm-dd`, `h:mm`. */
function date(value: number, section: string): string {
  const at = new Date(Math.round((value - EPOCH_DAYS) * MS_PER_DAY));
  const two = (n: number) => String(n).padStart(2, '0');
  const parts: Record<string, string> = {
    yyyy: String(at.getUTCFullYear()),
    yy: two(at.getUTCFullYear() % 100),
    dd: two(at.getUTCDate()),
    d: String(at.getUTCDate()),
    hh: two(at.getUTCHours()),
    h: String(at.getUTCHours()),
    ss: two(at.getUTCSeconds()),
  };
  const clean = section.replace(/\\(.)/g, '$1').replace(/"([^"]*)"/g, '$1');
  // `m` is minutes after an hour or before seconds, else the month.
  return clean.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss/gi, (token, offset: number) => {
    const lower = token.toLowerCase();
    if (lower.startsWith('m')) {
      const minutes =
        /h[^ymd]*$/i.test(clean.slice(0, offset)) || /^[^ymd]*s/i.test(clean.slice(offset + token.length));
      if (minutes) return two(at.getUTCMinutes());
      return lower.length >= 2 ? two(at.getUTCMonth() + 1) : String(at.getUTCMonth() + 1);
    }
    return parts[lower] ?? token;
  });
}

/** Digit placeholders around a comma before any decimal point: thousands grouped. */
const GROUPED = /^[^.]*[0#?],[0#?]/;

/** `4577.6` as a Ukrainian Excel shows it: thousands by spaces, a decimal comma. */
function ukrainian(text: string): string {
  const [whole = '', fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

/** A number in a format of digits: its decimals, a percent, literal text before and after. */
function digits(value: number, section: string): string {
  const bare = withoutLiterals(section);
  const percent = bare.includes('%');
  const shown = percent ? value * 100 : value;
  if (/E[+-]/i.test(bare)) {
    const decimals = (/\.([0#?]+)E/i.exec(bare)?.[1] ?? '').length;
    return shown
      .toExponential(decimals)
      .toUpperCase()
      .replace(/E\+?(-?)(\d)$/, 'E+$10$2');
  }
  const decimals = (/\.([0#?]+)/.exec(bare)?.[1] ?? '').length;
  const optional = (/\.([0#?]+)/.exec(bare)?.[1] ?? '').replace(/0/g, '').length;
  let text = shown.toFixed(decimals);
  // `#` and `?` decimals are shown only when they are not zero.
  for (let k = 0; k < optional && text.includes('.') && text.endsWith('0'); k++) text = text.slice(0, -1);
  text = text.replace(/\.$/, '');
  if (GROUPED.test(bare)) text = ukrainian(text);
  const literal = (part: string) =>
    part
      .replace(/"([^"]*)"/g, '$1')
      .replace(/\\(.)/g, '$1')
      .replace(/[_*]./g, '');
  const first = section.search(/[0#?]/);
  const last = Math.max(section.lastIndexOf('0'), section.lastIndexOf('#'), section.lastIndexOf('?'));
  const before = first > 0 ? literal(section.slice(0, first)) : '';
  const after = last >= 0 ? literal(section.slice(last + 1).replace(/^[0#?.,]+/, '')) : '';
  return `${before}${text}${after.replace('%', percent ? '%' : '')}`.trim();
}

/** The text a number cell shows in `code` (a format code, or undefined for General). */
export function displayNumber(value: number, code: string | undefined): string {
  if (!Number.isFinite(value)) return String(value);
  // Excel takes format codes of up to 255 characters; a longer one is no Excel's, and is read as General
  // (each of its date tokens looks at the text around it: a long code would cost the square of its length).
  const all = sections(code === undefined || code.length > MAX_FORMAT_CODE ? 'General' : code);
  // A negative number takes the second section when there is one, which writes its own sign.
  const own = value < 0 && all.length > 1;
  const section = (own ? all[1] : all[0]) ?? '';
  if (section.trim() === '' || /^general$/i.test(section.trim()) || section.trim() === '@') return general(value);
  if (isDate(section) && !/[0#?]/.test(withoutLiterals(section))) return date(value, section);
  if (!/[0#?]/.test(section)) return general(value);
  return `${value < 0 && !own ? '-' : ''}${digits(Math.abs(value), section)}`;
}
