// The diff finds exactly the edits scripts/make-next-release.js made to the sample.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffReports, type ReportDiff } from '../src/compare/diff.js';
import { diffCsv, wordChange } from '../src/compare/diff-views.js';
import { parseReport, toJson } from '../src/index.js';
import { runCli, SAMPLE } from './helpers.js';

const NEXT = SAMPLE.replace('2023-9m', '2023-12m');
let diff: ReportDiff;
beforeAll(async () => {
  diff = diffReports(await parseReport(SAMPLE), await parseReport(NEXT));
});

describe('diff between the 9-month and the year release', () => {
  it('finds exactly the edits made', () => {
    expect(diff.summary).toEqual({ added: 1, removed: 1, moved: 1, changed: 4, unchanged: 167 });
    expect(diff.added.map((m) => [m.sector, m.number])).toEqual([['Освіта', '2.4']]);
    expect(diff.removed.map((m) => [m.sector, m.number])).toEqual([['Культура', '5.6']]);
    expect(diff.moved.map((m) => [m.newSector, m.oldNumber, m.newNumber])).toEqual([
      ['Громадська безпека', '1.7', '1.8'],
    ]);
    const changes = diff.changed.map((c) => [
      c.measure.sector.split(',')[0],
      c.measure.number,
      c.changes.map((f) => [f.field, f.old, f.new]),
    ]);
    expect(changes).toEqual([
      ['Підприємництво', '5.2', [['fundingThousandUah', 434.09, 512.3]]],
      [
        'Освіта',
        '4.5',
        [
          [
            'execution',
            'Продовжуються роботи з капітального ремонту покрівлі',
            'Роботи з капітального ремонту покрівлі завершено',
          ],
          ['status', 'in_progress', 'completed'],
        ],
      ],
      [
        'Стала мобільність',
        '2.1',
        [
          [
            'execution',
            'Триває будівництво тролейбусної лінії по вул. Героїв Пожежних. Рівень виконання робіт становить 81,0%.',
            'Триває будівництво тролейбусної лінії по вул. Героїв Пожежних. Рівень виконання робіт становить 94,0%.',
          ],
          ['completionPercent', 81, 94],
        ],
      ],
      [
        'Культура',
        '5.3',
        [
          [
            'execution',
            'Проведення Міжнародної хореографічної асамблеї імені Н. Скорульської заплановано на листопад',
            'Проведено Міжнародну хореографічну асамблею імені Н. Скорульської у листопаді',
          ],
          ['status', 'planned', 'completed'],
        ],
      ],
    ]);
  });

  it('names each measure by priority, sector, task, number, title and id, and a moved one by its old id too', () => {
    expect(diff.moved[0]?.oldId).toBe('inkliuzyvne-misto/hromadska-bezpeka/1.7');
    expect(diff.moved[0]?.measure).toEqual({
      id: 'inkliuzyvne-misto/hromadska-bezpeka/1.8',
      priority: 'Інклюзивне місто',
      sector: 'Громадська безпека',
      task: '1',
      number: '1.8',
      title: expect.stringMatching(/^Створення \(будівництво\) систем відеоспостереження/) as unknown as string,
    });
    expect(diff.old).toEqual({ path: 'zhytomyr-2023-9m.txt', period: '9 місяців 2023 року', measures: 173 });
    expect(diff.new.period).toBe('2023 рік');
  });

  it('finds the same across formats and from JSON written earlier', async () => {
    const fromPdf = diffReports(await parseReport(SAMPLE.replace('.txt', '.pdf')), await parseReport(NEXT));
    expect({ ...fromPdf, old: null }).toEqual({ ...diff, old: null });
    const dir = mkdtempSync(join(tmpdir(), 'zhyt-diff-'));
    const earlier = join(dir, 'q3.json');
    writeFileSync(earlier, toJson(await parseReport(SAMPLE)));
    const r = runCli(['diff', earlier, NEXT, '-f', 'json']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as ReportDiff;
    expect(Object.keys(json)).toEqual(['old', 'new', 'summary', 'added', 'removed', 'moved', 'changed']);
    expect(json.summary).toEqual(diff.summary);
  });

  it('shows a long text by the words that changed', () => {
    expect(
      wordChange(
        'Триває будівництво тролейбусної лінії по вул. Героїв Пожежних. Рівень виконання робіт становить 81,0%.',
        'Триває будівництво тролейбусної лінії по вул. Героїв Пожежних. Рівень виконання робіт становить 94,0%.',
      ),
    ).toEqual(['… виконання робіт становить 81,0%.', '… виконання робіт становить 94,0%.']);
    expect(wordChange('a b c d e f g h', 'a b c X e f g h', 1)).toEqual(['… c d e …', '… c X e …']);
  });

  it('writes one CSV row per change', () => {
    const lines = diffCsv(diff).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'change,sector,task,old_number,new_number,measure_id,title,field,old_value,new_value,priority,old_measure_id',
    );
    expect(
      lines.find((l) => l.startsWith('moved,'))?.endsWith(',Інклюзивне місто,inkliuzyvne-misto/hromadska-bezpeka/1.7'),
    ).toBe(true);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      'added',
      'removed',
      'moved',
      'changed',
      'changed',
      'changed',
      'changed',
      'changed',
      'changed',
      'changed',
    ]);
  });
});

describe('zhyt-report diff', () => {
  it('exits 0 when nothing changed, 1 when something did', () => {
    expect(runCli(['diff', SAMPLE, SAMPLE.replace('.txt', '.docx')]).status).toBe(0);
    const r = runCli(['diff', SAMPLE, NEXT]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('1 added, 1 removed, 1 moved, 4 changed, 167 unchanged');
    expect(r.stdout).toContain('> moved    Громадська безпека 1.7 → 1.8');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no ANSI escape may reach a pipe
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
  it('rejects a JSON that is not a report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhyt-diff-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schemaVersion": "1.0.0", "priorities": 3}');
    const r = runCli(['diff', bad, NEXT]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^zhyt-report: .*bad\.json: not a zhyt-report JSON report/);
  });
});
