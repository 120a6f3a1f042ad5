// A Frictionless Data Package describing the CSV tables written for each input, so
// pandas, frictionless and spreadsheet tools read typed columns.
import { slugify } from '../text/slug.js';
import type { CsvOptions } from './csv.js';
import { TABLES } from './tables.js';

export function dataPackageFiles(stem: string): Array<{ table: (typeof TABLES)[number]; path: string }> {
  return TABLES.map((table) => ({ table, path: `${stem}${table.suffix}.csv` }));
}

/** A resource's name: the stem as a slug, then the table («q3-docx-measures»). */
export const resourceName = (stem: string, table: string): string => `${slugify(stem)}-${table}`;

export function dataPackage(stems: readonly string[], options: CsvOptions = {}): Record<string, unknown> {
  const resources = stems.flatMap((stem) =>
    dataPackageFiles(stem).map(({ table, path }) => ({
      name: resourceName(stem, table.name),
      path: path.split('\\').join('/'),
      title: table.title,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      // UTF-8 also with --excel: a BOM is part of UTF-8 as CSV readers take it,
      // and «utf-8-sig» is not a name the specs accept.
      encoding: 'utf-8',
      dialect: {
        delimiter: options.delimiter ?? ',',
        lineTerminator: options.excel ? '\r\n' : '\n',
        quoteChar: '"',
        doubleQuote: true,
        header: true,
      },
      schema: {
        fields: table.columns.map((c) => ({
          name: c.name,
          type: c.type,
          description: c.description,
          ...(c.values ? { constraints: { enum: [...c.values] } } : {}),
        })),
        missingValues: [''],
        ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      },
    })),
  );
  return {
    profile: 'tabular-data-package',
    name: 'zhytomyr-programme-execution',
    title: 'Execution of the Zhytomyr city programme of socio-economic and cultural development',
    resources,
  };
}
