// The Zod schemas are the source; the committed JSON Schemas and README tables are
// generated from them and must not go stale. Outputs are checked against the
// committed JSON Schemas by an independent validator (ajv).
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, toJson, toNdjson } from '../src/index.js';
import { ROOT, SAMPLE } from './helpers.js';
import { GENERATED_DOCUMENTS, schemaFiles, withGeneratedSections } from '../scripts/schema-artifacts.js';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('generated artefacts', () => {
  it('schemas/*.schema.json match the Zod schemas (run npm run schemas)', () => {
    expect(schemaFiles()).toHaveLength(7);
    for (const { path, content } of schemaFiles() as Array<{ path: string; content: string }>)
      expect(read(path), path).toBe(content);
  });
  it.each(Object.entries(GENERATED_DOCUMENTS))(
    '%s: its generated tables match (run npm run schemas)',
    (path, sections) => {
      const text = read(path);
      expect(text).toBe(withGeneratedSections(text, sections));
    },
  );
});

describe('outputs validate against the committed JSON Schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  it('JSON report and NDJSON lines of the sample', async () => {
    const report = await parseReport(SAMPLE);
    const validateReport = ajv.compile(JSON.parse(read('schemas/report.schema.json')));
    expect(validateReport(JSON.parse(toJson(report))), JSON.stringify(validateReport.errors)).toBe(true);
    const validateLine = ajv.compile(JSON.parse(read('schemas/measure.schema.json')));
    expect(toNdjson(report).trimEnd().split('\n')).toHaveLength(173);
    for (const line of toNdjson(report).trimEnd().split('\n'))
      expect(validateLine(JSON.parse(line)), JSON.stringify(validateLine.errors)).toBe(true);
  });
  it('the validator rejects a broken report', () => {
    const validateReport = ajv.compile(JSON.parse(read('schemas/report.schema.json')));
    expect(validateReport({ schemaVersion: '1.0.0' })).toBe(false);
  });
});
