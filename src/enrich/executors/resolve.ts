// An executor as printed, resolved to its registry entry: the same department under
// two spellings («Департамент освіти…», «департамент освіти…») is one executor. Names
// are compared folded: case, quotes, apostrophes, dashes inside words, the words
// «міської ради» and «Житомирської», «(за згодою)», and punctuation. A name the
// registry lacks keeps a provisional id from its folded name, with a warning.
import type { ExecutorEntry } from '../../model/executors.js';
import { slugify } from '../../text/slug.js';

/** What folding drops or rewrites, in order (a data table). */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[«»“”„"]/gu, ' '],
  // An apostrophe in any of its forms is one letter («здоров'я», «здоров’я»).
  [/[’ʼ`]/gu, "'"],
  [/(?<=\p{L})[-‐‑–](?=\p{L})/gu, ''],
  [/\(\s*за\s+згодою\s*\)/giu, ' '],
  [/(?<![\p{L}])житомирськ\p{L}*\s+міськ\p{L}*\s+рад\p{L}*/giu, ' '],
  [/(?<![\p{L}])міськ\p{L}*\s+рад\p{L}*/giu, ' '],
  [/(?<![\p{L}])кп(?![\p{L}])/giu, 'комунальне підприємство'],
  [/(?<![\p{L}])ку(?![\p{L}])/giu, 'комунальна установа'],
  [/(?<![\p{L}])го(?![\p{L}])/giu, 'громадська організація'],
  [/№\s*/gu, '№'],
  [/[.,;:()]/gu, ' '],
  [/\s+/gu, ' '],
];

export function foldExecutor(name: string): string {
  let out = name.toLowerCase();
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out.trim();
}

export interface ExecutorRef {
  id: string;
  /** Registry entry found, or null for a name the registry lacks (its id is provisional). */
  entry: ExecutorEntry | null;
}

export class ExecutorResolver {
  private readonly byFolded = new Map<string, ExecutorEntry>();

  constructor(readonly entries: readonly ExecutorEntry[]) {
    for (const entry of entries)
      for (const name of [entry.name, ...entry.aliases]) {
        const folded = foldExecutor(name);
        if (!this.byFolded.has(folded)) this.byFolded.set(folded, entry);
      }
  }

  resolve(printed: string): ExecutorRef {
    const entry = this.byFolded.get(foldExecutor(printed)) ?? null;
    return entry
      ? { id: entry.id, entry }
      : { id: `unlisted-${slugify(foldExecutor(printed)) || 'executor'}`, entry: null };
  }
}
