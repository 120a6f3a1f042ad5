// Every file a run writes, known before any work: no output may be an input, and no
// two outputs may be one file (an input named `x.programs` beside `x` would otherwise
// overwrite `x`'s programmes table; one named `datapackage` the Data Package itself).
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dataPackageFiles, resourceName } from '../emit/datapackage.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../emit/index.js';
import { InputError } from '../errors.js';
import type { BatchInput } from './inputs.js';

/** One file an input writes, relative to the output folder. */
export type OutputFile =
  | { name: string; format: OutputFormat }
  | { name: string; table: ReturnType<typeof dataPackageFiles>[number]['table'] };

/** The files one input writes: each format, and with a Data Package its tables as CSV (in place of the CSV). */
export function outputFiles(stem: string, formats: readonly OutputFormat[], datapackage: boolean): OutputFile[] {
  const files: OutputFile[] = formats
    .filter((format) => !(datapackage && format === 'csv'))
    .map((format) => ({ name: `${stem}${OUTPUT_FORMATS[format].extension}`, format }));
  if (datapackage) files.push(...dataPackageFiles(stem).map(({ table, path }) => ({ name: path, table })));
  return files;
}

export interface OutputPlan {
  outDir: string;
  formats: readonly OutputFormat[];
  datapackage: boolean;
  summary?: string;
}

/** A file's identity: its device and inode when it exists (links, `..`, case), else its absolute path. */
function identity(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat?.isFile() ? `inode ${stat.dev}:${stat.ino}` : resolve(path);
}

/** Refuses, before any work, a run in which an output is an input or two outputs are one file. */
export function checkOutputPlan(inputs: readonly BatchInput[], plan: OutputPlan): void {
  const inputKeys = new Set(inputs.map((input) => identity(input.path)));
  const owners = new Map<string, string>();
  const claim = (path: string, what: string) => {
    const key = identity(path);
    if (inputKeys.has(key)) throw new InputError(`refusing to run: ${what} would overwrite ${path}, an input`);
    const owner = owners.get(key);
    if (owner !== undefined)
      throw new InputError(`refusing to run: ${path} would be written twice, as ${owner} and as ${what}`);
    owners.set(key, what);
  };
  for (const input of inputs)
    for (const file of outputFiles(input.stem, plan.formats, plan.datapackage))
      claim(join(plan.outDir, file.name), `the output of ${input.path}`);
  if (plan.datapackage) {
    claim(join(plan.outDir, 'datapackage.json'), 'the Data Package');
    checkResourceNames(inputs);
  }
  if (plan.summary !== undefined) claim(plan.summary, 'the summary');
}

/** Resource names are slugs of the stems: two stems with one slug would make the package invalid. */
function checkResourceNames(inputs: readonly BatchInput[]): void {
  const seen = new Map<string, string>();
  for (const input of inputs)
    for (const { table } of dataPackageFiles(input.stem)) {
      const name = resourceName(input.stem, table.name);
      const other = seen.get(name);
      if (other !== undefined && other !== input.path)
        throw new InputError(`refusing to run: ${other} and ${input.path} would share the Data Package name «${name}»`);
      seen.set(name, input.path);
    }
}
