#!/usr/bin/env node
// Loops of assertions that pass when there is nothing to loop over: a `for … of` or
// `.forEach` whose body calls expect(), inside a test that never asserts how many
// items there are (toHaveLength, `.length`/`.size` compared, toBeGreaterThan…). A
// loop over an array written in the test, or over a constant array literal of the
// file, cannot be empty and is not flagged; nor is a loop over the test's own expectations
// (a label's list, empty when nothing is expected) marked by a comment saying «Over expectations».
// Run by hand it prints file:line per loop.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const COUNT = /toHaveLength|\.(length|size)\)\.(toBe|toEqual|toBeGreaterThan)|toBeGreaterThan(OrEqual)?\(/;

const testFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );

const unwrap = (node) => (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) ? unwrap(node.expression) : node);
const nonEmptyLiteral = (node) => ts.isArrayLiteralExpression(node) && node.elements.length > 0;

/** Names of the file's `const X = [ … ]` with at least one element. */
function literalArrays(source) {
  const names = new Set();
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      if (nonEmptyLiteral(unwrap(node.initializer))) names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** The collection a loop walks, or null when the node is no loop of assertions. */
function loopedOver(node) {
  if (ts.isForOfStatement(node) || ts.isForInStatement(node)) {
    return /expect\(/.test(node.statement.getText()) ? node.expression : null;
  }
  const forEach =
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'forEach' &&
    /expect\(/.test(node.arguments[0]?.getText() ?? '');
  return forEach ? node.expression.expression : null;
}

const overExpectations = (node, source) =>
  (ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? []).some((c) =>
    /Over expectations/.test(source.text.slice(c.pos, c.end)),
  );

const isTestCall = (node) =>
  ts.isCallExpression(node) && /^(it|test)(\.each\b.*)?$/s.test(node.expression.getText().split('(')[0]);

export function uncheckedLoops(root) {
  const found = [];
  for (const file of testFiles(join(root, 'test'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const constants = literalArrays(source);
    const safe = (expr) => nonEmptyLiteral(unwrap(expr)) || (ts.isIdentifier(expr) && constants.has(expr.text));
    const inTest = (body) => {
      const walk = (node) => {
        const collection = loopedOver(node);
        if (collection && !safe(collection) && !COUNT.test(body.getText()) && !overExpectations(node, source)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push(`${relative(root, file)}:${line}`);
        }
        ts.forEachChild(node, walk);
      };
      walk(body);
    };
    const find = (node) => {
      const callback =
        isTestCall(node) && node.arguments.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
      if (callback) inTest(callback.body);
      else ts.forEachChild(node, find);
    };
    find(source);
  }
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = uncheckedLoops(join(fileURLToPath(import.meta.url), '..', '..'));
  if (found.length > 0) console.log(found.join('\n'));
  process.exitCode = found.length > 0 ? 1 : 0;
}
