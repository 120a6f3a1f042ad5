#!/usr/bin/python3
"""Build the third hold-out layout set from the sample report.

Every variant is the sample (fixtures/zhytomyr-2023-9m.txt) retyped or
re-saved in another way.  Plain string handling only, standard library only.

    /usr/bin/python3 test/holdout/layout-3/make.py          # .txt and .html
    /usr/bin/python3 test/holdout/layout-3/make.py --docx   # also .docx via soffice
"""
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, '..', '..', '..', 'fixtures', 'zhytomyr-2023-9m.txt')

# ---------------------------------------------------------------- the sample
# Line numbers (1-based) of the sample's structural rows.
HEADER_LN, NUMS_LN = 6, 7
TITLE_LNS = (3, 4)
PRIO_LNS = [8, 21, 51, 76, 111, 180]          # priority rows (4 of them also hold the goal)
GOAL_LNS = {21: 22, 111: 112}                 # priority row -> its separate goal row
PRIOS = [
    ('Ефективне місто', 'Розвиток конкурентоспроможної економіки'),
    ('Інноваційне місто', 'Розвиток людського капіталу, інфраструктури та управління через впровадження нових підходів і технологій'),
    ('Комфортне місто', 'Сучасна інфраструктура для проживання, ділових людей та відвідувачів міста'),
    ('Активне місто', 'Створення середовища для самореалізації та змістовного дозвілля'),
    ('Зелене місто', 'Впровадження принципів сталого міського розвитку та адаптація до змін клімату'),
    ('Інклюзивне місто', 'Рівні можливості для всіх категорій мешканців, співпраця та відповідальне урядування, якісна медицина і високий рівень безпеки'),
]
SECTOR_LNS = [9, 23, 45, 61, 77, 97, 113, 126, 143, 162, 176, 181, 202, 222, 228, 237, 242]
SECTOR_IN_TASK_LN = 53                        # '<b>Житлове господарство</b> Провести ...' in the task cell
HOUSING = 'Житлове господарство'
AMOUNT_LNS = [19, 20, 43, 44, 175]


def strip_tags(s):
    return re.sub(r'<[^>]+>', '', s).strip()


