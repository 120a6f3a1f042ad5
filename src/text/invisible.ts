// Characters that print as nothing but make two equal words unequal: a soft hyphen
// pasted from a hyphenated page, zero-width spaces and joiners, a byte-order mark in
// the middle of a text. Cleaning removes them from every cell of every format, and
// counts them, so the report can say why a text was changed (docs/formats.md).

/**
 * The characters removed, with the names messages use (a table, listed in docs): each
 * `chars` is the body of a character class. The control characters and noncharacters
 * XML 1.0 forbids are removed too: one U+FFFF in a cell made an XLSX's shared strings
 * invalid, and LibreOffice dropped most of the sheet. (Tab, line feed and carriage
 * return are allowed; vertical tab and form feed are white space, and stay spaces.)
 */
export const INVISIBLE_CHARACTERS: ReadonlyArray<{ chars: string; code: string; name: string }> = [
  { chars: '\u00ad', code: 'U+00AD', name: 'soft hyphen' },
  { chars: '\u200b', code: 'U+200B', name: 'zero-width space' },
  { chars: '\u200c', code: 'U+200C', name: 'zero-width non-joiner' },
  { chars: '\u200d', code: 'U+200D', name: 'zero-width joiner' },
  { chars: '\u2060', code: 'U+2060', name: 'word joiner' },
  { chars: '\ufeff', code: 'U+FEFF', name: 'byte-order mark inside the text' },
  { chars: '\u0000-\u0008\u000e-\u001f', code: 'U+0000–U+0008, U+000E–U+001F', name: 'control character' },
  { chars: '\ufffe\uffff', code: 'U+FFFE, U+FFFF', name: 'noncharacter' },
  { chars: '\\p{Cs}', code: 'U+D800–U+DFFF alone', name: 'unpaired surrogate' },
];

const KINDS = INVISIBLE_CHARACTERS.map((c) => ({ name: c.name, test: new RegExp(`^[${c.chars}]$`, 'u') }));
const nameOf = (ch: string): string => KINDS.find((k) => k.test.test(ch))?.name as string;
const ANY = new RegExp(`[${INVISIBLE_CHARACTERS.map((c) => c.chars).join('')}]`, 'u');
const ALL = new RegExp(ANY.source, 'gu');

/** How many of each invisible character were removed, by name. */
export type InvisibleCounts = Record<string, number>;

/** The text without invisible characters; `counts` (when given) is added to. */
export function removeInvisible(text: string, counts?: InvisibleCounts): string {
  if (!ANY.test(text)) return text;
  return text.replace(ALL, (ch) => {
    if (counts) {
      const name = nameOf(ch);
      counts[name] = (counts[name] ?? 0) + 1;
    }
    return '';
  });
}

export function hasInvisible(text: string): boolean {
  return ANY.test(text);
}

/** Adds one count to another. */
export function addCounts(into: InvisibleCounts, more: Readonly<InvisibleCounts>): void {
  for (const [name, n] of Object.entries(more)) into[name] = (into[name] ?? 0) + n;
}

/** `169 (soft hyphen 160, zero-width space 9)`, names in the table's order. */
export function describeCounts(counts: Readonly<InvisibleCounts>): { total: number; kinds: string } {
  const parts = INVISIBLE_CHARACTERS.filter((c) => (counts[c.name] ?? 0) > 0).map((c) => `${c.name} ${counts[c.name]}`);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return { total, kinds: parts.join(', ') };
}
