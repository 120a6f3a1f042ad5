// Underlines: a horizontal just under a line of text, of about its extent, is its
// underline (a heading's, a link's), never a rule of the table; and the text it runs
// under is underlined, which tells a goal's heading from the sector's below it.
import type { Segment, TextItem } from './page-grid.js';

/** A line of text: items on one baseline, each closer than an em to the next. */
export interface TextLine {
  y: number;
  start: number;
  end: number;
  fontSize: number;
}

export function textLines(items: readonly TextItem[]): TextLine[] {
  const lines: TextLine[] = [];
  for (const item of [...items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const last = lines[lines.length - 1];
    const em = Math.max(item.fontSize, 1);
    if (last && Math.abs(last.y - item.y) < 0.2 * em && item.x - last.end < em) last.end = item.x + item.width;
    else lines.push({ y: item.y, start: item.x, end: item.x + item.width, fontSize: em });
  }
  return lines;
}

/**
 * An underline (of a heading, a link), in one piece or several: a horizontal just
 * under a line of text's baseline that starts no earlier than the text and ends no
 * later than it (and a trailing space). A table's rule runs on to the cell's sides.
 */
export function isUnderline(
  h: Segment,
  lines: readonly TextLine[],
  { underlineDepth, underlineStart }: { underlineDepth: number; underlineStart: number },
): boolean {
  return lines.some(
    (l) =>
      l.y - h.y1 >= 0 &&
      l.y - h.y1 <= underlineDepth * l.fontSize &&
      h.x1 >= l.start - underlineStart &&
      h.x2 <= l.end + 0.5 * l.fontSize,
  );
}

/** Whether an underline (or a rule) runs under at least half of an item, just below its baseline. */
export function underlinedBy(item: TextItem, underlines: readonly Segment[], underlineDepth: number): boolean {
  const depth = underlineDepth * item.fontSize;
  const under = underlines.filter((h) => item.y - h.y1 >= 0 && item.y - h.y1 <= depth);
  const covered = under.reduce(
    (sum, h) => sum + Math.max(0, Math.min(h.x2, item.x + item.width) - Math.max(h.x1, item.x)),
    0,
  );
  return covered >= 0.5 * item.width;
}
