// Issue 26, item 1: every name Object.prototype answers to, fed through each place where
// a key comes from the input. A plain object looked up with such a key answers with a
// function («constructor»), loops (a migration step found for «constructor») or throws;
// the readers must treat each as the data it is.
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { diffReports, diffText, InputError, parseReport, type Report } from '../../src/index.js';
import { upgradeReport } from '../../src/model/migrate.js';
import { ROOT, SAMPLE, runCli } from '../helpers.js';

const NAMES = Object.getOwnPropertyNames(Object.prototype);
const LEAK = /native code|\[object Object\]|function \w*\(/;
const DOCX = unzipSync(readFileSync(`${ROOT}/fixtures/producers/word-numbering.docx`));
const SAMPLE_TEXT = readFileSync(SAMPLE, 'utf8');

function docxWith(edits: Record<string, (xml: string) => string>): Uint8Array {
  const parts = { ...DOCX };
  for (const [part, edit] of Object.entries(edits)) parts[part] = strToU8(edit(strFromU8(DOCX[part] as Uint8Array)));
  return zipSync(parts);
}

/** Parses, and returns the report, or null when refused in one line; any other error fails the test. */
async function outcome(bytes: Uint8Array, path: string, options = {}): Promise<Report | null> {
  try {
    const report = await parseReport({ bytes, path }, options);
    expect(JSON.stringify(report)).not.toMatch(LEAK);
    return report;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    expect(error.message).not.toContain('\n');
    return null;
  }
}

// Each place: the input with the name put where a key is read.
const DOCX_PLACES: Record<string, (name: string) => Uint8Array> = {
  'an element name': (n) => docxWith({ 'word/document.xml': (x) => x.replace(/<w:r>/g, `<w:r><${n}/><w:${n}/>`) }),
  'an undeclared prefix': (n) => docxWith({ 'word/document.xml': (x) => x.replace(/<w:r>/g, `<w:r><${n}:x/>`) }),
  'the main namespace prefix': (n) =>
    docxWith({
      'word/document.xml': (x) =>
        x
          .replace(/xmlns:w=/, `xmlns:${n}=`)
          .replace(/<(\/?)w:/g, `<$1${n}:`)
          .replace(/ w:/g, ` ${n}:`),
    }),
  'a numbering format': (n) =>
    docxWith({ 'word/numbering.xml': (x) => x.replace(/w:numFmt w:val="[^"]*"/g, `w:numFmt w:val="${n}"`) }),
  'list and abstract list ids': (n) =>
    docxWith({
      'word/numbering.xml': (x) => x.replace(/w:(abstractNumId|numId) w:val="[^"]*"/g, `w:$1 w:val="${n}"`),
      'word/document.xml': (x) => x.replace(/w:numId w:val="[^"]*"/g, `w:numId w:val="${n}"`),
    }),
  'style ids': (n) =>
    docxWith({
      'word/styles.xml': (x) => x.replace(/w:styleId="[^"]*"/g, `w:styleId="${n}"`),
      'word/document.xml': (x) => x.replace(/w:pStyle w:val="[^"]*"/g, `w:pStyle w:val="${n}"`),
    }),
  'relationship ids': (n) =>
    docxWith({
      'word/_rels/document.xml.rels': (x) => x.replace(/Id="[^"]*"/g, `Id="${n}"`),
      'word/document.xml': (x) => x.replace(/r:id="[^"]*"/g, `r:id="${n}"`),
    }),
};

describe('Object.prototype names as keys from the input', () => {
  it('the fixture the DOCX places are tried on has numbered lists, styles and links to put them in', () => {
    const xml = strFromU8(DOCX['word/document.xml'] as Uint8Array);
    for (const construct of ['<w:numId ', '<w:pStyle ', '<w:r>']) expect(xml).toContain(construct);
  });

  for (const [place, make] of Object.entries(DOCX_PLACES)) {
    it(`DOCX: ${place}`, async () => {
      // The same edit with a name no object answers to is the control.
      const control = await outcome(make('plainname'), 'control.docx');
      expect(control?.stats.counts.measures).toBeGreaterThan(80);
      for (const name of NAMES) {
        const report = await outcome(make(name), 'attack.docx');
        expect(report?.stats.counts.measures, name).toBe(control?.stats.counts.measures);
      }
    });
  }

  it('a report JSON whose schemaVersion is such a name is refused, not looped on', async () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(12); // Object.prototype's own names
    for (const name of NAMES) {
      expect(upgradeReport({ schemaVersion: name })).toEqual({ schemaVersion: name });
      expect(await outcome(strToU8(`{"schemaVersion":"${name}"}`), 'old.json')).toBeNull();
    }
  });

  it('every command refuses {"schemaVersion":"constructor"} in one line (was: a hang)', () => {
    const file = `${ROOT}/test/attacks/files/schema-version-constructor.json`;
    for (const args of [
      ['parse', file],
      ['stats', file],
      ['report', file],
      ['diff', file, file],
      ['history', file],
    ]) {
      const run = runCli(args, { timeoutMs: 20_000 });
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('an extra column headed with such a name keeps it as its key, through JSON and back', async () => {
    const lines = SAMPLE_TEXT.split('\n');
    const header = lines.findIndex((l) => l.startsWith('№ з/п'));
    expect(NAMES.length).toBeGreaterThanOrEqual(12); // Object.prototype's own names
    for (const name of NAMES) {
      // The header and the first measure row get a seventh cell.
      const first = lines.findIndex((l) => l.startsWith('1\t'));
      const text = lines.map((l, i) => (i === header ? `${l}\t${name}` : i === first ? `${l}\tпримітка` : l));
      const report = (await outcome(strToU8(text.join('\n')), 'extra.txt')) as Report;
      const key = name === '__proto__' ? '__proto__ (2)' : name;
      const measureOf = (r: Report) => r.priorities[0]?.sectors[0]?.tasks[0]?.measures[0];
      expect(measureOf(report)?.extra, name).toEqual({ [key]: 'примітка' });
      const again = (await outcome(strToU8(JSON.stringify(report)), 'extra.json')) as Report;
      expect(measureOf(again)?.extra, name).toEqual({ [key]: 'примітка' });
      // A changed extra cell reads as «column: text» in the diff (was: internal error on a null prototype).
      const changed = text.map((l) => l.replace(/\tпримітка$/, '\tінша'));
      const later = (await outcome(strToU8(changed.join('\n')), 'later.txt')) as Report;
      const shown = diffText(diffReports(report, later), new Chalk({ level: 0 }));
      expect(shown, name).toContain(`extra: ${key}: примітка → ${key}: інша`);
    }
  });

  it('registry names, aliases and ids that are such names resolve as text', async () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(12); // Object.prototype's own names
    for (const name of NAMES) {
      const id = name.toLowerCase().replace(/_/g, '');
      const programs = [{ id, name, years: { from: 2020, to: 2025 }, aliases: [name] }];
      const executors = [{ id, name, kind: 'body' as const, aliases: [name] }];
      const text = SAMPLE_TEXT.replace(/Управління культури міської ради/g, name);
      const report = (await outcome(strToU8(text), 'names.txt', { programs, executors })) as Report;
      expect(
        report.executors.some((e) => e.id === id && e.resolved),
        name,
      ).toBe(true);
    }
  });

  it('HTML element and attribute names and a colspan that are such names are read as markup', async () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(12); // Object.prototype's own names
    for (const name of NAMES) {
      const cells = ['1', 'Завдання', `1.1. <${name}>${name}</${name}>`, 'Управління', 'Виконано'];
      const row = `<tr>${cells.map((c) => `<td ${name}="1" colspan="${name}">${c}</td>`).join('')}</tr>`;
      const html = `<table><tr><td colspan="5">Пріоритет «Місто»</td></tr>${row}</table>`;
      const report = await outcome(strToU8(html), 'attack.html');
      expect(report?.stats.counts.measures, name).toBe(1);
    }
  });
});
