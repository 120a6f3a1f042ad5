#!/usr/bin/python3
"""Build the layout hold-out variants of the Zhytomyr 9-month report.

Every variant starts from fixtures/zhytomyr-2023-9m.txt and applies one to
three layout changes a different clerk could plausibly make.  Only plain
string handling (str methods and `re`) is used; no parser of the project is
imported or run.

    /usr/bin/python3 make.py            # .txt + .html + .docx (needs soffice)
    /usr/bin/python3 make.py --no-docx  # .txt + .html only

The expected results are NOT computed here: labels.json is written by hand
from what each variant means.
"""
import html
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'fixtures', 'zhytomyr-2023-9m.txt'))

NBSP = '\u00a0'

# ---------------------------------------------------------------- the sample
with open(SAMPLE, encoding='utf-8', newline='') as fh:
    SAMPLE_TEXT = fh.read()
assert '\r' not in SAMPLE_TEXT
SAMPLE_LINES = SAMPLE_TEXT.split('\n')          # 1-based line n is SAMPLE_LINES[n-1]
assert len(SAMPLE_LINES) == 255, len(SAMPLE_LINES)


def line(n):
    return SAMPLE_LINES[n - 1]


HEADER_LINE = 6
COLNUM_LINE = 7
LAST_ROW = 252                                   # last measure row of the table
PRIORITY_LINES = [8, 21, 51, 76, 111, 180]
GOAL_ROW = {21: 22, 111: 112}                    # priorities whose goal has its own row
SECTOR_LINES = [9, 23, 45, 53, 61, 77, 97, 113, 126, 143, 162, 176, 181, 202, 222, 228, 237, 242]
HOUSING_LINE = 53                                # sector written inside the task cell
DASH_LINES = [13, 253]
FUNDED = {19: '30,0', 20: '434,090', 43: '4577,6', 44: '3963,4', 175: '500,0'}

TAG_RE = re.compile(r'<[^>]+>')
PRIO_RE = re.compile(r'Пріоритет\s*"\s*([^"]*?)\s*"')
MEASURE_RE = re.compile(r'^(\s*(?:<p>)?)(\d+(?:\.\d+)+)(\.?)(\s*)')


def strip_tags(s):
    return TAG_RE.sub('', s)


# priority line -> (matched text, name, goal)
PRIO = {}
for _n in PRIORITY_LINES:
    _cell = line(_n).split('\t')[0]
    _m = PRIO_RE.search(_cell)
    if _n in GOAL_ROW:
        _goal = strip_tags(line(GOAL_ROW[_n]).split('\t')[0]).strip()
    else:
        _goal = strip_tags(_cell[_m.end():]).strip()
    PRIO[_n] = (_m.group(0), _m.group(1), _goal)

# sector line -> (column index, name)
SECTOR = {}
for _n in SECTOR_LINES:
    _f = line(_n).split('\t')
    if _n == HOUSING_LINE:
        SECTOR[_n] = (1, strip_tags(_f[1].split('</b>')[0]).strip())
    else:
        _col = [i for i, c in enumerate(_f) if c.strip()][0]
        SECTOR[_n] = (_col, strip_tags(_f[_col]).strip())
SECTOR_NAMES = [SECTOR[n][1] for n in SECTOR_LINES]
assert len(SECTOR_NAMES) == 18

# measure line -> (sector name, measure number)
MEAS = {}
_sector = None
for _n in range(8, LAST_ROW + 1):
    if _n in SECTOR:
        _sector = SECTOR[_n][1]
    _f = line(_n).split('\t')
    if len(_f) < 5:
        continue
    _mc = 2 if len(_f) == 6 else 1
    _m = MEASURE_RE.match(_f[_mc])
    if _m:
        MEAS[_n] = (_sector, _m.group(2))
assert len(MEAS) == 173, len(MEAS)
TASK_LINES = [n for n in range(8, LAST_ROW + 1)
              if len(line(n).split('\t')) == 6 and re.fullmatch(r'\d+', line(n).split('\t')[0])]
assert len(TASK_LINES) == 79
BY_KEY = {v: k for k, v in MEAS.items()}        # (sector, number) -> line


# ------------------------------------------------------------ record helpers
# A variant is a list of records [src, text]; src is the sample line number
# (or a string tag for a line that the variant adds).

def records():
    return [[n, t] for n, t in enumerate(SAMPLE_LINES, 1)]


