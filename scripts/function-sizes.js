// Lists functions longer than 80 lines and modules longer than 300 lines in src/,
// using TypeScript's parser; exit 1 when there are any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const MAX_FUNCTION_LINES = 80;
export const MAX_MODULE_LINES = 300;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

export function oversized(root = 'src') {
  const found = [];
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_MODULE_LINES) found.push(`${file}: module of ${lines} lines`);
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const from = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
        const to = source.getLineAndCharacterOfPosition(node.end).line;
        if (to - from + 1 > MAX_FUNCTION_LINES) {
          const name = node.name?.getText(source) ?? '(anonymous)';
          found.push(`${file}:${from + 1}: function ${name} of ${to - from + 1} lines`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = oversized(process.argv[2] ?? 'src');
  for (const f of found) console.log(f);
  process.exit(found.length > 0 ? 1 : 0);
}
