// Small attack files committed under test/attacks/files, each made here from what it
// holds (issue 26): a PDF whose content stream is Flate inside Flate, 1.5 GB of
// spaces inflated, 3 KB on disk; a PDF whose forms draw the next form ten times, nine
// deep (10⁹ drawings in 2.5 KB). Run: node --max-old-space-size=8000 scripts/make-attack-files.js
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
const inner = Buffer.alloc(1536 * 1024 * 1024, 0x20);
const once = deflateSync(inner, { level: 9 });
const twice = deflateSync(once, { level: 9 });

const stream = twice;
const head = '%PDF-1.4\n';
const objs = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R >>',
];
let out = Buffer.from(head, 'latin1');
const offs = [];
for (const [i, o] of objs.entries()) {
  offs.push(out.length);
  out = Buffer.concat([out, Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')]);
}
offs.push(out.length);
out = Buffer.concat([
  out,
  Buffer.from(`4 0 obj\n<< /Length ${stream.length} /Filter [/FlateDecode /FlateDecode] >>\nstream\n`, 'latin1'),
  stream,
  Buffer.from('\nendstream\nendobj\n', 'latin1'),
]);
const x = out.length;
out = Buffer.concat([
  out,
  Buffer.from(
    `xref\n0 5\n0000000000 65535 f \n${offs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${x}\n%%EOF\n`,
    'latin1',
  ),
]);
writeFileSync(new URL('../test/attacks/files/flate-bomb.pdf', import.meta.url), out);
console.log('pdf', out.length);

// Forms within forms.
const DEPTH = 9,
  FAN = 10;
const formObjs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>'];
// page 3, content 4, forms 5..5+DEPTH-1
const fx = (k) => 5 + k;
const xobj = (k) => `<< /XObject << /F${k} ${fx(k)} 0 R >> >>`;
formObjs.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R /Resources ${xobj(0)} >>`);
const draw = (k) => Array.from({ length: FAN }, () => `/F${k} Do`).join(' ');
const c = draw(0);
formObjs.push(`<< /Length ${c.length} >>\nstream\n${c}\nendstream`);
for (let k = 0; k < DEPTH; k++) {
  const body = k === DEPTH - 1 ? '0 0 m 10 10 l S' : draw(k + 1);
  const res = k === DEPTH - 1 ? '<< >>' : xobj(k + 1);
  formObjs.push(
    `<< /Type /XObject /Subtype /Form /BBox [0 0 600 800] /Resources ${res} /Length ${body.length} >>\nstream\n${body}\nendstream`,
  );
}
let formPdf = '%PDF-1.4\n';
const formOffs = [];
formObjs.forEach((o, i) => {
  formOffs.push(formPdf.length);
  formPdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
});
const formXref = formPdf.length;
formPdf += `xref\n0 ${formObjs.length + 1}\n0000000000 65535 f \n${formOffs.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${formObjs.length + 1} /Root 1 0 R >>\nstartxref\n${formXref}\n%%EOF\n`;
writeFileSync(new URL('../test/attacks/files/nested-forms.pdf', import.meta.url), formPdf, 'latin1');
