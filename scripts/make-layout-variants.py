#!/usr/bin/python3
"""Layout variants of the sample release, for fixtures/layout/.

Each variant changes ONE thing in how the 9-month 2023 report is laid out, the
way another clerk or another quarter might write it: capitals, numbering,
look-alike letters, an extra column, a split column, text before or after the
table, a repeated header, invisible characters. Everything else stays as in the
sample text export.

    /usr/bin/python3 scripts/make-layout-variants.py

For every variant it writes, into fixtures/layout/:

  <name>.txt   the sample's text export changed by plain string / csv handling;
  <name>.html  an HTML page built from that .txt by plain string building (one
               <tr> per table line, one <td> per tab field, each field's HTML
               fragment kept as it is; one-field lines as paragraphs outside
               the table; a two-row header with real rowspan/colspan);
  <name>.docx  that page converted by LibreOffice (or, for three variants, by
               pandoc);

and manifest.json, whose expected values are written by hand from what each
variant means. Nothing here reads or runs this project's own code: the
fixtures start from the sample text and standard tools only (stdlib, soffice,
pandoc). Run it with Debian's python3, review what changed, commit.
"""
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_TXT = os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.txt')
OUT = os.path.join(ROOT, 'fixtures', 'layout')
LO_PROFILE = 'file:///tmp/lo-layout-profile'
FIXED_ZIP_TIME = (2023, 10, 20, 12, 0, 0)
FIXED_ISO_TIME = '2023-10-20T12:00:00Z'
SOURCE_DATE_EPOCH = '1697803200'  # 2023-10-20 12:00:00 UTC, for pandoc

COUNTS = {'priorities': 6, 'goals': 6, 'sectors': 18, 'tasks': 79, 'measures': 173}

# ---------------------------------------------------------------------------
# The sample, as read by eye (line numbers are the .txt's, 1-based).

PRIORITY_LINES = [8, 21, 51, 76, 111, 180]
# The 18 sector headings: line, name as printed (without tags), its number within its priority.
SECTORS = [
    (9, 'Підприємництво, інвестиційна та зовнішньоекономічна діяльність', 1),
    (23, 'Освіта', 1),
    (45, 'Молодіжна політика', 2),
    (53, 'Житлове господарство', 1),  # written inside the task cell of task 1
    (61, 'Стала мобільність', 2),
    (77, 'Культура', 1),
    (97, 'Фізична культура і спорт', 2),
    (113, 'Централізоване водопостачання та водовідведення', 1),
    (126, 'Централізоване теплопостачання', 2),
    (143, 'Благоустрій', 3),
    (162, 'Сталий енергетичний та кліматичний розвиток', 4),
    (176, 'Поводження з відходами', 5),
    (181, "Охорона здоров'я", 1),
    (202, 'Соціальна підтримка та допомога', 2),
    (222, 'Охорона дитинства', 3),
    (228, 'Громадська безпека', 4),
    (237, 'Відповідальне ставлення до тварин', 5),
    (242, 'Гендерна політика', 6),
]
HEADER_LINE = 6
NUMBERS_LINE = 7
BLAGOUSTRII = (143, 161)  # the sector whose measures are numbered 1.x under task 2

MEASURE_RE = re.compile(r'^(<p>)?(\d+(?:\.\d+)+)(\.?)')
TASK_RE = re.compile(r'^\d+$')
INVISIBLES = '\u200b\u200c\u200d\u2060\ufeff'


def read_sample():
    with open(SAMPLE_TXT, encoding='utf-8', newline='') as f:
        text = f.read()
    lines = text.split('\n')
    assert len(lines) == 255, len(lines)
    return lines


SAMPLE = read_sample()


def measure_field(fields):
    """Index of the field that holds a measure's number and title, or None."""
    if len(fields) == 6 and MEASURE_RE.match(fields[2]):
        return 2
    if len(fields) == 5 and MEASURE_RE.match(fields[1]):  # rows that lost their first cell
        return 1
    return None


def sample_index():
    """(line, sector, number) of every measure and the lines of every task, from the sample."""
    sector_at = {line: name for line, name, _ in SECTORS}
    sector = None
    measures, tasks = [], []
    for n, line in enumerate(SAMPLE, start=1):
        sector = sector_at.get(n, sector)
        if n in (HEADER_LINE, NUMBERS_LINE):
            continue
        fields = line.split('\t')
        if len(fields) == 6 and TASK_RE.match(fields[0]):
            tasks.append(n)
        k = measure_field(fields)
        if k is not None:
            measures.append((n, sector, MEASURE_RE.match(fields[k]).group(2)))
    assert len(measures) == 173 and len(tasks) == 79, (len(measures), len(tasks))
    return measures, tasks


MEASURES, TASK_LINES = sample_index()
MEASURE_AT = {n: (sector, number) for n, sector, number in MEASURES}


def measure_ref(line):
    sector, number = MEASURE_AT[line]
    return {'sector': sector, 'number': number}


def fields_of(line_no):
    return SAMPLE[line_no - 1].split('\t')


def thousand(text):
    """'4577,6' → 4577.6 (a number as printed in the report, decimal comma, spaces as group marks)."""
    return float(text.replace(' ', '').replace('\u00a0', '').replace(',', '.'))


def strip_tags(fragment):
    return re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', ' ', fragment)).strip()


def replace_once(line, old, new):
    assert line.count(old) == 1, (old, line[:120])
    return line.replace(old, new)


def char_note(printed, means):
    """Which characters of `printed` are not those of `means`, by Unicode name."""
    assert len(printed) == len(means), (printed, means)
    return [f'U+{ord(a):04X} {unicodedata.name(a)} for U+{ord(b):04X} {unicodedata.name(b)}'
            for a, b in zip(printed, means) if a != b]


