// Makes the other formats of the sample release from its text export, laid out as
// the council publishes them, and commits nothing itself: run `npm run fixtures`,
// review, commit. CI uses the committed files and needs none of these tools.
//
//   fixtures/zhytomyr-2023-9m.docx        one landscape Word table: merged heading rows,
//                                         task cells merged down over their measures,
//                                         header rows repeated on each page
//   fixtures/zhytomyr-2023-9m.pdf         printed from the .docx by LibreOffice (soffice)
//   fixtures/zhytomyr-2023-9m.html        an HTML page with the table (colspan/rowspan)
//   fixtures/zhytomyr-2023-9m.cp1251.txt  the text export in Windows-1251, no BOM
//   fixtures/zhytomyr-2023-9m.utf16le.txt the text export in UTF-16 LE with BOM, CRLF
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { buildTree } from '../dist/structure/build-tree.js';
import { Diagnostics } from '../dist/diagnostics/diagnostics.js';
import { textToRows } from '../dist/rows/text-rows.js';

const SAMPLE = 'fixtures/zhytomyr-2023-9m.txt';
const STEM = 'fixtures/zhytomyr-2023-9m';
const text = readFileSync(SAMPLE, 'utf8');
const rawLines = text.split(/\r\n|\n|\r/);
const tree = buildTree(textToRows(text), new Diagnostics(), { keepRows: true });

// Table rows in the shape a council document has them.
const HEADINGS = new Set(['priority', 'goal', 'sector']);
const table = [];
for (const r of tree.rows) {
  const raw = (rawLines[r.source.line - 1] ?? '').split('\t');
  if (r.kind === 'header' || r.kind === 'column-numbers') table.push({ type: 'header', cells: r.cells, raw });
  else if (HEADINGS.has(r.kind))
    table.push({ type: 'heading', cell: r.cells.find((c) => c.text !== ''), raw: raw.find((c) => c.trim() !== '') });
  else if (r.kind === 'task') table.push({ type: 'task', cells: r.cells, raw });
  else if (r.kind === 'measure')
    table.push({ type: 'measure', cells: r.cells, raw: raw.length === 5 ? ['', ...raw] : raw });
}
// How many rows each task cell spans: the task row and the measure rows after it.
table.forEach((row, i) => {
  if (row.type !== 'task') return;
  let span = 1;
  while (table[i + span]?.type === 'measure') span++;
  row.span = span;
});
const titleLines = tree.rows.filter((r) => r.kind === 'title').map((r) => r.cells.find((c) => c.text !== '').text);
const notes = tree.rows.filter((r) => r.kind === 'footnote').map((r) => r.cells.find((c) => c.text !== '').text);

// ---- DOCX -------------------------------------------------------------------
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const WIDTHS = [600, 2500, 3100, 2600, 4404, 2500];
const links = [];

function runXml(textPart, { bold = false, underline = false } = {}) {
  const props = `${bold ? '<w:b/>' : ''}${underline ? '<w:u w:val="single"/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(textPart)}</w:t></w:r>`;
}

function paragraphXml(content, align) {
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0"/>${align ? `<w:jc w:val="${align}"/>` : ''}</w:pPr>${content}</w:p>`;
}

function plainParagraphWithLinks(line, cellLinks) {
  for (const url of cellLinks) {
    const at = line.indexOf(url);
    if (at < 0) continue;
    links.push(url);
    const hyperlink = `<w:hyperlink r:id="rIdLink${links.length}">${runXml(url)}</w:hyperlink>`;
    return paragraphXml(`${runXml(line.slice(0, at))}${hyperlink}${runXml(line.slice(at + url.length))}`);
  }
  return paragraphXml(runXml(line));
}

/** A cell's paragraphs: emphasis runs where it has any, else its lines. */
function cellContent(cell, align) {
  if (!cell || cell.text === '') return paragraphXml('');
  if (cell.runs.some((r) => r.bold || r.underline)) {
    return paragraphXml(cell.runs.map((r, i) => runXml(`${i > 0 ? ' ' : ''}${r.text}`, r)).join(''), align);
  }
  return cell.text
    .split('\n')
    .map((line) => plainParagraphWithLinks(line, cell.links))
    .join('');
}

function tc(content, { width, span, merge } = {}) {
  const props = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
  if (span) props.push(`<w:gridSpan w:val="${span}"/>`);
  if (merge === 'restart') props.push('<w:vMerge w:val="restart"/>');
  if (merge === 'continue') props.push('<w:vMerge/>');
  return `<w:tc><w:tcPr>${props.join('')}</w:tcPr>${content}</w:tc>`;
}

