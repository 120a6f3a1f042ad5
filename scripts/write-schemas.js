// Writes schemas/*.schema.json, and the generated tables of the README and docs/, from the Zod schemas and catalogues.
import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED_DOCUMENTS, schemaFiles, withGeneratedSections } from './schema-artifacts.js';

for (const { path, content } of schemaFiles()) {
  writeFileSync(path, content);
  console.error(`wrote ${path}`);
}
for (const [path, sections] of Object.entries(GENERATED_DOCUMENTS)) {
  writeFileSync(path, withGeneratedSections(readFileSync(path, 'utf8'), sections));
  console.error(`updated the generated sections of ${path}`);
}
