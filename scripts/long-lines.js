// Lists lines longer than the project's width (120 characters, not bytes) in the
// given files, or in src/ when none are given. Exit 1 when there are any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WIDTH = 120;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const targets = process.argv.length > 2 ? process.argv.slice(2) : files('src');
let long = 0;
for (const file of targets) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const length = [...line].length;
      if (length > WIDTH) {
        long++;
        console.log(`${file}:${i + 1}: ${length}`);
      }
    });
}
process.exit(long > 0 ? 1 : 0);