def load():
    with open(SAMPLE, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    recs = []
    last_row = max(i for i, l in enumerate(lines, 1) if len(l.split('\t')) >= 5)
    for ln, line in enumerate(lines, 1):
        f = line.split('\t')
        if ln < HEADER_LN:
            kind = 'pre'
        elif ln > last_row:
            kind = 'post'
        elif ln == HEADER_LN:
            kind = 'header'
        elif ln == NUMS_LN:
            kind = 'nums'
        elif len(f) == 1:
            kind = 'blank'
        elif ln in PRIO_LNS:
            kind = 'prio'
        elif ln in GOAL_LNS.values():
            kind = 'goal'
        elif ln in SECTOR_LNS:
            kind = 'sector'
        elif all(re.fullmatch(r'-+', x) for x in f):
            kind = 'dash'
        elif len(f) == 6 and f[0].strip():
            kind = 'task'
        else:
            kind = 'measure'
        recs.append({'kind': kind, 'f': f, 'ln': ln})
    return recs


def norm6(f):
    """The sample has a few measure rows exported with 5 fields (one leading empty cell lost)."""
    return [''] + list(f) if len(f) == 5 else list(f)


def prio_index(ln):
    return PRIO_LNS.index(ln)


def sector_of(rec):
    if rec['ln'] == SECTOR_IN_TASK_LN:
        return HOUSING
    return strip_tags(next(x for x in rec['f'] if x.strip()))


def sector_col(rec):
    return next(i for i, x in enumerate(rec['f']) if x.strip())


def task_without_sector(text):
    return text.replace('<b>%s</b> ' % HOUSING, '', 1)


def copy(recs):
    return [{'kind': r['kind'], 'f': list(r['f']), 'ln': r['ln']} for r in recs]


def row(kind, f, ln=None, **kw):
    d = {'kind': kind, 'f': list(f), 'ln': ln}
    d.update(kw)
    return d


def split_words(text, frac=0.5):
    """Split text at the single space nearest to frac of its length: a + ' ' + b == text."""
    target = int(len(text) * frac)
    best = None
    for i, ch in enumerate(text):
        if ch == ' ' and 0 < i < len(text) - 1 and text[i - 1] != ' ' and text[i + 1] != ' ':
            if best is None or abs(i - target) < abs(best - target):
                best = i
    return text[:best], text[best + 1:]


def map_text(s, fn):
    """Apply fn to the text outside HTML tags."""
    parts = re.split(r'(<[^>]+>)', s)
    return ''.join(p if p.startswith('<') and p.endswith('>') else fn(p) for p in parts)


# ---------------------------------------------------------------- writers
def write_txt(name, recs, bom=False, excel=False, width=None):
    out = []
    for r in recs:
        f = r['f']
        if width:
            f = f + [''] * (width - len(f))
        if excel:
            f = [('"' + x.replace('"', '""') + '"') if ('"' in x or '\n' in x or '\t' in x) else x for x in f]
        out.append('\t'.join(f))
    text = '\n'.join(out)
    with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8', newline='') as fh:
        fh.write(('\ufeff' if bom else '') + text)


def md_to_html(text):
    t = text.replace('\\*', '*')
    b = False
    if t.startswith('**'):
        t, b = t[2:], True
    if t.rstrip().endswith('**'):
        t, b = t.rstrip()[:-2], True
    t = t.strip()
    return '<b>%s</b>' % t if b else t


def td(tag, text, attrs=''):
    return '<%s%s>%s</%s>' % (tag, (' ' + attrs) if attrs else '', text, tag)


def html_rows(recs, th_kinds=(), rowspan=False, colspan=False, width=6):
    """<tr> lines for the table rows of recs (blank and '--' export artefacts are not rows)."""
    rows = [r for r in recs if r['kind'] not in ('pre', 'post', 'blank', 'dash', 'split')]
    out = []
    spans = {}
    if rowspan:
        for i, r in enumerate(rows):
            if r['kind'] == 'task':
                k = 1
                while i + k < len(rows) and rows[i + k]['kind'] in ('measure', 'cont'):
                    k += 1
                spans[i] = k
    for i, r in enumerate(rows):
        f = norm6(r['f']) if width == 6 else list(r['f'])
        f = f + [''] * (width - len(f))
        tag = 'th' if r['kind'] in th_kinds else 'td'
        cells = []
        if colspan and r['kind'] in ('prio', 'goal', 'sector'):
            c = next(j for j, x in enumerate(f) if x.strip())
            cells = [td(tag, '')] * c + [td(tag, f[c], 'colspan="%d"' % (width - c))]
        elif rowspan and r['kind'] in ('measure', 'cont'):
            cells = [td(tag, x) for x in f[2:]]
        elif rowspan and i in spans and spans[i] > 1:
            cells = [td(tag, x, 'rowspan="%d"' % spans[i]) for x in f[:2]] + [td(tag, x) for x in f[2:]]
        else:
            cells = [td(tag, x) for x in f]
        out.append('<tr>' + ''.join(cells) + '</tr>')
    return out


def html_doc(body):
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n'
            '<title>Інформація про виконання завдань та заходів Програми</title>\n</head>\n<body>\n'
            + '\n'.join(body) + '\n</body>\n</html>\n')


def paras(recs, kind):
    return ['<p>%s</p>' % md_to_html(r['f'][0]) for r in recs if r['kind'] == kind and r['f'][0].strip()]


def write_html(name, recs, **kw):
    body = paras(recs, 'pre')
    # a 'split' record ends one table and starts another
    chunks, cur = [], []
    for r in recs:
        if r['kind'] == 'split':
            chunks.append(cur)
            cur = []
        elif r['kind'] not in ('pre', 'post'):
            cur.append(r)
    chunks.append(cur)
    for n, chunk in enumerate(chunks):
        if n:
            body.append('<p><br></p>')
        body.append('<table border="1">')
        body.extend(html_rows(chunk, **kw))
        body.append('</table>')
    body += paras(recs, 'post')
    save_html(name, body)


def save_html(name, body):
    with open(os.path.join(HERE, name + '.html'), 'w', encoding='utf-8') as fh:
        fh.write(html_doc(body))


