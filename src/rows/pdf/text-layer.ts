// What a PDF's text layer says about itself before any table is read: a file with no
// text is a scan; a file whose glyphs map to characters that are not Ukrainian text
// (a font without a usable ToUnicode map, a re-distilled file) would give «measures»
// of garbage; a page without text among pages with it was scanned or drawn as
// outlines, and its rows would be missing without a word. Bold that every letter
// carries (a re-distiller marks every font bold) tells no heading from anything else.
import { InputError } from '../../errors.js';
import type { ReaderNotice } from '../row.js';
import { commonWordShare } from '../../text/common-words.js';
import type { PageContent } from './page-grid.js';

export const TEXT_LAYER = {
  /** A page's letters this share or more Cyrillic: the report's language. Less, and the page is garbled. */
  cyrillicShare: 0.5,
  /** Letters a page needs before its share is judged (a page of numbers and a URL is not garbled). */
  lettersToJudge: 200,
  /** Words a page needs before its share of the language's commonest words is judged. */
  wordsToJudge: 60,
  /** Of its words, at least this share are the commonest little words («та», «в», «на», …): 7–20 % in
   * the releases' pages; a text whose letters are all shifted by one has 0.1 %. */
  commonWordShare: 0.02,
  /** Garbled pages, as a share of the pages with text, from which the file is refused. */
  refuseShare: 0.5,
  /** Shapes and images a page without text paints, from which it is a scan or outlines and not blank. */
  drawnWithoutText: 20,
  /** Shapes a page without text or images paints, from which its letters are outlines (a page of
   * text drawn as outlines has thousands; a blank form, a few). */
  outlineShapes: 500,
  /** Share of the letters in bold from which bold is no mark of anything. */
  uniformBold: 0.8,
} as const;

const LETTER = /\p{L}/gu;
const NOT_LETTERS = /\P{L}+/gu;
const NOT_CYRILLIC = /\P{Script=Cyrillic}+/gu;
/** A letter of a script the report is not written in, or the replacement character: a glyph mapped wrongly. */
const FOREIGN = /(?![\p{Script=Cyrillic}\p{Script=Latin}\p{Script=Greek}])\p{L}|\uFFFD/gu;

/** Page numbers as ranges: «1–3, 7». */
export function pageList(numbers: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; ) {
    let j = i;
    while (j + 1 < numbers.length && (numbers[j + 1] as number) === (numbers[j] as number) + 1) j++;
    parts.push(i === j ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

const textOf = (page: PageContent): string => page.items.map((i) => i.text).join(' ');
const codePoints = (text: string): number => text.length - (text.match(/[\uDC00-\uDFFF]/g)?.length ?? 0);
const hasText = (page: PageContent): boolean => page.items.some((i) => i.text.trim() !== '');

/**
 * Whether a page's text is garbled: enough letters but too few of them Cyrillic, or
 * enough words but hardly any of the commonest ones (letters mapped one off still
 * look Cyrillic, but «та» reads «уб»).
 */
function garbled(page: PageContent): boolean {
  const text = textOf(page);
  // Counted as what is left when the rest is taken out: no array of every letter.
  const letterText = text.replace(NOT_LETTERS, '');
  const letters = codePoints(letterText);
  if (
    letters >= TEXT_LAYER.lettersToJudge &&
    codePoints(letterText.replace(NOT_CYRILLIC, '')) / letters < TEXT_LAYER.cyrillicShare
  )
    return true;
  const { words, share } = commonWordShare(text);
  return words >= TEXT_LAYER.wordsToJudge && share < TEXT_LAYER.commonWordShare;
}

/** A sample of a garbled page's text for the message, so the reader sees what the file gives. */
function sample(page: PageContent): string {
  return (page.items.find((i) => (i.text.match(LETTER)?.length ?? 0) >= 6)?.text ?? '').trim().slice(0, 24);
}

/** A page's words holding glyphs mapped to foreign letters: a notice naming the first and the letters. */
function foreignGlyphs(page: PageContent): ReaderNotice[] {
  const items = page.items.filter((i) => i.text.search(FOREIGN) >= 0);
  if (items.length === 0) return [];
  const chars = [...new Set(items.flatMap((i) => i.text.match(FOREIGN) ?? []))];
  // The line it stands on, for the reader to find it: a wrongly mapped glyph often starts an item of its own.
  const hit = items[0] as PageContent['items'][number];
  const first = page.items
    .filter((i) => Math.abs(i.y - hit.y) < 0.5 * hit.fontSize)
    .sort((a, b) => a.x - b.x)
    .map((i) => i.text)
    .join('')
    .split(/\s+/u);
  const at = first.findIndex((word) => word.search(FOREIGN) >= 0);
  return [
    {
      code: 'glyphs-unmapped',
      details: {
        page: page.page,
        sample: first.slice(Math.max(0, at - 1), at + 3).join(' '),
        chars: chars
          .map((c) => `«${c}» (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')})`)
          .join(', '),
      },
      source: { page: page.page },
    },
  ];
}

/**
 * Refuses a file with no text (a scan) or whose text is mostly garbled; names, as
 * notices, garbled pages and pages without text among the others.
 */
export function checkTextLayer(pages: readonly PageContent[], name: string): ReaderNotice[] {
  const withText = pages.filter(hasText);
  if (withText.length === 0) {
    // Images on the pages: a scan; shapes only: text drawn as outlines (a re-distiller's -dNoOutputFonts).
    const outlines = pages.some((p) => (p.images ?? 0) === 0 && (p.drawn ?? 0) >= TEXT_LAYER.outlineShapes);
    throw new InputError(
      outlines
        ? `${name}: no text layer: the text is drawn as outlines (shapes, not letters); OCR is not supported`
        : `${name}: scanned PDF: no text layer; OCR is not supported`,
    );
  }
  const bad = withText.filter(garbled);
  if (bad.length > 0 && bad.length >= TEXT_LAYER.refuseShare * withText.length) {
    const pages = pageList(bad.map((p) => p.page));
    throw new InputError(
      `${name}: the text of pages ${pages} is not Ukrainian (it reads «${sample(bad[0] as PageContent)}»): ` +
        `its fonts do not map glyphs to letters; read the release's DOCX, HTML or text export instead`,
    );
  }
  const notices: ReaderNotice[] = bad.map((p) => ({
    code: 'page-text-garbled' as const,
    details: { page: p.page, sample: sample(p) },
    source: { page: p.page },
  }));
  for (const page of withText) if (!bad.includes(page)) notices.push(...foreignGlyphs(page));
  for (const page of pages)
    if (!hasText(page) && (page.drawn ?? 0) >= TEXT_LAYER.drawnWithoutText)
      notices.push({ code: 'page-without-text', details: { page: page.page }, source: { page: page.page } });
  return notices.sort((a, b) => (a.source.page ?? 0) - (b.source.page ?? 0));
}

/** Bold carried by nearly every letter marks nothing: it is dropped, so headings are told by their shape. */
export function dropUniformBold(pages: PageContent[]): PageContent[] {
  let bold = 0;
  let all = 0;
  for (const page of pages)
    for (const item of page.items) {
      all += item.text.length;
      if (item.bold) bold += item.text.length;
    }
  if (all === 0 || bold / all < TEXT_LAYER.uniformBold) return pages;
  return pages.map((p) => ({ ...p, items: p.items.map((i) => (i.bold ? { ...i, bold: false } : i)) }));
}
