// Column 6 may list several programmes separated by commas. Names have commas of
// their own («Будівництво (реконструкція, капітальний ремонт) …»), so split only
// where a new programme name begins.
const NEXT_PROGRAM = /,\s*(?=(?:(?:міськ|комплексн|цільов|соціальн|регіональн)\p{L}*\s+)*програм)/iu;

export function splitProgramList(text: string): string[] {
  return text
    .split(NEXT_PROGRAM)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
