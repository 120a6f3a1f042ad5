// Turns one cell's raw content (an HTML fragment, possibly with markdown emphasis and
// escapes) into clean text plus emphasis runs and links. Cleaning decodes entities,
// turns block elements into line breaks, drops markdown `**` and `\` escapes and
// collapses white space; every word of the cell survives.
import { Parser } from 'htmlparser2';
import { hasInvisible, type InvisibleCounts, removeInvisible } from '../text/invisible.js';
import { collapseLines, collapseSpaces } from '../text/whitespace.js';
import { DEFAULT_LIMITS, DepthGuard, type DepthLimit } from '../read/limits.js';
import type { Cell, Run } from './row.js';

export interface CellOptions {
  /** Treat `**` as bold delimiters and `\x` as escapes (the text export is markdown). */
  markdown?: boolean;
  /** How deep the cell's elements may nest, and where the cell is, for the refusal. */
  depth?: DepthLimit;
}

const CELL_DEPTH: DepthLimit = { max: DEFAULT_LIMITS.maxDepth, what: 'the nesting of elements in a cell' };

// Elements whose start or end breaks a line inside the cell's value.
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'tr',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'hr',
]);
const BOLD_TAGS = new Set(['b', 'strong', 'th']);
const UNDERLINE_TAGS = new Set(['u', 'ins']);
const ITALIC_TAGS = new Set(['i', 'em', 'cite', 'dfn']);
// Emphasis written as a style, as web editors and word processors' HTML do.
const STYLE_BOLD = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
const STYLE_ITALIC = /font-style\s*:\s*(?:italic|oblique)/i;
// One declaration at a time, anchored: unanchored, each «text-decoration:» in a long style is a start.
const UNDERLINE_DECLARATION = /^\s*text-decoration(?:-line)?\s*:[\s\S]*underline/i;
const underlined = (style: string): boolean => style.split(';').some((d) => UNDERLINE_DECLARATION.test(d));

type Emphasis = 'bold' | 'underline' | 'italic';
/** The emphasis an element gives the text inside it: by its name, or by its style. */
function emphasisOf(name: string, style: string | undefined): Emphasis[] {
  const out: Emphasis[] = [];
  if (BOLD_TAGS.has(name) || (style && STYLE_BOLD.test(style))) out.push('bold');
  if (UNDERLINE_TAGS.has(name) || (style && underlined(style))) out.push('underline');
  if (ITALIC_TAGS.has(name) || (style && STYLE_ITALIC.test(style))) out.push('italic');
  return out;
}

const MARKUP_HINT = /[<&]/;
const MARKDOWN_HINT = /[*\\]/;
// Most cells have no markup and no white space but single spaces: one scan tells.
const SIMPLE = /[<&]|[^\S ]| {2}/;
const SIMPLE_MARKDOWN = /[<&*\\]|[^\S ]| {2}/;
const MARKDOWN_ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>"'~])/g;

export function cellFromMarkup(printed: string, options: CellOptions = {}): Cell {
  // Invisible characters go first, typed (U+00AD) or as entities (`&shy;`, decoded below with the rest);
  // the counts are kept only for a cell that had some (most have none).
  const invisible: InvisibleCounts = {};
  const cell = cellFromClean(hasInvisible(printed) ? removeInvisible(printed, invisible) : printed, options, invisible);
  for (const _ in invisible) {
    cell.invisible = invisible;
    break;
  }
  return cell;
}

