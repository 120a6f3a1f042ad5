// Pathological inputs built from the sample: what a careful attacker or an unlucky
// producer would send. Each generator takes a size and gives the bytes of a report
// whose one odd part grows with it. The structured fuzz test draws shapes and sizes
// from them; bench/scaling.js times each at n and 2n.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';

const SAMPLE = fileURLToPath(new URL('../fixtures/zhytomyr-2023-9m', import.meta.url));
const text = readFileSync(`${SAMPLE}.txt`, 'utf8');
const html = readFileSync(`${SAMPLE}.html`, 'utf8');
const docx = readFileSync(`${SAMPLE}.docx`);
const encoder = new TextEncoder();

/** A title every format of the sample has: the odd part goes just before it. */
const ANCHOR = 'Інформаційна та ресурсна підтримка підприємців';

const around = (source, inner) => {
  const at = source.indexOf(ANCHOR);
  return `${source.slice(0, at)}${inner}${source.slice(at)}`;
};

/** A unit repeated to about n characters (a cell stays within the line limit at the sizes timed). */
const fill = (unit, n) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));

/** The sample with one cell of the anchor's row (0–5) replaced. */
function withCell(index, content) {
  return text
    .split('\n')
    .map((line) => {
      if (!line.includes(ANCHOR)) return line;
      const cells = line.split('\t');
      cells[index] = content;
      return cells.join('\t');
    })
    .join('\n');
}

const nested = (open, close, depth, closed = true, inner = 'глибоко') =>
  `${open.repeat(depth)}${inner}${closed ? close.repeat(depth) : ''}`;
/** A paragraph of Word's with the word every nested generator puts at the bottom. */
const WORD_PARAGRAPH = '<w:p><w:r><w:t>глибоко</w:t></w:r></w:p>';