# ---------------------------------------------------------------------------
# HTML: the text export as a page, in the manner of python_csv_html() in
# make-producer-fixtures.py, plus markdown bold and \* handled.

def md_paragraph(text, bold):
    """A one-field line with markdown **bold** (which may open on one line and close on a later one)."""
    out = []
    for k, part in enumerate(text.split('**')):
        if k:
            bold = not bold
        if part:
            out.append(f'<b>{part}</b>' if bold else part)
    return ''.join(out), bold


def build_html(lines, overrides=None):
    """One <tr> per table line, one <td> per tab field; `overrides` maps a whole line to
    ('tr', '<td …>…') — a header row with spans — or ('p', '…') — a paragraph."""
    overrides = overrides or {}
    items, bold = [], False
    for line in lines:
        fields = [x.replace('\\*', '*') for x in line.split('\t')]
        if line in overrides:
            items.append(overrides[line])
            continue
        if not any(x.strip() for x in fields):
            continue
        if len(fields) == 1:
            content, bold = md_paragraph(fields[0], bold)
            items.append(('p', content))
        else:
            items.append(('tr', ''.join(f'<td>{x}</td>' for x in fields)))
    parts, in_table = [], False
    for kind, content in items:
        if kind == 'tr' and not in_table:
            parts.append('<table border="1">')
            in_table = True
        if kind == 'p' and in_table:
            parts.append('</table>')
            in_table = False
        parts.append(f'<tr>{content}</tr>' if kind == 'tr' else f'<p>{content}</p>')
    if in_table:
        parts.append('</table>')
    return ('<!DOCTYPE html>\n<html lang="uk"><head><meta charset="utf-8"><title>' + html.escape('Звіт')
            + '</title></head><body>\n' + '\n'.join(parts) + '\n</body></html>\n')


# ---------------------------------------------------------------------------
# The variants. Each returns a dict: lines, and optionally overrides (HTML),
# html_post (a function on the page), description, changedMeasures, expect,
# and check (what the generic check must allow / verify).

def v_priority_caps():
    lines = list(SAMPLE)
    for n in PRIORITY_LINES:
        lines[n - 1] = replace_once(lines[n - 1], 'Пріоритет', 'ПРІОРИТЕТ')
    return dict(lines=lines, description='Every «Пріоритет» written «ПРІОРИТЕТ» (6 priority headings).')


def v_priority_latin_i():
    lines = list(SAMPLE)
    n = 111
    printed = 'Пр\u0069оритет'
    lines[n - 1] = replace_once(lines[n - 1], 'Пріоритет', printed)
    spots = [{'line': n, 'printed': printed, 'means': 'Пріоритет', 'characters': char_note(printed, 'Пріоритет')}]
    return dict(lines=lines, lookalikes=spots,
                description='In the «Зелене місто» priority heading (line 111) only, «Пріоритет» typed with a Latin small i (U+0069) '
                            'instead of the Ukrainian і (U+0456): «Прioритет».')


def v_priority_numbered():
    lines = list(SAMPLE)
    for k, n in enumerate(PRIORITY_LINES, start=1):
        lines[n - 1] = replace_once(lines[n - 1], 'Пріоритет "', f'Пріоритет {k}. "')
    return dict(lines=lines, priorityNumbers=[str(k) for k in range(1, 7)],
                description='Priority headings numbered «Пріоритет 1. "Ефективне місто"» … «Пріоритет 6. "Інклюзивне місто"»; '
                            'the rest of each heading line (the goal on the same line, the sample\'s stray space in « Ефективне місто») kept.')


def v_sector_numbered():
    lines = list(SAMPLE)
    for n, name, k in SECTORS:
        lines[n - 1] = replace_once(lines[n - 1], name, f'{k}. {name}')
    return dict(lines=lines, sectorNumbers=[str(k) for _, _, k in SECTORS],
                description='The 18 sector headings numbered within their priority («1. Освіта», «2. Молодіжна політика», …), '
                            'including the sector written inside the task cell at line 53 (<b>1. Житлове господарство</b>).')


def v_sector_caps():
    lines = list(SAMPLE)
    for n, name, _ in SECTORS:
        lines[n - 1] = replace_once(lines[n - 1], name, name.upper())
    return dict(lines=lines, description='The 18 sector names written in capitals («ОСВІТА», «ОХОРОНА ЗДОРОВ\'Я», …), '
                                         'including the one inside the task cell at line 53.')


LOOKALIKE_HEADINGS = [
    # line, word as in the sample, word as printed
    (23, 'Освіта', '\u004fсвіта'),                       # Latin capital O
    (77, 'Культура', 'Культур\u0061'),                   # Latin small a
    (202, 'Соціальна', '\u0043оціальна'),               # Latin capital C
    (228, 'Громадська', 'Г\u0070омад\u0063ька'),         # Latin small p and c in one word
    (76, 'Активне', '\u0041ктивне'),                     # Latin capital A (priority heading)
    (112, 'Впровадження', '\u0042провадження'),          # Latin capital B (goal heading)
    (181, 'Охорона', 'О\u0078орона'),                    # Latin small x
    (143, 'Благоустрій', 'Благоустр\u0069й'),           # Latin small i
]


def v_lookalike_headings():
    lines = list(SAMPLE)
    spots = []
    for n, means, printed in LOOKALIKE_HEADINGS:
        lines[n - 1] = replace_once(lines[n - 1], means, printed)
        spots.append({'line': n, 'printed': printed, 'means': means, 'characters': char_note(printed, means)})
    desc = ('Latin look-alike letters typed inside Cyrillic words of 8 headings: '
            + '; '.join(f'line {s["line"]} «{s["printed"]}» ({", ".join(s["characters"])})' for s in spots) + '.')
    return dict(lines=lines, lookalikes=spots, description=desc)


