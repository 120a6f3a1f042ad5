import { describe, expect, it } from 'vitest';
import { cellFromMarkup } from '../../src/rows/cell.js';

describe('cellFromMarkup', () => {
  it('leaves plain text alone but for white space', () => {
    const c = cellFromMarkup('  Департамент\u00a0освіти   міської ради ');
    expect(c.text).toBe('Департамент освіти міської ради');
    expect(c.markup).toBe(false);
    expect(c.runs).toEqual([{ text: 'Департамент освіти міської ради', bold: false, underline: false }]);
  });

  it('decodes entities', () => {
    expect(cellFromMarkup('КП &quot;Парк&quot; &amp; сквер&nbsp;№&#160;5 &laquo;x&raquo;').text).toBe(
      'КП "Парк" & сквер № 5 «x»',
    );
  });

  it('turns paragraphs and <br> into line breaks inside the value', () => {
    const c = cellFromMarkup('<p>Перший абзац.</p> <p>Другий<br>рядок</p>');
    expect(c.text).toBe('Перший абзац.\nДругий\nрядок');
  });

  it('keeps link text and collects the targets', () => {
    const c = cellFromMarkup('канал <a href="https://t.me/relocationZhytomyr">Telegram</a> , де');
    expect(c.text).toBe('канал Telegram , де');
    expect(c.links).toEqual(['https://t.me/relocationZhytomyr']);
  });

  it('records bold and underline as runs', () => {
    const c = cellFromMarkup('<b><u>Пріоритет "Зелене місто"</u></b> <b>Сектор</b> текст');
    expect(c.runs).toEqual([
      { text: 'Пріоритет "Зелене місто"', bold: true, underline: true },
      { text: 'Сектор', bold: true, underline: false },
      { text: 'текст', bold: false, underline: false },
    ]);
  });

  it('reads markdown bold and escapes only when asked', () => {
    const md = cellFromMarkup('**Інформація про виконання**', { markdown: true });
    expect(md.text).toBe('Інформація про виконання');
    expect(md.runs[0]?.bold).toBe(true);
    expect(cellFromMarkup('\\*Звіт про виконання', { markdown: true }).text).toBe('*Звіт про виконання');
    expect(cellFromMarkup('**x**').text).toBe('**x**');
  });

  it('keeps every word of unbalanced or odd markup', () => {
    const c = cellFromMarkup('<p><b>Житлове господарство</b> Провести <i>ремонт</i> <span>ліфтів');
    expect(c.text).toBe('Житлове господарство Провести ремонт ліфтів');
  });

  it('keeps script text as text: parsed, never run, nothing lost', () => {
    expect(cellFromMarkup('до<script>alert(1)</script> після').text).toBe('доalert(1) після');
  });

  it('reads markup that never closes as text', () => {
    expect(cellFromMarkup('a <b c').text).toBe('a <b c');
    expect(cellFromMarkup('a <!-- c').text).toBe('a <!-- c');
    expect(cellFromMarkup('<b>x</b> <i y').text).toBe('x <i y');
    expect(cellFromMarkup('a <!-- hidden --> b').text).toBe('a b');
    expect(cellFromMarkup('<![CDATA[x]]> y').text).toBe('x y');
  });
});

describe('Unicode normalisation', () => {
  it('composes decomposed letters (NFC), in plain and marked-up cells and their runs', () => {
    const nfd = 'Житомирськии\u0306 міськии\u0306 голова'; // й as и + combining breve
    const nfc = 'Житомирський міський голова';
    expect(nfd).not.toBe(nfc);
    expect(cellFromMarkup(nfd).text).toBe(nfc);
    const marked = cellFromMarkup(`<b>${nfd}</b> і <i>${nfd}</i>`);
    expect(marked.text).toBe(`${nfc} і ${nfc}`);
    // Bold, plain and italic: three runs, each composed.
    expect(marked.runs.map((r) => [r.text, r.bold, r.italic === true])).toEqual([
      [nfc, true, false],
      ['і', false, false],
      [nfc, false, true],
    ]);
  });
});
