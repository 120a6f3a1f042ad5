// Text into HTML, and data into a <script> element, with nothing of the report's
// text ever read as markup (a cell may hold «<script>»: it stays text).
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);

/** JSON that cannot close its <script> element or open a comment inside it. */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** A link's target if it is a web address; anything else (javascript:, data:) is not linked. */
export const safeHref = (url: string): string | null => (/^https?:\/\//i.test(url) ? url : null);

/** A tagged template that escapes every value unless it is already HTML (an Html). */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = string | number | null | undefined | Html | readonly Html[];

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += partText(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

function partText(value: Part): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map((v: Html) => v.text).join('');
  return escapeHtml(String(value));
}