# ---------------------------------------------------------------- variants
VARIANTS = []


def variant(fn):
    VARIANTS.append(fn)
    return fn


MEASURE_NO = re.compile(r'^(<p>)?\s*(\d+(?:\.\d+)+)\.?\s*(.*)$', re.S)


@variant
def measure_number_column():
    """A «№ заходу» column: the measure's number in its own cell, written without the trailing dot."""
    out = []
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k == 'header':
            f = f[:2] + ['№ заходу'] + f[2:]
        elif k == 'nums':
            f = [str(i) for i in range(1, 8)]
        elif k in ('prio', 'goal', 'sector', 'dash'):
            f = f[:2] + [f[2]] + f[2:]
        elif k in ('task', 'measure'):
            f = norm6(f)
            m = MEASURE_NO.match(f[2])
            lead, num, rest = m.group(1) or '', m.group(2), m.group(3)
            f = f[:2] + [num, lead + rest] + f[3:]
        r['f'] = f
        out.append(r)
    write_txt('measure-number-column', out)
    write_html('measure-number-column', out, width=7)
    return ['measure-number-column.txt', 'measure-number-column.html', 'measure-number-column.docx']


@variant
def executors_status_merged():
    """Columns 4 and 5 merged: «Відповідальний виконавець / стан виконання», executor first, line break, then the execution."""
    out = []
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k == 'header':
            f = f[:3] + ['Відповідальний виконавець / стан виконання'] + f[5:]
        elif k == 'nums':
            f = [str(i) for i in range(1, 6)]
        elif k in ('prio', 'goal', 'sector', 'dash'):
            f = f[:5]
        elif k in ('task', 'measure'):
            f = norm6(f)
            ex, done = f[3], f[4]
            if not done.strip():
                cell = ex
            elif done.startswith('<p>'):
                cell = (ex if ex.startswith('<p>') else '<p>%s</p>' % ex) + done
            else:
                cell = ex + '<br>' + done
            f = f[:3] + [cell] + f[5:]
        r['f'] = f
        out.append(r)
    write_txt('executors-status-merged', out)
    write_html('executors-status-merged', out, width=5)
    return ['executors-status-merged.txt', 'executors-status-merged.html', 'executors-status-merged.docx']


LETTERS = ['А', 'Б', 'В', 'Г', 'Д', 'Е']


@variant
def letter_priorities_merged_number():
    """Priorities lettered «А. Ефективне місто» (no word «Пріоритет»); columns 1-2 merged: «1. Task text»."""
    out = []
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k == 'header':
            f = ['Завдання'] + f[2:]
        elif k == 'nums':
            f = [str(i) for i in range(1, 6)]
        elif k in ('prio', 'goal', 'sector'):
            c = sector_col(r)
            text = f[c]
            if k == 'prio':
                letter = LETTERS[prio_index(r['ln'])]
                text = re.sub(r'Пріоритет\s*"\s*([^"]+)"', lambda m: '%s. %s' % (letter, m.group(1)), text)
            f = [text, '', '', '', '']
        elif k == 'dash':
            f = f[1:]
        elif k == 'task':
            task = f[1]
            if r['ln'] == SECTOR_IN_TASK_LN:
                out.append(row('sector', ['<b>%s</b>' % HOUSING, '', '', '', '']))
                task = task_without_sector(task)
            f = ['%s. %s' % (f[0].strip(), task)] + f[2:]
        elif k == 'measure':
            f = f[1:] if len(f) == 6 else f
        r['f'] = f
        out.append(r)
    write_txt('letter-priorities-merged-number', out)
    return ['letter-priorities-merged-number.txt']


def italic(text):
    return '<i>%s</i>' % text