function cellFromClean(raw: string, options: CellOptions, invisible: InvisibleCounts): Cell {
  const markdown = options.markdown === true;
  if (!(markdown ? SIMPLE_MARKDOWN : SIMPLE).test(raw)) return plainCell(raw.trim());
  if (!MARKUP_HINT.test(raw) && !(markdown && MARKDOWN_HINT.test(raw))) return plainCell(collapseSpaces(raw));

  const pieces: Run[] = [];
  const links: string[] = [];
  // How many open elements give each emphasis, and what each open element gave.
  const open: Record<Emphasis, number> = { bold: 0, underline: 0, italic: 0 };
  const given: Emphasis[][] = [];
  let mdBold = false;
  let sawTag = false;
  let pre = 0;

  const pushText = (raw: string): void => {
    // A line end in markup is white space, as a browser shows it; only <br>, blocks and <pre> break lines.
    const text = pre > 0 || !raw.includes('\n') ? raw : raw.replace(/\r?\n/g, ' ');
    if (text === '') return;
    const emphasis = { underline: open.underline > 0, ...(open.italic > 0 ? { italic: true } : {}) };
    if (!markdown) {
      pieces.push({ text, bold: open.bold > 0, ...emphasis });
      return;
    }
    // Markdown: each `**` toggles bold (the export writes nothing else with it); `\x` unescapes.
    text.split('**').forEach((part, i) => {
      if (i > 0) {
        mdBold = !mdBold;
        sawTag = true;
      }
      const unescaped = part.replace(MARKDOWN_ESCAPE, '$1');
      if (unescaped !== part) sawTag = true;
      if (unescaped !== '') pieces.push({ text: unescaped, bold: open.bold > 0 || mdBold, ...emphasis });
    });
  };
  const breakLine = (): void => {
    pieces.push({ text: '\n', bold: false, underline: false });
  };
  const depth = new DepthGuard(options.depth ?? CELL_DEPTH);

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth.open();
        sawTag = true;
        const emphasis = emphasisOf(name, attribs.style);
        for (const e of emphasis) open[e]++;
        given.push(emphasis);
        if (BLOCK_TAGS.has(name)) breakLine();
        if (name === 'pre') pre++;
        if (name === 'a' && attribs.href) links.push(attribs.href.trim());
      },
      onclosetag(name) {
        depth.close();
        for (const e of given.pop() ?? []) open[e] = Math.max(0, open[e] - 1);
        if (BLOCK_TAGS.has(name)) breakLine();
        if (name === 'pre') pre = Math.max(0, pre - 1);
      },
      ontext: pushText,
      // HTML parsers read CDATA as a comment; its content is text all the same.
      oncomment(data) {
        if (data.startsWith('[CDATA[')) pushText(data.slice(7).replace(/]]$/, ''));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(textForUnterminatedMarkup(raw));
  parser.end();

  const cell = cellFromRuns(pieces, links, sawTag, invisible);
  if (!cell.markup && cell.text !== collapseLines(raw)) cell.markup = true;
  return cell;
}

/**
 * A cell from pieces of text in reading order (`\n` pieces break lines) and the
 * links found beside them: the last step of every reader that sees runs of text.
 */
export function cellFromRuns(
  pieces: readonly Run[],
  links: readonly string[],
  markup: boolean,
  invisible?: InvisibleCounts,
): Cell {
  const counts: InvisibleCounts = invisible ?? {};
  const found = pieces.some((p) => hasInvisible(p.text));
  const visible = found ? pieces.map((p) => ({ ...p, text: removeInvisible(p.text, counts) })) : pieces;
  // NFC: a word typed in decomposed form (и + combining breve) must equal its composed twin.
  const text = collapseLines(visible.map((p) => p.text).join('')).normalize('NFC');
  const cell: Cell = { text, runs: mergeRuns(visible), links: links.filter((l) => l !== ''), markup };
  if (!invisible && found) cell.invisible = counts;
  return cell;
}

/**
 * Markup that never closes is text: an HTML parser would swallow the rest of the
 * cell into an unfinished tag (`a <b c`) or comment (`a <!-- c`), losing words.
 */
function textForUnterminatedMarkup(raw: string): string {
  let text = raw;
  const comment = text.lastIndexOf('<!--');
  if (comment >= 0 && !text.includes('-->', comment + 4))
    text = `${text.slice(0, comment)}&lt;${text.slice(comment + 1)}`;
  const lastClose = text.lastIndexOf('>');
  const open = text.indexOf('<', lastClose + 1);
  if (open >= 0) text = text.slice(0, open) + text.slice(open).replace(/</g, '&lt;');
  return text;
}

function plainCell(raw: string): Cell {
  const text = raw.normalize('NFC');
  return { text, runs: text === '' ? [] : [{ text, bold: false, underline: false }], links: [], markup: false };
}

/** Joins neighbouring pieces of equal emphasis and drops white-space-only runs. */
function mergeRuns(pieces: readonly Run[]): Run[] {
  const runs: Run[] = [];
  for (const piece of pieces) {
    const last = runs[runs.length - 1];
    const same =
      last && last.bold === piece.bold && last.underline === piece.underline && !last.italic === !piece.italic;
    if (last && same) last.text += piece.text;
    else runs.push({ ...piece });
  }
  const out: Run[] = [];
  for (const run of runs) {
    const text = collapseSpaces(run.text).normalize('NFC');
    if (text !== '')
      out.push({ text, bold: run.bold, underline: run.underline, ...(run.italic ? { italic: true } : {}) });
  }
  return out;
}
