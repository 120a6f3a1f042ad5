// Does doubling a pathological input at most roughly double the time? Each generator
// of bench/pathological.js is parsed in this process at size n and 2n (median of 5),
// and the ratio printed; the growth of the odd part alone is the time minus that of
// the sample itself. Nested generators are timed below the nesting limit (read) and
// far above it (refused at the limit, so the size does not matter).
//
//   npm run bench:scaling   (node --expose-gc, so each run starts with a clean heap)
import { fileURLToPath } from 'node:url';
import { diffReports, InputError, parseReport } from '../dist/index.js';
import { PATHOLOGICAL } from './pathological.js';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeOf(bytes, path) {
  const times = [];
  let outcome = '';
  // A first run warms the code up and is not counted; the collector starts each run clean.
  for (let i = -1; i < RUNS; i++) {
    globalThis.gc?.();
    const started = performance.now();
    try {
      const report = await parseReport({ bytes, path });
      outcome = `${report.stats.counts.measures} measures`;
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      outcome = 'refused';
    }
    if (i >= 0) times.push(performance.now() - started);
  }
  return { ms: median(times), outcome };
}

const NESTED = /nested|unclosed/;
const extension = (name) => ({ html: 'html', text: 'txt', docx: 'docx' })[name.split(':')[0]];

const base = {
  html: await timeOf(PATHOLOGICAL['html: markup without text'](0), 'x.html'),
  txt: await timeOf(PATHOLOGICAL['text: markup without text'](0), 'x.txt'),
  docx: await timeOf(PATHOLOGICAL['docx: many empty runs'](0), 'x.docx'),
};
console.log('| input | n | time at n | time at 2n | ratio | growth of the odd part | outcome |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
for (const [name, make] of Object.entries(PATHOLOGICAL)) {
  const sizes = NESTED.test(name) ? [400, 100_000] : [40_000];
  for (const n of sizes) {
    const path = `x.${extension(name)}`;
    const one = await timeOf(make(n), path);
    const two = await timeOf(make(2 * n), path);
    const b = base[extension(name)].ms;
    const growth = one.ms - b > 5 ? ((two.ms - b) / (one.ms - b)).toFixed(2) : '—';
    console.log(
      `| ${name} | ${n.toLocaleString('en-US')} | ${one.ms.toFixed(0)} ms | ${two.ms.toFixed(0)} ms | ` +
        `${(two.ms / one.ms).toFixed(2)} | ${growth} | ${two.outcome} |`,
    );
  }
}

// Matching measures between releases (diff, history, report): two releases whose every
// measure was renumbered, titles of the sample varied by street and number, n each.
const sample = await parseReport(fileURLToPath(new URL('../fixtures/zhytomyr-2023-9m.txt', import.meta.url)));
const titles = sample.priorities.flatMap((p) => p.sectors.flatMap((s) => s.tasks.flatMap((t) => t.measures)));
const STREETS = ['Київська', 'Перемоги', 'Вітрука', 'Щорса', 'Покровська', 'Чуднівська', 'Хлібна', 'Пушкінська'];
function release(n, shift) {
  const report = structuredClone(sample);
  const task = report.priorities[0].sectors[0].tasks[0];
  task.measures = Array.from({ length: n }, (_, i) => {
    const m = titles[i % titles.length];
    const title = `${m.title} (вул. ${STREETS[i % STREETS.length]}, ${Math.floor(i / STREETS.length)})`;
    return { ...m, id: `x-${i + shift}`, number: `1.${i + shift}`, title };
  });
  return report;
}
console.log('\n| diff of two releases | n | time | moved |');
console.log('| --- | --- | --- | --- |');
for (const n of [8_000, 16_000, 50_000]) {
  globalThis.gc?.();
  const [a, b] = [release(n, 0), release(n, 1)];
  const started = performance.now();
  const diff = diffReports(a, b);
  console.log(
    `| renumbered, similar titles | ${n.toLocaleString('en-US')} | ${(performance.now() - started).toFixed(0)} ms | ${diff.moved.length} |`,
  );
}

// Programme lookups: a registry at its 4 MB limit whose names are all alike
// («Програма <three of 15 words> №k на 2021-2025 роки»), and unknown names made of the
// same words, so every lookup reaches nearly every entry. The run's search budget
// (src/enrich/programs/nearest.ts) bounds the whole; past it names are not searched.
const { ProgramResolver } = await import('../dist/enrich/programs/resolve.js');
const WORDS = ['розвитку', 'освіти', 'культури', 'спорту', 'туризму', 'охорони', 'здоров', 'доріг', 'благоустрою'];
let seed = 5;
const draw = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return WORDS[seed % WORDS.length];
};
const entries = Array.from({ length: 24_000 }, (_, k) => ({
  id: `p-${k}`,
  name: `Програма ${draw()} ${draw()} ${draw()} №${k} на 2021-2025 роки`,
  years: { from: 2021, to: 2025 },
  aliases: [],
}));
console.log('\n| programme lookups, 24,000 alike entries | names | time | not searched |');
console.log('| --- | --- | --- | --- |');
for (const names of [1_000, 2_000, 4_000]) {
  globalThis.gc?.();
  const started = performance.now();
  const resolver = new ProgramResolver(entries);
  let unsearched = 0;
  for (let i = 0; i < names; i++)
    if (!resolver.resolve(`Невідома програма ${draw()} ${draw()} ${i}`).searched) unsearched++;
  console.log(
    `| unknown names of the same words | ${names.toLocaleString('en-US')} | ${(performance.now() - started).toFixed(0)} ms | ${unsearched} |`,
  );
}
