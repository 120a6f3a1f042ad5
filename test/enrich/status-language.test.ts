// The phrase language of the status rules (phrases.ts) and the clauses a text is read in
// (clauses.ts), tested on hand-made phrases and rules, not the shipped tables.
import { describe, expect, it } from 'vitest';
import { clausesOf, separateNegations } from '../../src/enrich/status/clauses.js';
import { compileRule, firstMatch, notAfterPattern, phraseSource } from '../../src/enrich/status/phrases.js';

/** What a rule of the given phrases (and refused words) finds first in a lower-cased text; null when nothing. */
function found(needs: string | readonly string[], text: string, notAfter?: readonly string[], window?: number) {
  const rule = { needs: typeof needs === 'string' ? [needs] : needs, ...(notAfter ? { notAfter } : {}) };
  return firstMatch(compileRule(rule, window), text)?.[0] ?? null;
}

/** The same, with words the match must not follow at once. */
function foundNotRightAfter(needs: string, text: string, notRightAfter: readonly string[], notAfter?: string[]) {
  return (
    firstMatch(compileRule({ needs: [needs], notRightAfter, ...(notAfter ? { notAfter } : {}) }), text)?.[0] ?? null
  );
}

describe('phrase language: words', () => {
  it('reads «не», then a word beginning with one of the stems', () => {
    const phrase = 'не розпочат*|розпочина*';
    expect(found(phrase, 'роботи не розпочато')).toBe('не розпочато');
    expect(found(phrase, 'Не розпочинались'.toLowerCase())).toBe('не розпочинались');
    expect(found(phrase, 'будівництво не розпочатого обʼєкта')).toBe('не розпочатого');
    expect(found(phrase, 'ще не  розпочато')).toBe('не  розпочато');
  });

  it('never finds a word inside another word', () => {
    const phrase = 'не розпочат*|розпочина*';
    expect(found(phrase, 'нерухомість')).toBeNull();
    expect(found(phrase, 'для мене розпочато')).toBeNull();
    expect(found(phrase, 'не перерозпочато')).toBeNull();
    expect(found(phrase, 'нерозпочато')).toBeNull();
  });

  it('ends a word without a star at a word boundary, apostrophes and Latin letters being letters', () => {
    expect(found('об', 'об єкт')).toBe('об');
    expect(found('об', "об'єкт")).toBeNull();
    expect(found('об', 'об’єкт')).toBeNull();
    expect(found('об', 'обʼєкт')).toBeNull();
    expect(found('об', 'обєкт')).toBeNull();
    expect(found('wi', 'wifi')).toBeNull();
    expect(found('wi', 'wi-fi')).toBe('wi');
  });

  it('reads a star at the end as the rest of the word, and takes the whole word', () => {
    expect(found('розпочат*', 'розпочатого')).toBe('розпочатого');
    expect(found('розпочат*', 'розпочат')).toBe('розпочат');
    expect(found('розпочат*', 'розпоча')).toBeNull();
  });

  it('reads a star at the start as the beginning of a word (`*тиметься`), and takes the whole word', () => {
    expect(found('*тиметься', 'захід виконуватиметься у 2024 році')).toBe('виконуватиметься');
    expect(found('*тиметься', 'тиметься')).toBe('тиметься');
    expect(found('*тиметься', 'виконуватиметьсяя')).toBeNull();
    expect(found('*тиметься', 'виконується')).toBeNull();
  });

  it('reads stars at both ends as a word containing the stem', () => {
    expect(found('*воєнн*', 'перенесено на післявоєнний період')).toBe('післявоєнний');
    expect(found('*воєнн*', 'воєнного стану')).toBe('воєнного');
  });

  it.each(['виконано', 'виконана', 'виконані', 'виконаний', 'виконане'])('reads `виконан~` in «%s»', (word) => {
    expect(found('виконан~', `роботи ${word}.`)).toBe(word);
  });

  it.each(['виконання', 'виконаних', 'виконаною', 'виконан', 'перевиконано'])(
    'does not read `виконан~` in «%s»',
    (word) => {
      expect(found('виконан~', `роботи ${word}.`)).toBeNull();
    },
  );

  it('reads a participle ending after a word beginning (`*ован~`)', () => {
    expect(found('*ован~', 'приміщення реконструйовано')).toBe('реконструйовано');
    expect(found('*ован~', 'реконструйованих приміщень')).toBeNull();
  });

  it('reads alternatives of endings only (`*ано|*ено|*ито`) as whole words ending so', () => {
    const phrase = '*ано|*ено|*ито';
    expect(found(phrase, 'обʼєкт здано')).toBe('здано');
    expect(found(phrase, 'обладнання закуплено вчасно')).toBe('закуплено');
    expect(found(phrase, 'двері відкрито')).toBe('відкрито');
    expect(found(phrase, 'обʼєктздано')).toBe('обʼєктздано');
    expect(found(phrase, 'зданої будівлі')).toBeNull();
    expect(found(phrase, 'рішення прийнято')).toBeNull();
  });

  // Was a bug (found by Stryker): a token of endings only (`*ано|*ено`) was compiled without
  // `alternative()`, so a `~` in it was read as the sign itself.
  it('reads alternatives of participle endings (`*ован~|*ен~`)', () => {
    expect(found('*ован~|*ен~', 'приміщення реконструйовано')).toBe('реконструйовано');
  });

  it('reads alternatives of endings with a star after them as beginnings of the word', () => {
    expect(found('*ано*|*ено*', 'зданого обʼєкта')).toBe('зданого');
    expect(found('*ано*|*ено*', 'закупленої техніки')).toBe('закупленої');
  });

  it('reads an ending beside a stem as two alternatives', () => {
    expect(found('*ано|виконан*', 'виконання робіт')).toBe('виконання');
    expect(found('*ано|виконан*', 'обʼєкт здано')).toBe('здано');
  });

  it('reads words without stars as whole words only', () => {
    expect(found('рано|пізно', 'обʼєкт здано')).toBeNull();
    expect(found('рано|пізно', 'надто пізно')).toBe('пізно');
  });

  it('reads the alternatives of every word of a phrase', () => {
    expect(found('кошти|коштів не передбач*', 'коштів не передбачено')).toBe('коштів не передбачено');
    expect(found('кошти|коштів не передбач*', 'кошти не передбачено')).toBe('кошти не передбачено');
  });

  it('reads each phrase of a rule', () => {
    const needs = ['не виконан~', 'частков*'];
    expect(found(needs, 'виконано частково')).toBe('частково');
    expect(found(needs, 'роботи не виконано')).toBe('не виконано');
  });

  it('ignores spaces around and between the words of a phrase', () => {
    expect(phraseSource('  не   розпочат*  ')).toBe(phraseSource('не розпочат*'));
    expect(found(' не  розпочат* ', 'не розпочато')).toBe('не розпочато');
  });

  it('reads a star or a tilde inside a word as itself', () => {
    expect(found('2*3', 'розміром 2*3 м')).toBe('2*3');
    expect(found('2*3', 'розміром 23 м')).toBeNull();
    expect(found('a~b', 'a~b')).toBe('a~b');
    expect(found('a~b', 'ab')).toBeNull();
  });

  it.each(['п.', '1+1', 'так?', '$5', 'a{2}', '(ч)', '[1]', 'a\\b', 'м/с', 'a^b'])(
    'reads the signs of «%s» as themselves',
    (word) => {
      expect(found(word, `це ${word} і`)).toBe(word);
    },
  );

  it.each([
    ['п.', 'пх'],
    ['1+1', '11'],
    ['так?', 'та'],
    ['a{2}', 'aa'],
    ['(ч)', 'ч'],
    ['[1]', '1'],
    ['a\\b', 'a b'],
  ])('does not read «%s» as a pattern in «%s»', (word, text) => {
    expect(found(word, text)).toBeNull();
  });
});

