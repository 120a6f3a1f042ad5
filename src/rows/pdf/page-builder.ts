// What any PDF engine hands the table reader, and how it becomes text items: the
// engine places glyphs (text, baseline origin, advance, size, weight) and ruling
// lines in device space, one page at a time; the builder joins glyphs into items
// with pdf.js's own thresholds and cuts items at the column rules. The geometry
// after it (page-grid, stream-table, stitch) sees only items and lines.
import {
  type Box,
  clip,
  edgesOfShape,
  type FillSide,
  pageRules,
  type Subpath,
  TOLERANCES,
  visibleSides,
} from './edges.js';
import type { Segment, TextItem } from './page-grid.js';
import { underlinedBy } from './underlines.js';

/** A font whose name says it is bold (`DejaVuSans-Bold`, `Arial,Black`): how either engine tells bold. */
export const BOLD_FONT_NAME = /bold|black|heavy|semibold|demi/i;

// pdf.js's thresholds for text content, in ems: a gap wider than TRACKING is a
// space between words; wider than NEW_ITEM, a separate piece of text (another cell).
const TRACKING = 0.102;
const NEW_ITEM = 0.6;
/**
 * A gap between two glyphs, in ems, that no font leaves inside a word, too narrow for a
 * space: where the text of one cell meets the next one's printed to the border
 * («молодіВідповідно»). Recorded as a seam the item may be cut at a column's start.
 */
const SEAM = 0.02;

/** A text item while the page is read: where its words start, to cut it at a column border. */
interface PendingItem extends TextItem {
  end: number;
  cuts: Array<{ at: number; x: number; before: number }>;
  seamCuts: Array<{ at: number; x: number; before: number }>;
}

export class PageBuilder {
  private readonly edges: Segment[] = [];
  private readonly fillSides: FillSide[] = [];
  private readonly items: PendingItem[] = [];
  private open: PendingItem | undefined;
  private drawn = 0;
  private images = 0;

  /** An image painted on the page. */
  image(): void {
    this.drawn++;
    this.images++;
  }

  /** Objects painted on a page without text, counted but not read. */
  unread(count: number): void {
    this.drawn += count;
  }

  /** A painted (filled or stroked) subpath in device space, and the extent of the clip it is painted under. */
  shape(path: Subpath, within: Box | null, background = false): void {
    this.drawn++;
    const id = this.drawn;
    edgesOfShape(path, (edge, side) => {
      const visible = within ? clip(edge, within, TOLERANCES.level) : edge;
      if (!visible) return;
      if (background && side) this.fillSides.push({ edge: visible, shape: id });
      else this.edges.push(visible);
    });
  }

  /**
   * A glyph at its baseline origin (x, y) with its advance, in device space. A space
   * is the gap it leaves, not text of its own: it neither starts an item nor moves
   * where the item's text ends (a line's trailing space would make it look full).
   */
  glyph(chars: string, x: number, y: number, advance: number, fontSize: number, bold: boolean): void {
    if (chars === '') return;
    let open = this.open;
    if (chars.trim() === '') {
      if (open && !/\s$/.test(open.text)) open.text += ' ';
      return;
    }
    const gap = open ? (x - open.end) / Math.max(1e-6, fontSize) : 0;
    const sameLine = open !== undefined && Math.abs(y - open.y) < 0.25 * Math.max(1, fontSize) && open.bold === bold;
    if (!open || !sameLine || gap > NEW_ITEM || gap < -NEW_ITEM) {
      this.flush();
      open = this.open = { text: chars, x, y, width: 0, fontSize, bold, end: x, cuts: [], seamCuts: [] };
    } else {
      if (gap > TRACKING && !/\s$/.test(open.text) && !/^\s/.test(chars)) open.text += ' ';
      // Where a word starts, the item may be cut if a column border runs between the words.
      if (/\s$/.test(open.text)) open.cuts.push({ at: open.text.length, x, before: open.end });
      else if (gap > SEAM) open.seamCuts.push({ at: open.text.length, x, before: open.end });
      open.text += chars;
    }
    // A glyph drawn inside the one before (the second letter of a ligature, given the
    // ligature's place) does not pull the item's end back.
    open.end = Math.max(open.end, x + advance);
    open.width = open.end - open.x;
  }

  /** Ends the item being built: the next glyph starts another. */
  flush(): void {
    if (this.open && this.open.text.trim() !== '') this.items.push(this.open);
    this.open = undefined;
  }

