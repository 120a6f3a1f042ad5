#!/usr/bin/python3
"""Build the second layout hold-out set from the sample report.

Reads ../../../fixtures/zhytomyr-2023-9m.txt (tab-separated export of the
Zhytomyr programme-execution report) and writes, next to this script, one
<name>.txt per variant, plus <name>.html for some of them.  Every variant is
the same report typed in a different layout; see labels.json for what each
variant means.  Stdlib only, plain string handling.  Run with /usr/bin/python3.

The .docx files are made afterwards from the .html by LibreOffice (see the
command printed at the end).
"""
import copy
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'fixtures', 'zhytomyr-2023-9m.txt'))

# Line numbers (1-based) in the sample.
TITLE_LINES = {3, 4}
HEADER_LINE = 6
NUMBERS_LINE = 7
PRIO_LINES = [8, 21, 51, 76, 111, 180]
GOAL_LINES = {22, 112}
SECTOR_LINES = {9, 23, 45, 61, 77, 97, 113, 126, 143, 162, 176, 181, 202, 222, 228, 237, 242}
EMBEDDED_SECTOR_LINE = 53          # "<b>Житлове господарство</b> Провести ..." in the task cell
FOOTNOTE_LINE = 255

NUM_RE = re.compile(r'^(<p>)?(\d+(?:\.\d+)*)(\.?)(\s*)(.*)$', re.S)


def strip_tags(s):
    return re.sub(r'<[^>]+>', '', s).strip()


class Row:
    """kind: blank, para, title, header, numbers, sep, prio, goal, sector,
    task, measure, total, pagebreak.  cells: list of str or (str, colspan)."""

    def __init__(self, kind, cells, src=None):
        self.kind = kind
        self.cells = cells
        self.src = src
        self.prio = None
        self.sector = None
        self.number = None   # measure number as in the sample, without trailing dot

    def clone(self):
        return copy.deepcopy(self)


def parse_sample():
    text = open(SAMPLE, encoding='utf-8').read()
    lines = text.split('\n')
    rows = []
    prio = 0
    sector = None
    for i, line in enumerate(lines, 1):
        f = line.split('\t')
        if i in TITLE_LINES:
            kind = 'title'
        elif i == HEADER_LINE:
            kind = 'header'
        elif i == NUMBERS_LINE:
            kind = 'numbers'
        elif len(f) == 1:
            kind = 'blank' if not line.strip() else 'para'
        elif all(x.strip('-') == '' for x in f):
            kind = 'sep'
        elif i in PRIO_LINES:
            kind = 'prio'
        elif i in GOAL_LINES:
            kind = 'goal'
        elif i in SECTOR_LINES:
            kind = 'sector'
        elif re.fullmatch(r'\d+', f[0]):
            kind = 'task'
        else:
            kind = 'measure'
        r = Row(kind, f, i)
        if kind == 'prio':
            prio += 1
        if kind == 'sector':
            sector = strip_tags(' '.join(f))
        if i == EMBEDDED_SECTOR_LINE:
            sector = 'Житлове господарство'
        r.prio = prio if prio else None
        r.sector = sector
        if kind in ('task', 'measure'):
            m = NUM_RE.match(f[mcol(r)])
            r.number = m.group(2)
        rows.append(r)
    return rows


def mcol(r):
    """Index of the measure cell: 2 normally, 1 in the five-field rows."""
    return 2 if len(r.cells) >= 6 else 1


def prio_info(rows):
    """[(name, goal)] for the six priorities, as written in the sample."""
    out = []
    for k, r in enumerate(rows):
        if r.kind != 'prio':
            continue
        text = r.cells[0]
        name = re.search(r'"\s*([^"]+)"', text).group(1).strip()
        parts = re.findall(r'<u>(.*?)</u>', text)
        if len(parts) > 1:
            goal = parts[1]
        else:
            goal = re.findall(r'<u>(.*?)</u>', rows[k + 1].cells[0])[0]
        out.append((name, goal))
    return out


