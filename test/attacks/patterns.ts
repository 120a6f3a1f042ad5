// Every regular expression in src/: the literals, found by the TypeScript parser, and
// those built with `new RegExp`, caught as the modules build them (and as a report is
// read, for those built on demand). Shared by the ReDoS check and its listing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { ROOT } from '../helpers.js';

export interface FoundPattern {
  source: string;
  flags: string;
  /** `src/…/file.ts:line` of a literal; the building module's file of a constructed one. */
  where: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

export function literalPatterns(): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const tree = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const end = text.lastIndexOf('/');
        const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({
          source: text.slice(1, end),
          flags: text.slice(end + 1),
          where: `${relative(ROOT, file)}:${line}`,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

/** The patterns the modules build, by importing every module of src/ with RegExp watched, then reading reports. */
export async function constructedPatterns(read: () => Promise<void>): Promise<FoundPattern[]> {
  const found = new Map<string, FoundPattern>();
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args, newTarget) {
      const made = Reflect.construct(target, args, newTarget) as RegExp;
      const frame = new Error().stack?.split('\n').find((l) => l.includes('/src/')) ?? '';
      const where = /\/(src\/[^:)]+)/.exec(frame)?.[1] ?? 'unknown';
      const key = `/${made.source}/${made.flags}`;
      if (!found.has(key)) found.set(key, { source: made.source, flags: made.flags, where });
      return made;
    },
  });
  try {
    for (const file of sourceFiles(join(ROOT, 'src')).filter((f) => !f.includes('/client/')))
      await import(file).catch(() => undefined);
    await read();
  } finally {
    globalThis.RegExp = Native;
  }
  return [...found.values()];
}
