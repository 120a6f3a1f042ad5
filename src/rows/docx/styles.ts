// Bold and underline that come from styles (word/styles.xml) rather than from the
// run itself: Word marks headings with a paragraph style ("Heading 1") or a
// character style ("Strong") as often as with direct bold.
import { parseOoxml } from './namespaces.js';
import { toggle, underlineOn } from './ooxml.js';

export interface Emphasis {
  bold?: boolean;
  underline?: boolean;
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

export function readStyles(xml: string | undefined): StyleTable {
  if (xml === undefined) return NO_STYLES;
  const drafts = new Map<string, StyleDraft>();
  const stack: string[] = [];
  let current: StyleDraft | undefined;
  parseOoxml(xml, {
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
  });

  const resolved = new Map<string, Emphasis>();
  const resolve = (id: string, seen: Set<string>): Emphasis => {
    const done = resolved.get(id);
    if (done) return done;
    const draft = drafts.get(id);
    if (!draft || seen.has(id)) return {};
    seen.add(id);
    const base = draft.basedOn === undefined ? {} : resolve(draft.basedOn, seen);
    const emphasis = { bold: draft.bold ?? base.bold, underline: draft.underline ?? base.underline };
    resolved.set(id, emphasis);
    return emphasis;
  };
  const listOf = (id: string, seen: Set<string>): ListRef | undefined => {
    const draft = drafts.get(id);
    if (!draft || seen.has(id)) return undefined;
    seen.add(id);
    const base = draft.basedOn === undefined ? undefined : listOf(draft.basedOn, seen);
    const numId = draft.list?.numId ?? base?.numId;
    return numId === undefined ? undefined : { numId, ilvl: draft.list?.ilvl ?? base?.ilvl ?? 0 };
  };
  return {
    emphasis: (id) => (id === undefined ? {} : resolve(id, new Set())),
    list: (id) => (id === undefined ? undefined : listOf(id, new Set())),
  };
}