def set_number(r, fmt):
    """Rewrite the measure number of a measure/task row.  fmt(num, dot, space)
    returns the new text that replaces number+dot+space."""
    c = mcol(r)
    m = NUM_RE.match(r.cells[c])
    pre, num, dot, sp, rest = m.groups()
    r.cells[c] = (pre or '') + fmt(num, dot, sp) + rest


def find(rows, sector, number):
    for r in rows:
        if r.kind in ('task', 'measure') and r.sector == sector and r.number == number:
            return r
    raise KeyError((sector, number))


# ---------------------------------------------------------------- writers

def expand(cells):
    out = []
    for c in cells:
        if isinstance(c, tuple):
            out.append(c[0])
            out.extend([''] * (c[1] - 1))
        else:
            out.append(c)
    return out


def to_txt(rows, sep='\t'):
    lines = []
    for r in rows:
        if r.kind in ('blank', 'para', 'title', 'pagebreak'):
            lines.append(r.cells[0])
        else:
            lines.append(sep.join(expand(r.cells)))
    return '\n'.join(lines)


def para_html(text):
    t = text.rstrip()
    bold = False
    if t.startswith('**'):
        t, bold = t[2:], True
    if t.endswith('**'):
        t, bold = t[:-2], True
    t = t.replace('\\*', '*').strip()
    return '<p><b>%s</b></p>' % t if bold else '<p>%s</p>' % t