SIGNATURE = 'Заступник міського голови з питань діяльності виконавчих органів ради\t\t\t\t\tМарія ЩИРОВА'
SIGNATURE_TAIL = ['20.10.2023', 'Виконавець: Олена Петренко', 'тел. 48-12-07']


def v_signature_after():
    lines = list(SAMPLE) + ['', SIGNATURE] + SIGNATURE_TAIL
    position, name = SIGNATURE.split('\t\t\t\t\t')
    overrides = {SIGNATURE: ('p', f'<b>{position}\t{name}</b>')}
    notes = [f'{position} {name}'] + SIGNATURE_TAIL
    return dict(lines=lines, overrides=overrides, notes=notes, added_lines=5,
                description='After the footnote, as a clerk signs it: a blank line, the position and name on one line with the name '
                            'at the far right (.txt: two filled cells, position in the first, name in the sixth; .html: one bold '
                            'paragraph <p><b>…</b></p> after the table, a tab between position and name), then the date, the '
                            'executor and the phone, each a paragraph.')


PREAMBLE = ['Додаток 2', 'до рішення виконавчого комітету міської ради', 'від 25.10.2023 № 1234']
ADDRESSEE = 'Житомирській міській раді'
TITLE = ('Інформація про виконання завдань та заходів Програми соціально-економічного і культурного розвитку '
         'Житомирської міської територіальної громади за 9 місяців 2023 року')


def v_preamble():
    lines = PREAMBLE + ['', ADDRESSEE] + list(SAMPLE)
    return dict(lines=lines, notes=PREAMBLE + [ADDRESSEE], title=TITLE, added_lines=5,
                description='Before the title, what a clerk puts above the table: «Додаток 2 / до рішення виконавчого комітету '
                            'міської ради / від 25.10.2023 № 1234», a blank line, and the addressee «Житомирській міській раді»; '
                            'then the sample as it is (its two blank lines, the title, the header).')


NOTES = [  # line, note
    (12, 'Див. додаток 3'),
    (20, 'Фінансування з міського бюджету'),       # has an amount (434,090) in column 6
    (34, 'Захід перенесено на 2024 рік'),
    (43, 'Фінансування з обласного бюджету'),      # has an amount (4577,6) in column 6
    (50, 'Див. додаток 3'),
    (65, 'Захід перенесено на 2024 рік'),          # sub-measure 1.1.2
    (85, 'Фінансування з обласного бюджету'),
    (128, 'Захід перенесено на 2024 рік'),
    (155, 'Див. додаток 3'),
    (179, 'Фінансування з обласного бюджету'),
    (216, 'Див. додаток 3'),
    (252, 'Захід перенесено на 2024 рік'),
]


def v_note_column():
    lines = list(SAMPLE)
    note_at = dict(NOTES)
    for n, line in enumerate(SAMPLE, start=1):
        fields = line.split('\t')
        if n == HEADER_LINE:
            fields.append('Примітка')
        elif n == NUMBERS_LINE:
            fields.append('7')
        elif set(''.join(fields)) == {'-'}:
            fields.append('--')
        elif len(fields) == 6:
            fields.append(note_at.get(n, ''))
        elif len(fields) == 5:
            # The rows that lost their first cell (148-152) lose it here too: cells 2…7.
            assert n not in note_at
            fields.append('')
        lines[n - 1] = '\t'.join(fields)
    measures = [dict(measure_ref(n), note=note) for n, note in NOTES]
    for m in measures:  # the amounts in column 6 still count as money
        if m['number'] == '5.2' and m['sector'].startswith('Підприємництво'):
            m['fundingThousandUah'] = 434.09
        if m['number'] == '7.1' and m['sector'] == 'Освіта':
            m['fundingThousandUah'] = 4577.6
    return dict(lines=lines, measures=measures, changed=[dict(measure_ref(n), columns=['note']) for n, _ in NOTES],
                description='A 7th column «Примітка»: the header gets it, the numbers row gets «7», every 6-field line a 7th field '
                            '(heading rows an empty one, the two «--» rows «--»; the five rows 148-152 that lost their first cell '
                            'get an empty 6th field, so they stay one cell short). 12 measures get a short note, the rest none.')


def amount_rows():
    """The 5 measures whose column 6 is an amount: line → the amount as printed."""
    rows = {}
    for n, _, _ in MEASURES:
        last = fields_of(n)[-1]
        if re.fullmatch(r'[\d ]+,\d+', last):
            rows[n] = last
    assert sorted(rows) == [19, 20, 43, 44, 175], rows
    return rows


PLANS = {19: '50,0', 20: '450,000', 43: '4577,6', 44: '4000,0', 175: '650,0'}