def find(recs, src):
    for i, r in enumerate(recs):
        if r[0] == src:
            return i
    raise KeyError(src)


def fields(rec):
    return rec[1].split('\t')


def set_fields(rec, f):
    rec[1] = '\t'.join(f)


def heading_row(n_cols, col, text):
    f = [''] * n_cols
    f[col] = text
    return '\t'.join(f)


def is_heading(rec):
    """One non-empty cell in a multi-cell row (priority, goal, sector)."""
    f = fields(rec)
    return len(f) > 1 and sum(1 for c in f if c.strip()) == 1 and rec[0] not in (HEADER_LINE, COLNUM_LINE)


def measure_col(rec):
    return 2 if len(fields(rec)) == 6 else 1


# --------------------------------------------------------------- operations

def extract_housing(recs, cell_text, col=0):
    """Move «Житлове господарство» out of task 1's cell into its own row."""
    i = find(recs, HOUSING_LINE)
    f = fields(recs[i])
    head, rest = f[1].split('</b>', 1)
    assert strip_tags(head).strip() == 'Житлове господарство'
    f[1] = rest.lstrip()
    set_fields(recs[i], f)
    recs.insert(i, ['S53', heading_row(len(f), col, cell_text)])


def reformat_sectors(recs, fmt, housing_cell=None, housing_col=0):
    """fmt(index, name) -> new heading text replacing the name (tags kept).
    housing_cell(index, name) -> full cell for the extracted housing row; when
    given, «Житлове господарство» gets a row of its own."""
    for k, n in enumerate(SECTOR_LINES):
        col, name = SECTOR[n]
        if n == HOUSING_LINE:
            if housing_cell is not None:
                extract_housing(recs, housing_cell(k, name), housing_col)
            else:
                i = find(recs, n)
                f = fields(recs[i])
                f[1] = f[1].replace(name, fmt(k, name), 1)
                set_fields(recs[i], f)
            continue
        i = find(recs, n)
        f = fields(recs[i])
        assert name in f[col]
        f[col] = f[col].replace(name, fmt(k, name), 1)
        set_fields(recs[i], f)


def move_sectors(recs, to_col):
    """Write every sector heading row with its text in column to_col."""
    for n in [x for x in SECTOR_LINES if x != HOUSING_LINE] + ['S53']:
        i = find(recs, n)
        f = fields(recs[i])
        text = [c for c in f if c.strip()][0]
        g = [''] * len(f)
        g[to_col] = text
        set_fields(recs[i], g)


def reformat_priorities(recs, pfmt, gfmt=None):
    """Rewrite the priority words in place.  pfmt(k, name) replaces
    `Пріоритет "name"`; gfmt(k, goal) replaces the goal text."""
    for k, n in enumerate(PRIORITY_LINES):
        matched, name, goal = PRIO[n]
        i = find(recs, n)
        f = fields(recs[i])
        f[0] = f[0].replace(matched, pfmt(k, name), 1)
        if gfmt is not None:
            if n in GOAL_ROW:
                j = find(recs, GOAL_ROW[n])
                g = fields(recs[j])
                g[0] = g[0].replace(goal, gfmt(k, goal), 1)
                set_fields(recs[j], g)
            else:
                f[0] = f[0].replace(goal, gfmt(k, goal), 1)
        set_fields(recs[i], f)


def split_priorities(recs, pcell, gcell):
    """Priority and goal each on a row of their own, cells written anew."""
    for k, n in enumerate(PRIORITY_LINES):
        _, name, goal = PRIO[n]
        i = find(recs, n)
        width = len(fields(recs[i]))
        recs[i][1] = heading_row(width, 0, pcell(k, name))
        if n in GOAL_ROW:
            j = find(recs, GOAL_ROW[n])
            recs[j][1] = heading_row(width, 0, gcell(k, goal))
        else:
            recs.insert(i + 1, ['G%d' % n, heading_row(width, 0, gcell(k, goal))])


def renumber_measures(recs, fmt):
    """fmt(prefix_tags, number) -> new text for the whole number prefix."""
    for n in MEAS:
        i = find(recs, n)
        f = fields(recs[i])
        c = measure_col(recs[i])
        m = MEASURE_RE.match(f[c])
        f[c] = m.group(1) + fmt(m.group(2)) + f[c][m.end():]
        set_fields(recs[i], f)