def to_html(rows, title):
    out = ['<!DOCTYPE html>', '<html>', '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % title, '</head>', '<body>']
    first = next(k for k, r in enumerate(rows) if r.kind == 'header')
    last = max(k for k, r in enumerate(rows)
               if r.kind not in ('blank', 'para', 'title', 'pagebreak', 'sep'))
    in_table = False
    for k, r in enumerate(rows):
        if k < first or k > last:
            if in_table:
                out.append('</table>')
                in_table = False
            if r.kind in ('para', 'title') and r.cells[0].strip():
                out.append(para_html(r.cells[0]))
            continue
        if r.kind == 'pagebreak':
            if in_table:
                out.append('</table>')
                in_table = False
            out.append(para_html(r.cells[0]))
            continue
        if r.kind in ('blank', 'sep'):
            continue          # blank lines and "--" export rows carry nothing
        if not in_table:
            out.append('<table border="1">')
            in_table = True
        tds = []
        for c in r.cells:
            if isinstance(c, tuple):
                tds.append('<td colspan="%d">%s</td>' % (c[1], c[0]))
            else:
                tds.append('<td>%s</td>' % c)
        out.append('<tr>' + ''.join(tds) + '</tr>')
    if in_table:
        out.append('</table>')
    out += ['</body>', '</html>', '']
    return '\n'.join(out)


# --------------------------------------------------------------- variants

def v_napriam_goal_colon(rows):
    """Priority written «Пріоритетний напрям «…»: <goal>» in one row."""
    info = prio_info(rows)
    out = []
    for r in rows:
        if r.kind == 'goal':
            continue
        if r.kind == 'prio':
            name, goal = info[r.prio - 1]
            r.cells = ['<b><u>Пріоритетний напрям «%s»: %s</u></b>' % (name, goal)] + [''] * 5
        out.append(r)
    return out


def v_priority_goal_two_cells(rows):
    """Priority row split in two merged cells: priority over columns 1-2,
    goal over columns 3-6; the separate goal rows disappear."""
    info = prio_info(rows)
    out = []
    for r in rows:
        if r.kind == 'goal':
            continue
        if r.kind == 'prio':
            name, goal = info[r.prio - 1]
            r.cells = [('<b><u>Пріоритет "%s"</u></b>' % name, 2), ('<b><u>%s</u></b>' % goal, 4)]
        out.append(r)
    return out


def v_priority_in_task_column(rows):
    """Priority and goal headings written in the task column (column 2),
    each on its own row."""
    info = prio_info(rows)
    out = []
    for r in rows:
        if r.kind == 'goal':
            continue
        if r.kind == 'prio':
            name, goal = info[r.prio - 1]
            r.cells = ['', '<b><u>Пріоритет "%s"</u></b>' % name, '', '', '', '']
            out.append(r)
            g = Row('goal', ['', '<b><u>%s</u></b>' % goal, '', '', '', ''])
            g.prio = r.prio
            out.append(g)
            continue
        out.append(r)
    return out


def v_sector_colon_in_measure_column(rows):
    """Sector heading rows written in column 3 (measures), ending with a colon."""
    for r in rows:
        if r.kind == 'sector':
            text = next(c for c in r.cells if c.strip())
            if '</b>' in text:
                text = text.replace('</b>', ':</b>', 1)
            else:
                text = text + ':'
            r.cells = ['', '', text, '', '', '']
    return rows


def v_sector_merged_rows(rows):
    """Sector headings: one merged cell over columns 2-6; the «Житлове
    господарство» heading taken out of the task cell into its own row;
    priority and goal rows one merged cell over the whole width."""
    out = []
    for r in rows:
        if r.kind == 'sector':
            text = next(c for c in r.cells if c.strip())
            r.cells = ['', (text, 5)]
        elif r.kind in ('prio', 'goal'):
            r.cells = [(r.cells[0], 6)]
        elif r.src == EMBEDDED_SECTOR_LINE:
            s = Row('sector', ['', ('<b>Житлове господарство</b>', 5)])
            s.prio, s.sector = r.prio, r.sector
            out.append(s)
            r.cells[1] = r.cells[1].replace('<b>Житлове господарство</b> ', '', 1)
        out.append(r)
    return out


def v_task_dot_zero(rows):
    """Task numbers written «1.0», «2.0»; measure numbers without the
    trailing dot («1.1 Title»)."""
    for r in rows:
        if r.kind == 'task':
            r.cells[0] = r.cells[0] + '.0'
        if r.kind in ('task', 'measure'):
            set_number(r, lambda num, dot, sp: num + ' ')
    return rows


def is_last_of_task(rows, k):
    for r in rows[k + 1:]:
        if r.kind in ('blank',):
            continue
        return r.kind != 'measure'
    return True


def v_task_zavd_blank_rows(rows):
    """Task numbers written «Завд. 1»; an empty table row after each task."""
    out = []
    for k, r in enumerate(rows):
        if r.kind == 'task':
            r.cells[0] = 'Завд. ' + r.cells[0]
        out.append(r)
        if r.kind in ('task', 'measure') and is_last_of_task(rows, k):
            out.append(Row('blankrow', [''] * 6))
    return out


def v_priority_dash_measure_comma(rows):
    """Priorities written «Пріоритет – Ефективне місто» (dash, no quotes);
    measure numbers with a trailing comma «1.2, Title»."""
    for r in rows:
        if r.kind == 'prio':
            r.cells[0] = re.sub(r'Пріоритет "\s*([^"]+)"', r'Пріоритет – \1', r.cells[0])
        if r.kind in ('task', 'measure'):
            set_number(r, lambda num, dot, sp: num + ',' + sp)
    return rows


def v_measure_dash_executor_dash(rows):
    """Measure numbers followed by a dash «1.2 – Title»; two measures whose
    executors cell says «—» / «-» (no executor named)."""
    for r in rows:
        if r.kind in ('task', 'measure'):
            set_number(r, lambda num, dot, sp: num + ' – ')
    find(rows, 'Освіта', '2.2').cells[3] = '—'
    find(rows, 'Відповідальне ставлення до тварин', '2.2').cells[3] = '-'
    return rows


AMOUNTS = {
    ('Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '5.1'): ('30,0', '30,0 тис. грн'),
    ('Підприємництво, інвестиційна та зовнішньоекономічна діяльність', '5.2'): ('434,090', '434 090 грн'),
    ('Освіта', '7.1'): ('4577,6', '4 577,6 тис. грн'),
    ('Освіта', '7.2'): ('3963,4', '3963,4 тис.грн.'),
    ('Сталий енергетичний та кліматичний розвиток', '9.1'): ('500,0', '500 000 грн'),
}


def v_amount_with_units(rows):
    """Amounts in column 6 written with their unit, some in hryvnias."""
    for (sector, number), (old, new) in AMOUNTS.items():
        r = find(rows, sector, number)
        assert r.cells[5] == old, (sector, number, r.cells[5])
        r.cells[5] = new
    return rows


SUBTOTALS = ['464,09', '8541,0', '0,0', '0,0', '500,0', '0,0']


def v_priority_subtotals(rows):
    """A «Усього за пріоритетом "…"» row after each priority's last measure."""
    info = prio_info(rows)
    lastrow = {}
    for k, r in enumerate(rows):
        if r.kind in ('task', 'measure'):
            lastrow[r.prio] = k
    out = []
    for k, r in enumerate(rows):
        out.append(r)
        for p, kk in lastrow.items():
            if kk == k:
                t = Row('total', ['', ('Усього за пріоритетом "%s"' % info[p - 1][0], 4), SUBTOTALS[p - 1]])
                t.prio = p
                out.append(t)
    return out


def v_empty_spacer_column(rows):
    """An empty column (empty header, empty cells) between «Виконання
    заходів» and column 6."""
    for r in rows:
        if r.kind in ('blank', 'para', 'title', 'pagebreak'):
            continue
        cells = expand(r.cells)
        filler = '--' if r.kind == 'sep' else ''
        r.cells = cells[:-1] + [filler] + cells[-1:]
    return rows


def v_header_new_words(rows):
    """Header labels in other words; the column-numbers row as one merged cell
    «1 | 2 | 3 | 4 | 5 | 6»."""
    for r in rows:
        if r.kind == 'header':
            r.cells = ['№', 'Найменування завдання', 'Захід', 'Відповідальні',
                       'Стан реалізації', 'Джерела фінансування / програма']
        if r.kind == 'numbers':
            r.cells = [('1 | 2 | 3 | 4 | 5 | 6', 6)]
    return rows


TOC = ('Зміст: Ефективне місто – с. 1; Інноваційне місто – с. 3; Комфортне місто – с. 7; '
       'Активне місто – с. 10; Зелене місто – с. 14; Інклюзивне місто – с. 21')


def v_toc_no_numbers_row(rows):
    """A table-of-contents line before the title; no column-numbers row."""
    assert rows[0].kind == 'blank'
    rows[0] = Row('para', [TOC])
    return [r for r in rows if r.kind != 'numbers']


NOTE = ('Примітка: у графі 6 зазначено назву міської цільової програми, до якої включено захід, '
        'або обсяг фінансових ресурсів, тис. грн.')


def v_title_caps_primitka(rows):
    """Title in one line in capitals; a «Примітка:» paragraph after the table."""
    t = [r for r in rows if r.kind == 'title']
    text = ' '.join(x.cells[0].strip().strip('*').strip() for x in t)
    text = re.sub(r'\s+', ' ', text).upper()
    out = []
    done = False
    for r in rows:
        if r.kind == 'title':
            if not done:
                out.append(Row('title', ['**' + text + '**']))
                done = True
            continue
        out.append(r)
    out.append(Row('blank', ['']))
    out.append(Row('para', [NOTE]))
    return out


BREAK_AFTER = {87, 129, 190}   # blank lines of the sample where a page ends


def v_continuation_pages(rows):
    """At three page breaks a «Продовження додатка» line and the
    column-numbers row again."""
    out = []
    for r in rows:
        out.append(r)
        if r.src in BREAK_AFTER:
            out.append(Row('pagebreak', ['Продовження додатка']))
            out.append(Row('numbers', ['1', '2', '3', '4', '5', '6']))
    return out


def v_task_measure_next_row(rows):
    """Task row holds only the number and the task; its first measure starts
    on the next row; empty №/task cells of measure rows (and the empty
    execution cell of «Стала мобільність» 1.1) written «—»."""
    out = []
    for r in rows:
        if r.kind == 'task':
            t = Row('task', r.cells[:2] + [''] * 4, r.src)
            t.prio, t.sector = r.prio, r.sector
            out.append(t)
            r.kind = 'measure'
            r.cells = ['—', '—'] + r.cells[2:]
        elif r.kind == 'measure':
            if len(r.cells) >= 6:
                r.cells[0] = r.cells[0] or '—'
                r.cells[1] = r.cells[1] or '—'
            else:
                r.cells[0] = r.cells[0] or '—'
        out.append(r)
    r = find(out, 'Стала мобільність', '1.1')
    assert r.cells[4] == ''
    r.cells[4] = '—'
    return out


# name, function, write .html?, .docx expected (made afterwards by LibreOffice)?
VARIANTS = [
    ('napriam-goal-colon', v_napriam_goal_colon, True, False),
    ('priority-goal-two-cells', v_priority_goal_two_cells, True, True),
    ('priority-in-task-column', v_priority_in_task_column, False, False),
    ('sector-colon-in-measure-column', v_sector_colon_in_measure_column, False, False),
    ('sector-merged-rows', v_sector_merged_rows, True, True),
    ('task-dot-zero', v_task_dot_zero, False, False),
    ('task-zavd-blank-rows', v_task_zavd_blank_rows, False, False),
    ('priority-dash-measure-comma', v_priority_dash_measure_comma, False, False),
    ('measure-dash-executor-dash', v_measure_dash_executor_dash, False, False),
    ('amount-with-units', v_amount_with_units, False, False),
    ('priority-subtotals', v_priority_subtotals, True, True),
    ('empty-spacer-column', v_empty_spacer_column, True, False),
    ('header-new-words', v_header_new_words, True, True),
    ('toc-no-numbers-row', v_toc_no_numbers_row, False, False),
    ('title-caps-primitka', v_title_caps_primitka, True, True),
    ('continuation-pages', v_continuation_pages, True, True),
    ('task-measure-next-row', v_task_measure_next_row, True, False),
    ('tabs-doubled', lambda rows: rows, False, False),
]


def self_check(name, sample_rows, txt):
    """Every measure title and every non-empty execution text of the sample
    is still in the variant."""
    for r in sample_rows:
        if r.kind not in ('task', 'measure'):
            continue
        m = NUM_RE.match(r.cells[mcol(r)])
        title = m.group(5)
        assert title in txt, (name, r.src, title[:40])
        ex = r.cells[mcol(r) + 2]
        if ex:
            assert ex in txt, (name, r.src, ex[:40])


def main():
    sample = parse_sample()
    assert sum(r.kind == 'prio' for r in sample) == 6
    assert sum(r.kind == 'task' for r in sample) == 79
    assert sum(r.kind in ('task', 'measure') for r in sample) == 173
    assert len({r.sector for r in sample if r.sector}) == 18
    made = []
    for name, fn, html, docx in VARIANTS:
        rows = fn([r.clone() for r in sample])
        sep = '\t\t' if name == 'tabs-doubled' else '\t'
        txt = to_txt(rows, sep)
        self_check(name, sample, txt)
        with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8', newline='') as f:
            f.write(txt)
        files = [name + '.txt']
        if html:
            with open(os.path.join(HERE, name + '.html'), 'w', encoding='utf-8', newline='') as f:
                f.write(to_html(rows, name))
            files.append(name + '.html')
        if docx:
            files.append(name + '.docx')
        made.append((name, files))
    for name, files in made:
        print(name, ' '.join(files))
    docx = [n for n, _, _, d in VARIANTS if d]
    print('\ndocx: for f in %s; do soffice --headless '
          '-env:UserInstallation=file:///tmp/lo-holdout2-profile '
          "--convert-to 'docx:MS Word 2007 XML' --outdir %s $f.html; done"
          % (' '.join(docx), HERE))


if __name__ == '__main__':
    main()