def v_plan_fact_funding():
    amounts = amount_rows()
    lines = list(SAMPLE)
    head = fields_of(HEADER_LINE)
    row1 = head[:5] + ['Обсяг фінансування, тис. грн', '', 'Назва міської цільової програми']
    row2 = ['', '', '', '', '', 'план', 'факт', '']
    for n, line in enumerate(SAMPLE, start=1):
        fields = line.split('\t')
        if n == HEADER_LINE:
            continue
        if n == NUMBERS_LINE:
            fields = [str(k) for k in range(1, 9)]
        elif set(''.join(fields)) == {'-'}:
            fields = fields[:5] + ['--', '--', fields[5]]
        elif n in amounts:
            fields = fields[:5] + [PLANS[n], amounts[n], '']
        elif len(fields) == 6:
            fields = fields[:5] + ['', '', fields[5]]
        elif len(fields) == 5:  # lost the first cell: cells 2…8
            fields = fields[:4] + ['', '', fields[4]]
        lines[n - 1] = '\t'.join(fields)
    lines[HEADER_LINE - 1] = '\t'.join(row1)
    lines.insert(HEADER_LINE, '\t'.join(row2))
    rs = ' rowspan="2"'
    overrides = {
        '\t'.join(row1): ('tr', ''.join(f'<td{rs}>{x}</td>' for x in head[:5])
                          + '<td colspan="2">Обсяг фінансування, тис. грн</td>'
                          + f'<td{rs}>Назва міської цільової програми</td>'),
        '\t'.join(row2): ('tr', '<td>план</td><td>факт</td>'),
    }
    measures = []
    for n in sorted(amounts):
        measures.append(dict(measure_ref(n), plannedThousandUah=thousand(PLANS[n]), actualThousandUah=thousand(amounts[n]),
                             fundingThousandUah=thousand(amounts[n]), resources=''))
    for n in (10, 62, 252):  # programmes stay in the last column
        measures.append(dict(measure_ref(n), resources=strip_tags(fields_of(n)[-1])))
    plans = ', '.join(f'{MEASURE_AT[n][0]} {MEASURE_AT[n][1]}: план {PLANS[n]}, факт {amounts[n]}' for n in sorted(amounts))
    return dict(lines=lines, overrides=overrides, measures=measures, added_lines=1, header_changed=True,
                changed=[dict(measure_ref(n), columns=['resources', 'planned', 'actual']) for n in sorted(amounts)],
                description='Column 6 split into a two-row header: «Обсяг фінансування, тис. грн» over «план» and «факт», then '
                            '«Назва міської цільової програми»; the other header cells span both rows (.txt: row 2 has only '
                            '«план» and «факт»). Numbers row 1…8. The 5 measures with an amount have it under «факт» as printed, '
                            f'a chosen «план», and no programme ({plans}); every other measure keeps its programme in the last '
                            'column with empty plan/fact. Rows 148-152 (first cell lost) have 7 fields.')


EXEC_AMOUNTS = {  # line: (plan, fact), thousand UAH
    26: ('120,0', '98,5'),
    30: ('2500,0', '2412,3'),
    67: ('15000,0', '12840,7'),
    109: ('660,0', '495,0'),
    131: ('3200,0', '3150,2'),
    154: ('8700,0', '5120,4'),
    200: ('1450,0', '1288,0'),
    212: ('5400,0', '4050,0'),
}


def v_plan_fact_execution():
    lines = list(SAMPLE)
    head = fields_of(HEADER_LINE)
    row1 = head[:5] + ['', '', head[5]]
    row2 = ['', '', '', '', 'стан виконання', 'план, тис. грн', 'факт, тис. грн', '']
    for n, line in enumerate(SAMPLE, start=1):
        fields = line.split('\t')
        if n == HEADER_LINE:
            continue
        if n == NUMBERS_LINE:
            fields = [str(k) for k in range(1, 9)]
        elif set(''.join(fields)) == {'-'}:
            fields = fields[:5] + ['--', '--', fields[5]]
        elif len(fields) == 6:
            plan, fact = EXEC_AMOUNTS.get(n, ('', ''))
            fields = fields[:5] + [plan, fact, fields[5]]
        elif len(fields) == 5:  # lost the first cell: cells 2…8
            fields = fields[:4] + ['', '', fields[4]]
        lines[n - 1] = '\t'.join(fields)
    lines[HEADER_LINE - 1] = '\t'.join(row1)
    lines.insert(HEADER_LINE, '\t'.join(row2))
    rs = ' rowspan="2"'
    overrides = {
        '\t'.join(row1): ('tr', ''.join(f'<td{rs}>{x}</td>' for x in head[:4]) + '<td colspan="3">Виконання заходів</td>'
                          + f'<td{rs}>{head[5]}</td>'),
        '\t'.join(row2): ('tr', '<td>стан виконання</td><td>план, тис. грн</td><td>факт, тис. грн</td>'),
    }
    measures = []
    for n, (plan, fact) in EXEC_AMOUNTS.items():
        measures.append(dict(measure_ref(n), plannedThousandUah=thousand(plan), actualThousandUah=thousand(fact),
                             fundingThousandUah=thousand(fact), resources=strip_tags(fields_of(n)[-1])))
    for n, amount in amount_rows().items():  # column 6 is still the amount
        measures.append(dict(measure_ref(n), fundingThousandUah=thousand(amount)))
    listed = ', '.join(f'{MEASURE_AT[n][0]} {MEASURE_AT[n][1]}: {p} / {f}' for n, (p, f) in EXEC_AMOUNTS.items())
    return dict(lines=lines, overrides=overrides, measures=measures, added_lines=1,
                changed=[dict(measure_ref(n), columns=['planned', 'actual']) for n in EXEC_AMOUNTS],
                description='The execution column split: a two-row header where «Виконання заходів» spans «стан виконання», '
                            '«план, тис. грн», «факт, тис. грн»; the last column is the sample\'s column 6 (programme or amount) '
                            f'as it is. Numbers row 1…8. 8 measures have a plan and a fact (план / факт: {listed}); the others '
                            'leave them empty. Rows 148-152 (first cell lost) have 7 fields.')


def renumber_tasks(fmt):
    lines = list(SAMPLE)
    for n in TASK_LINES:
        fields = lines[n - 1].split('\t')
        fields[0] = fmt(fields[0])
        lines[n - 1] = '\t'.join(fields)
    return lines


def v_task_word():
    return dict(lines=renumber_tasks(lambda k: f'Завдання {k}'),
                description='Every task number written «Завдання 1», «Завдання 2», … in column 1 (79 tasks).')