def renumber_tasks(recs, fmt):
    for n in TASK_LINES:
        i = find(recs, n)
        f = fields(recs[i])
        f[0] = fmt(f[0])
        set_fields(recs[i], f)


def normalize_short_rows(recs):
    """The sample has five rows (148-152) that lack their first empty cell;
    variants that add or move columns write them full width."""
    for r in recs:
        f = fields(r)
        if isinstance(r[0], int) and len(f) == 5 and r[0] in MEAS:
            set_fields(r, [''] + f)


def insert_column(recs, pos, header, values):
    """values: {sample line: cell text}; other measure rows get ''."""
    for r in recs:
        f = fields(r)
        if len(f) < 2:
            continue
        if r[0] == HEADER_LINE:
            f.insert(pos, header)
        elif r[0] == COLNUM_LINE:
            f = [str(k) for k in range(1, len(f) + 2)]
        elif r[0] in DASH_LINES:
            f.insert(pos, '--')
        elif is_heading(r):
            t = [k for k, c in enumerate(f) if c.strip()][0]
            if pos == 0 and t == 0:
                f.append('')
            else:
                f.insert(pos, '')
        else:
            f.insert(pos, values.get(r[0], ''))
        set_fields(r, f)


def swap_columns(recs, a, b):
    for r in recs:
        f = fields(r)
        if len(f) < 2 or r[0] == COLNUM_LINE:
            continue
        f[a], f[b] = f[b], f[a]
        set_fields(r, f)


def add_after_last_row(recs, src, text):
    i = find(recs, LAST_ROW)
    recs.insert(i + 1, [src, text])


def fill_down_tasks(recs):
    num = text = None
    for r in recs:
        f = fields(r)
        if r[0] in TASK_LINES:
            num, text = f[0], f[1]
        elif r[0] in MEAS:
            assert f[0] == '' and f[1] == '', r
            f[0], f[1] = num, text
            set_fields(r, f)


def strip_all_tags(recs):
    for r in recs:
        f = fields(r)
        if len(f) < 2:
            continue
        out = []
        for c in f:
            if '<' in c:
                c = re.sub(r' {2,}', ' ', strip_tags(c)).strip()
            out.append(c)
        set_fields(r, out)


# ------------------------------------------------------------------ writers

def write_text(name, recs, eol='\n'):
    path = os.path.join(HERE, name + '.txt')
    with open(path, 'w', encoding='utf-8', newline='') as fh:
        fh.write(eol.join(r[1] for r in recs))
    return path


def td(text, rowspan=1, colspan=1):
    attrs = ''
    if rowspan > 1:
        attrs += ' rowspan="%d"' % rowspan
    if colspan > 1:
        attrs += ' colspan="%d"' % colspan
    return '<td%s>%s</td>' % (attrs, text)


