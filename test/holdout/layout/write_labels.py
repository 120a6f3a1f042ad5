#!/usr/bin/python3
"""Write labels.json: the expected reading of every layout variant.

The values below are typed by hand from what each variant means; this script
does not import make.py and never reads a generated variant.  It reads the
sample only to list the (sector, number) keys of its 173 measures (needed for
the variants that add a value to every measure) and to quote its footnote.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'fixtures', 'zhytomyr-2023-9m.txt'))

with open(SAMPLE, encoding='utf-8', newline='') as fh:
    LINES = fh.read().split('\n')

ENTREPRENEURSHIP = 'Підприємництво, інвестиційна та зовнішньоекономічна діяльність'
# sample line where each sector starts, and its name as the sample writes it
SECTORS = [
    (9, ENTREPRENEURSHIP), (23, 'Освіта'), (45, 'Молодіжна політика'),
    (53, 'Житлове господарство'), (61, 'Стала мобільність'), (77, 'Культура'),
    (97, 'Фізична культура і спорт'), (113, 'Централізоване водопостачання та водовідведення'),
    (126, 'Централізоване теплопостачання'), (143, 'Благоустрій'),
    (162, 'Сталий енергетичний та кліматичний розвиток'), (176, 'Поводження з відходами'),
    (181, "Охорона здоров'я"), (202, 'Соціальна підтримка та допомога'), (222, 'Охорона дитинства'),
    (228, 'Громадська безпека'), (237, 'Відповідальне ставлення до тварин'), (242, 'Гендерна політика'),
]
START = dict(SECTORS)


def sample_measures():
    out, sector = [], None
    for n in range(8, 253):
        sector = START.get(n, sector)
        f = LINES[n - 1].split('\t')
        if len(f) < 5:
            continue
        m = re.match(r'\s*(?:<p>)?(\d+(?:\.\d+)+)', f[2 if len(f) == 6 else 1])
        if m:
            out.append((sector, m.group(1)))
    return out


MEASURES = sample_measures()
assert len(MEASURES) == 173 and len(set(MEASURES)) == 173
FOOTNOTE = LINES[254]
assert FOOTNOTE.startswith('\\*Звіт про виконання заходів')

COUNTS = {'priorities': 6, 'goals': 6, 'sectors': 18, 'tasks': 79, 'measures': 173}
FUNDING = [  # the five amounts of column 6, thousand UAH
    (ENTREPRENEURSHIP, '5.1', 30.0), (ENTREPRENEURSHIP, '5.2', 434.09),
    ('Освіта', '7.1', 4577.6), ('Освіта', '7.2', 3963.4),
    ('Сталий енергетичний та кліматичний розвиток', '9.1', 500.0),
]
FUNDED = {(s, n): v for s, n, v in FUNDING}
SUM = 9505.09


def m(sector, number, **fields):
    d = {'sector': sector, 'number': number}
    d.update(fields)
    return d


def changed(keys, columns):
    return [{'sector': s, 'number': n, 'columns': list(columns)} for s, n in keys]


def funding_entries():
    return [m(s, n, fundingThousandUah=v) for s, n, v in FUNDING]


def with_funding(entries):
    for e in entries:
        v = FUNDED.get((e['sector'], e['number']))
        if v is not None:
            e['fundingThousandUah'] = v
    return entries


# v06: «Термін виконання» — «2023» except these
TERM = {
    (ENTREPRENEURSHIP, '1.1'): '2022-2026',
    (ENTREPRENEURSHIP, '1.2'): '2022-2026',
    ('Стала мобільність', '1.1.1'): '2023-2025',
    ('Стала мобільність', '1.1.2'): '2023-2025',
    ('Стала мобільність', '1.1.3'): '2023-2025',
    ('Благоустрій', '1.1'): '2023-2024',
    ("Охорона здоров'я", '1.13'): 'IV квартал 2023',
    ('Гендерна політика', '4.2'): 'листопад-грудень 2023',
}
# v07: «Код програми», one code per sector
CODE = {
    ENTREPRENEURSHIP: '0217690', 'Освіта': '0611010', 'Молодіжна політика': '1113131',
    'Житлове господарство': '1216011', 'Стала мобільність': '1217461', 'Культура': '1014082',
    'Фізична культура і спорт': '1115011', 'Централізоване водопостачання та водовідведення': '1216013',
    'Централізоване теплопостачання': '1216020', 'Благоустрій': '1517330',
    'Сталий енергетичний та кліматичний розвиток': '2717640', 'Поводження з відходами': '1216030',
    "Охорона здоров'я": '0712010', 'Соціальна підтримка та допомога': '0813242',
    'Охорона дитинства': '0913112', 'Громадська безпека': '0218110',
    'Відповідальне ставлення до тварин': '0717693', 'Гендерна політика': '1113133',
}
NOTES_V09 = [
    (ENTREPRENEURSHIP, '5.1', 'Кошти бюджету громади'),
    ('Освіта', '2.2', 'Захід перенесено на 2024 рік'),
    ('Освіта', '4.1', 'Потребує коригування ПКД'),
    ('Стала мобільність', '1.1.2', 'Фінансування не передбачено'),
    ('Культура', '10.1', 'Виконано в повному обсязі'),
    ('Благоустрій', '1.6', "Об'єкт введено в експлуатацію"),
    ("Охорона здоров'я", '3.1', 'Вакцинацію буде продовжено у IV кварталі'),
    ('Гендерна політика', '4.3', 'Спільно з ООН Жінки'),
]
SOURCE_V18 = [
    (ENTREPRENEURSHIP, '1.2', 'Грантові кошти (GIZ)'),
    (ENTREPRENEURSHIP, '5.1', 'Бюджет громади'),
    (ENTREPRENEURSHIP, '5.2', 'Бюджет громади'),
    ('Освіта', '2.1', 'Кошти UNICEF'),
    ('Освіта', '7.1', 'Бюджет громади'),
    ('Освіта', '7.2', 'Бюджет громади'),
    ('Стала мобільність', '1.2', 'Бюджет громади'),
    ('Централізоване водопостачання та водовідведення', '1.1', 'Кредит Світового банку'),
    ('Централізоване теплопостачання', '1.1', 'Грант SECO'),
    ('Централізоване теплопостачання', '1.2', 'Кредит ЄБРР'),
    ('Сталий енергетичний та кліматичний розвиток', '9.1', 'Бюджет громади'),
    ('Відповідальне ставлення до тварин', '1.1', 'Бюджет громади, благодійні кошти'),
]
NOTES_V18 = [
    ('Освіта', '1.2', 'Ліцей № 25'),
    ('Культура', '5.2', 'Захід не проводився'),
    ("Охорона здоров'я", '1.1', 'Очікується фінансування'),
    ('Громадська безпека', '1.7', 'Гідропарк'),
]

V = []


def variant(name, files, description, changed_measures=(), **expect):
    e = {'counts': dict(COUNTS)}
    e.update({k: v for k, v in expect.items() if k != 'expectError' and k != 'errorReason'})
    d = {'name': name, 'files': files, 'description': description,
         'changedMeasures': list(changed_measures), 'expect': e}
    if expect.get('expectError'):
        d['expectError'] = True
        d['errorReason'] = expect['errorReason']
    V.append(d)


def files(name, html=False, docx=False):
    out = [name + '.txt']
    if html:
        out.append(name + '.html')
    if docx:
        out.append(name + '.docx')
    return out


variant('v01-roman-priority-goal-label', files('v01-roman-priority-goal-label', True, True),
        'Priority headings written «Пріоритет І: Ефективне місто» … «Пріоритет VІ: Інклюзивне місто» '
        '(Roman numbers typed with Cyrillic «І» and Latin «V», colon, no quotes); every strategic goal on '
        'a row of its own after its priority, prefixed «Стратегічна ціль:» (the four goals the sample '
        'writes in the priority cell are moved to a new row).',
        priorityNumbers=[1, 2, 3, 4, 5, 6])

variant('v02-priority-numsign-sectors-numbered', files('v02-priority-numsign-sectors-numbered'),
        'Priority headings «Пріоритет №1 – «Ефективне місто»» (number sign, en dash, guillemets); the 18 '
        'sector headings numbered within their priority «1.1. Підприємництво, …», «2.1. Освіта» … '
        '«6.6. Гендерна політика»; «3.1. Житлове господарство» gets a heading row of its own instead of '
        'being written inside task 1\'s cell.',
        priorityNumbers=[1, 2, 3, 4, 5, 6],
        sectorNumbers=['1.1', '2.1', '2.2', '3.1', '3.2', '4.1', '4.2', '5.1', '5.2', '5.3', '5.4',
                       '5.5', '6.1', '6.2', '6.3', '6.4', '6.5', '6.6'])

variant('v03-sector-label-crlf', files('v03-sector-label-crlf'),
        'Sector headings written «Сектор: Освіта» (all 18, same cells as the sample; «Сектор: Житлове '
        'господарство» on a row of its own instead of inside task 1\'s cell); the file uses Windows '
        'line ends (CRLF).')

variant('v04-galuz-sectors-caps-priorities', files('v04-galuz-sectors-caps-priorities', True, True),
        'Sector headings written «Галузь «Освіта»» (all 18; «Галузь «Житлове господарство»» on a row of '
        'its own); priority names and strategic goals typed in capitals: '
        '«Пріоритет "ЕФЕКТИВНЕ МІСТО"», «РОЗВИТОК КОНКУРЕНТОСПРОМОЖНОЇ ЕКОНОМІКИ» (the word «Пріоритет» '
        'itself stays in normal case).')

variant('v05-latin-lookalikes-headings', files('v05-latin-lookalikes-headings'),
        'Latin look-alike letters inside Cyrillic heading words: «Пpіоpитет» (Latin p twice) in every '
        'priority heading, priority names «Eфективне», «Інновaційне», «Кoмфортне», «Aктивне», «Зeлене», '
        '«Інклюзивнe», goals «Розвитoк …», «Cучасна …», every sector name (e.g. «Оcвіта», «Moлодіжна '
        'політика», «Kультуpа», «OХорона дитинства», «Поводження з відxодами», «Cоціальна підтримка та '
        'допомога»), and the header labels «Зaвдання», «Зaходи», «Відповідальний викoнавець», '
        '«Викoнання заxодів», «Hазва міської цільової програми …». Measures are untouched.')

variant('v06-term-column', files('v06-term-column', True, True),
        'Extra column «Термін виконання» between «Відповідальний виконавець» and «Виконання заходів» '
        '(column 5 of 7), filled for every measure («2023», a few year ranges or quarter/month texts); '
        'column-number row 1…7; the sample\'s five short rows (Благоустрій 1.4-1.8) written full width.',
        changed(MEASURES, ['extra']),
        measures=with_funding([m(s, n, extra={'Термін виконання': TERM.get((s, n), '2023')})
                               for s, n in MEASURES]),
        extraColumns=['Термін виконання'])

variant('v07-program-code-first-column', files('v07-program-code-first-column'),
        'Extra first column «Код програми» before «№ з/п» holding a 7-digit code with leading zeros '
        '(one code per sector) on every measure row; heading rows keep their text in the first cell; '
        'column-number row 1…7; the five short rows written full width.',
        changed(MEASURES, ['extra']),
        measures=with_funding([m(s, n, extra={'Код програми': CODE[s]}) for s, n in MEASURES]),
        extraColumns=['Код програми'])

variant('v08-task-cells-filled-down', files('v08-task-cells-filled-down'),
        'Task number and task text repeated on every measure row of the task (unmerged cells filled '
        'down), so each of the 173 measure rows carries its task; «Житлове господарство» on a heading '
        'row of its own instead of inside task 1\'s cell; the five short rows written full width. '
        'Still 79 tasks.')

variant('v09-notes-column-4', files('v09-notes-column-4', True, True),
        'Extra column «Примітки» between «Заходи» and «Відповідальний виконавець» (column 4 of 7), '
        'filled for 8 measures; column-number row 1…7; the five short rows written full width.',
        changed([(s, n) for s, n, _ in NOTES_V09], ['note']),
        measures=[m(s, n, note=t) for s, n, t in NOTES_V09],
        extraColumns=['Примітки'])

variant('v10-total-vsogo-nbsp', files('v10-total-vsogo-nbsp'),
        'Amounts of thousands written with a no-break space («4\u00a0577,6», «3\u00a0963,4»); a totals row '
        'after the last measure with «Всього» in column 5 and «9\u00a0505,09» in column 6 (equals the sum '
        'of the five amounts).',
        measures=funding_entries(),
        totals=[{'label': 'Всього', 'thousandUah': SUM}])

variant('v11-total-wrong-sum', files('v11-total-wrong-sum', True),
        'A totals row after the last measure with «Усього по програмі» in column 1 and «9 605,09» in '
        'column 6.',
        totals=[{'label': 'Усього по програмі', 'thousandUah': 9605.09}],
        expectError=True,
        errorReason='The total 9 605,09 does not equal the sum of the five amounts of column 6 '
                    '(30,0 + 434,090 + 4577,6 + 3963,4 + 500,0 = 9 505,09); a reader should report '
                    'the mismatch.')

variant('v12-signature-block', files('v12-signature-block'),
        'Signature block after the footnote: «Начальник управління стратегічного розвитку міської ради '
        '____________ Олена ГАВРИЛЮК» and «Секретар міської ради ____________ Віктор СТЕПАНЕНКО», '
        'separated by blank lines.',
        notes=[FOOTNOTE,
               'Начальник управління стратегічного розвитку міської ради ____________ Олена ГАВРИЛЮК',
               'Секретар міської ради ____________ Віктор СТЕПАНЕНКО'])

variant('v13-approval-block', files('v13-approval-block'),
        'Approval block before the title: «ЗАТВЕРДЖЕНО», «Рішення виконавчого комітету Житомирської '
        'міської ради», «від 15.11.2023 № 1208».',
        notes=['ЗАТВЕРДЖЕНО', 'Рішення виконавчого комітету Житомирської міської ради',
               'від 15.11.2023 № 1208', FOOTNOTE])

variant('v14-task-dot-measure-spaced', files('v14-task-dot-measure-spaced', True, True),
        'Task numbers written «1.», «10.»; every measure number written with a space after each dot '
        '«1. 2. Стимулювання …», «1. 1. 1. Капітальний …», «10. 1. Капітальний …», «4. 1. Зовнішнє …», '
        '«<p>4. 3. Реалізація …».')

variant('v15-task-numsign-measure-space-dot', files('v15-task-numsign-measure-space-dot'),
        'Task numbers written «№1» … «№10»; every measure number written with a space before its final '
        'dot «1.2 . Стимулювання …», «1.1.1 . Капітальний …», «10.1 . Капітальний …».')

variant('v16-header-labels-two-rows', files('v16-header-labels-two-rows', True, True),
        'The header row split over two rows with the labels broken across them: «№» / «з/п», '
        '«Відповідальний» / «виконавець», «Виконання» / «заходів», «Назва міської цільової програми до '
        'якої включено захід або» / «обсяг фінансових ресурсів, тис. грн»; «Завдання» and «Заходи» in '
        'the first row only (rowspan 2 in the HTML). Column-number row unchanged.')

variant('v17-grouped-header', files('v17-grouped-header', True, True),
        'Two-level header: «№ з/п», «Завдання», «Заходи» and column 6\'s label span both rows; a group '
        'label «Стан виконання» spans columns 4-5 in the first row, with «Відповідальний виконавець» and '
        '«Виконання заходів» under it in the second row (rowspan/colspan in the HTML). Column-number row '
        'unchanged.')

variant('v18-eight-columns', files('v18-eight-columns'),
        'Eight columns: extra «Джерело фінансування» between «Виконання заходів» and column 6 (column 6 '
        'of 8, filled for 12 measures) and «Примітки» as the last column (filled for 4 measures); '
        'column-number row 1…8; the five short rows written full width.',
        changed([(s, n) for s, n, _ in SOURCE_V18], ['extra'])
        + changed([(s, n) for s, n, _ in NOTES_V18], ['note']),
        measures=with_funding([m(s, n, extra={'Джерело фінансування': t}) for s, n, t in SOURCE_V18])
        + [m(s, n, note=t) for s, n, t in NOTES_V18]
        + [m(s, n, fundingThousandUah=v) for s, n, v in FUNDING if (s, n) not in
           {(a, b) for a, b, _ in SOURCE_V18}],
        extraColumns=['Джерело фінансування', 'Примітки'])

variant('v19-header-synonyms-swapped', files('v19-header-synonyms-swapped'),
        'Header labels reworded: «№ п/п», «Назва завдання», «Зміст заходу», «Інформація про виконання», '
        '«Виконавці», «Цільова програма, до якої включено захід, або обсяг фінансування (тис. грн)»; '
        'the execution column now comes before the executors column (columns 4 and 5 swapped in every '
        'row); the five short rows written full width.',
        measures=[
            m('Освіта', '1.1', executors='Департамент освіти міської ради',
              resources='Програма розвитку освіти Житомирської міської територіальної громади на період '
                        '2022-2026 років'),
            m(ENTREPRENEURSHIP, '5.1', executors='КП "ЦЕНТР ІНВЕСТИЦІЙ" Житомирської міської ради',
              fundingThousandUah=30.0),
            m('Благоустрій', '1.4', executors='Управління капітального будівництва міської ради'),
            m('Громадська безпека', '1.2', executors='Управління транспорту і зв\'язку міської ради'),
        ] + [m(s, n, fundingThousandUah=v) for s, n, v in FUNDING if n != '5.1'])

variant('v20-plain-text-sectors-col3-total', files('v20-plain-text-sectors-col3-total'),
        'Plain text without any HTML formatting in the table (no <p>/<b>/<u>/<a>; priority headings '
        '«Пріоритет "Ефективне місто"» with every goal on a plain row of its own); all 18 sector '
        'headings written in column 3 («Заходи»), «Житлове господарство» on a row of its own; a totals '
        'row «ЗАГАЛОМ» in column 3 with «9505,09» in column 6 (equals the sum).',
        totals=[{'label': 'ЗАГАЛОМ', 'thousandUah': SUM}])

assert len(V) == 20

LABELS = {
    'comment': (
        'Hold-out layout variants of fixtures/zhytomyr-2023-9m.txt, built by make.py (stdlib string '
        'handling) and labelled by hand in write_labels.py from what each variant means; no program '
        'output was used. Every variant holds the same 6 priorities with 6 goals, 18 sectors, 79 tasks '
        'and 173 measures as the sample; measure texts are unchanged except where the description says. '
        'Measures are named by the sample\'s sector name and measure number. changedMeasures lists only '
        'real content changes (added cells); rewriting numbers, case, quotes, look-alike letters or '
        'spaces is not a content change. expect holds counts plus only what the variant adds, changes or '
        'moves: priorityNumbers are integers in document order (Roman numbers converted); sectorNumbers '
        'are the numbers as written, without the trailing dot, in document order; notes is the complete '
        'list of non-title text lines outside the table in document order, verbatim (the sample\'s '
        'footnote keeps its leading "\\*"); totals labels are as written; extraColumns lists the header '
        'of every column beyond the six standard ones, including a «Примітки» column whose cells are '
        'expected as `note` (not `extra`); in expect.measures `extra` maps a column header to the cell '
        'text, `note` is the «Примітки» cell, `fundingThousandUah` the amount of column 6, `executors` '
        'and `resources` the texts of «Відповідальний виконавець» and column 6. HTML files: one <tr> per '
        'table line and one <td> per field with the fields\' HTML kept, one-field lines as <p> outside the '
        'table, blank lines and the text export\'s "--" separator lines left out, multi-row headers with '
        'rowspan/colspan; the sample\'s five short rows (Благоустрій 1.4-1.8, one leading cell missing) '
        'stay short in variants that do not rewrite columns. DOCX files were converted from the HTML by '
        'LibreOffice (soffice --convert-to docx).'),
    'variants': V,
}

with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
    json.dump(LABELS, fh, ensure_ascii=False, indent=1)
    fh.write('\n')
print('labels.json: %d variants' % len(V))