def v_task_paren():
    return dict(lines=renumber_tasks(lambda k: f'{k})'), description='Task numbers written «1)», «2)», … (79 tasks).')


def v_measure_short():
    lines = list(SAMPLE)
    two_part = re.compile(r'^(<p>)?(\d+)\.(\d+)(?!\.?\d)(\.?)( ?)')
    changed = 0
    for n, _, number in MEASURES:
        if BLAGOUSTRII[0] <= n <= BLAGOUSTRII[1]:
            continue
        fields = lines[n - 1].split('\t')
        k = measure_field(fields)
        m = two_part.match(fields[k])
        if not m:
            assert number.count('.') == 2, number  # sub-measures 1.1.1 keep their number
            continue
        # «10.1 Капітальний…» has no dot in the sample: the short form gets one («1. Капітальний…»).
        fields[k] = f'{m.group(1) or ""}{m.group(3)}.{m.group(5)}' + fields[k][m.end():]
        lines[n - 1] = '\t'.join(fields)
        changed += 1
    return dict(lines=lines, renumbered=changed,
                description='Measures directly under a task numbered without the task prefix («3.2. Title» → «2. Title»; '
                            '«4.1.Зовнішнє» → «1.Зовнішнє»; «10.1 Капітальний» (no dot in the sample) → «1. Капітальний»); '
                            'sub-measures 1.1.1-1.1.3 keep their full number. NOT applied in the sector «Благоустрій» (lines '
                            '143-161): its measures are numbered 1.x under task 2 in the sample, so a short number would mean '
                            f'something else there; that sector is left as it is. {changed} measures renumbered.')


def v_measure_paren():
    lines = list(SAMPLE)
    for n, _, _ in MEASURES:
        fields = lines[n - 1].split('\t')
        k = measure_field(fields)
        fields[k] = MEASURE_RE.sub(lambda m: f'{m.group(1) or ""}{m.group(2)})', fields[k], count=1)
        lines[n - 1] = '\t'.join(fields)
    return dict(lines=lines, description='Measure numbers written «1.1)» instead of «1.1.» (sub-measures «1.1.1)»; «10.1» → «10.1)»; '
                                         '«4.1.Зовнішнє» → «4.1)Зовнішнє»), all 173.')


def v_totals_row():
    amounts = amount_rows()
    total = round(sum(thousand(a) for a in amounts.values()), 3)
    assert total == 9505.09, total
    lines = list(SAMPLE)
    assert lines[252].startswith('--')  # line 253, the «--» row that closes the table
    lines.insert(252, '\tРазом\t\t\t\t9 505,09')
    return dict(lines=lines, totals=[{'label': 'Разом', 'thousandUah': 9505.09}], added_lines=1,
                description='A totals row at the end of the table, after the last measure (Гендерна політика 4.3) and before the '
                            'closing «--» row and the footnote: «Разом» in column 2, «9 505,09» in column 6 (30,0 + 434,090 + '
                            '4577,6 + 3963,4 + 500,0), other cells empty.')


WORD8 = re.compile(r'[^\W\d_]{8,}')


def text_segments(cell, fn):
    """Applies fn to the text between HTML tags, leaving tags (and their attributes) and URLs alone."""
    out = []
    for part in re.split(r'(<[^>]*>)', cell):
        if part.startswith('<'):
            out.append(part)
        else:
            out.append(''.join(tok if '://' in tok else fn(tok) for tok in re.split(r'(\s+)', part)))
    return ''.join(out)


def v_soft_hyphens():
    lines = list(SAMPLE)
    count = 0

    def shy(token):
        nonlocal count

        def split(m):
            nonlocal count
            count += 1
            return m.group(0)[:4] + '\u00ad' + m.group(0)[4:]
        return WORD8.sub(split, token)
    for n, line in enumerate(SAMPLE, start=1):
        fields = line.split('\t')
        if len(fields) < 2:  # title, footnote, blank lines: not cells
            continue
        lines[n - 1] = '\t'.join(text_segments(x, shy) for x in fields)
    return dict(lines=lines, html_post=lambda page: page.replace('\u00ad', '&shy;'),
                description=f'A soft hyphen after the 4th letter of every word of 8+ letters in every table cell ({count} words; '
                            'headings and header included; title and footnote, which are not cells, left alone; not inside '
                            'tags, attributes or URLs): U+00AD in the .txt, &shy; in the .html.')


def v_invisible_chars():
    rng = random.Random(20231020)
    lines = list(SAMPLE)
    cells = []
    for n, line in enumerate(SAMPLE, start=1):
        fields = line.split('\t')
        if len(fields) < 5 or n == NUMBERS_LINE or set(''.join(fields)) <= {'-'}:
            continue
        for k, x in enumerate(fields):
            if re.search(r'[^\W\d_]{4}', strip_tags(x)):
                cells.append((n, k))
    # A few headings always, then cells drawn at random (seeded) across the report.
    chosen = [(21, 0), (23, 1), (112, 0), (202, 0)]
    pool = [c for c in cells if c not in chosen]
    chosen += rng.sample(pool, 36)
    chosen.sort()
    inserted = 0
    for n, k in chosen:
        fields = lines[n - 1].split('\t')
        segments = re.split(r'(<[^>]*>)', fields[k])
        spots = []  # (segment, position): inside a word of 4+ letters, or just before or after a space
        for s, part in enumerate(segments):
            if part.startswith('<'):
                continue
            for m in re.finditer(r'\S+', part):
                if '://' in m.group(0):
                    continue
                for w in re.finditer(r'[^\W\d_]{4,}', m.group(0)):
                    spots.extend((s, m.start() + w.start() + i) for i in range(1, len(w.group(0))))
            for m in re.finditer(r' ', part):
                spots.extend([(s, m.start()), (s, m.end())])
        picked = rng.sample(sorted(set(spots)), min(len(set(spots)), rng.choice((1, 2, 3))))
        for s, i in sorted(picked, reverse=True):  # right to left, so earlier positions stay valid
            segments[s] = segments[s][:i] + rng.choice(INVISIBLES) + segments[s][i:]
            inserted += 1
        cell = ''.join(segments)
        fields[k] = cell
        lines[n - 1] = '\t'.join(fields)
    where = ', '.join(f'{n}:{k + 1}' for n, k in chosen)
    return dict(lines=lines, invisible_cells=chosen,
                description=f'{inserted} invisible characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) placed inside words and '
                            f'beside spaces (no space removed) in {len(chosen)} cells, by a seeded draw; never inside tags or '
                            f'URLs. Cells as line:column: {where}.')