describe('phrase language: named pieces', () => {
  it.each(['45,5 %', '45 відсотків', '45.5%', '7 відсотка', '100 %'])('`<percent>` reads «%s»', (text) => {
    expect(found('<percent>', `виконано на ${text}.`)).toBe(text);
  });

  it('`<percent>` needs a number and a percent', () => {
    expect(found('<percent>', 'виконано на 45 тис. грн')).toBeNull();
    expect(found('<percent>', 'відсотків')).toBeNull();
  });

  it.each(['100 %', '100%', '100,0 відсотків', '100.00 %'])('`<100%>` reads «%s»', (text) => {
    expect(found('<100%>', `ремонт — ${text}`)).toBe(text);
  });

  it('`<100%>` reads no other percent', () => {
    expect(found('<100%>', 'ремонт — 45 %')).toBeNull();
    expect(found('<100%>', 'ремонт — 100,5 %')).toBeNull();
  });

  it('`<year>`, `<month>` and `<zero-sum>` read a year, a month and a sum of nought', () => {
    expect(found('<year>', 'у 2023 році')).toBe('2023');
    expect(found('<year>', 'у 1999 році')).toBe('1999');
    expect(found('<year>', 'у 2123 році')).toBeNull();
    expect(found('на <month>', 'перенесено на березень')).toBe('на березень');
    expect(found('на <month>', 'перенесено на вересні')).toBe('на вересні');
    expect(found('<zero-sum>', 'профінансовано 0,00 тис. грн')).toBe('0,00 тис');
    expect(found('<zero-sum>', 'профінансовано 0 грн')).toBe('0 грн');
    expect(found('<zero-sum>', 'профінансовано 10 грн')).toBe('0 грн');
  });

  it('`<number>` and `<date>` read a number and a date', () => {
    expect(found('ще <number> км', 'прокладено 2 км, ще 8,5 км у 2024 році')).toBe('ще 8,5 км');
    expect(found('ще <number> км', 'ще вісім км')).toBeNull();
    expect(found('до <date>', 'подовжено до 01.02.2024 року')).toBe('до 01.02.2024');
    expect(found('до <date>', 'подовжено до 1.2.24')).toBe('до 1.2.24');
    expect(found('до <date>', 'подовжено до 2024 року')).toBeNull();
  });

  it('reads a named piece inside a phrase', () => {
    expect(found('виконано на <percent>', 'роботи виконано на 45 %')).toBe('виконано на 45 %');
  });

  it('reads a named piece right after a letter: it is made of digits, no word', () => {
    expect(found('<100%>', 'виконано на100 %')).toBe('100 %');
  });

  it('reads a word with signs around the name of a piece as that word, not as the piece', () => {
    expect(found('<year>р', '2023 р')).toBeNull();
    expect(found('з<year>', 'з 2023 року')).toBeNull();
    expect(found('з<year>', 'з<year>')).toBe('з<year>');
  });

  it('refuses a piece it does not know', () => {
    expect(() => phraseSource('<decade>')).toThrow('unknown named piece <decade>');
  });
});

