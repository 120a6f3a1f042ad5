// Bytes to text, on bytes made here by the WHATWG encoders and decoders (Buffer, TextDecoder)
// rather than by the code under test; each expectation follows from what the bytes are.
import { describe, expect, it } from 'vitest';
import { refusalOf } from '../helpers.js';
import { decodeLines, decodeText, declaredEncoding, withoutMarkup } from '../../src/read/decode-text.js';

/** windows-1251 bytes of a text, by inverting the WHATWG decoder's table. */
const CP1251 = new Map(
  Array.from({ length: 256 }, (_, b) => [new TextDecoder('windows-1251').decode(Uint8Array.of(b)), b] as const),
);
const cp1251 = (text: string) => Uint8Array.from(text, (c) => CP1251.get(c) as number);
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const utf16be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());
const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const refusal = refusalOf;
const PROSE = 'Виконання заходів програми та завдань на території громади у 2023 році. ';

describe('decodeText: byte-order marks', () => {
  it('drops each BOM and names its encoding', async () => {
    const text = 'Пріоритет «Ефективне місто»';
    expect(await decodeText(join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(text)))).toEqual({ text, encoding: 'utf-8' });
    expect(await decodeText(join(Uint8Array.of(0xff, 0xfe), new Uint8Array(Buffer.from(text, 'utf16le'))))).toEqual({
      text,
      encoding: 'utf-16le',
    });
    expect(await decodeText(join(Uint8Array.of(0xfe, 0xff), utf16be(text)))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('takes no BOM from windows-1251 text that starts with the same first byte or two', async () => {
    // «я» is 0xFF and «ю» 0xFE in windows-1251; «п» 0xEF, «ї» 0xBF, «»» 0xBB: each start shares
    // one or two of a BOM's three bytes, in place.
    const starts = ['якість ', 'юридичні ', 'пїдрядник ', 'п»розділ ', 'поїздка ', 'заїзд ', '«»ї ', 'Сюди ', 'Рядок '];
    expect(starts).toHaveLength(9);
    for (const start of starts) {
      const text = `${start}${PROSE.repeat(3)}`;
      expect((await decodeText(cp1251(text))).text, start).toBe(text);
    }
  });

  it('keeps the BOM as a character when an encoding is named, and names the encoding in lower case', async () => {
    const bytes = join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('а'));
    expect(await decodeText(bytes, 'UTF-8')).toEqual({ text: '\uFEFFа', encoding: 'utf-8' });
  });
});

describe('decodeText: what a user is told', () => {
  it('names an encoding it does not know, and bytes invalid in the one named', async () => {
    expect(await refusal(decodeText(utf8('а'), 'x-no-such'))).toBe('unknown encoding «x-no-such»');
    expect(await refusal(decodeText(Uint8Array.of(0xd0), 'utf-8'))).toBe('input is not valid utf-8 text');
  });

  it('refuses a file whose lines are partly UTF-8 and partly not, naming at most three of each', async () => {
    const good = utf8('Рядок у UTF-8\n');
    const bad = cp1251('Рядок у windows-1251\n');
    const ascii = utf8('ASCII only\n');
    const one = join(good, ascii, bad);
    expect(await refusal(decodeText(one))).toBe(
      'mixed encodings: line 1 UTF-8 but line 3 not; convert the file to one encoding, or name one with --encoding',
    );
    const many = join(bad, good, good, ascii, good, good, bad, bad, cp1251('останній'));
    expect(await refusal(decodeText(many))).toBe(
      'mixed encodings: lines 2, 3, 5, … UTF-8 but lines 1, 7, 8, … not; ' +
        'convert the file to one encoding, or name one with --encoding',
    );
    const three = join(bad, good, good, good, bad);
    expect(await refusal(decodeText(three))).toMatch(/^mixed encodings: lines 2, 3, 4 UTF-8 but lines 1, 5 not;/);
  });

  it('reads a whole windows-1251 file, its last line without a line break included', async () => {
    const text = `${PROSE}\n${PROSE}\nКінець`;
    expect(await decodeText(cp1251(text))).toEqual({ text, encoding: 'windows-1251' });
  });
});

describe('decodeText for markup: the declared encoding', () => {
  const page = (charset: string, body: string) => `<html><head><meta charset="${charset}"></head><body>${body}</body>`;

  it('reads one-byte text as declared, and ASCII-only text as declared too', async () => {
    expect(await decodeText(cp1251(page('windows-1251', PROSE)), undefined, { markup: true })).toEqual({
      text: page('windows-1251', PROSE),
      encoding: 'windows-1251',
    });
    expect(await decodeText(utf8(page('koi8-u', 'plain')), undefined, { markup: true })).toEqual({
      text: page('koi8-u', 'plain'),
      encoding: 'koi8-u',
    });
  });

  it('reads UTF-8 declared as UTF-8; invalid UTF-8 declared as UTF-8 by detection, saying so', async () => {
    const html = page('utf-8', PROSE);
    expect(await decodeText(utf8(html), undefined, { markup: true })).toEqual({ text: html, encoding: 'utf-8' });
    const read = await decodeText(cp1251(page('utf-8', PROSE.repeat(4))), undefined, { markup: true });
    expect(read).toEqual({
      text: page('utf-8', PROSE.repeat(4)),
      encoding: 'windows-1251',
      contradicted: { declared: 'utf-8', read: 'windows-1251' },
    });
  });

  it('ignores a declaration in a text that is not markup', async () => {
    const bytes = utf8(page('windows-1251', 'Привіт'));
    expect(await decodeText(bytes)).toEqual({ text: page('windows-1251', 'Привіт'), encoding: 'utf-8' });
  });
});

describe('declaredEncoding', () => {
  const bytes = (html: string) => utf8(html);
  it('takes the first meta that names a known encoding, by its WHATWG name', () => {
    expect(declaredEncoding(bytes('<meta name="x"><meta charset=cp1251>'))).toBe('windows-1251');
    expect(declaredEncoding(bytes('<META http-equiv="Content-Type" content="text/html; charset=koi8-u">'))).toBe(
      'koi8-u',
    );
    expect(declaredEncoding(bytes('<meta charset="no-such"><meta charset=" windows-1252">'))).toBe('windows-1252');
  });
  it('reads a UTF-16 declaration as UTF-8 (bytes that reached here are not UTF-16)', () => {
    expect(declaredEncoding(bytes('<meta charset="utf-16le">'))).toBe('utf-8');
    expect(declaredEncoding(bytes('<meta charset="utf-8">'))).toBe('utf-8');
  });
  it('looks in the first 4,096 bytes only', () => {
    const pad = ' '.repeat(4096 - '<meta charset=cp1251>'.length);
    expect(declaredEncoding(bytes(`${pad}<meta charset=cp1251>`))).toBe('windows-1251');
    expect(declaredEncoding(bytes(` ${pad}<meta charset=cp1251>`))).toBeNull();
    expect(declaredEncoding(bytes('<meta charset=cp1251>'))).toBe('windows-1251');
    expect(declaredEncoding(bytes('<meta content="charset"><p>no declaration'))).toBeNull();
  });
});

describe('decodeLines', () => {
  const all = async (bytes: Uint8Array, encoding?: string) => {
    const { lines, encoding: found } = await decodeLines(bytes, encoding);
    return { lines: [...lines], encoding: found };
  };
  it('reads UTF-8 straight from the bytes, a BOM dropped unless an encoding is named', async () => {
    const bytes = join(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('а\tб\nв'));
    expect(await all(bytes)).toEqual({ lines: ['а\tб', 'в'], encoding: 'utf-8' });
    expect(await all(bytes, 'UTF-8')).toEqual({ lines: ['\uFEFFа\tб', 'в'], encoding: 'utf-8' });
    expect(await all(bytes, 'utf8')).toEqual({ lines: ['\uFEFFа\tб', 'в'], encoding: 'utf8' });
  });
  it('takes lone carriage returns, a named one-byte encoding and invalid UTF-8 the long way, to the same lines', async () => {
    expect(await all(utf8('а\rб\r\nв'))).toEqual({ lines: ['а', 'б', 'в'], encoding: 'utf-8' });
    expect(await all(cp1251('а\nб'), 'windows-1251')).toEqual({ lines: ['а', 'б'], encoding: 'windows-1251' });
    expect(await all(utf8('abc\nd'), 'windows-1251')).toEqual({ lines: ['abc', 'd'], encoding: 'windows-1251' });
    const text = `${PROSE}\n${PROSE}`;
    expect(await all(cp1251(text))).toEqual({ lines: [PROSE, PROSE], encoding: 'windows-1251' });
  });
});

describe('withoutMarkup', () => {
  it('keeps the text between tags, a space for each tag, and nothing of styles, scripts and comments', () => {
    expect(withoutMarkup('a<b>c</b>d')).toBe('a c d');
    expect(withoutMarkup('x<STYLE>p>q{}</STYLE>y<Script>if(a>b)</SCRIPT>z')).toBe('x y z');
    expect(withoutMarkup('x<!-- a > b -->y')).toBe('x y');
    expect(withoutMarkup('<p>one</p>')).toBe(' one ');
  });
  it('keeps what follows a tag never closed, as it is', () => {
    expect(withoutMarkup('a<b c')).toBe('a<b c');
    // A style never closed: its tag is a tag like any other, and what follows is kept.
    expect(withoutMarkup('a<style>b')).toBe('a b');
    expect(withoutMarkup('a<!-- b')).toBe('a<!-- b');
    expect(withoutMarkup('>a')).toBe('>a');
  });
});

describe('Cyrillic read as windows-1252 (a page declaring windows-1252 over windows-1251 bytes)', () => {
  const page = (body: Uint8Array) => join(utf8('<html><meta charset="windows-1252"><p>'), body, utf8('</p>'));
  const asWindows1252 = (text: string) => new TextDecoder('windows-1252').decode(cp1251(text));
  const read = (body: string, encode = cp1251) => decodeText(page(encode(body)), undefined, { markup: true });

  it('is refused when it reads as Ukrainian prose in windows-1251, quoting the first letters it would give', async () => {
    const body = 'Проведено ремонт доріг та тротуарів у місті, з них на вулиці Київській і в парку. '.repeat(3);
    const letters = asWindows1252('Проведено').slice(0, 12);
    expect(await refusal(read(body))).toBe(
      `text decodes as windows-1252 to letters like «${letters}», which is Cyrillic in windows-1251; ` +
        'name it with --encoding windows-1251',
    );
  });

  it('is read as declared when too short to be prose, or mostly ASCII with a few accented letters', async () => {
    expect((await read('Проведено ремонт доріг')).encoding).toBe('windows-1252');
    const english = 'The café on the quay and the hôtel were repaired this year by the city. '.repeat(4);
    expect((await read(english, (t) => new Uint8Array(Buffer.from(t, 'latin1')))).text).toContain('café');
  });
});

describe('decoding at its thresholds', () => {
  it('takes «charset = cp1251» with spaces around the sign', () => {
    expect(declaredEncoding(utf8('<meta charset = cp1251>'))).toBe('windows-1251');
  });
  it('drops a BOM only when all three of its bytes are there (an «A» then «п» is not one)', async () => {
    // UTF-8 «п» is D0 BF: «Aп» has 0xBF third, as a BOM does.
    const { lines } = await decodeLines(utf8('Aпарк\nб'));
    expect([...lines]).toEqual(['Aпарк', 'б']);
  });
  it('reads UTF-8 bytes in the one-byte encoding named, not as UTF-8', async () => {
    const { lines, encoding } = await decodeLines(utf8('а\nб'), 'windows-1251');
    expect([[...lines], encoding]).toEqual([['Р°', 'Р±'], 'windows-1251']);
  });
  it('counts a line whose only high byte is 0x80 («Ђ» in windows-1251) as not UTF-8', async () => {
    expect(await refusal(decodeText(join(utf8('Рядок у UTF-8\n'), cp1251('Ђ\n'))))).toMatch(
      /^mixed encodings: line 1 UTF-8 but line 2 not;/,
    );
  });
});

describe('Cyrillic read as windows-1252: the thresholds', () => {
  const page = (body: Uint8Array) => join(utf8('<html><meta charset="windows-1252"><p>'), body, utf8('</p>'));
  const read = (body: Uint8Array) => decodeText(page(body), undefined, { markup: true });
  const prose = 'Проведено ремонт доріг та тротуарів у місті, з них на вулиці Київській і в парку. ';
  it('is read as declared when under 30 % of its letters are Latin-1 (URLs and Latin words beside it)', async () => {
    const latin = ' https://example.org/reports/zhytomyr/quarterly/execution/programme '.repeat(6);
    const body = join(cp1251(prose.repeat(2)), utf8(latin));
    expect((await read(body)).encoding).toBe('windows-1252');
  });
  it('is refused from 20 words of prose on, and quotes at most 12 letters', async () => {
    const twenty = [
      ...['Надзвичайного', 'доріг', 'та', 'тротуарів', 'на', 'вулиці', 'та', 'на', 'площі', 'та'],
      ...['ремонт', 'парку', 'на', 'вулиці', 'та', 'ремонт', 'доріг', 'на', 'площі', 'та'],
    ].join(' ');
    expect(twenty.split(' ')).toHaveLength(20);
    const nineteen = twenty.split(' ').slice(0, 19).join(' ');
    expect((await read(cp1251(nineteen))).encoding).toBe('windows-1252');
    // 13 letters, none of і ї є ґ (which windows-1252 shows outside À–ÿ).
    const letters = new TextDecoder('windows-1252').decode(cp1251('Надзвичайного')).slice(0, 12);
    expect(letters).toHaveLength(12);
    expect(await refusal(read(cp1251(twenty)))).toContain(`letters like «${letters}»`);
  });
});