LOOKALIKE_NUMBERS = [
    # line, field index, as in the sample, as printed, what
    (26, 2, '1.2.', 'l.2.', 'measure'),     # Latin small l for 1
    (35, 2, '4.3.', '4.З.', 'measure'),     # Cyrillic capital Ze for 3
    (42, 2, '6.1.', 'б.1.', 'measure'),     # Cyrillic small be for 6
    (64, 2, '1.1.1.', '1.1.l.', 'measure'),  # sub-measure, Latin small l for 1
    (96, 2, '10.1', '1О.1', 'measure'),     # Cyrillic capital O for 0
    (98, 0, '1', 'І', 'task'),              # Ukrainian capital I for 1
    (120, 2, '3.1.', 'З.1.', 'measure'),    # Cyrillic capital Ze for 3
    (163, 0, '1', 'l', 'task'),             # Latin small l for 1
    (193, 2, '1.10.', '1.1О.', 'measure'),  # Cyrillic capital O for 0
    (200, 0, '3', 'З', 'task'),             # Cyrillic capital Ze for 3
]


def v_lookalike_numbers():
    lines = list(SAMPLE)
    spots = []
    for n, k, means, printed, what in LOOKALIKE_NUMBERS:
        fields = lines[n - 1].split('\t')
        if what == 'task':
            assert fields[k] == means, (n, fields[k])
            fields[k] = printed
        else:
            assert fields[k].startswith(means), (n, fields[k][:20])
            fields[k] = printed + fields[k][len(means):]
        lines[n - 1] = '\t'.join(fields)
        ref = measure_ref(n) if what == 'measure' else {'sector': MEASURE_AT[n][0]}
        spots.append(dict(line=n, printed=printed, means=means, kind=what, **ref, characters=char_note(printed, means)))
    desc = ('Look-alike letters inside 10 task and measure numbers: '
            + '; '.join(f'line {s["line"]} {s["kind"]} «{s["printed"]}» = «{s["means"]}» ({", ".join(s["characters"])})' for s in spots)
            + '.')
    return dict(lines=lines, lookalikes=[{k: s[k] for k in ('line', 'printed', 'means', 'kind', 'sector', 'characters')}
                                         for s in spots],
                description=desc)


def wrapped_headers():
    head = fields_of(HEADER_LINE)
    return [
        # <br> breaks
        ['№ з/п', 'Завдання', 'Заходи', 'Відповідальний<br>виконавець', 'Виконання<br>заходів',
         'Назва міської цільової програми<br>до якої включено захід або обсяг<br>фінансових ресурсів, тис. грн'],
        # hyphenated breaks
        ['№<br>з/п', 'Завдан-<br>ня', 'Заходи', 'Відпові-<br>дальний виконавець', 'Вико-<br>нання заходів',
         'Назва міської цільової про-<br>грами до якої включено захід або обсяг фінансових ресурсів, тис. грн'],
        # capitals
        [x.upper() for x in head],
        # paragraph breaks inside the labels
        ['<p>№</p><p>з/п</p>', '<p>Завдання</p>', '<p>Заходи</p>', '<p>Відповідальний</p><p>виконавець</p>',
         '<p>Виконання</p><p>заходів</p>',
         '<p>Назва міської цільової програми до якої включено захід</p><p>або обсяг фінансових ресурсів, тис. грн</p>'],
    ]


REPEAT_AFTER = [35, 99, 156, 208]  # each followed directly by another measure row


def v_repeated_header_wrapped():
    for n in REPEAT_AFTER:
        assert n in MEASURE_AT and n + 1 in MEASURE_AT, n
    inserts = dict(zip(REPEAT_AFTER, wrapped_headers()))
    lines = []
    for n, line in enumerate(SAMPLE, start=1):
        lines.append(line)
        if n in inserts:
            lines.append('\t'.join(inserts[n]))
            lines.append(SAMPLE[NUMBERS_LINE - 1])
    return dict(lines=lines, added_lines=8,
                description='The header row and the numbers row repeated 4 times in the middle of the table, as a page break '
                            'repeats them, each with the labels wrapped differently from the first header: after line 35 with '
                            '<br> breaks («Відповідальний<br>виконавець»), after line 99 with hyphenated breaks («Вико-<br>нання '
                            'заходів»), after line 156 in capitals, after line 208 with <p> paragraph breaks inside the labels. '
                            'Each sits between two measure rows.')


def v_numbers_row_words():
    lines = list(SAMPLE)
    assert lines[2] == '**Інформація про виконання завдань та заходів Програми соціально-економічного і культурного розвитку  '
    lines[2:3] = ['**Інформація про виконання завдань та заходів  ',
                  'Програми соціально-економічного і культурного розвитку  ']
    assert lines[7] == '1\t2\t3\t4\t5\t6'  # the numbers row, now at line 8
    lines[7] = ''
    return dict(lines=lines, title=TITLE, added_lines=1, no_numbers_row=True, title_split=True,
                description='No numbers row «1 2 3 4 5 6»: in its place an empty line between the header and the first '
                            'priority; the title spread over three lines («**Інформація про виконання завдань та заходів» / '
                            '«Програми соціально-економічного і культурного розвитку» / «Житомирської … 2023 року**»).')