describe('phrase language: gaps and sentence starts', () => {
  const phrase = 'кошти … не передбач*';

  it('reads a gap of some words, or of none', () => {
    expect(found(phrase, 'кошти на реалізацію заходу не передбачено')).toBe(
      'кошти на реалізацію заходу не передбачено',
    );
    expect(found(phrase, 'кошти не передбачено')).toBe('кошти не передбачено');
  });

  it.each(['.', '!', '?'])('never reads a gap across «%s»', (end) => {
    expect(found(phrase, `кошти використано${end} захід не передбачено`)).toBeNull();
  });

  it('reads a gap of 160 characters at most, not counting the spaces around it', () => {
    const gap = (n: number) => `${'а '.repeat(n / 2 - 1)}аа`;
    expect(gap(160)).toHaveLength(160);
    expect(found(phrase, `кошти ${gap(160)} не передбачено`)).not.toBeNull();
    expect(found(phrase, `кошти ${gap(162)} не передбачено`)).toBeNull();
    expect(found('заявок ‥ не', `заявок ${gap(80)} не подано`)).not.toBeNull();
    expect(found('заявок ‥ не', `заявок ${gap(82)} не подано`)).toBeNull();
  });

  it('reads a gap of up to 160 characters', () => {
    expect(found(phrase, `кошти ${'а '.repeat(75)}не передбачено`)).not.toBeNull();
    expect(found(phrase, `кошти ${'а '.repeat(90)}не передбачено`)).toBeNull();
  });

  it('reads a gap across commas and semicolons', () => {
    expect(found(phrase, 'кошти, на жаль, не передбачено')).toBe('кошти, на жаль, не передбачено');
    expect(found(phrase, 'кошти; не передбачено')).toBe('кошти; не передбачено');
  });

  const short = 'заявок ‥ не|ні';

  it('reads a short gap within one phrase, or none', () => {
    expect(found(short, 'заявок на участь у конкурсі не подано')).toBe('заявок на участь у конкурсі не');
    expect(found(short, 'заявок не подано')).toBe('заявок не');
  });

  it.each([',', ';', '.', '!', '?'])('never reads a short gap across «%s»', (sign) => {
    expect(found(short, `заявок надійшло три${sign} документів не подано`)).toBeNull();
  });

  it('reads a short gap of up to 80 characters', () => {
    expect(found(short, `заявок ${'а '.repeat(38)}не подано`)).not.toBeNull();
    expect(found(short, `заявок ${'а '.repeat(45)}не подано`)).toBeNull();
  });

  it('reads the words after a gap at word boundaries', () => {
    expect(found(phrase, 'кошти заплановане передбачено')).toBeNull();
  });

  const start = '^ відсутн* фінансуванн*';

  it('reads `^` at the start of a text or of a sentence', () => {
    expect(found(start, 'відсутнє фінансування')).toBe('відсутнє фінансування');
    expect(found(start, 'роботи виконано. відсутнє фінансування')).toBe('відсутнє фінансування');
    expect(found(start, 'роботи виконано! відсутнє фінансування')).toBe('відсутнє фінансування');
    expect(found(start, 'роботи виконано? відсутнє фінансування')).toBe('відсутнє фінансування');
    expect(found(start, 'роботи виконано.відсутнє фінансування')).toBe('відсутнє фінансування');
  });

  it('does not read `^` inside a sentence', () => {
    expect(found(start, 'через відсутнє фінансування')).toBeNull();
    expect(found(start, 'роботи виконано, відсутнє фінансування')).toBeNull();
  });

  it('applies `^` to the word after it only', () => {
    expect(found('^ роботи виконан~', 'роботи виконано')).toBe('роботи виконано');
    expect(found('^ роботи виконан~', 'інші роботи виконано')).toBeNull();
  });
});

