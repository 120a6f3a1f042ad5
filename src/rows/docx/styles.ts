// Bold and underline that come from styles (word/styles.xml) rather than from the
// run itself: Word marks headings with a paragraph style ("Heading 1") or a
// character style ("Strong") as often as with direct bold.
import type { DepthLimit } from '../../read/limits.js';
import { PART_DEPTH, parseOoxml } from './namespaces.js';
import { toggle, underlineOn } from './ooxml.js';

export interface Emphasis {
  bold?: boolean;
  underline?: boolean;
  italic?: boolean;
}

/** A list a paragraph style numbers its paragraphs with (Word's «List Number»). */
export interface ListRef {
  numId: string;
  ilvl: number;
}

interface StyleDraft extends Emphasis {
  basedOn?: string;
  list?: Partial<ListRef>;
}

export interface StyleTable {
  /** Emphasis a style gives its text, with the styles it is based on applied. */
  emphasis(styleId: string | undefined): Emphasis;
  /** The list a paragraph style numbers with, if any. */
  list(styleId: string | undefined): ListRef | undefined;
}

export const NO_STYLES: StyleTable = { emphasis: () => ({}), list: () => undefined };

export function readStyles(xml: string | undefined, depth: DepthLimit = PART_DEPTH): StyleTable {
  if (xml === undefined) return NO_STYLES;
  const drafts = new Map<string, StyleDraft>();
  const stack: string[] = [];
  let current: StyleDraft | undefined;
  parseOoxml(
    xml,
    {
      onopentag(name, attribs) {
        const parent = stack[stack.length - 1];
        stack.push(name);
        if (name === 'w:style') {
          current = {};
          drafts.set(attribs['w:styleId'] ?? '', current);
        } else if (!current) return;
        else if (name === 'w:basedOn' && parent === 'w:style') current.basedOn = attribs['w:val'];
        else if (parent === 'w:rPr' && stack[stack.length - 3] === 'w:style') {
          if (name === 'w:b') current.bold = toggle(attribs);
          else if (name === 'w:u') current.underline = underlineOn(attribs);
          else if (name === 'w:i') current.italic = toggle(attribs);
        } else if (parent === 'w:numPr' && stack[stack.length - 3] === 'w:pPr') {
          current.list ??= {};
          if (name === 'w:numId') current.list.numId = attribs['w:val'];
          else if (name === 'w:ilvl') current.list.ilvl = Number.parseInt(attribs['w:val'] ?? '0', 10) || 0;
        }
      },
      onclosetag(name) {
        stack.pop();
        if (name === 'w:style') current = undefined;
      },
    },
    depth,
  );

  return inheritance(drafts);
}

/**
 * Styles with what they inherit (w:basedOn) applied, nearest style first. Chains are
 * walked in a loop, not by recursion (a styles part may chain thousands of styles),
 * each style resolved once; a loop in the chain ends it.
 */
function inheritance(drafts: ReadonlyMap<string, StyleDraft>): StyleTable {
  const emphasis = new Map<string, Emphasis>();
  const lists = new Map<string, ListRef | undefined>();
  const chainOf = (id: string, done: ReadonlyMap<string, unknown>): string[] => {
    const chain: string[] = [];
    const seen = new Set<string>();
    for (let at: string | undefined = id; at !== undefined && drafts.has(at) && !seen.has(at); ) {
      seen.add(at);
      chain.push(at);
      if (done.has(at)) break;
      at = drafts.get(at)?.basedOn;
    }
    return chain;
  };
  const resolveEmphasis = (id: string): Emphasis => {
    let base: Emphasis = {};
    for (const at of chainOf(id, emphasis).reverse()) {
      const known = emphasis.get(at);
      if (known) base = known;
      else {
        const draft = drafts.get(at) as StyleDraft;
        base = {
          bold: draft.bold ?? base.bold,
          underline: draft.underline ?? base.underline,
          italic: draft.italic ?? base.italic,
        };
        emphasis.set(at, base);
      }
    }
    return base;
  };
  const resolveList = (id: string): ListRef | undefined => {
    let base: ListRef | undefined;
    for (const at of chainOf(id, lists).reverse()) {
      if (lists.has(at)) base = lists.get(at);
      else {
        const list = (drafts.get(at) as StyleDraft).list;
        const numId = list?.numId ?? base?.numId;
        base = numId === undefined ? undefined : { numId, ilvl: list?.ilvl ?? base?.ilvl ?? 0 };
        lists.set(at, base);
      }
    }
    return base;
  };
  return {
    emphasis: (id) => (id === undefined ? {} : resolveEmphasis(id)),
    list: (id) => (id === undefined ? undefined : resolveList(id)),
  };
}