function docxRow(row) {
  if (row.type === 'header') {
    const cells = row.cells.map((c, i) =>
      tc(paragraphXml(runXml(c.text, { bold: true }), 'center'), { width: WIDTHS[i] }),
    );
    return `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cells.join('')}</w:tr>`;
  }
  if (row.type === 'heading') {
    return `<w:tr>${tc(cellContent(row.cell, 'center'), { width: WIDTHS.reduce((a, b) => a + b), span: 6 })}</w:tr>`;
  }
  const c = row.cells;
  const first =
    row.type === 'task'
      ? [
          tc(cellContent(c[0]), { width: WIDTHS[0], merge: row.span > 1 ? 'restart' : undefined }),
          tc(cellContent(c[1]), { width: WIDTHS[1], merge: row.span > 1 ? 'restart' : undefined }),
        ]
      : [
          tc(paragraphXml(''), { width: WIDTHS[0], merge: 'continue' }),
          tc(paragraphXml(''), { width: WIDTHS[1], merge: 'continue' }),
        ];
  const rest = [2, 3, 4, 5].map((i) => tc(cellContent(c[i]), { width: WIDTHS[i] }));
  return `<w:tr>${[...first, ...rest].join('')}</w:tr>`;
}

const border = (side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const body = [
  ...titleLines.map((line) => paragraphXml(runXml(line, { bold: true }), 'center')),
  paragraphXml(''),
  `<w:tbl><w:tblPr><w:tblW w:w="${WIDTHS.reduce((a, b) => a + b)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>` +
    `<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${WIDTHS.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${table.map(docxRow).join('')}</w:tbl>`,
  ...notes.map((n) => paragraphXml(runXml(`*${n}`))),
  '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="850" w:right="567" w:bottom="850" w:left="567" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>',
].join('');

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const documentXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}</w:body></w:document>`;
const stylesXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:cs="DejaVu Sans"/><w:sz w:val="20"/><w:lang w:val="uk-UA"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>`;
const relsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${links
  .map(
    (url, i) =>
      `<Relationship Id="rIdLink${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(url)}" TargetMode="External"/>`,
  )
  .join('')}</Relationships>`;
const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`;
const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
// A fixed timestamp keeps the zip byte-identical from run to run.
const mtime = new Date('2023-10-20T12:00:00Z');
const docx = zipSync(
  {
    '[Content_Types].xml': [strToU8(contentTypes), { mtime }],
    '_rels/.rels': [strToU8(rootRels), { mtime }],
    'word/document.xml': [strToU8(documentXml), { mtime }],
    'word/styles.xml': [strToU8(stylesXml), { mtime }],
    'word/_rels/document.xml.rels': [strToU8(relsXml), { mtime }],
  },
  { level: 9 },
);
writeFileSync(`${STEM}.docx`, docx);

// ---- HTML -------------------------------------------------------------------
function htmlRow(row) {
  if (row.type === 'header') return `<tr>${row.raw.map((c) => `<th>${c}</th>`).join('')}</tr>`;
  if (row.type === 'heading') return `<tr><td colspan="6">${row.raw}</td></tr>`;
  const cells = row.raw.map((c, i) => {
    if (i < 2 && row.type === 'measure') return '';
    if (i < 2 && row.span > 1) return `<td rowspan="${row.span}">${c}</td>`;
    return `<td>${c}</td>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}
const headerRows = table.filter((r) => r.type === 'header');
const bodyRows = table.filter((r) => r.type !== 'header');
const html = `<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Інформація про виконання Програми соціально-економічного і культурного розвитку</title>
<style>table { border-collapse: collapse } td, th { border: 1px solid #000; vertical-align: top }</style>
</head>
<body>
<p style="text-align:center"><b>${titleLines.map(esc).join('<br>\n')}</b></p>
<table>
<thead>
${headerRows.map(htmlRow).join('\n')}
</thead>
<tbody>
${bodyRows.map(htmlRow).join('\n')}
</tbody>
</table>
${notes.map((n) => `<p>*${esc(n)}</p>`).join('\n')}
</body>
</html>
`;
writeFileSync(`${STEM}.html`, html);

// ---- Encodings ----------------------------------------------------------------
// What a Windows tool writes: characters outside the code page become '?'.
writeFileSync(`${STEM}.cp1251.txt`, iconv.encode(text, 'win1251'));
writeFileSync(
  `${STEM}.utf16le.txt`,
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf16le')]),
);

// ---- PDF (LibreOffice) ----------------------------------------------------------
try {
  const out = mkdtempSync(join(tmpdir(), 'zhyt-fixtures-'));
  execFileSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${out}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      `${STEM}.docx`,
    ],
    { stdio: 'ignore' },
  );
  renameSync(join(out, 'zhytomyr-2023-9m.pdf'), `${STEM}.pdf`);
} catch (error) {
  console.error(`PDF not made (is LibreOffice installed? apt-get install libreoffice-writer-nogui): ${error.message}`);
  process.exitCode = 1;
}
console.error(`wrote ${STEM}.{docx,html,cp1251.txt,utf16le.txt,pdf}`);
