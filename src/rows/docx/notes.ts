// Footnotes and endnotes (word/footnotes.xml, word/endnotes.xml): the body holds
// only a reference mark; the note's text lives in its own part. The reader writes
// the mark where the reference stands (`[1]`, endnotes `[i]`, as Word numbers them)
// and keeps each note's text, with the same mark, after the document.
import type { DepthLimit } from '../../read/limits.js';
import { PART_DEPTH, parseOoxml } from './namespaces.js';
import { roman } from './numbering.js';

export type NoteKind = 'footnote' | 'endnote';

/** The references met in the body, in order, each with the mark printed for it. */
export class NoteRefs {
  readonly found: Array<{ kind: NoteKind; id: string; mark: string }> = [];
  private readonly marks = new Map<string, string>();
  // Counted as they come: counting the list again for each new note took the square of their number.
  private readonly counts = { footnote: 0, endnote: 0 };

  mark(kind: NoteKind, id: string): string {
    const key = `${kind}:${id}`;
    let mark = this.marks.get(key);
    if (mark === undefined) {
      const n = ++this.counts[kind];
      mark = `[${kind === 'footnote' ? n : roman(n)}]`;
      this.marks.set(key, mark);
      this.found.push({ kind, id, mark });
    }
    return mark;
  }
}

/** Each note's text by id; separators (`w:type`) are not notes. */
export function readNotes(
  xml: string | undefined,
  kind: NoteKind,
  depth: DepthLimit = PART_DEPTH,
): Map<string, string> {
  const notes = new Map<string, string>();
  if (xml === undefined) return notes;
  let id: string | undefined;
  let text = '';
  let inText = false;
  let skip = 0;
  parseOoxml(
    xml,
    {
      onopentag(name, a) {
        if (skip > 0 || name === 'w:del' || name === 'w:instrText' || name === 'w:delText') {
          skip++;
          return;
        }
        if (name === `w:${kind}`) {
          id = a['w:type'] === undefined || a['w:type'] === 'normal' ? a['w:id'] : undefined;
          text = '';
        } else if (name === 'w:t') inText = true;
        else if (name === 'w:tab' || name === 'w:br') text += ' ';
        else if (name === 'w:p' && text !== '') text += '\n';
      },
      ontext(t) {
        if (inText && skip === 0) text += t;
      },
      onclosetag(name) {
        if (skip > 0) {
          skip--;
          return;
        }
        if (name === 'w:t') inText = false;
        else if (name === `w:${kind}` && id !== undefined) {
          notes.set(id, text.trim());
          id = undefined;
        }
      },
    },
    depth,
  );
  return notes;
}