/** The sample's DOCX with something put into its body (before the anchor's run). */
function docxWith(inject) {
  const parts = unzipSync(docx);
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  const before = [...xml.slice(0, xml.indexOf(ANCHOR)).matchAll(/<w:p[ >]/g)];
  const at = before.at(-1)?.index ?? 0;
  parts['word/document.xml'] = encoder.encode(`${xml.slice(0, at)}${inject}${xml.slice(at)}`);
  return zipSync(parts, { level: 1, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/** The sample's DOCX with a styles part whose styles each build on the one before. */
function docxWithStyleChain(n) {
  const parts = unzipSync(docx);
  const styles = Array.from(
    { length: n },
    (_, i) =>
      `<w:style w:type="paragraph" w:styleId="s${i}">${i > 0 ? `<w:basedOn w:val="s${i - 1}"/>` : ''}<w:rPr><w:b/></w:rPr></w:style>`,
  ).join('');
  parts['word/styles.xml'] = encoder.encode(
    `<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styles}</w:styles>`,
  );
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  parts['word/document.xml'] = encoder.encode(
    xml.replaceAll('<w:p>', `<w:p><w:pPr><w:pStyle w:val="s${n - 1}"/></w:pPr>`),
  );
  return zipSync(parts, { level: 1, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/** The sample's DOCX with n paragraphs of a list whose numbers start at two billion, in `format`. */
function docxWithHugeList(n, format) {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const level = `<w:lvl w:ilvl="0"><w:start w:val="2000000000"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%1."/></w:lvl>`;
  const parts = unzipSync(
    docxWith(`<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr></w:p>`.repeat(n)),
  );
  parts['word/numbering.xml'] = encoder.encode(
    `<?xml version="1.0"?><w:numbering ${w}><w:abstractNum w:abstractNumId="9">${level}</w:abstractNum>` +
      '<w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num></w:numbering>',
  );
  return zipSync(parts, { level: 1, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/** Every name Object.prototype has: a key from the input must never find one of them. */
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

const tableRow = (cells) => `<tr>${cells}</tr>`;

/** Each generator: a name, the format, and the input at a size. */
export const PATHOLOGICAL = {
  'html: nested inline elements': (n) => encoder.encode(around(html, nested('<b>', '</b>', n))),
  'html: nested blocks': (n) => encoder.encode(around(html, nested('<div>', '</div>', n))),
  'html: unclosed elements': (n) => encoder.encode(around(html, nested('<span>', '', n, false))),
  'html: nested tables': (n) => encoder.encode(around(html, nested('<table><tr><td>', '</td></tr></table>', n))),
  'html: huge rowspan and colspan': (n) =>
    encoder.encode(html.replace('<td', `<td rowspan="${n * 1000}" colspan="${n * 1000}"`)),
  'html: many tiny cells': (n) =>
    encoder.encode(html.replace('</table>', `${tableRow('<td>1</td>'.repeat(6)).repeat(n)}</table>`)),
  'html: markup without text': (n) => encoder.encode(around(html, '<b></b><br><i></i>'.repeat(n))),
  'text: nested markup in a cell': (n) => encoder.encode(around(text, nested('<b>', '</b>', n))),
  'text: markup without text': (n) => encoder.encode(around(text, '<b></b><br>'.repeat(n))),
  'text: many tiny rows': (n) => encoder.encode(text.replace('\n1\t2\t3', `${'\n\t\t\t\t\t'.repeat(n)}\n1\t2\t3`)),
  // Text that regular expressions once read again from every place (issue 26): each cell below is what
  // the pattern that was quadratic on it reads.
  'text: a funding cell of commas': (n) => encoder.encode(withCell(5, `Програма, ${fill(',', n)} 5,0`)),
  'text: grouped digits after «грн»': (n) => encoder.encode(withCell(4, `Сплачено грн ${fill('111 ', n)}`)),
  'text: «1 тис.» again and again': (n) => encoder.encode(withCell(4, `Виконано на ${fill('1 тис. ', n)}`)),
  'text: scaled amounts in the funding cell': (n) => encoder.encode(withCell(5, fill('1 тис. ', n))),
  'text: white space in an execution text': (n) => encoder.encode(withCell(4, `Не ${fill('\u00a0 ', n)}x`)),
  'text: abbreviations in an execution text': (n) => encoder.encode(withCell(4, `Виконано. ${fill('м. ', n)}`)),
  'text: a link with trailing marks': (n) =>
    encoder.encode(withCell(4, `Див. https://zt-rada.gov.ua${fill('!)', n)}x`)),
  'text: a title word of n letters': (n) =>
    encoder.encode(text.replace('за 9 місяців 2023 року', `за ${'а'.repeat(n)}`)),
  'text: «розвитку» again and again in the title': (n) =>
    encoder.encode(text.replace('розвитку  \n', `розвитку ${fill('розвитку ', n)}\n`)),
  'text: a heading of closing quotes': (n) =>
    encoder.encode(text.replace('<p><b>Підприємництво', `<p><b>Підприємництво${'»'.repeat(n)}x`)),
  'html: unclosed styles and comments': (n) => encoder.encode(`${html}${fill('<style<!--', n)}`),
  'docx: nested elements': (n) =>
    docxWith(nested('<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>', n, true, WORD_PARAGRAPH)),
  'docx: nested tables': (n) =>
    docxWith(nested('<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>', n, true, WORD_PARAGRAPH)),
  'docx: huge gridSpan': (n) =>
    docxWith(`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="${n * 1000}"/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>`),
  'docx: many empty runs': (n) => docxWith(`<w:p>${'<w:r><w:t></w:t></w:r>'.repeat(n)}</w:p>`),
  'docx: chained styles': (n) => docxWithStyleChain(n),
  'docx: a list numbered from two billion in Roman numerals': (n) => docxWithHugeList(n, 'upperRoman'),
  'docx: a list numbered from two billion in letters': (n) => docxWithHugeList(n, 'lowerLetter'),
  'docx: numbering formats named as Object.prototype keys': (n) =>
    docxWithHugeList(n, PROTOTYPE_NAMES[n % PROTOTYPE_NAMES.length]),
  'docx: many distinct footnote references': (n) =>
    docxWith(
      `<w:p>${Array.from({ length: n }, (_, k) => `<w:r><w:footnoteReference w:id="${k + 2}"/></w:r>`).join('')}</w:p>`,
    ),
};
