#!/usr/bin/env node
// npm run mutation [-- group …]: Stryker over the pipeline's modules, one group at a time.
// Each group keeps its own incremental file (reports/mutation/<group>.incremental.json), so a
// later run retests only mutants whose code or tests changed, and its own report
// (reports/mutation/<group>.json). At the end the scores of every group reported so far are
// printed per module and written to reports/mutation/scores.md; survivors are listed per group
// in reports/mutation/<group>.survivors.txt. Settings shared by the groups: stryker.config.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** What is mutated, by stage. Left out, and why: docs/development.md#mutation-testing. */
const GROUPS = {
  read: ['src/read/**/*.ts'],
  validate: ['src/validate/**/*.ts'],
  structure: ['src/structure/**/*.ts'],
  docx: ['src/rows/docx-rows.ts', 'src/rows/docx/**/*.ts'],
  html: ['src/rows/html-rows.ts', 'src/rows/cell.ts'],
  text: ['src/rows/text-rows.ts', 'src/rows/delimited-rows.ts'],
  enrich: ['src/enrich/**/*.ts', '!src/enrich/status/**'],
  // The rule tables are data, measured by npm run mutation:rules (a mutant per phrase).
  status: ['src/enrich/status/*.ts', '!src/enrich/status/rules*.ts', '!src/enrich/status/lexicon.ts'],
};
const DIR = 'reports/mutation';

const asked = process.argv.slice(2);
const unknown = asked.filter((g) => !(g in GROUPS));
if (unknown.length > 0) {
  console.error(`unknown group ${unknown.join(', ')}; groups: ${Object.keys(GROUPS).join(', ')}`);
  process.exit(2);
}
mkdirSync(DIR, { recursive: true });
const { Stryker } = await import('@stryker-mutator/core');
for (const group of asked.length > 0 ? asked : Object.keys(GROUPS)) {
  console.error(`\nmutation: ${group} (${GROUPS[group].join(' ')})`);
  const stryker = new Stryker({
    configFile: 'stryker.config.json',
    mutate: GROUPS[group],
    incremental: true,
    incrementalFile: `${DIR}/${group}.incremental.json`,
    jsonReporter: { fileName: `${DIR}/${group}.json` },
    htmlReporter: { fileName: `${DIR}/${group}.html` },
  });
  await stryker.runMutationTest();
  writeFileSync(`${DIR}/${group}.survivors.txt`, survivors(readReport(group)));
}
const table = scores();
writeFileSync(`${DIR}/scores.md`, table);
console.log(table);

function readReport(group) {
  const path = `${DIR}/${group}.json`;
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Killed, timed out and survived count; a mutant no test reaches counts as survived. */
function tally(mutants) {
  const count = (...statuses) => mutants.filter((m) => statuses.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const undetected = count('Survived', 'NoCoverage');
  const score = detected + undetected === 0 ? 100 : (100 * detected) / (detected + undetected);
  return { detected, undetected, ignored: count('Ignored'), score };
}

function scores() {
  const rows = ['| group | module | killed | survived | ignored (static) | score |', '|---|---|--:|--:|--:|--:|'];
  for (const group of Object.keys(GROUPS)) {
    const report = readReport(group);
    if (!report) continue;
    const files = Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b));
    for (const [file, { mutants }] of files) {
      const t = tally(mutants);
      rows.push(`| ${group} | ${file} | ${t.detected} | ${t.undetected} | ${t.ignored} | ${t.score.toFixed(1)} % |`);
    }
    const t = tally(files.flatMap(([, f]) => f.mutants));
    rows.push(`| **${group}** | all | ${t.detected} | ${t.undetected} | ${t.ignored} | **${t.score.toFixed(1)} %** |`);
  }
  return `${rows.join('\n')}\n`;
}

/** Each surviving mutant as file:line:column, mutator and replacement, for reading one by one. */
function survivors(report) {
  const lines = [];
  for (const [file, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants.filter((x) => x.status === 'Survived' || x.status === 'NoCoverage')) {
      const at = `${file}:${m.location.start.line}:${m.location.start.column}`;
      lines.push(`${at}\t${m.status}\t${m.mutatorName}\t${JSON.stringify(m.replacement ?? '')}`);
    }
  }
  return `${lines.sort().join('\n')}\n`;
}