describe('phrase rules: refused words', () => {
  const done = (text: string, window?: number) => found('виконан~', text, ['не', 'ні'], window);

  it('refuses a match right after a refused word, or one word after it', () => {
    expect(done('роботи не виконано')).toBeNull();
    expect(done('роботи ні виконано')).toBeNull();
    expect(done('роботи не  виконано')).toBeNull();
    expect(done('роботи не повністю виконано')).toBeNull();
    expect(done('не виконано')).toBeNull();
  });

  it('reads a match two words after a refused word, with the default window of two', () => {
    expect(done('не всі роботи виконано')).toBe('виконано');
    expect(done('не всі роботи виконано', 3)).toBeNull();
    expect(done('не повністю виконано', 1)).toBe('виконано');
    expect(done('не виконано', 1)).toBeNull();
  });

  it('refuses only the words themselves, not words ending in them, nor one before a comma', () => {
    expect(done('заплановане виконано')).toBe('виконано');
    expect(done('роботи не закінчено, а ремонт виконано')).toBe('виконано');
    expect(done('роботи виконано')).toBe('виконано');
  });

  it('does not read a number or a sign before the match as a refused word', () => {
    expect(done('етап 2 виконано')).toBe('виконано');
    expect(done('роботи, виконано')).toBe('виконано');
  });

  it('refuses a match right after a word it must not follow at once, and only right after it', () => {
    const set = (text: string) => foundNotRightAfter('встановлен~', text, ['у', 'в'], ['не']);
    expect(set('у встановлений термін')).toBeNull();
    expect(set('роботи в встановлений строк')).toBeNull();
    expect(set('у місті встановлено')).toBe('встановлено');
    expect(set('лічильник встановлено')).toBe('встановлено');
    expect(set('лічильники, встановлено')).toBe('встановлено');
    expect(set('не встановлено')).toBeNull();
    expect(set('не всюди встановлено')).toBeNull();
    expect(compileRule({ needs: ['встановлен~'], notRightAfter: ['у'] }).notAfter).not.toBeNull();
  });

  it('refuses a match right after a word it must not follow at once, with no other refused words', () => {
    expect(foundNotRightAfter('встановлен~', 'у встановлений термін', ['у'])).toBeNull();
    expect(foundNotRightAfter('встановлен~', 'лічильник встановлено', ['у'])).toBe('встановлено');
  });

  // Was a bug (found by Stryker): with `notRightAfter` and no `notAfter`, an empty list of words
  // built `(?<!letter)(?:)\s+…$`, which refused every match after a comma or a number.
  it('reads a match after a comma or a number when only words right before it are refused', () => {
    expect(foundNotRightAfter('встановлен~', 'у 2023 встановлено', ['у'])).toBe('встановлено');
    expect(foundNotRightAfter('встановлен~', 'лічильники, встановлено', ['у'])).toBe('встановлено');
  });

  it('goes on after a refused match to the next one', () => {
    const compiled = compileRule({ needs: ['виконан~'], notAfter: ['не'] });
    const m = firstMatch(compiled, 'не виконано частину, решту виконано');
    expect(m?.index).toBe(27);
    expect(m?.[0]).toBe('виконано');
  });

  it('reads a shorter phrase inside a refused match', () => {
    const compiled = compileRule({ needs: ['роботи виконан~', 'виконан~'], notAfter: ['не'] }, 1);
    const m = firstMatch(compiled, 'не роботи виконано');
    expect(m?.index).toBe(10);
    expect(m?.[0]).toBe('виконано');
  });

  it('has no refused words when the list is empty or missing', () => {
    expect(compileRule({ needs: ['виконан~'], notAfter: [] }).notAfter).toBeNull();
    expect(compileRule({ needs: ['виконан~'] }).notAfter).toBeNull();
    expect(found('виконан~', 'роботи не виконано', [])).toBe('виконано');
    expect(found('виконан~', 'роботи не виконано')).toBe('виконано');
  });

  it('finds the first match afresh in each text', () => {
    const compiled = compileRule({ needs: ['виконан~'] });
    expect(firstMatch(compiled, 'усі роботи виконано')?.index).toBe(11);
    expect(firstMatch(compiled, 'виконано')?.index).toBe(0);
    expect(firstMatch(compiled, 'нічого')).toBeNull();
  });

  it('reads a refused word exactly at the edge of the look-back', () => {
    // The look-back, 80 characters, starts at the space before «не».
    const long = 'д'.repeat(75);
    const text = `а не ${long} виконано`;
    expect(text.indexOf('виконано') - 80).toBe(1);
    expect(firstMatch(compileRule({ needs: ['виконан~'], notAfter: ['не'] }), text)).toBeNull();
  });

  it('does not read the end of a word cut by the look-back as a refused word', () => {
    // The look-back starts inside «повне»: its «не» is no word.
    const long = 'д'.repeat(76);
    const text = `роботи повне ${long} виконано`;
    const m = firstMatch(compileRule({ needs: ['виконан~'], notAfter: ['не'] }), text);
    expect(text.length - 'виконано'.length - 80).toBe(text.indexOf('не '));
    expect(m?.index).toBe(text.indexOf('виконано'));
  });

  it('builds the pattern of the text before a match', () => {
    const before = notAfterPattern(['не', 'без'], 2);
    expect(before.test('роботи не ')).toBe(true);
    expect(before.test('роботи без жодних ')).toBe(true);
    expect(before.test('не жодних робіт ')).toBe(false);
    expect(before.test('роботи ')).toBe(false);
    expect(notAfterPattern(['в.о.'], 1).test('в.о. ')).toBe(true);
    expect(notAfterPattern(['в.о.'], 1).test('вхох ')).toBe(false);
  });
});