@variant
def italic_headings_goal_rows():
    """Headings in italics only (no bold, no underline); every goal on its own row under its priority."""
    out = []
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k == 'prio':
            name, goal = PRIOS[prio_index(r['ln'])]
            out.append(row('prio', [italic('Пріоритет "%s"' % name)] + [''] * 5, r['ln']))
            out.append(row('goal', [italic(goal)] + [''] * 5, r['ln']))
            continue
        if k == 'goal':
            continue
        if k == 'sector':
            c = sector_col(r)
            f = [''] * 6
            f[c] = italic(sector_of(r))
        elif r['ln'] == SECTOR_IN_TASK_LN:
            f[1] = f[1].replace('<b>%s</b>' % HOUSING, italic(HOUSING))
        r['f'] = f
        out.append(r)
    write_txt('italic-headings-goal-rows', out)
    return ['italic-headings-goal-rows.txt']


@variant
def underline_br_headings():
    """Headings underlined only; priority and goal always in one cell, separated by a line break <br>."""
    out = []
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k == 'prio':
            name, goal = PRIOS[prio_index(r['ln'])]
            f = ['<u>Пріоритет "%s"</u><br><u>%s</u>' % (name, goal)] + [''] * 5
        elif k == 'goal':
            continue
        elif k == 'sector':
            c = sector_col(r)
            f = [''] * 6
            f[c] = '<u>%s</u>' % sector_of(r)
        elif r['ln'] == SECTOR_IN_TASK_LN:
            f[1] = f[1].replace('<b>%s</b>' % HOUSING, '<u>%s</u>' % HOUSING)
        r['f'] = f
        out.append(r)
    write_txt('underline-br-headings', out)
    write_html('underline-br-headings', out)
    return ['underline-br-headings.txt', 'underline-br-headings.html', 'underline-br-headings.docx']


def typographic(s):
    s = re.sub(r'(^|(?<=[\s(>«\[/]))"', '„', s)
    s = s.replace('"', '“')
    s = s.replace("'", '’')
    s = re.sub(r'(\d{4})-(\d{4})', '\\1–\\2', s)
    s = s.replace(' - ', ' – ')
    return s


@variant
def typographic_punctuation():
    """Word autocorrect everywhere: „…“ quotes, ’ apostrophes, – in year ranges and between spaces."""
    out = []
    for r in copy(load()):
        r['f'] = [map_text(x, typographic) for x in r['f']]
        out.append(r)
    write_txt('typographic-punctuation', out)
    return ['typographic-punctuation.txt']


# (sample line, [(column index, fraction)]) -- the row breaks, the rest of the cell goes to a second row
WRAPS = {
    15: [(2, 0.45)],
    33: [(2, 0.5), (5, 0.6)],
    69: [(4, 0.5)],
    127: [(3, 0.5), (4, 0.55)],
    203: [(1, 0.5), (2, 0.5)],
    223: [(4, 0.4)],
}


@variant
def wrapped_rows():
    """Rows broken in two: the second row holds only the rest of a cell's text (title, execution, executors, task, programme)."""
    out = []
    for r in copy(load()):
        if r['ln'] in WRAPS:
            cont = [''] * 6
            for c, frac in WRAPS[r['ln']]:
                a, b = split_words(r['f'][c], frac)
                r['f'][c] = a
                cont[c] = b
            out.append(r)
            out.append(row('cont', cont, r['ln']))
            continue
        out.append(r)
    write_txt('wrapped-rows', out)
    write_html('wrapped-rows', out)
    return ['wrapped-rows.txt', 'wrapped-rows.html']


@variant
def spacer_rows_trailing():
    """An empty row (six empty cells) between all table rows, a trailing tab on every table row, task numbers with a trailing space."""
    out = []
    recs = [r for r in copy(load()) if r['kind'] != 'blank']
    started = False
    for r in recs:
        k = r['kind']
        if k in ('pre', 'post'):
            out.append(r)
            continue
        f = norm6(r['f'])
        if k == 'task':
            f[0] = f[0] + ' '
        if started:
            out.append(row('blank', [''] * 7))
        if k == 'nums':
            started = True
        r['f'] = f + ['']
        out.append(r)
    write_txt('spacer-rows-trailing', out)
    return ['spacer-rows-trailing.txt']


