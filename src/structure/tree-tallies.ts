// What the tree builder counts as it goes and says once, when the whole table is
// read: a style only the whole shows (most numbers without their dot), a habit of the
// file (tasks printed again on their measures' rows), the words written before task
// numbers. One diagnostic each, not one per row.
import type { DiagnosticDetails, Diagnostics } from '../diagnostics/diagnostics.js';
import type { SourcePlace } from '../model/schema.js';

interface Counted {
  count: number;
  first: SourcePlace | null;
}

export class TreeTallies {
  /** Numbers missing their dot or space, kept until the whole table shows which style is the document's own. */
  private readonly irregular: Array<{ missing: 'dot' | 'space'; details: DiagnosticDetails; source: SourcePlace }> = [];
  private numbered = 0;
  private readonly taskWords = { words: new Set<string>(), count: 0, first: null as SourcePlace | null };
  /** Task rows (or task numbers) printed again on the rows of their measures. */
  private readonly repeatedTasks: Counted = { count: 0, first: null };

  constructor(private readonly diagnostics: Diagnostics) {}

  numberRead(): void {
    this.numbered++;
  }

  numberIrregular(missing: 'dot' | 'space', details: DiagnosticDetails, source: SourcePlace): void {
    this.irregular.push({ missing, details, source });
  }

  /** A word written before a task number («Завдання 1»). */
  taskWord(word: string, source: SourcePlace): void {
    this.taskWords.words.add(word);
    this.taskWords.count++;
    this.taskWords.first ??= source;
  }

  taskRepeated(source: SourcePlace): void {
    this.repeatedTasks.count++;
    this.repeatedTasks.first ??= source;
  }

  /** The diagnostics of what was counted, once the table is read. */
  report(): void {
    this.reportNumberStyle();
    const { words, count, first } = this.taskWords;
    if (first) this.diagnostics.add('task-number-words', { words: [...words], count }, first, 'task');
    const repeated = this.repeatedTasks;
    if (repeated.first) this.diagnostics.add('task-repeated', { rows: repeated.count }, repeated.first, 'task');
  }

  /**
   * Numbers that lack their dot or space: each a warning when few do (an irregular
   * number), one info when most do (the document's own style, «1.1 Title»).
   */
  private reportNumberStyle(): void {
    for (const missing of ['dot', 'space'] as const) {
      const found = this.irregular.filter((f) => f.missing === missing);
      const first = found[0];
      if (!first) continue;
      if (found.length * 2 <= this.numbered) {
        for (const f of found) this.diagnostics.add('measure-number-format', f.details, f.source, 'measure');
        continue;
      }
      const details = { missing: first.details.missing as string, count: found.length, total: this.numbered };
      this.diagnostics.add('measure-number-style', details, first.source, 'measure');
    }
  }
}
