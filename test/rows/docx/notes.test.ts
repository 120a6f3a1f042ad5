// Footnotes and endnotes as Word writes them (word/footnotes.xml): separators that are no notes,
// deleted text and field codes that are not shown, tabs, breaks and paragraphs. The expected text
// is what Word shows for each note.
import { describe, expect, it } from 'vitest';
import { NoteRefs, readNotes } from '../../../src/rows/docx/notes.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const notes = (kind: 'footnote' | 'endnote', body: string) => `<w:${kind}s ${W}>${body}</w:${kind}s>`;

describe('readNotes', () => {
  it('reads each normal note by id, skipping the separators', () => {
    const xml = notes(
      'footnote',
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>—</w:t></w:r></w:p></w:footnote>' +
        `<w:footnote w:id="1"><w:p>${run(' Станом на 01.10.2023 ')}</w:p></w:footnote>` +
        `<w:footnote w:type="normal" w:id="2"><w:p>${run('Друга')}</w:p></w:footnote>`,
    );
    expect([...readNotes(xml, 'footnote')]).toEqual([
      ['1', 'Станом на 01.10.2023'],
      ['2', 'Друга'],
    ]);
  });
  it('shows tabs and breaks as spaces and paragraphs as lines, not deleted text or field codes', () => {
    const xml = notes(
      'endnote',
      `<w:endnote w:id="3"><w:p>${run('Перший')}<w:r><w:tab/></w:r>${run('рядок')}<w:r><w:br/></w:r>${run('далі')}</w:p>` +
        `<w:p><w:del w:id="9"><w:r><w:delText>стерто</w:delText></w:r></w:del>` +
        `<w:r><w:instrText> PAGE </w:instrText></w:r>${run('Другий абзац')}</w:p></w:endnote>`,
    );
    expect(readNotes(xml, 'endnote').get('3')).toBe('Перший рядок далі\nДругий абзац');
  });
  it('reads only the kind asked for, and nothing from a part that is not there', () => {
    const xml = notes('footnote', `<w:footnote w:id="1"><w:p>${run('Виноска')}</w:p></w:footnote>`);
    expect(readNotes(xml, 'endnote').size).toBe(0);
    expect(readNotes(undefined, 'footnote').size).toBe(0);
  });
});

describe('NoteRefs', () => {
  it('marks footnotes 1, 2, … and endnotes i, ii, … in the order met, once each', () => {
    const refs = new NoteRefs();
    expect(['9', '4', '9'].map((id) => refs.mark('footnote', id))).toEqual(['[1]', '[2]', '[1]']);
    expect(['1', '2', '3', '4'].map((id) => refs.mark('endnote', id))).toEqual(['[i]', '[ii]', '[iii]', '[iv]']);
    expect(refs.found.map((f) => `${f.kind} ${f.id} ${f.mark}`)).toEqual([
      'footnote 9 [1]',
      'footnote 4 [2]',
      'endnote 1 [i]',
      'endnote 2 [ii]',
      'endnote 3 [iii]',
      'endnote 4 [iv]',
    ]);
  });
});