  /**
   * The page's rules and text items within its visible box; `normalize` is applied to
   * each item's text. What lies outside the box is not printed, and not read.
   */
  finish(
    normalize: (text: string) => string = (t) => t,
    box: Box | null = null,
  ): { lines: Segment[]; items: TextItem[]; drawn: number; images: number } {
    this.flush();
    const shown = box ? this.items.filter((i) => visible(i, box)) : this.items;
    if (shown.length === 0) return { lines: [], items: [], drawn: this.drawn, images: this.images };
    const { rules: lines, underlines } = pageRules([...this.edges, ...visibleSides(this.fillSides)], box, shown);
    const items = cutAtColumns(shown, lines).map(({ text, x, y, width, fontSize, bold, cuts, seamCuts }) => {
      // The private-use characters cell-text marks breaks with cannot come from the page.
      const clean = normalize(text).replace(/[\uE000-\uE00F]/gu, '\uFFFD');
      const item: TextItem = { text: clean, x, y, width, fontSize, bold };
      if (underlines.length > 0 && underlinedBy(item, underlines, TOLERANCES.underlineDepth)) item.underline = true;
      // A rule where its underline would be hides whether it has one (a dotted border joins it).
      else if (underlinedBy(item, lines, TOLERANCES.underlineDepth)) item.underlineHidden = true;
      // Where words start, while normalising kept the text's length (a ligature unfolded moves them).
      const places = (list: typeof cuts) => list.map((c): [number, number, number] => [c.at, c.x, c.before]);
      if (clean.length === text.length && cuts.length > 0) item.words = places(cuts);
      if (clean.length === text.length && seamCuts.length > 0) item.seams = places(seamCuts);
      return item;
    });
    return { lines, items, drawn: this.drawn, images: this.images };
  }
}

const visible = (item: TextItem, box: Box): boolean => {
  const m = TOLERANCES.pageMargin;
  const x = item.x + Math.min(1, item.width / 2);
  return x >= box.left - m && x <= box.right + m && item.y >= box.bottom - m && item.y <= box.top + m;
};

/**
 * pdf.js joins glyphs closer than 0.6 em into one item, and a browser leaves less
 * than that between a cell's text and the next cell's («10» | «Забезпечити»): an item
 * that runs across a vertical rule is cut at the word boundary over it.
 */
function cutAtColumns(items: PendingItem[], lines: readonly Segment[]): PendingItem[] {
  const verticals = lines.filter((s) => Math.abs(s.x1 - s.x2) < 0.5 && Math.abs(s.y2 - s.y1) > 3);
  if (verticals.length === 0) return items;
  const out: PendingItem[] = [];
  for (const item of items) {
    let rest = item;
    for (;;) {
      const crossing = verticals.find(
        (v) =>
          v.x1 > rest.x + 1 &&
          v.x1 < rest.end - 1 &&
          rest.y >= Math.min(v.y1, v.y2) - 1 &&
          rest.y <= Math.max(v.y1, v.y2) + 1,
      );
      const at = (c: { x: number; before: number }) =>
        crossing !== undefined && c.before <= crossing.x1 + 1 && c.x >= crossing.x1 - 1;
      const cut = rest.cuts.find(at) ?? rest.seamCuts.find(at);
      if (!cut) break;
      const [head, tail] = cutPending(rest, cut);
      out.push(head);
      rest = tail;
    }
    out.push(rest);
  }
  return out;
}

/** An item being read cut in two where a word or a seam starts. */
function cutPending(item: PendingItem, cut: { at: number; x: number; before: number }): [PendingItem, PendingItem] {
  const before = (list: PendingItem['cuts']) => list.filter((c) => c.at < cut.at);
  const after = (list: PendingItem['cuts']) =>
    list.filter((c) => c.at > cut.at).map((c) => ({ ...c, at: c.at - cut.at }));
  const head = {
    ...item,
    text: item.text.slice(0, cut.at).trimEnd(),
    width: cut.before - item.x,
    end: cut.before,
    cuts: before(item.cuts),
    seamCuts: before(item.seamCuts),
  };
  const tail = {
    ...item,
    text: item.text.slice(cut.at),
    x: cut.x,
    width: item.end - cut.x,
    cuts: after(item.cuts),
    seamCuts: after(item.seamCuts),
  };
  return [head, tail];
}
