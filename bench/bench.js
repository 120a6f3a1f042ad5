// The benchmark: each case timed as a whole process, several runs, median, and
// compared in the same run with a baseline on the same input, so the ratio holds
// on a noisy machine. Peak RSS from GNU time. Inputs are built under bench/.work/.
//
//   npm run bench             every case
//   npm run bench -- --quick  3 runs, the 1/10 large text, 20 files: under a minute
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const QUICK = process.argv.includes('--quick');
const RUNS = QUICK ? 3 : 7;
const BIN = join(ROOT, 'bin', 'zhyt-report.js');
const SAMPLE = join(ROOT, 'fixtures', 'zhytomyr-2023-9m');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** Runs a command once; wall time in ms and peak RSS in MB. */
function once(cmd, args, opts = {}) {
  const full = TIME ? [TIME, ['-f', '%M', cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  const r = spawnSync(full[0], full[1], {
    cwd: ROOT,
    stdio: ['ignore', opts.stdout ?? 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (opts.okCodes && !opts.okCodes.includes(r.status))
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(-500)}`);
  const lines = r.stderr.toString().trim().split('\n');
  const rss = TIME ? Number(lines[lines.length - 1]) / 1024 : NaN;
  return { ms, rss };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(cmd, args, opts = {}) {
  const runs = [];
  once(cmd, args, opts); // warm the file cache
  for (let i = 0; i < (opts.runs ?? RUNS); i++) runs.push(once(cmd, args, opts));
  return { ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rss)) };
}

// ---- inputs -------------------------------------------------------------------
function buildInputs() {
  mkdirSync(WORK, { recursive: true });
  const text = readFileSync(`${SAMPLE}.txt`, 'utf8');
  const lines = text.split('\n');
  const headerEnd = lines.findIndex((l) => /^1\t2\t3\t4\t5\t6/.test(l)) + 1;
  const footnote = lines.findIndex((l) => l.startsWith('\\*'));
  const head = lines.slice(0, headerEnd).join('\n');
  const body = lines.slice(headerEnd, footnote).join('\n');
  const foot = lines.slice(footnote).join('\n');
  for (const [name, copies] of QUICK
    ? [['large-tenth', 30]]
    : [
        ['large', 300],
        ['large-third', 100],
        ['large-tenth', 30],
      ]) {
    const path = join(WORK, `${name}.txt`);
    if (existsSync(path)) continue;
    const parts = [head];
    // Renamed priorities keep the copies apart (ids derive from the names).
    for (let i = 1; i <= copies; i++)
      parts.push(body.replace(/Пріоритет "\s*([^"]+)"/g, (_, name) => `Пріоритет "${name} ${i}"`));
    parts.push(foot);
    writeFileSync(path, `${parts.join('\n')}\n`);
  }
  const batch = join(WORK, QUICK ? 'batch-20' : 'batch-500');
  if (!existsSync(batch)) {
    mkdirSync(batch, { recursive: true });
    const count = QUICK ? 20 : 500;
    // Mixed formats, as an archive of releases would be.
    const kinds = ['txt', 'txt', 'txt', 'txt', 'html', 'html', 'docx', 'docx', 'utf16le.txt', 'pdf'];
    for (let i = 0; i < count; i++) {
      const kind = kinds[i % kinds.length];
      const ext = kind === 'utf16le.txt' ? 'txt' : kind;
      copyFileSync(
        `${SAMPLE}.${kind}`,
        join(batch, `release-${String(i).padStart(3, '0')}-${kind.replace('.txt', '')}.${ext}`),
      );
    }
  }
  return { batch };
}

// Reads the file, splits lines and tabs, nothing else: the floor for the large text.
const READ_SPLIT = `const t=require('fs').readFileSync(process.argv[1],'utf8');let n=0;for(const l of t.split('\\n'))n+=l.split('\\t').length;if(n<0)console.log(n)`;

function main() {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js')))
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const { batch } = buildInputs();
  const rows = [];
  const add = (name, tool, base, baseName, target, extra = '') => {
    const ratio = base ? tool.ms / base.ms : null;
    rows.push({ name, tool, base, baseName, ratio, target, extra });
    const ok = ratio === null || target === null ? '' : ratio <= target ? 'ok' : 'OVER';
    console.error(
      `${name}: ${tool.ms.toFixed(0)} ms, ${tool.rss.toFixed(0)} MB${ratio ? `; ${baseName} ${base.ms.toFixed(0)} ms; ratio ${ratio.toFixed(2)} (target ≤ ${target}) ${ok}` : ''} ${extra}`,
    );
  };
  const node = process.execPath;
  const nodeE0 = measure(node, ['-e', '0']);
  add('start-up: --version', measure(node, [BIN, '--version']), nodeE0, '`node -e 0`', 1.5);
  add('sample .txt → JSON', measure(node, [BIN, 'parse', `${SAMPLE}.txt`, '-q']), nodeE0, '`node -e 0`', 2.5);
  add('sample .html → JSON', measure(node, [BIN, 'parse', `${SAMPLE}.html`, '-q']), nodeE0, '`node -e 0`', null);
  // The HTML report builds from the same parse: at most 1.5× the time of the JSON.
  const sampleJson = measure(node, [BIN, 'parse', `${SAMPLE}.txt`, '-q']);
  const reportOut = join(WORK, 'report.html');
  add(
    'sample .txt → HTML report',
    measure(node, [BIN, 'report', `${SAMPLE}.txt`, '--out', reportOut, '-q']),
    sampleJson,
    '`parse` to JSON',
    1.5,
    `${(statSync(reportOut).size / 1e6).toFixed(2)} MB`,
  );
  const pandoc = have('pandoc') ? measure('pandoc', ['-f', 'docx', '-t', 'plain', `${SAMPLE}.docx`]) : null;
  add(
    'sample .docx → JSON',
    measure(node, [BIN, 'parse', `${SAMPLE}.docx`, '-q']),
    pandoc,
    '`pandoc -f docx -t plain`',
    1.5,
    pandoc ? '' : '(pandoc not installed: no baseline)',
  );
  // The office formats beside DOCX: the same report saved by LibreOffice (fixtures/formats/).
  const FORMATS = join(ROOT, 'fixtures', 'formats');
  const odtBase = have('pandoc') ? measure('pandoc', ['-f', 'odt', '-t', 'plain', join(FORMATS, 'writer.odt')]) : null;
  add(
    'sample .odt → JSON',
    measure(node, [BIN, 'parse', join(FORMATS, 'writer.odt'), '-q']),
    odtBase,
    '`pandoc -f odt -t plain`',
    1.5,
    odtBase ? '' : '(pandoc not installed: no baseline)',
  );
  // No spreadsheet converter here is a fair native baseline: against `node -e 0`, as the text.
  add(
    'sample .xlsx → JSON',
    measure(node, [BIN, 'parse', join(FORMATS, 'calc.xlsx'), '-q']),
    nodeE0,
    '`node -e 0`',
    null,
  );
  const pdftotext = have('pdftotext') ? measure('pdftotext', ['-layout', `${SAMPLE}.pdf`, '-']) : null;
  add(
    'sample .pdf (56 pages) → JSON',
    measure(node, [BIN, 'parse', `${SAMPLE}.pdf`, '-q']),
    pdftotext,
    '`pdftotext -layout`',
    8,
    pdftotext ? '' : '(poppler-utils not installed: no baseline)',
  );

  const largeRuns = QUICK ? 1 : 3;
  // --quick: only the 1/10 cut, to stay under a minute.
  const sizes = QUICK
    ? [['large-tenth', '1/10']]
    : [
        ['large-tenth', '1/10'],
        ['large-third', '1/3'],
        ['large', 'full'],
      ];
  for (const [name, label] of sizes) {
    const path = join(WORK, `${name}.txt`);
    const mb = statSync(path).size / 1e6;
    const tool = measure(node, [BIN, 'parse', path, '-f', 'ndjson', '-q'], { runs: largeRuns });
    const base = measure(node, ['-e', READ_SPLIT, path], { runs: largeRuns });
    add(
      `large text ${label} (${mb.toFixed(1)} MB) → NDJSON`,
      tool,
      base,
      'read + split',
      name === 'large' ? 2.5 : null,
      `${(tool.ms / mb).toFixed(1)} ms/MB`,
    );
  }

  const out1 = join(WORK, 'out-1');
  const out2 = join(WORK, 'out-n');
  const jobs = availableParallelism();
  const batchRuns = 1;
  rmSync(out1, { recursive: true, force: true });
  const serial = measure(node, [BIN, 'parse', batch, '--out-dir', out1, '-q', '--jobs', '1'], {
    runs: batchRuns,
    okCodes: [0],
  });
  rmSync(out2, { recursive: true, force: true });
  const parallel = measure(node, [BIN, 'parse', batch, '--out-dir', out2, '-q', '--jobs', String(jobs)], {
    runs: batchRuns,
    okCodes: [0],
  });
  const files = QUICK ? 20 : 500;
  rows.push({
    name: `batch ${files} files, --jobs ${jobs}`,
    tool: parallel,
    base: serial,
    baseName: '`--jobs 1`',
    ratio: serial.ms / parallel.ms,
    target: '≥ 1.7 speed-up',
    extra: '',
  });
  console.error(
    `batch: jobs 1 ${serial.ms.toFixed(0)} ms, jobs ${jobs} ${parallel.ms.toFixed(0)} ms, speed-up ${(serial.ms / parallel.ms).toFixed(2)}`,
  );

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const table = [
    `Machine: ${machine}. Median of ${RUNS} runs (large text ${largeRuns}, batch ${batchRuns}); peak RSS of the tool.`,
    '',
    '| case | zhyt-report | peak RSS | baseline | baseline time | ratio | target |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => {
      const speedup = typeof r.target === 'string';
      const ratio = r.ratio === null ? '—' : speedup ? `${r.ratio.toFixed(2)}× faster` : `${r.ratio.toFixed(2)}×`;
      const target = r.target === null ? '—' : speedup ? r.target : `≤ ${r.target}×`;
      return `| ${r.name} | ${r.tool.ms.toFixed(0)} ms${r.extra ? ` (${r.extra})` : ''} | ${r.tool.rss.toFixed(0)} MB | ${r.baseName ?? '—'} | ${r.base ? `${r.base.ms.toFixed(0)} ms` : '—'} | ${ratio} | ${target} |`;
    }),
  ].join('\n');
  writeFileSync(join(WORK, QUICK ? 'results-quick.md' : 'results.md'), `${table}\n`);
  console.log(table);
}

main();
