// OpenDocument styles, as far as the report needs them: whether text set in a style
// is bold, underlined or in italics. Styles inherit from their parent
// (`style:parent-style-name`); a paragraph's emphasis is the default of its spans, and
// a spreadsheet cell's style gives its text's emphasis.
import type { Run } from '../row.js';

export type Emphasis = Pick<Run, 'bold' | 'underline'> & { italic: boolean };

interface StyleEntry {
  parent?: string;
  bold?: boolean;
  underline?: boolean;
  italic?: boolean;
}

const PLAIN: Emphasis = Object.freeze({ bold: false, underline: false, italic: false });
/** Inheritance deeper than this is a loop or an attack; the rest is plain. */
const MAX_PARENTS = 32;

/** `fo:font-weight` values that are bold. */
const BOLD_WEIGHT = /^(?:bold|bolder|[6-9]00)$/;

export class OdfStyles {
  // A Map: style names come from the input («constructor» is a valid one).
  private readonly entries = new Map<string, StyleEntry>();
  private current: StyleEntry | undefined;

  /** Collects `style:style` and its text properties, wherever in the file they are. */
  open(name: string, attribs: Record<string, string>): void {
    if (name === 'style:style') {
      const styleName = attribs['style:name'];
      if (styleName === undefined) return;
      this.current = { parent: attribs['style:parent-style-name'] };
      this.entries.set(styleName, this.current);
    } else if (name === 'style:text-properties' && this.current) {
      const weight = attribs['fo:font-weight'];
      if (weight !== undefined) this.current.bold = BOLD_WEIGHT.test(weight);
      const underline = attribs['style:text-underline-style'];
      if (underline !== undefined) this.current.underline = underline !== 'none';
      const italic = attribs['fo:font-style'];
      if (italic !== undefined) this.current.italic = italic === 'italic' || italic === 'oblique';
    }
  }

  close(name: string): void {
    if (name === 'style:style') this.current = undefined;
  }

  /** The emphasis of text in `style` over `base` (what the paragraph or cell gives it). */
  emphasis(style: string | undefined, base: Emphasis = PLAIN): Emphasis {
    const out = { ...base };
    const set = { bold: false, underline: false, italic: false };
    let entry = style === undefined ? undefined : this.entries.get(style);
    for (let depth = 0; entry && depth < MAX_PARENTS; depth++) {
      for (const key of ['bold', 'underline', 'italic'] as const) {
        const value = entry[key];
        if (value !== undefined && !set[key]) {
          out[key] = value;
          set[key] = true;
        }
      }
      entry = entry.parent === undefined ? undefined : this.entries.get(entry.parent);
    }
    return out;
  }
}

export const PLAIN_EMPHASIS = PLAIN;