VARIANTS = [
    ('priority-caps', v_priority_caps),
    ('priority-latin-i', v_priority_latin_i),
    ('priority-numbered', v_priority_numbered),
    ('sector-numbered', v_sector_numbered),
    ('sector-caps', v_sector_caps),
    ('lookalike-headings', v_lookalike_headings),
    ('signature-after', v_signature_after),
    ('preamble', v_preamble),
    ('note-column', v_note_column),
    ('plan-fact-funding', v_plan_fact_funding),
    ('plan-fact-execution', v_plan_fact_execution),
    ('task-word', v_task_word),
    ('task-paren', v_task_paren),
    ('measure-short', v_measure_short),
    ('measure-paren', v_measure_paren),
    ('totals-row', v_totals_row),
    ('soft-hyphens', v_soft_hyphens),
    ('invisible-chars', v_invisible_chars),
    ('lookalike-numbers', v_lookalike_numbers),
    ('repeated-header-wrapped', v_repeated_header_wrapped),
    ('numbers-row-words', v_numbers_row_words),
]
PANDOC = {'note-column', 'signature-after', 'lookalike-numbers'}

# ---------------------------------------------------------------------------
# Checks: every line of the sample still there in recognisable form.

CONFUSABLE = str.maketrans({
    'a': 'а', 'c': 'с', 'e': 'е', 'i': 'і', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'l': 'і',
    'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'I': 'І', 'K': 'К', 'M': 'М', 'O': 'О',
    'P': 'Р', 'T': 'Т', 'X': 'Х',
})


def fold(text):
    """Letters only, invisible characters and soft hyphens gone, look-alikes folded, case folded."""
    text = re.sub('[\u00ad' + INVISIBLES + ']', '', text).replace('&shy;', '')
    text = re.sub(r'<[^>]*>', ' ', text).translate(CONFUSABLE).casefold()
    return ' ' + ' '.join(re.findall(r'[^\W\d_]+', text)) + ' '


def check_txt(name, info):
    lines = info['lines']
    added = info.get('added_lines', 0)
    assert len(lines) == len(SAMPLE) + added, (name, len(lines), len(SAMPLE) + added)
    repaired = list(lines)
    if name == 'lookalike-numbers':  # only the listed spots differ: put them back before comparing
        for n, k, means, printed, _ in LOOKALIKE_NUMBERS:
            fields = repaired[n - 1].split('\t')
            assert fields[k].startswith(printed)
            fields[k] = means + fields[k][len(printed):]
            repaired[n - 1] = '\t'.join(fields)
    folded = [fold(x) for x in repaired]
    whole = fold('\n'.join(repaired))
    missing = []
    for n, line in enumerate(SAMPLE, start=1):
        want = fold(line)
        if not want.strip():
            continue
        if any(want in f for f in folded):
            continue
        if info.get('header_changed') and n == HEADER_LINE:
            continue
        if info.get('title_split') and n == 3 and want in whole:
            continue
        missing.append(n)
    assert not missing, (name, missing)
    # The numbers row and the measure/task numbers, where the variant does not rewrite them.
    numbers_row = [x for x in lines if re.fullmatch(r'1\t2\t3\t4\t5\t6(\t7(\t8)?)?', x)]
    assert (len(numbers_row) == 0) if info.get('no_numbers_row') else numbers_row, name
    text = '\n'.join(lines)
    if name == 'measure-paren':
        assert len(re.findall(r'(?m)(?:^|\t)(?:<p>)?\d+(?:\.\d+)+\)', text)) == 173, name
    elif name == 'measure-short':
        shorts = re.findall(r'(?m)(?:^|\t)(?:<p>)?\d+\.(?!\d)', text)
        longs = re.findall(r'(?m)(?:^|\t)(?:<p>)?\d+\.\d+', text)
        # Благоустрій's 15 measures and the 3 sub-measures keep their long numbers.
        assert len(shorts) == 173 - 15 - 3 and len(longs) == 15 + 3, (name, len(shorts), len(longs))
    else:
        assert measure_numbers(repaired) == [num for _, _, num in MEASURES], name
    if name in ('task-word', 'task-paren'):
        pattern = r'Завдання \d+' if name == 'task-word' else r'\d+\)'
        assert all(re.fullmatch(pattern, lines[n - 1].split('\t')[0]) for n in TASK_LINES), name


def measure_numbers(lines):
    """Measure numbers in table order: column 3, or column 2 in the rows that lost their first cell."""
    found = []
    for line in lines:
        fields = line.split('\t')
        if len(fields) >= 5 and MEASURE_RE.match(fields[2]):
            found.append(MEASURE_RE.match(fields[2]).group(2))
        elif len(fields) >= 5 and not fields[0] and MEASURE_RE.match(fields[1]):
            found.append(MEASURE_RE.match(fields[1]).group(2))
    return found


def docx_text(path):
    """The text of a DOCX body: runs' text, tabs as spaces, paragraph ends as new lines."""
    with zipfile.ZipFile(path) as z:
        assert z.testzip() is None
        xml = z.read('word/document.xml').decode('utf-8')
    parts = []
    for t, tab, _ in re.findall(r'<w:t(?: [^>]*)?>([^<]*)</w:t>|<w:(tab)/>|</w:(p)>', xml):
        parts.append(html.unescape(t) if t else ' ' if tab else '\n')
    return ''.join(parts)