@variant
def thead_th_caption():
    """HTML/DOCX only: header rows as <th> in <thead>, body in <tbody>, the title in the table's <caption>."""
    recs = load()
    write_txt('thead-th-caption', recs)
    title = '<br>'.join(md_to_html(r['f'][0]) for r in recs if r['ln'] in TITLE_LNS)
    rows = html_rows([r for r in recs if r['kind'] in ('header', 'nums')], th_kinds=('header', 'nums'))
    body_rows = html_rows([r for r in recs if r['kind'] not in ('header', 'nums')])
    body = ['<table border="1">', '<caption>%s</caption>' % title, '<thead>'] + rows + ['</thead>', '<tbody>'] \
        + body_rows + ['</tbody>', '</table>'] + paras(recs, 'post')
    save_html('thead-th-caption', body)
    return ['thead-th-caption.txt', 'thead-th-caption.html', 'thead-th-caption.docx']


@variant
def layout_table():
    """HTML/DOCX only: the title in a one-cell table of its own; the report table nested in the one cell of a layout table."""
    recs = load()
    write_txt('layout-table', recs)
    title = ''.join('<p>%s</p>' % md_to_html(r['f'][0]) for r in recs if r['ln'] in TITLE_LNS)
    body = ['<table border="1"><tr><td>%s</td></tr></table>' % title,
            '<table border="0" width="100%"><tr><td>', '<table border="1">'] \
        + html_rows(recs) + ['</table>', '</td></tr></table>'] + paras(recs, 'post')
    save_html('layout-table', body)
    return ['layout-table.txt', 'layout-table.html', 'layout-table.docx']


@variant
def sector_column():
    """No sector heading rows: every task and measure row names its sector in an extra first column «Сфера»."""
    out = []
    sector = None
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k == 'sector':
            sector = sector_of(r)
            continue
        if k == 'header':
            f = ['Сфера'] + f
        elif k == 'nums':
            f = [str(i) for i in range(1, 8)]
        elif k in ('prio', 'goal'):
            f = f + ['']
        elif k == 'dash':
            f = ['--'] + f
        elif k in ('task', 'measure'):
            f = norm6(f)
            if r['ln'] == SECTOR_IN_TASK_LN:
                sector = HOUSING
                f[1] = task_without_sector(f[1])
            f = [sector] + f
        r['f'] = f
        out.append(r)
    write_txt('sector-column', out)
    write_html('sector-column', out, width=7)
    return ['sector-column.txt', 'sector-column.html']


STATUS = {35: 'виконано', 36: 'виконано', 65: 'не розпочато', 70: 'триває', 75: 'не розпочато',
          96: 'виконано', 131: 'виконано', 150: 'виконано', 197: 'виконано', 246: 'виконано'}
DOT_AMOUNTS = {19: '30.0', 20: '434.09', 43: '4577.6', 44: '3963.4', 175: '500.0'}


@variant
def repeated_header_status_column():
    """Header and column-numbers rows repeated before every priority; a 7th column «Стан виконання»; amounts with a decimal point."""
    out = []
    recs = copy(load())
    header = next(r for r in recs if r['kind'] == 'header')['f'] + ['Стан виконання']
    nums = [str(i) for i in range(1, 8)]
    for r in recs:
        k, f = r['kind'], r['f']
        if k in ('pre', 'post', 'blank'):
            out.append(r)
            continue
        if k == 'prio' and r['ln'] != PRIO_LNS[0]:
            out.append(row('header', header))
            out.append(row('nums', nums))
        if k == 'header':
            f = header
        elif k == 'nums':
            f = nums
        elif k == 'dash':
            f = f + ['--']
        elif k in ('prio', 'goal', 'sector'):
            f = f + ['']
        else:
            f = norm6(f)
            if r['ln'] in DOT_AMOUNTS:
                f[5] = DOT_AMOUNTS[r['ln']]
            f = f + [STATUS.get(r['ln'], '')]
        r['f'] = f
        out.append(r)
    write_txt('repeated-header-status-column', out)
    return ['repeated-header-status-column.txt']


UAH_AMOUNTS = {19: '30000,00', 20: '434090,00', 43: '4577600,00', 44: '3963400,00', 175: '500000,00'}
SUBTOTALS = {20: '464090,00', 44: '8541000,00', 175: '500000,00'}


