#!/usr/bin/env node
// `zhyt-report --version` is answered here, before the command line itself (commander
// and the pipeline's shell) is loaded: a CI log line should not cost a parse's start-up.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/bundle/main.js');
  // A reader that stops early (`| head`) is not an error. Any other failed write
  // rejects the write that made it, and the command says so in one line (exit 2).
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.exitCode = 2;
  });
  process.exitCode = await main(process.argv);
}