def check_docx(name, path):
    text = fold(docx_text(path))
    lost = []
    for n, _, _ in MEASURES:
        fields = SAMPLE[n - 1].split('\t')
        title = fold(fields[measure_field(fields)])
        if title not in text:
            lost.append(n)
    assert not lost, (name, 'measures not found in docx', lost)


# ---------------------------------------------------------------------------
# Conversion and writing.

def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def normalise_docx(path):
    """Rewrites a DOCX with fixed entry times and fixed creation/modification dates, entries in their order."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    fixed = []
    for filename, data in items:
        if filename == 'docProps/core.xml':
            data = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>' + FIXED_ISO_TIME.encode() + rb'\g<2>', data)
        if filename == 'docProps/app.xml':
            data = re.sub(rb'<TotalTime>\d+</TotalTime>', b'<TotalTime>0</TotalTime>', data)
        fixed.append((filename, data))
    tmp = path + '.tmp'
    with zipfile.ZipFile(tmp, 'w', zipfile.ZIP_DEFLATED) as zout:
        for filename, data in fixed:
            info = zipfile.ZipInfo(filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def convert(names):
    work = tempfile.mkdtemp(prefix='zhyt-layout-')
    try:
        lo = [n for n in names if n not in PANDOC]
        if lo:
            subprocess.run(['soffice', '--headless', f'-env:UserInstallation={LO_PROFILE}', '--convert-to',
                            'docx:MS Word 2007 XML', '--outdir', work] + [os.path.join(OUT, f'{n}.html') for n in lo],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for n in lo:
                shutil.move(os.path.join(work, f'{n}.docx'), os.path.join(OUT, f'{n}.docx'))
        for n in names:
            if n in PANDOC:
                env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
                subprocess.run(['pandoc', '-f', 'html', '-t', 'docx', os.path.join(OUT, f'{n}.html'),
                                '-o', os.path.join(OUT, f'{n}.docx')], check=True, env=env)
        for n in names:
            normalise_docx(os.path.join(OUT, f'{n}.docx'))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def manifest_entry(name, info):
    expect = {'counts': dict(COUNTS)}
    for key in ('measures', 'notes', 'totals', 'priorityNumbers', 'sectorNumbers', 'lookalikes', 'title'):
        if key in info:
            expect[key] = info[key]
    return {
        'name': name,
        'description': info['description'],
        'docxBy': 'pandoc' if name in PANDOC else 'libreoffice',
        'changedMeasures': info.get('changed', []),
        'expect': expect,
    }


COMMENT = (
    'Layout variants of fixtures/zhytomyr-2023-9m.txt (the 9-month 2023 report: 6 priorities with 6 goals, 18 sectors, '
    '79 tasks, 173 measures), each changing ONE thing in how the report is laid out; everything else is as in the '
    'sample. Made by scripts/make-layout-variants.py from the sample text alone, with the Python standard library: '
    '<name>.txt is the sample changed by plain string / csv handling; <name>.html is built from that .txt by plain '
    'string building (one <tr> per table line, one <td> per tab field with its HTML fragment kept, markdown ** as <b>, '
    '\\* as *, one-field lines as <p> outside the table, a two-row header with rowspan/colspan); <name>.docx is that '
    'page converted by LibreOffice (soffice --convert-to "docx:MS Word 2007 XML") or, where docxBy says so, by pandoc '
    '-f html -t docx; the DOCX zips are rewritten with fixed entry times and fixed core dates. Nothing was taken from '
    'this project\'s code or output: every expected value is written by hand from what the variant means. '
    'changedMeasures names the measures whose content the variant changes (by the sample\'s sector name and measure '
    'number, the number without its trailing dot), with the columns changed (number, task, measure, executors, '
    'execution, resources = column 6 / programme, note, planned, actual); changes of writing only (capitals, '
    'numbering style, invisible characters, soft hyphens, look-alike letters) leave it empty. expect.counts is what '
    'a correct reader finds; expect.measures gives, for variants that add data, the values of named measures '
    '(note, plannedThousandUah, actualThousandUah, fundingThousandUah = the money the measure has, for plan/fact the '
    'fact, resources = the programme column\'s text, "" when empty, tags stripped, white space collapsed); '
    'expect.notes lists the texts the variant adds outside the table, in order, white space collapsed (the sample\'s '
    'own footnote is not repeated there), which must end up as notes of the report, not as headings; expect.title '
    'is the report title where the variant moves text around it; expect.lookalikes lists each look-alike spot by '
    'its line in the variant\'s .txt (1-based), as printed, what it means, and the characters involved (for '
    'numbers also whether it is a task or a measure number and the sample sector it is in).'
)


def main():
    os.makedirs(OUT, exist_ok=True)
    only = sys.argv[1:]
    entries, names = [], []
    for name, make in VARIANTS:
        info = make()
        check_txt(name, info)
        if not only or name in only:
            write(os.path.join(OUT, f'{name}.txt'), '\n'.join(info['lines']))
            page = build_html(info['lines'], info.get('overrides'))
            if 'html_post' in info:
                page = info['html_post'](page)
            write(os.path.join(OUT, f'{name}.html'), page)
            names.append(name)
        entries.append(manifest_entry(name, info))
        print(f'made: {name}', file=sys.stderr)
    convert(names)
    for name in names:
        check_docx(name, os.path.join(OUT, f'{name}.docx'))
        print(f'checked: {name}.docx', file=sys.stderr)
    with open(os.path.join(OUT, 'manifest.json'), 'w', encoding='utf-8', newline='') as f:
        json.dump({'comment': COMMENT, 'variants': entries}, f, ensure_ascii=False, indent=2)
        f.write('\n')


if __name__ == '__main__':
    main()