def write_html(name, recs, header_html=None):
    """One <tr> per table line, one <td> per field; fields' HTML kept.
    One-field lines become <p> before/after the table; blank lines and the
    "--" separator lines of the text export are left out.  header_html, when
    given, replaces the lines of a multi-row header (keys: record src)."""
    lines = [r for r in recs]
    multi = [k for k, r in enumerate(lines) if len(fields(r)) > 1]
    first, last = multi[0], multi[-1]
    title = 'Інформація про виконання завдань та заходів Програми'
    out = ['<!DOCTYPE html>', '<html lang="uk">', '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % html.escape(title), '</head>', '<body>']

    def para(r):
        if r[1].strip():
            out.append('<p>%s</p>' % r[1])

    for r in lines[:first]:
        para(r)
    out.append('<table border="1">')
    done = set()
    for r in lines[first:last + 1]:
        f = fields(r)
        if len(f) < 2:
            assert not r[1].strip(), r
            continue
        if all(re.fullmatch(r'-+', c.strip()) for c in f):
            continue
        if header_html and r[0] in header_html:
            if r[0] not in done:
                out.append(header_html[r[0]])
                done.add(r[0])
            continue
        out.append('<tr>' + ''.join(td(c) for c in f) + '</tr>')
    out.append('</table>')
    for r in lines[last + 1:]:
        para(r)
    out += ['</body>', '</html>', '']
    path = os.path.join(HERE, name + '.html')
    with open(path, 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(out))
    return path


def write_docx(html_path):
    profile = 'file:///tmp/lo-holdout-profile'
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=' + profile,
                    '--convert-to', 'docx:MS Word 2007 XML', '--outdir', HERE, html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ----------------------------------------------------------------- variants
ROMAN = ['І', 'ІІ', 'ІІІ', 'ІV', 'V', 'VІ']       # Cyrillic І typed with Latin V


def v01(recs):
    """Roman priority numbers «Пріоритет ІІ: Інноваційне місто», goal on its
    own row as «Стратегічна ціль: …»."""
    split_priorities(
        recs,
        lambda k, name: '<b><u>Пріоритет %s: %s</u></b>' % (ROMAN[k], name),
        lambda k, goal: '<b>Стратегічна ціль:</b> %s' % goal)
    return recs


def v02(recs):
    """«Пріоритет №1 – «Ефективне місто»»; sectors numbered «2.1. Освіта»."""
    reformat_priorities(recs, lambda k, name: 'Пріоритет №%d – «%s»' % (k + 1, name))
    nums = sector_numbers()
    reformat_sectors(recs, lambda k, name: '%s. %s' % (nums[k], name),
                     housing_cell=lambda k, name: '<b>%s. %s</b>' % (nums[k], name))
    return recs


def sector_numbers():
    """«p.s» numbering of the 18 sectors within their priority."""
    out, counts = [], {}
    for n in SECTOR_LINES:
        p = max(k for k, b in enumerate(PRIORITY_LINES) if b < n) + 1
        counts[p] = counts.get(p, 0) + 1
        out.append('%d.%d' % (p, counts[p]))
    return out


def v03(recs):
    """Sectors as «Сектор: Освіта»; Windows line ends (CRLF)."""
    reformat_sectors(recs, lambda k, name: 'Сектор: %s' % name,
                     housing_cell=lambda k, name: '<b>Сектор: %s</b>' % name)
    return recs


def v04(recs):
    """Sectors as «Галузь «Освіта»»; priority names and goals in capitals."""
    reformat_sectors(recs, lambda k, name: 'Галузь «%s»' % name,
                     housing_cell=lambda k, name: '<b>Галузь «%s»</b>' % name)
    reformat_priorities(recs, lambda k, name: 'Пріоритет "%s"' % name.upper(),
                        lambda k, goal: goal.upper())
    return recs


LOOKALIKE_SECTORS = {
    'Підприємництво, інвестиційна та зовнішньоекономічна діяльність':
        'Підпpиємництво, інвестиційна та зовнішньоекономічна діяльність',
    'Освіта': 'Оcвіта',
    'Молодіжна політика': 'Moлодіжна політика',
    'Житлове господарство': 'Житлове гоcподарство',
    'Стала мобільність': 'Cтала мобільність',
    'Культура': 'Kультуpа',
    'Фізична культура і спорт': 'Фізична культура і cпopт',
    'Централізоване водопостачання та водовідведення': 'Централізоване вoдопостачання та водовідведення',
    'Централізоване теплопостачання': 'Централізoване теплопостачання',
    'Благоустрій': 'Благоустpій',
    'Сталий енергетичний та кліматичний розвиток': 'Cталий енергетичний та кліматичний розвиток',
    'Поводження з відходами': 'Поводження з відxодами',
    "Охорона здоров'я": "Охоpона здоpов'я",
    'Соціальна підтримка та допомога': 'Cоціальна підтримка та допомога',
    'Охорона дитинства': 'OХорона дитинства',
    'Громадська безпека': 'Гpомадська безпека',
    'Відповідальне ставлення до тварин': 'Відповідальне cтавлення до тварин',
    'Гендерна політика': 'Гендepна політика',
}
LOOKALIKE_PRIORITY_NAMES = {
    'Ефективне місто': 'Eфективне місто',
    'Інноваційне місто': 'Інновaційне місто',
    'Комфортне місто': 'Кoмфортне місто',
    'Активне місто': 'Aктивне місто',
    'Зелене місто': 'Зeлене місто',
    'Інклюзивне місто': 'Інклюзивнe місто',
}
LOOKALIKE_HEADER = [
    ('Завдання', 'Зaвдання'),
    ('Заходи', 'Зaходи'),
    ('Відповідальний виконавець', 'Відповідальний викoнавець'),
    ('Виконання заходів', 'Викoнання заxодів'),
    ('Назва міської цільової програми', 'Hазва міської цільової програми'),
]


def v05(recs):
    """Latin look-alike letters inside Cyrillic heading words and header labels."""
    reformat_sectors(recs, lambda k, name: LOOKALIKE_SECTORS[name])
    reformat_priorities(
        recs,
        lambda k, name: 'Пpіоpитет "%s"' % LOOKALIKE_PRIORITY_NAMES[name],
        lambda k, goal: goal.replace('Розвиток', 'Розвитoк', 1).replace('Сучасна', 'Cучасна', 1))
    i = find(recs, HEADER_LINE)
    f = fields(recs[i])
    f = [c for c in f]
    for k, (old, new) in enumerate(LOOKALIKE_HEADER):
        f[k + 1] = f[k + 1].replace(old, new, 1)
    set_fields(recs[i], f)
    return recs


# «Термін виконання» values that differ from the usual «2023»
TERM_EXCEPTIONS = {
    ('Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '1.1'): '2022-2026',
    ('Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '1.2'): '2022-2026',
    ('Стала мобільність', '1.1.1'): '2023-2025',
    ('Стала мобільність', '1.1.2'): '2023-2025',
    ('Стала мобільність', '1.1.3'): '2023-2025',
    ('Благоустрій', '1.1'): '2023-2024',
    ("Охорона здоров'я", '1.13'): 'IV квартал 2023',
    ('Гендерна політика', '4.2'): 'листопад-грудень 2023',
}


def v06(recs):
    """Extra column «Термін виконання» after the executors; numbers row 1-7."""
    normalize_short_rows(recs)
    values = {n: TERM_EXCEPTIONS.get(key, '2023') for n, key in MEAS.items()}
    insert_column(recs, 4, 'Термін виконання', values)
    return recs


PROGRAM_CODE = {
    'Підприємництво, інвестиційна та зовнішньоекономічна діяльність': '0217690',
    'Освіта': '0611010',
    'Молодіжна політика': '1113131',
    'Житлове господарство': '1216011',
    'Стала мобільність': '1217461',
    'Культура': '1014082',
    'Фізична культура і спорт': '1115011',
    'Централізоване водопостачання та водовідведення': '1216013',
    'Централізоване теплопостачання': '1216020',
    'Благоустрій': '1517330',
    'Сталий енергетичний та кліматичний розвиток': '2717640',
    'Поводження з відходами': '1216030',
    "Охорона здоров'я": '0712010',
    'Соціальна підтримка та допомога': '0813242',
    'Охорона дитинства': '0913112',
    'Громадська безпека': '0218110',
    'Відповідальне ставлення до тварин': '0717693',
    'Гендерна політика': '1113133',
}


def v07(recs):
    """Extra first column «Код програми» (7-digit codes with leading zeros)."""
    normalize_short_rows(recs)
    values = {n: PROGRAM_CODE[key[0]] for n, key in MEAS.items()}
    insert_column(recs, 0, 'Код програми', values)
    return recs


def v08(recs):
    """Task number and task text repeated on every measure row (unmerged
    cells); «Житлове господарство» on a row of its own."""
    normalize_short_rows(recs)
    extract_housing(recs, '<b>Житлове господарство</b>', 0)
    fill_down_tasks(recs)
    return recs


NOTES_V09 = {
    ('Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '5.1'): 'Кошти бюджету громади',
    ('Освіта', '2.2'): 'Захід перенесено на 2024 рік',
    ('Освіта', '4.1'): 'Потребує коригування ПКД',
    ('Стала мобільність', '1.1.2'): 'Фінансування не передбачено',
    ('Культура', '10.1'): 'Виконано в повному обсязі',
    ('Благоустрій', '1.6'): "Об'єкт введено в експлуатацію",
    ("Охорона здоров'я", '3.1'): 'Вакцинацію буде продовжено у IV кварталі',
    ('Гендерна політика', '4.3'): 'Спільно з ООН Жінки',
}


def v09(recs):
    """«Примітки» column between «Заходи» and «Відповідальний виконавець»."""
    normalize_short_rows(recs)
    values = {BY_KEY[k]: v for k, v in NOTES_V09.items()}
    insert_column(recs, 3, 'Примітки', values)
    return recs


def v10(recs):
    """Thousands written with a no-break space («4 577,6»); totals row
    «Всього» in column 5 with the sum in column 6."""
    for n, amount in FUNDED.items():
        i = find(recs, n)
        f = fields(recs[i])
        assert f[5] == amount
        if amount == '4577,6':
            f[5] = '4' + NBSP + '577,6'
        elif amount == '3963,4':
            f[5] = '3' + NBSP + '963,4'
        set_fields(recs[i], f)
    add_after_last_row(recs, 'TOTAL', '\t\t\t\tВсього\t9' + NBSP + '505,09')
    return recs


def v11(recs):
    """Totals row «Усього по програмі» in column 1 whose amount (9 605,09)
    does not equal the sum of the five amounts (9 505,09) -> error."""
    add_after_last_row(recs, 'TOTAL', 'Усього по програмі\t\t\t\t\t9 605,09')
    return recs


SIGNATURE = [
    '',
    'Начальник управління стратегічного розвитку міської ради ____________ Олена ГАВРИЛЮК',
    '',
    'Секретар міської ради ____________ Віктор СТЕПАНЕНКО',
]


def v12(recs):
    """Signature block after the footnote."""
    for k, t in enumerate(SIGNATURE):
        recs.append(['SIG%d' % k, t])
    return recs


APPROVAL = [
    'ЗАТВЕРДЖЕНО',
    'Рішення виконавчого комітету Житомирської міської ради',
    'від 15.11.2023 № 1208',
]


def v13(recs):
    """«ЗАТВЕРДЖЕНО» block before the title."""
    for k, t in enumerate(reversed(APPROVAL)):
        recs.insert(0, ['APP%d' % k, t])
    return recs


def v14(recs):
    """Task numbers «1.»; measure numbers with spaces «1. 2.»."""
    renumber_tasks(recs, lambda s: s + '.')
    renumber_measures(recs, lambda num: '. '.join(num.split('.')) + '. ')
    return recs


def v15(recs):
    """Task numbers «№1»; measure numbers «1.2 .» (space before the dot)."""
    renumber_tasks(recs, lambda s: '№' + s)
    renumber_measures(recs, lambda num: num + ' . ')
    return recs


HEADER_SPLIT_TOP = ['№', 'Завдання', 'Заходи', 'Відповідальний', 'Виконання',
                    'Назва міської цільової програми до якої включено захід або']
HEADER_SPLIT_BOTTOM = ['з/п', '', '', 'виконавець', 'заходів', 'обсяг фінансових ресурсів, тис. грн']


def v16(recs):
    """Header labels broken over two rows («Відповідальний» / «виконавець»)."""
    i = find(recs, HEADER_LINE)
    recs[i][1] = '\t'.join(HEADER_SPLIT_TOP)
    recs.insert(i + 1, ['H2', '\t'.join(HEADER_SPLIT_BOTTOM)])
    return recs


V16_HTML = {
    HEADER_LINE: '<tr>' + td('№') + td('Завдання', 2) + td('Заходи', 2) + td('Відповідальний')
                 + td('Виконання') + td(HEADER_SPLIT_TOP[5]) + '</tr>',
    'H2': '<tr>' + td('з/п') + td('виконавець') + td('заходів') + td(HEADER_SPLIT_BOTTOM[5]) + '</tr>',
}

H6 = line(HEADER_LINE).split('\t')


def v17(recs):
    """Two-level header: «Стан виконання» over «Відповідальний виконавець»
    and «Виконання заходів»."""
    i = find(recs, HEADER_LINE)
    recs[i][1] = '\t'.join([H6[0], H6[1], H6[2], 'Стан виконання', '', H6[5]])
    recs.insert(i + 1, ['H2', '\t'.join(['', '', '', H6[3], H6[4], ''])])
    return recs


V17_HTML = {
    HEADER_LINE: '<tr>' + td(H6[0], 2) + td(H6[1], 2) + td(H6[2], 2) + td('Стан виконання', 1, 2)
                 + td(H6[5], 2) + '</tr>',
    'H2': '<tr>' + td(H6[3]) + td(H6[4]) + '</tr>',
}

SOURCE_V18 = {
    ('Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '1.2'): 'Грантові кошти (GIZ)',
    ('Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '5.1'): 'Бюджет громади',
    ('Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '5.2'): 'Бюджет громади',
    ('Освіта', '2.1'): 'Кошти UNICEF',
    ('Освіта', '7.1'): 'Бюджет громади',
    ('Освіта', '7.2'): 'Бюджет громади',
    ('Стала мобільність', '1.2'): 'Бюджет громади',
    ('Централізоване водопостачання та водовідведення', '1.1'): 'Кредит Світового банку',
    ('Централізоване теплопостачання', '1.1'): 'Грант SECO',
    ('Централізоване теплопостачання', '1.2'): 'Кредит ЄБРР',
    ('Сталий енергетичний та кліматичний розвиток', '9.1'): 'Бюджет громади',
    ('Відповідальне ставлення до тварин', '1.1'): 'Бюджет громади, благодійні кошти',
}
NOTES_V18 = {
    ('Освіта', '1.2'): 'Ліцей № 25',
    ('Культура', '5.2'): 'Захід не проводився',
    ("Охорона здоров'я", '1.1'): 'Очікується фінансування',
    ('Громадська безпека', '1.7'): 'Гідропарк',
}


def v18(recs):
    """Eight columns: «Джерело фінансування» before column 6 and «Примітки»
    last; numbers row 1-8."""
    normalize_short_rows(recs)
    insert_column(recs, 5, 'Джерело фінансування', {BY_KEY[k]: v for k, v in SOURCE_V18.items()})
    insert_column(recs, 7, 'Примітки', {BY_KEY[k]: v for k, v in NOTES_V18.items()})
    return recs


HEADER_V19 = ['№ п/п', 'Назва завдання', 'Зміст заходу', 'Інформація про виконання', 'Виконавці',
              'Цільова програма, до якої включено захід, або обсяг фінансування (тис. грн)']


def v19(recs):
    """Reworded header labels; the execution column comes before the
    executors column."""
    normalize_short_rows(recs)
    swap_columns(recs, 3, 4)
    i = find(recs, HEADER_LINE)
    recs[i][1] = '\t'.join(HEADER_V19)
    return recs


def v20(recs):
    """Plain text without any HTML formatting (goals on rows of their own);
    sector rows written in column 3; totals row «ЗАГАЛОМ» in column 3."""
    split_priorities(recs, lambda k, name: 'Пріоритет "%s"' % name, lambda k, goal: goal)
    extract_housing(recs, 'Житлове господарство', 2)
    strip_all_tags(recs)
    move_sectors(recs, 2)
    add_after_last_row(recs, 'TOTAL', '\t\tЗАГАЛОМ\t\t\t9505,09')
    return recs


VARIANTS = [
    # name, builder, html?, docx?, line end, html header override
    ('v01-roman-priority-goal-label', v01, True, True, '\n', None),
    ('v02-priority-numsign-sectors-numbered', v02, False, False, '\n', None),
    ('v03-sector-label-crlf', v03, False, False, '\r\n', None),
    ('v04-galuz-sectors-caps-priorities', v04, True, True, '\n', None),
    ('v05-latin-lookalikes-headings', v05, False, False, '\n', None),
    ('v06-term-column', v06, True, True, '\n', None),
    ('v07-program-code-first-column', v07, False, False, '\n', None),
    ('v08-task-cells-filled-down', v08, False, False, '\n', None),
    ('v09-notes-column-4', v09, True, True, '\n', None),
    ('v10-total-vsogo-nbsp', v10, False, False, '\n', None),
    ('v11-total-wrong-sum', v11, True, False, '\n', None),
    ('v12-signature-block', v12, False, False, '\n', None),
    ('v13-approval-block', v13, False, False, '\n', None),
    ('v14-task-dot-measure-spaced', v14, True, True, '\n', None),
    ('v15-task-numsign-measure-space-dot', v15, False, False, '\n', None),
    ('v16-header-labels-two-rows', v16, True, True, '\n', V16_HTML),
    ('v17-grouped-header', v17, True, True, '\n', V17_HTML),
    ('v18-eight-columns', v18, False, False, '\n', None),
    ('v19-header-synonyms-swapped', v19, False, False, '\n', None),
    ('v20-plain-text-sectors-col3-total', v20, False, False, '\n', None),
]


def main(argv):
    docx = '--no-docx' not in argv and shutil.which('soffice') is not None
    for name, build, want_html, want_docx, eol, header_html in VARIANTS:
        recs = build(records())
        write_text(name, recs, eol)
        if want_html:
            path = write_html(name, recs, header_html)
            if want_docx and docx:
                write_docx(path)
        print(name)


if __name__ == '__main__':
    main(sys.argv[1:])