describe('negations written together', () => {
  it.each([
    ['Невиконано', 'Не виконано'],
    ['роботи непроведено', 'роботи не проведено'],
    ['роботи незавершені', 'роботи не завершені'],
    ['роботи нерозпочато', 'роботи не розпочато'],
    ['Невиконано. Непроведено', 'Не виконано. Не проведено'],
  ])('writes «%s» as «%s»', (text, separated) => {
    expect(separateNegations(text)).toBe(separated);
  });

  it.each(['необхідно', 'нерухомість', 'незважаючи на це', 'неба', 'не виконано'])('leaves «%s» as it is', (text) => {
    expect(separateNegations(text)).toBe(text);
  });
});

describe('clauses', () => {
  it('splits at a sentence end, a semicolon, and a comma before a contrast', () => {
    expect(clausesOf('Укладено договір на проведення робіт; роботи виконано')).toEqual([
      'Укладено договір на проведення робіт',
      'роботи виконано',
    ]);
    expect(clausesOf('Роботи виконано. Ремонт триває! Чи буде? Так')).toEqual([
      'Роботи виконано',
      'Ремонт триває',
      'Чи буде',
      'Так',
    ]);
    expect(clausesOf('Роботи виконано... Ремонт триває?! Так')).toEqual(['Роботи виконано', 'Ремонт триває', 'Так']);
  });

  it.each(['але', 'однак', 'проте', 'натомість', 'втім', 'тому', 'відтак', 'водночас'])(
    'splits at a comma before «%s»',
    (word) => {
      expect(clausesOf(`Договір укладено, ${word} роботи не виконано`)).toEqual([
        'Договір укладено',
        `${word} роботи не виконано`,
      ]);
    },
  );

  it('does not split at other commas, nor at a contrast word without a comma, nor inside a word', () => {
    expect(clausesOf('Договір укладено, роботи виконано')).toEqual(['Договір укладено, роботи виконано']);
    expect(clausesOf('Договір укладено але роботи не виконано')).toEqual(['Договір укладено але роботи не виконано']);
    expect(clausesOf('Договір укладено, алеї відремонтовано')).toEqual(['Договір укладено, алеї відремонтовано']);
    expect(clausesOf('Роботи виконано.Ремонт')).toEqual(['Роботи виконано.Ремонт']);
  });

  it('does not split after an initial or an abbreviation before a name', () => {
    expect(clausesOf('Нагороджено Н. Скорульську. Захід проведено')).toEqual([
      'Нагороджено Н. Скорульську',
      'Захід проведено',
    ]);
    expect(clausesOf('Ремонт на вул. Київській виконано')).toEqual(['Ремонт на вул. Київській виконано']);
    expect(clausesOf('Школа (м. Житомир) працює')).toEqual(['Школа (м. Житомир) працює']);
    expect(clausesOf('м. Житомир')).toEqual(['м. Житомир']);
  });

  it('does not split before a word in lower case', () => {
    expect(clausesOf('Використано 1,5 тис. грн на ремонт')).toEqual(['Використано 1,5 тис. грн на ремонт']);
  });

  it('splits after a word ending like an abbreviation', () => {
    expect(clausesOf('Роботи виконано на вулицях міст. Ремонт триває')).toEqual([
      'Роботи виконано на вулицях міст',
      'Ремонт триває',
    ]);
    expect(clausesOf('Ремонт виконано ДП. Захід проведено')).toEqual(['Ремонт виконано ДП', 'Захід проведено']);
  });

  it('splits after «?» or «!» even before a word in lower case', () => {
    expect(clausesOf('Виконано! роботи тривають')).toEqual(['Виконано', 'роботи тривають']);
  });

  it('trims the clauses and drops empty ones', () => {
    expect(clausesOf('  Роботи виконано.  ')).toEqual(['Роботи виконано']);
    expect(clausesOf('Роботи виконано; ; ремонт триває')).toEqual(['Роботи виконано', 'ремонт триває']);
    expect(clausesOf('   ')).toEqual([]);
  });

  it('writes negations apart in the clauses', () => {
    expect(clausesOf('Роботи невиконано. Ремонт непроведено')).toEqual(['Роботи не виконано', 'Ремонт не проведено']);
  });
});
