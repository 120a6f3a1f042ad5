// Names both the CLI shell (for --help) and the commands use; nothing heavy here.
export const FORMATS = ['json', 'csv', 'ndjson', 'xlsx'] as const;
export const SCHEMA_NAMES = [
  'report',
  'measure',
  'diagnostic',
  'programs',
  'executors',
  'history',
  'history-row',
] as const;