@variant
def uah_subtotals():
    """Column 6 in hryvnias (header «…, грн», a «(грн)» line above the table); a subtotal row after each sector with amounts and a grand total."""
    out = []
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k == 'header':
            f[5] = f[5].replace('тис. грн', 'грн')
            out.append(row('pre', ['(грн)']))
        if r['ln'] in UAH_AMOUNTS:
            f[5] = UAH_AMOUNTS[r['ln']]
        r['f'] = f
        out.append(r)
        if r['ln'] in SUBTOTALS:
            out.append(row('total', ['', '', 'Підсумок по сектору', '', '', SUBTOTALS[r['ln']]]))
        if r['ln'] == 252:
            out.append(row('total', ['', '', 'Загальний обсяг фінансування', '', '', '9505090,00']))
    write_txt('uah-subtotals', out)
    return ['uah-subtotals.txt']


@variant
def excel_tsv():
    """Saved by Excel as «Unicode text»: UTF-8 BOM, every line padded to six cells, cells with quotes or line breaks quoted with doubled quotes, priority and goal on two lines of one cell."""
    out = []
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k == 'prio' and r['ln'] not in GOAL_LNS:
            f[0] = re.sub(r'(</u></b>)\s+(<b><u>)', '\\1\n\\2', f[0])
        elif k in ('task', 'measure'):
            f = norm6(f)
        r['f'] = f
        out.append(r)
    write_txt('excel-tsv', out, bom=True, excel=True, width=6)
    return ['excel-tsv.txt']


ENTITIES = [('&', '&amp;'), ('"', '&quot;'), ("'", '&#39;'), ('«', '&laquo;'), ('»', '&raquo;'),
            ('–', '&ndash;'), ('№', '&#8470;'), ('ü', '&uuml;')]


def entities(s):
    for a, b in ENTITIES:
        s = s.replace(a, b)
    return s


def css_styles(s):
    s = re.sub(r'<b><u>(.*?)</u></b>', r'<span style="font-weight:bold;text-decoration:underline">\1</span>', s)
    s = re.sub(r'<b>(.*?)</b>', r'<span style="font-weight:bold">\1</span>', s)
    return s.replace('<p>', '<p style="text-align:center">') if s.startswith('<p>') else s


@variant
def web_editor_export():
    """Saved by a web editor: bold/underline as <span style=…>, every quote, apostrophe, «», –, № and ü as an HTML entity."""
    out = []
    for r in copy(load()):
        k, f = r['kind'], r['f']
        if k in ('prio', 'goal', 'sector') or r['ln'] == SECTOR_IN_TASK_LN:
            f = [css_styles(x) for x in f]
        f = [map_text(x, entities) for x in f]
        r['f'] = f
        out.append(r)
    write_txt('web-editor-export', out)
    write_html('web-editor-export', out)
    return ['web-editor-export.txt', 'web-editor-export.html']


@variant
def rowspan_split_tables():
    """The table split in two before priority «Зелене місто»; the second part opens with the column-numbers row only.
    HTML/DOCX: № and task cells merged down over their measures (rowspan), heading rows merged across (colspan)."""
    out = []
    recs = copy(load())
    nums = next(r for r in recs if r['kind'] == 'nums')['f']
    for r in recs:
        if r['ln'] == 111:
            out.append(row('split', [''], None))
            out.append(row('nums', nums))
        out.append(r)
    write_txt('rowspan-split-tables', out)
    write_html('rowspan-split-tables', out, rowspan=True, colspan=True)
    return ['rowspan-split-tables.txt', 'rowspan-split-tables.html', 'rowspan-split-tables.docx']


# ---------------------------------------------------------------- main
def to_docx(name):
    profile = 'file:///tmp/lo-holdout3-profile'
    subprocess.run(['soffice', '--headless', '-env:UserInstallation=' + profile,
                    '--convert-to', 'docx:MS Word 2007 XML', '--outdir', HERE,
                    os.path.join(HERE, name + '.html')], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    docx = '--docx' in sys.argv
    for fn in VARIANTS:
        files = fn()
        print(fn.__name__, ' '.join(files))
        if docx:
            for f in files:
                if f.endswith('.docx'):
                    to_docx(f[:-5])


if __name__ == '__main__':
    main()
