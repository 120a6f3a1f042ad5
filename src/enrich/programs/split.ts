// Column 6 may list several programmes. Names have commas and «та» of their own
// («Будівництво (реконструкція, капітальний ремонт) …», «житлового господарства та
// поводження з відходами»), so a comma, «та» or «і» splits only where a new
// programme name begins; «;» and a line break always split.
// «та» or «і» after white space, not after its run (each space of a run would be a start).
import { splitTrimmed } from '../../text/edges.js';
const NEXT_PROGRAM =
  /(?:,|(?<=\s)(?:та|і))\s*(?=(?:(?:міськ|комплексн|цільов|соціальн|регіональн)\p{L}*\s+)*програм)/iu;

export function splitProgramList(text: string): string[] {
  return splitTrimmed(text, /[;\n]/u)
    .flatMap((part) => part.split(NEXT_PROGRAM))
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
