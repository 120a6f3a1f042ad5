// Breaks as witnesses of one another. A document cuts its long words in many cells of
// different widths, so the same word turns up cut at different places
// («Житомиртепл|окомуненерго», «Житомиртеплокомун|енерго»): a joined text seen cut
// at two places is one word, though a narrow column never prints it whole. (That a
// piece going on as different words is a word of its own is not used: word endings
// such as «ого», «ському» follow many different stems and would pass for words.)

import { ANY_MARK } from './cell-text.js';
import { trailingRun } from '../../text/edges.js';

/** What the marked breaks say of themselves. */
export interface Witnesses {
  /** Joined texts (lower case) seen cut at two or more places. */
  joined: ReadonlySet<string>;
}

const WORD_CHAR = /[\p{L}\p{N}'’ʼ-]/u;
const TAIL = /^[\p{L}\p{N}'’ʼ-]+/u;

/** The witnesses in the marked cells' texts. */
export function witnessesOf(marked: readonly string[]): Witnesses {
  const cuts = new Map<string, Set<number>>();
  for (const text of marked) {
    const parts = text.split(ANY_MARK);
    for (let k = 0; k + 1 < parts.length; k++) {
      const head = trailingRun(parts[k] as string, WORD_CHAR).toLowerCase();
      const tail = TAIL.exec(parts[k + 1] as string)?.[0]?.toLowerCase();
      if (!head || !tail) continue;
      const places = cuts.get(head + tail) ?? new Set<number>();
      if (places.size === 0) cuts.set(head + tail, places);
      places.add(head.length);
    }
  }
  return { joined: new Set([...cuts].filter(([, places]) => places.size >= 2).map(([joined]) => joined)) };
}
