// Writes schemas/*.schema.json and the README's data-model tables from the Zod schemas.
import { readFileSync, writeFileSync } from 'node:fs';
import { schemaFiles, withGeneratedSections } from './schema-artifacts.js';

for (const { path, content } of schemaFiles()) {
  writeFileSync(path, content);
  console.error(`wrote ${path}`);
}
writeFileSync('README.md', withGeneratedSections(readFileSync('README.md', 'utf8')));
console.error('updated README.md generated sections');
