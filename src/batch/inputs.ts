// Which files a batch converts, and what each output is called: the inputs given,
// folders searched recursively for known formats, outputs mirroring the folder
// layout below each folder given. An output is named after its input's whole file
// name (`q3.docx` → `q3.docx.json`), so its name never depends on the other inputs.
import { readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { InputError } from '../errors.js';
import { describeFsError } from '../read/read-input.js';

/** Extensions a folder search picks up; files named directly are read whatever their name. */
// Every format a release comes in (a legacy .doc or .xls is found, to be refused with the way to convert it).
export const KNOWN_EXTENSIONS = new Set([
  '.txt',
  '.tsv',
  '.csv',
  '.html',
  '.htm',
  '.docx',
  '.pdf',
  '.odt',
  '.fodt',
  '.ods',
  '.fods',
  '.xlsx',
  '.rtf',
  '.doc',
  '.xls',
]);

export interface BatchInput {
  path: string;
  /** The output name without the format's extension, relative to the output folder. */
  stem: string;
}

/** Told of each hidden file or folder a search passes over (a name starting with a dot). */
export type OnHidden = (path: string) => void;

function walk(dir: string, onHidden: OnHidden): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    // Hidden entries (.git, editors' .~lock files) are no releases: passed over, but named.
    if (entry.name.startsWith('.')) {
      if (entry.isDirectory() || KNOWN_EXTENSIONS.has(extname(entry.name).toLowerCase())) onHidden(path);
      continue;
    }
    if (entry.isDirectory()) out.push(...walk(path, onHidden));
    else if (entry.isFile() && KNOWN_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(path);
  }
  return out;
}

export function collectInputs(args: readonly string[], onHidden: OnHidden = () => {}): BatchInput[] {
  const inputs: BatchInput[] = [];
  for (const arg of args) {
    let isDir: boolean;
    try {
      isDir = statSync(arg).isDirectory();
    } catch (error) {
      throw new InputError(`cannot read ${arg}: ${describeFsError(error)}`);
    }
    if (isDir) {
      for (const path of walk(arg, onHidden)) {
        inputs.push({ path, stem: relative(arg, path) });
      }
    } else {
      inputs.push({ path: arg, stem: basename(arg) });
    }
  }
  // Only files of one name given from two folders can collide: refused, not renamed.
  const seen = new Set<string>();
  for (const input of inputs) {
    if (seen.has(input.stem)) throw new InputError(`two inputs would both write ${input.stem}.*: ${input.path}`);
    seen.add(input.stem);
  }
  return inputs;
}
