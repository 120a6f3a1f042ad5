#!/usr/bin/python3
"""Builds the fourth hold-out layout set from the sample report.

Run:  /usr/bin/python3 make.py            (writes .txt, .html, labels.json)
      /usr/bin/python3 make.py --docx     (also converts the chosen .html to .docx with LibreOffice)

Stdlib only, plain string handling.  The sample is read from fixtures/zhytomyr-2023-9m.txt.
Every variant is a rewrite of the sample's lines; labels.json is written from what each
variant means (the expected values are copied from the sample's own cells).
"""
import json
import os
import re
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'fixtures', 'zhytomyr-2023-9m.txt'))

with open(SAMPLE, encoding='utf-8') as fh:
    SRC = fh.read().split('\n')

assert len(SRC) == 255, len(SRC)

COUNTS = {"priorities": 6, "goals": 6, "sectors": 18, "tasks": 79, "measures": 173}
PRIO_NAMES = ["Ефективне місто", "Інноваційне місто", "Комфортне місто",
              "Активне місто", "Зелене місто", "Інклюзивне місто"]

TAG_RE = re.compile(r'<[^>]+>')
NUM_RE = re.compile(r'^(\d+(?:\.\d+)+)\.?\s*')


def strip_tags(s):
    return TAG_RE.sub('', s).strip()


# ---------------------------------------------------------------- parse the sample
def parse(lines):
    """Classify the sample's lines (1-based numbers kept in 'n')."""
    rows = []
    sector = None
    prio = -1
    prev_heading = None
    for i, line in enumerate(lines):
        n = i + 1
        fs = line.split('\t')
        r = {"n": n, "f": fs, "kind": None, "sector": sector, "prio": prio}
        if n in (3, 4):
            r["kind"] = "title"
        elif n == 6:
            r["kind"] = "header"
        elif n == 7:
            r["kind"] = "numbers"
        elif n == 255:
            r["kind"] = "foot"
        elif len(fs) == 1:
            assert not fs[0].strip(), n
            r["kind"] = "blank"
        elif all(re.fullmatch(r'-+', x) for x in fs):
            r["kind"] = "sep"
        else:
            nonempty = [k for k, x in enumerate(fs) if x.strip()]
            if len(nonempty) == 1 and nonempty[0] in (0, 1):
                txt = fs[nonempty[0]]
                r["cell"] = nonempty[0]
                if 'Пріоритет' in txt:
                    prio += 1
                    r["prio"] = prio
                    r["kind"] = "prio"
                    r["withGoal"] = txt.count('<u>') == 2
                elif prev_heading == "prio" and not rows[-1].get("withGoal"):
                    r["kind"] = "goal"
                else:
                    r["kind"] = "sector"
                    sector = strip_tags(txt)
                    r["sector"] = sector
                prev_heading = r["kind"]
                rows.append(r)
                continue
            if re.fullmatch(r'\d+', fs[0].strip()) and len(fs) == 6:
                r["kind"] = "task"
                if fs[1].startswith('<b>Житлове господарство</b>'):
                    sector = "Житлове господарство"
                    r["sector"] = sector
                    r["sectorInTask"] = True
            else:
                r["kind"] = "measure"
            cell = fs[-4]
            inner = re.sub(r'^<p>', '', cell)
            m = NUM_RE.match(inner)
            assert m, (n, cell[:40])
            r["num"] = m.group(1)
            r["title"] = strip_tags(inner[m.end():])
            r["executors"] = strip_tags(fs[-3])
            r["execution"] = fs[-2]
            r["resources"] = strip_tags(fs[-1])
        prev_heading = r["kind"] if r["kind"] in ("prio", "goal", "sector") else None
        rows.append(r)
    return rows


ROWS = parse(SRC)
MEAS = [r for r in ROWS if r["kind"] in ("task", "measure")]
assert len(MEAS) == 173, len(MEAS)
assert len([r for r in ROWS if r["kind"] == "task"]) == 79
assert len([r for r in ROWS if r["kind"] == "prio"]) == 6
assert len({r["sector"] for r in MEAS}) == 18
assert len([r for r in ROWS if r["kind"] == "sector"]) == 17   # + one inside a task cell (line 53)


def meas(sector, num):
    found = [r for r in MEAS if r["sector"] == sector and r["num"] == num]
    assert len(found) == 1, (sector, num, len(found))
    return found[0]


def split_wrap(text):
    """(leading tags, core text, trailing tags)"""
    m = re.match(r'^((?:<[^>]+>)*)(.*?)((?:</[^>]+>)*)$', text, re.S)
    return m.group(1), m.group(2), m.group(3)


def join(fs):
    return '\t'.join(fs)


# ---------------------------------------------------------------- html helpers
HTML_HEAD = ('<!DOCTYPE html>\n<html lang="uk">\n<head>\n<meta charset="utf-8">\n'
             '<title>Інформація про виконання завдань та заходів Програми соціально-економічного '
             'і культурного розвитку за 9 місяців 2023 року</title>\n</head>\n<body>\n')


def para(text):
    t = text.rstrip()
    if t.startswith('<p'):
        return t
    bold = t.startswith('**') or t.endswith('**')
    t = t.strip('*').strip() if bold else t
    t = t.replace('\\*', '*')
    return '<p>' + ('<b>%s</b>' % t if bold else t) + '</p>'


def to_html(lines, colspan_rows=()):
    """<table border="1">, one <tr> per line with several fields, one <td> per field
    (the fields' HTML kept); non-empty one-field lines become <p> outside the table;
    empty lines are dropped."""
    out = [HTML_HEAD]
    in_table = False
    for idx, line in enumerate(lines):
        fs = line.split('\t')
        if len(fs) == 1:
            if not fs[0].strip():
                continue
            if in_table:
                out.append('</table>\n')
                in_table = False
            out.append(para(fs[0]) + '\n')
            continue
        if not in_table:
            out.append('<table border="1">\n')
            in_table = True
        if idx in colspan_rows:
            out.append('<tr><td colspan="%d">%s</td></tr>\n' % (len(fs), fs[0]))
        else:
            out.append('<tr>' + ''.join('<td>%s</td>' % x for x in fs) + '</tr>\n')
    if in_table:
        out.append('</table>\n')
    out.append('</body>\n</html>\n')
    return ''.join(out)


# ---------------------------------------------------------------- variants
VARIANTS = []


def variant(name, files, description, expect_extra=None, measures=None, changed=None):
    exp = {"counts": dict(COUNTS)}
    if measures:
        exp["measures"] = measures
    if expect_extra:
        exp.update(expect_extra)
    VARIANTS.append({"name": name, "files": files, "description": description,
                     "changedMeasures": changed or [], "expect": exp})


OUT = {}          # file name -> text


def put(name, lines, html=False, colspan_rows=()):
    OUT[name + '.txt'] = '\n'.join(lines)
    if html:
        OUT[name + '.html'] = to_html(lines, colspan_rows)


DOCX = []         # names whose .html is converted to .docx


# 1 ---------------------------------------------------------------- bullet-headings
def v_bullet_headings():
    out = []
    for r in ROWS:
        fs = list(r["f"])
        if r["kind"] == "sector":
            k = r["cell"]
            a, core, b = split_wrap(fs[k])
            fs[k] = a + '• ' + core + '.' + b
        elif r["kind"] == "goal" or (r["kind"] == "prio" and r["withGoal"]):
            a, core, b = split_wrap(fs[0])
            fs[0] = a + core + '.' + b
        out.append(join(fs))
    put('bullet-headings', out, html=True)
    DOCX.append('bullet-headings')
    variant('bullet-headings', ['bullet-headings.txt', 'bullet-headings.html', 'bullet-headings.docx'],
            'Each of the 17 one-cell sector heading rows starts with a list bullet "• " and ends with a '
            'full stop, inside the bold (e.g. "<b>• Освіта.</b>", "• Централізоване теплопостачання."); '
            'the sector named inside the task cell of line 53 (Житлове господарство) is left as it was. '
            'Every strategic goal (the 2 goal rows and the goal half of the 4 combined priority rows) '
            'ends with a full stop. Sector names are still the sample\'s (without bullet and stop).',
            measures=[{"sector": "Освіта", "number": "1.1",
                       "title": meas("Освіта", "1.1")["title"]},
                      {"sector": "Централізоване теплопостачання", "number": "1.1",
                       "title": meas("Централізоване теплопостачання", "1.1")["title"]}])


# 2 ---------------------------------------------------------------- priority-two-rows
def v_priority_two_rows():
    out = []
    for r in ROWS:
        fs = list(r["f"])
        if r["kind"] == "prio":
            txt = fs[0]
            name = re.search(r'Пріоритет\s*"\s*([^"]+?)\s*"', txt).group(1)
            assert name == PRIO_NAMES[r["prio"]]
            out.append(join(['<b>ПРІОРИТЕТ %d</b>' % (r["prio"] + 1)] + [''] * 5))
            out.append(join(['<b><u>"%s"</u></b>' % name] + [''] * 5))
            if r["withGoal"]:
                goal = re.findall(r'<b><u>(.*?)</u></b>', txt)[1]
                out.append(join(['<b><u>%s</u></b>' % goal] + [''] * 5))
            continue
        out.append(join(fs))
    put('priority-two-rows', out)
    variant('priority-two-rows', ['priority-two-rows.txt'],
            'Every priority heading is split over two one-cell rows: a row "<b>ПРІОРИТЕТ 1</b>" … '
            '"<b>ПРІОРИТЕТ 6</b>" (the word and a number only) and, on the next row, the priority\'s name '
            'in quotes, e.g. \'<b><u>"Ефективне місто"</u></b>\'; the strategic goal follows on its own '
            'row (for the 4 priorities whose goal shared the cell, the goal now has its own third row). '
            'Still 6 priorities (not 12), each with one goal.',
            expect_extra={"priorityNumbers": [1, 2, 3, 4, 5, 6]})


# 3 ---------------------------------------------------------------- sector-priority-prefix
def v_sector_priority_prefix():
    out = []
    for r in ROWS:
        fs = list(r["f"])
        pname = PRIO_NAMES[r["prio"]] if r["prio"] >= 0 else None
        if r["kind"] == "sector":
            k = r["cell"]
            a, core, b = split_wrap(fs[k])
            fs[k] = a + pname + ': ' + core + b
        elif r.get("sectorInTask"):
            fs[1] = fs[1].replace('<b>Житлове господарство</b>',
                                  '<b>%s: Житлове господарство</b>' % pname, 1)
        elif r["kind"] == "goal":
            a, core, b = split_wrap(fs[0])
            fs[0] = a + '«' + core + '»' + b
        elif r["kind"] == "prio" and r["withGoal"]:
            txt = fs[0]
            j = txt.rfind('<b><u>') + len('<b><u>')
            e = txt.rfind('</u></b>')
            fs[0] = txt[:j] + '«' + txt[j:e] + '»' + txt[e:]
        out.append(join(fs))
    put('sector-priority-prefix', out)
    variant('sector-priority-prefix', ['sector-priority-prefix.txt'],
            'Every sector heading also names its priority before a colon, inside the bold: '
            '"Ефективне місто: Підприємництво, інвестиційна та зовнішньоекономічна діяльність", '
            '"Інноваційне місто: Освіта", …, including the sector written at the start of the task cell '
            'of line 53 ("<b>Комфортне місто: Житлове господарство</b> Провести …"). The sector is the '
            'part after the colon; the prefix is not a new priority. Every strategic goal is written in '
            'guillemets «…» (the quotes are not part of the goal).')


# 4 ---------------------------------------------------------------- lettered-measures
LETTERS = 'абвгд'


def v_lettered_measures():
    out = []
    exp = []
    for r in ROWS:
        fs = list(r["f"])
        if r["kind"] in ("task", "measure") and r["sector"] in ("Молодіжна політика",
                                                                  "Фізична культура і спорт"):
            t, m = r["num"].split('.')
            assert str(int(t)) == t
            cell = fs[-4]
            new = re.sub(r'^\d+\.\d+\.\s*', LETTERS[int(m) - 1] + ') ', cell)
            assert new != cell
            fs[-4] = new
            exp.append({"sector": r["sector"], "number": r["num"], "title": r["title"]})
        out.append(join(fs))
    put('lettered-measures', out, html=True)
    variant('lettered-measures', ['lettered-measures.txt', 'lettered-measures.html'],
            'In the sectors "Молодіжна політика" and "Фізична культура і спорт" the measures are lettered '
            'within their task instead of numbered: "а) …", "б) …", "в) …" (Cyrillic letters) in place of '
            '"1.1.", "1.2.", "1.3." — the n-th letter under task k is measure k.n. Tasks keep their numbers. '
            'Affected: Молодіжна політика 1.1-1.3, 2.1; Фізична культура і спорт 1.1-1.2, 2.1-2.3, 3.1-3.2, '
            '4.1-4.3 (14 measures).',
            measures=exp)


# 5 ---------------------------------------------------------------- funding-split-column
AMOUNT_FMT = {"4577,6": "4 577,6", "3963,4": "3 963,4"}


def v_funding_split():
    out = []
    exp = []
    for r in ROWS:
        fs = list(r["f"])
        k = r["kind"]
        if k == "header":
            fs = fs[:5] + ['Назва міської цільової програми, до якої включено захід',
                           'Обсяг фінансових ресурсів, тис. грн']
        elif k == "numbers":
            fs = [str(x) for x in range(1, 8)]
        elif k == "sep":
            fs = fs + ['--']
        elif k in ("prio", "goal", "sector"):
            fs = fs + ['']
        elif k in ("task", "measure"):
            last = fs[-1]
            if re.fullmatch(r'\d+,\d+', last):
                fs = fs[:-1] + ['', AMOUNT_FMT.get(last, last)]
                exp.append({"sector": r["sector"], "number": r["num"],
                            "fundingThousandUah": float(last.replace(',', '.'))})
            else:
                fs = fs[:-1] + [last, '']
        out.append(join(fs))
    assert len(exp) == 5
    exp.append({"sector": "Підприємництво, інвестиційна та зовнішньоекономічна діяльність", "number": "1.1",
                "resources": meas("Підприємництво, інвестиційна та зовнішньоекономічна діяльність", "1.1")["resources"]})
    exp.append({"sector": "Освіта", "number": "7.1", "title": meas("Освіта", "7.1")["title"]})
    put('funding-split-column', out, html=True)
    DOCX.append('funding-split-column')
    variant('funding-split-column', ['funding-split-column.txt', 'funding-split-column.html',
                                     'funding-split-column.docx'],
            'Column 6 ("Назва міської цільової програми … або обсяг фінансових ресурсів, тис. грн") is split '
            'into two columns: "Назва міської цільової програми, до якої включено захід" (the programme '
            'names) and "Обсяг фінансових ресурсів, тис. грн" (the 5 amounts); in every row one of the two '
            'is empty. The column-numbers row runs 1-7, heading rows got one more empty field. Both columns '
            'together are the sample\'s column 6 (no extra column). The two amounts above a thousand are '
            'written with a space as thousands separator: "4 577,6" and "3 963,4".',
            measures=exp, expect_extra={"extraColumns": []})


# 6 ---------------------------------------------------------------- executors-last-column
def v_executors_last():
    out = []
    for r in ROWS:
        fs = list(r["f"])
        if r["kind"] == "header":
            fs = [fs[0], fs[1], fs[2], fs[4], fs[5], fs[3]]
        elif r["kind"] in ("task", "measure", "sep", "prio", "goal", "sector"):
            fs = fs[:-4] + [fs[-4], fs[-2], fs[-1], fs[-3]]
        out.append(join(fs))
    put('executors-last-column', out)
    ms = []
    for sec, num in [("Підприємництво, інвестиційна та зовнішньоекономічна діяльність", "5.1"),
                     ("Освіта", "2.2"), ("Благоустрій", "1.5"), ("Гендерна політика", "1.1")]:
        r = meas(sec, num)
        d = {"sector": sec, "number": num, "title": r["title"], "executors": r["executors"],
             "execution": r["execution"]}
        if sec.startswith("Підприємництво"):
            d["fundingThousandUah"] = 30.0
        else:
            d["resources"] = r["resources"]
        ms.append(d)
    variant('executors-last-column', ['executors-last-column.txt'],
            'Column order changed: № з/п | Завдання | Заходи | Виконання заходів | Назва міської цільової '
            'програми … тис. грн | Відповідальний виконавець — the executors column moved from 4th to last '
            'place in the header and in every row (the 5-field rows 148-152 of the sample were reordered the '
            'same way, keeping their missing leading field). The column-numbers row still reads 1 2 3 4 5 6 '
            '(numbers by position). The header names tell which column is which.',
            measures=ms)


# 7 ---------------------------------------------------------------- page-breaks
PAGE_BREAK_BEFORE = [26, 47, 67, 88, 106, 128, 150, 172, 193, 215, 236]


def v_page_breaks():
    out = []
    page = 2
    for r in ROWS:
        if r["n"] in PAGE_BREAK_BEFORE:
            out.append(str(page))
            out.append(join([str(x) for x in range(1, 7)]))
            page += 1
        out.append(join(r["f"]))
    put('page-breaks', out, html=True)
    ms = []
    for n in PAGE_BREAK_BEFORE:
        r = [x for x in MEAS if x["n"] == n][0]
        ms.append({"sector": r["sector"], "number": r["num"], "title": r["title"],
                   "executors": r["executors"]})
    variant('page-breaks', ['page-breaks.txt', 'page-breaks.html'],
            'Page breaks of a printed/PDF copy are kept: before sample lines %s a line holding only the page '
            'number ("2" … "12", a one-field line outside the table; a <p> between tables in the HTML) is '
            'followed by the column-numbers row "1 2 3 4 5 6" repeated at the top of the new page. Several '
            'breaks fall between two measures of one task (e.g. Освіта 1.1 | 1.2, Благоустрій 1.5 | 1.6 '
            'in the sample\'s 5-field rows); the rows after a break still belong to the task and sector '
            'above it. Page numbers are neither notes nor task numbers.' % PAGE_BREAK_BEFORE,
            measures=ms)


# 8 ---------------------------------------------------------------- ditto-marks
DITTO = '-//-'


def v_ditto():
    out = []
    exp = {}
    prev = None
    for r in ROWS:
        fs = list(r["f"])
        if r["kind"] in ("prio", "goal", "sector") or r.get("sectorInTask"):
            prev = None
        if r["kind"] in ("task", "measure"):
            cur = list(fs)
            if prev is not None:
                for idx, field in ((-3, "executors"), (-1, "resources")):
                    a, b = prev[idx], cur[idx]
                    if a and a == b and '<' not in a and not re.fullmatch(r'\d+,\d+', a):
                        fs[idx] = DITTO
                        exp.setdefault((r["sector"], r["num"]), {})[field] = r[field]
            prev = cur
        out.append(join(fs))
    ms = []
    for (sec, num), d in exp.items():
        x = {"sector": sec, "number": num}
        x.update(d)
        ms.append(x)
    put('ditto-marks', out)
    nres = sum(1 for m in ms if "resources" in m)
    nexe = sum(1 for m in ms if "executors" in m)
    variant('ditto-marks', ['ditto-marks.txt'],
            'Ditto marks: within a sector, when a measure row\'s "Відповідальний виконавець" or column-6 '
            'programme name is the same text as in the measure row just above, the clerk typed "-//-" '
            '(«те саме») instead of repeating it (%d executors cells and %d programme cells). The first '
            'measure row of every sector keeps the full texts; cells with HTML and the amounts are never '
            'dittoed. "-//-" means the text of the same column in the row above.' % (nexe, nres),
            measures=ms)


# 9 ---------------------------------------------------------------- title-in-table
def v_title_in_table():
    t1 = SRC[2].strip().strip('*').strip()
    t2 = SRC[3].strip().strip('*').strip()
    title_row = join(['<b>%s<br>%s</b>' % (t1, t2)] + [''] * 5)
    out = ['', '', title_row]
    for r in ROWS[5:]:
        out.append(join(r["f"]))
    put('title-in-table', out, html=True, colspan_rows=(2,))
    DOCX.append('title-in-table')
    variant('title-in-table', ['title-in-table.txt', 'title-in-table.html', 'title-in-table.docx'],
            'The report title is no longer a paragraph above the table: it is the first row of the table, '
            'one cell merged across all six columns (colspan="6" in the HTML; in the .txt the title in field 1 '
            'and five empty fields), the two title lines joined by <br>, followed by the header row. It is '
            'the title, not a priority, sector or note.')


# 10 ---------------------------------------------------------------- html-entities
ENT = [('"', '&quot;'), ("'", '&#39;'), ('«', '&laquo;'), ('»', '&raquo;'),
       ('–', '&ndash;'), ('№', '&#8470;')]


def escape_text(cell):
    parts = re.split(r'(<[^>]+>)', cell)
    for i, p in enumerate(parts):
        if i % 2 == 0:
            p = p.replace('&', '&amp;')
            for a, b in ENT:
                p = p.replace(a, b)
            parts[i] = p
    return ''.join(parts)


def v_html_entities():
    out = []
    for r in ROWS:
        fs = list(r["f"])
        if len(fs) > 1:
            fs = [escape_text(x) for x in fs]
        out.append(join(fs))
    put('html-entities', out)
    ms = []
    for sec, num, fields in [("Освіта", "2.3", ("title",)),
                             ("Підприємництво, інвестиційна та зовнішньоекономічна діяльність", "5.2",
                              ("title", "executors")),
                             ("Стала мобільність", "2.1", ("executors",)),
                             ("Освіта", "1.2", ("execution",)),
                             ("Гендерна політика", "2.1", ("resources",))]:
        r = meas(sec, num)
        d = {"sector": sec, "number": num}
        for f in fields:
            d[f] = r[f]
        ms.append(d)
    variant('html-entities', ['html-entities.txt'],
            'Every table cell (header, headings, data) was saved HTML-escaped: " as &quot;, \' as &#39;, '
            '« » as &laquo; &raquo;, – as &ndash;, № as &#8470; (tags such as <b>, <p>, <a href="…"> kept '
            'as they were). E.g. the header "&#8470; з/п", the heading \'<b><u>Пріоритет &quot;Інноваційне '
            'місто&quot;</u></b>\', the measure "2.3. Забезпечення реалізації програми &quot;Нова українська '
            'школа&quot;". Read, the entities are the plain characters.',
            measures=ms)


# 11 ---------------------------------------------------------------- hard-line-breaks
def wrap(s, width=50):
    toks = s.split(' ')
    lines, cur = [], toks[0]
    for t in toks[1:]:
        if cur and len(cur) + 1 + len(t) > width:
            lines.append(cur)
            cur = t
        else:
            cur += ' ' + t
    return '<br>'.join(lines + [cur])


def v_hard_breaks():
    out = []
    wrapped = []
    for r in ROWS:
        fs = list(r["f"])
        if r["kind"] in ("task", "measure"):
            if r["kind"] == "task" and '<' not in fs[1]:
                fs[1] = wrap(fs[1])
            cell = fs[-4]
            if '<' not in cell:
                m = re.match(r'^(\d+(?:\.\d+)*\.?)( ?)(.*)$', cell, re.S)
                num, sp, rest = m.group(1), m.group(2), m.group(3)
                sep = '<br>' if (r["sector"] == "Освіта" and sp == ' ') else sp
                fs[-4] = num + sep + wrap(rest)
                assert fs[-4].replace('<br>', ' ') == cell or r["sector"] == "Освіта"
                if '<br>' in fs[-4]:
                    wrapped.append(r)
        out.append(join(fs))
    put('hard-line-breaks', out, html=True)
    DOCX.append('hard-line-breaks')
    pick = [("Освіта", "1.1"), ("Освіта", "4.6"), ("Стала мобільність", "1.1.1"),
            ("Культура", "10.1"), ("Централізоване водопостачання та водовідведення", "4.1"),
            ("Охорона здоров'я", "1.14"), ("Громадська безпека", "1.7")]
    ms = [{"sector": s, "number": n, "title": meas(s, n)["title"]} for s, n in pick]
    variant('hard-line-breaks', ['hard-line-breaks.txt', 'hard-line-breaks.html', 'hard-line-breaks.docx'],
            'The clerk pressed Enter inside long cells: every task text and measure text without HTML is '
            'broken into lines of at most ~50 characters with <br> (always at a space, which the <br> '
            'replaces; no hyphenation). In the sector "Освіта" the measure number also stands alone on the '
            'first line ("1.1.<br>Проведення поточних ремонтів …"). A <br> reads as a space; numbers and '
            'titles are unchanged (%d measure cells wrapped).' % len(wrapped),
            measures=ms)


# 12 ---------------------------------------------------------------- font-span-soup
F_OPEN = '<span class="%s"><font face="Times New Roman, serif"><font size="2" style="font-size: 10pt">'
F_CLOSE = '</font></font></span>'


def soup(cell, cls):
    if not cell.strip():
        return cell
    if cell.startswith('<p>'):
        return cell.replace('<p>', '<p>' + F_OPEN % cls).replace('</p>', F_CLOSE + '</p>')
    return F_OPEN % cls + cell + F_CLOSE


def v_font_soup():
    out = []
    for r in ROWS:
        fs = list(r["f"])
        if len(fs) > 1 and r["kind"] != "sep":
            cls = 's1' if r["kind"] in ("prio", "goal", "sector", "header") else 's2'
            fs = [soup(x, cls) for x in fs]
        out.append(join(fs))
    put('font-span-soup', out, html=True)
    ms = [{"sector": s, "number": n, "title": meas(s, n)["title"], "executors": meas(s, n)["executors"]}
          for s, n in [("Освіта", "7.1"), ("Гендерна політика", "4.3"), ("Благоустрій", "1.8")]]
    ms[0]["fundingThousandUah"] = 4577.6
    variant('font-span-soup', ['font-span-soup.txt', 'font-span-soup.html'],
            'Markup soup as written by a web/office editor: every non-empty table cell (header, numbers row, '
            'headings, data) is wrapped in \'<span class="s1|s2"><font face="Times New Roman, serif"><font '
            'size="2" style="font-size: 10pt">…</font></font></span>\' (inside each <p> where the cell has '
            'paragraphs). Headings keep their <b>/<u> inside the wrappers. Text and numbers are unchanged.',
            measures=ms)


# 13 ---------------------------------------------------------------- word-html-export
W_SPAN = "<span lang=UK style='font-size:10.0pt'>"
W_WIDTH = [36, 110, 160, 110, 250, 130]


def w_runs(content):
    parts = re.split(r'(<[^>]+>)', content)
    res = []
    for i, p in enumerate(parts):
        if i % 2 == 1:
            if p == '<b>':
                p = "<b style='mso-bidi-font-weight:normal'>"
            elif p.startswith('<a '):
                p = p.replace('<a href="', '<a\nhref="')
            res.append(p)
        elif p:
            res.append(W_SPAN + p + '</span>')
    return ''.join(res)


def w_cell(text, width, rowspan=1, align='justify', bold=False):
    attrs = "width=%d valign=top" % width
    if rowspan > 1:
        attrs = "width=%d rowspan=%d valign=top" % (width, rowspan)
    style = ("style='width:%.1fpt;border:solid windowtext 1.0pt;border-top:none;"
             "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt'" % (width * 0.75))
    t = text.strip()
    if not t:
        body = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
    else:
        paras = re.findall(r'<p>(.*?)</p>', t, re.S) if t.startswith('<p>') else [t]
        ps = []
        for p in paras:
            inner = w_runs(p.strip())
            if bold:
                inner = "<b>" + inner + "</b>"
            ps.append("<p class=MsoNormal style='text-align:%s'>%s<span lang=UK style='font-size:10.0pt'>"
                      "<o:p></o:p></span></p>" % (align, inner))
        body = '\n'.join(ps)
    return "<td %s %s>\n%s\n</td>" % (attrs, style, body)


def v_word_html():
    h = []
    h.append('<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\n'
             'xmlns:w="urn:schemas-microsoft-com:office:word"\n'
             'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\n'
             'xmlns="http://www.w3.org/TR/REC-html40">\n\n<head>\n'
             '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n'
             '<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n'
             '<meta name=Originator content="Microsoft Word 15">\n'
             '<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Pages>14</o:Pages>\n'
             '  <o:Words>9120</o:Words>\n  <o:Version>16.00</o:Version>\n </o:DocumentProperties>\n'
             '</xml><![endif]-->\n<!--[if gte mso 9]><xml>\n <w:WordDocument>\n  <w:View>Print</w:View>\n'
             '  <w:Zoom>90</w:Zoom>\n  <w:TrackMoves>false</w:TrackMoves>\n  <w:ValidateAgainstSchemas/>\n'
             '  <w:DoNotPromoteQF/>\n  <w:LidThemeOther>UK</w:LidThemeOther>\n </w:WordDocument>\n'
             '</xml><![endif]-->\n<style>\n<!--\n /* Font Definitions */\n @font-face\n'
             '\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;\n\tmso-font-charset:204;}\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{mso-style-unhide:no;\n\tmso-style-qformat:yes;\n'
             '\tmso-style-parent:"";\n\tmargin:0cm;\n\tmso-pagination:widow-orphan;\n\tfont-size:12.0pt;\n'
             '\tfont-family:"Times New Roman",serif;\n\tmso-fareast-font-family:"Times New Roman";\n'
             '\tmso-ansi-language:UK;}\n@page WordSection1\n\t{size:841.9pt 595.3pt;\n'
             '\tmso-page-orientation:landscape;\n\tmargin:42.55pt 42.55pt 42.55pt 56.7pt;\n'
             '\tmso-header-margin:35.45pt;\n\tmso-footer-margin:35.45pt;\n\tmso-paper-source:0;}\n'
             'div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n'
             '<!--[if gte mso 10]>\n<style>\n /* Style Definitions */\n table.MsoNormalTable\n'
             '\t{mso-style-name:"Звичайна таблиця";\n\tmso-tstyle-rowband-size:0;\n\tmso-tstyle-colband-size:0;\n'
             '\tmso-style-noshow:yes;\n\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n\tfont-size:10.0pt;}\n'
             '</style>\n<![endif]-->\n</head>\n\n<body lang=UK style=\'tab-interval:35.4pt;word-wrap:break-word\'>\n\n'
             '<div class=WordSection1>\n\n')
    empty_p = "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n\n"
    h.append(empty_p)
    for n in (3, 4):
        t = SRC[n - 1].strip().strip('*').strip()
        h.append("<p class=MsoNormal align=center style='text-align:center'><b><span lang=UK "
                 "style='font-size:14.0pt;mso-bidi-font-size:12.0pt'>%s<o:p></o:p></span></b></p>\n\n" % t)
    h.append(empty_p)
    h.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n style='border-collapse:collapse;"
             "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;\n mso-padding-alt:0cm 5.4pt "
             "0cm 5.4pt'>\n")
    irow = 0
    rows = [r for r in ROWS if r["kind"] not in ("blank", "sep", "title", "foot")]
    # rowspans: a task's cells 1-2 span its measure rows
    span = {}
    cur = None
    for r in rows:
        if r["kind"] == "task":
            cur = r["n"]
            span[cur] = 1
        elif r["kind"] == "measure":
            span[cur] += 1
        else:
            cur = None
    for r in rows:
        fs = r["f"]
        trs = "<tr style='mso-yfti-irow:%d%s'>" % (irow, ";mso-yfti-firstrow:yes" if irow == 0 else "")
        irow += 1
        if r["kind"] == "header":
            cells = [w_cell(x, W_WIDTH[i], align='center', bold=True) for i, x in enumerate(fs)]
        elif r["kind"] == "numbers":
            cells = [w_cell(x, W_WIDTH[i], align='center') for i, x in enumerate(fs)]
        elif r["kind"] in ("prio", "goal", "sector"):
            cells = [w_cell(x, W_WIDTH[i], align='left') for i, x in enumerate(fs)]
        elif r["kind"] == "task":
            sp = span[r["n"]]
            cells = [w_cell(fs[0], W_WIDTH[0], rowspan=sp, align='center'),
                     w_cell(fs[1], W_WIDTH[1], rowspan=sp)] + \
                    [w_cell(x, W_WIDTH[i + 2]) for i, x in enumerate(fs[2:])]
        else:  # measure: only the 4 cells not covered by the task's rowspan
            cells = [w_cell(x, W_WIDTH[i + 2]) for i, x in enumerate(fs[-4:])]
        h.append(trs + '\n' + '\n'.join(cells) + '\n</tr>\n')
    h.append("<![if !supportMisalignedColumns]>\n<tr height=0>\n" +
             ''.join("  <td width=%d style='border:none'></td>\n" % w for w in W_WIDTH) +
             "</tr>\n<![endif]>\n</table>\n\n")
    h.append(empty_p)
    foot = SRC[254].replace('\\*', '*')
    h.append("<p class=MsoNormal style='text-align:justify'><span lang=UK style='font-size:10.0pt'>%s"
             "<o:p></o:p></span></p>\n\n" % foot)
    h.append('</div>\n\n</body>\n\n</html>\n')
    OUT['word-html-export.txt'] = '\n'.join(SRC)
    OUT['word-html-export.html'] = ''.join(h)
    DOCX.append('word-html-export')
    ms = [{"sector": "Благоустрій", "number": n, "title": meas("Благоустрій", n)["title"],
           "executors": meas("Благоустрій", n)["executors"]} for n in ("1.4", "1.8", "1.15")]
    ms.append({"sector": "Стала мобільність", "number": "1.1.2",
               "title": meas("Стала мобільність", "1.1.2")["title"]})
    ms.append({"sector": "Сталий енергетичний та кліматичний розвиток", "number": "9.1",
               "fundingThousandUah": 500.0})
    variant('word-html-export', ['word-html-export.txt', 'word-html-export.html', 'word-html-export.docx'],
            'HTML/DOCX only (the .txt is the sample unchanged). The .html is hand-written in the shape of '
            'MS Word\'s "Save as Web Page": xmlns:o/w namespaces, <!--[if gte mso 9]><xml>…<![endif]--> '
            'blocks, mso- styles, unquoted attributes, every cell text in <p class=MsoNormal><span lang=UK '
            'style=…>…<o:p></o:p></span></p>, empty cells as <o:p>&nbsp;</o:p>, and the trailing '
            '<![if !supportMisalignedColumns]><tr height=0> row of empty cells. The task number and task '
            'text cells are real merged cells: rowspan over all the task\'s measure rows, whose <tr> then '
            'hold only 4 <td>. The sample\'s "--" artefact rows are not in the HTML; the title and the '
            'footnote are paragraphs. The .docx is LibreOffice\'s conversion of this HTML.',
            measures=ms)


# 14 ---------------------------------------------------------------- table-per-priority
def v_table_per_priority():
    out = []
    need_blank = False
    for r in ROWS:
        fs = r["f"]
        if r["kind"] in ("prio", "goal"):
            if r["kind"] == "prio":
                out.append('')
            out.append(fs[0])
            need_blank = True
            continue
        if need_blank:
            out.append('')
            need_blank = False
        out.append(join(fs))
    put('table-per-priority', out, html=True)
    DOCX.append('table-per-priority')
    ms = [{"sector": s, "number": n, "title": meas(s, n)["title"], "executors": meas(s, n)["executors"]}
          for s, n in [("Освіта", "1.1"), ("Культура", "1.1"),
                       ("Централізоване водопостачання та водовідведення", "1.1"), ("Охорона здоров'я", "1.1")]]
    variant('table-per-priority', ['table-per-priority.txt', 'table-per-priority.html', 'table-per-priority.docx'],
            'The table was split at every priority (Word "Split Table"): the header and column-numbers rows '
            'form a first table of their own; each priority heading (with its goal, or the goal on a second '
            'paragraph for "Інноваційне місто" and "Зелене місто") is a paragraph OUTSIDE the tables; then '
            'each priority\'s sectors, tasks and measures are a separate table WITHOUT a header row (same six '
            'columns, same order). In the .txt the heading paragraphs are one-field lines with no tabs, '
            'separated by empty lines. 7 tables in the HTML/DOCX.',
            measures=ms)


# 15 ---------------------------------------------------------------- task-number-each-measure
def v_task_number_each():
    out = []
    cur = None
    for r in ROWS:
        fs = list(r["f"])
        if r["kind"] == "task":
            cur = fs[0]
        elif r["kind"] in ("prio", "goal", "sector"):
            cur = None
        if r["kind"] in ("task", "measure"):
            if r["kind"] == "measure" and len(fs) == 6:
                assert cur and not fs[0]
                fs[0] = cur
            cell = fs[-4]
            fs[-4] = re.sub(r'^(<p>)?(\d+(?:\.\d+)+\.?)', r'\1<b>\2</b>', cell, count=1)
            assert fs[-4] != cell
        out.append(join(fs))
    put('task-number-each-measure', out)
    ms = [{"sector": s, "number": n, "title": meas(s, n)["title"]}
          for s, n in [("Підприємництво, інвестиційна та зовнішньоекономічна діяльність", "1.2"),
                       ("Освіта", "4.6"), ("Стала мобільність", "1.1.3"), ("Культура", "10.1"),
                       ("Благоустрій", "1.9"), ("Гендерна політика", "4.3")]]
    variant('task-number-each-measure', ['task-number-each-measure.txt'],
            'The task number (column 1) is repeated on every measure row of its task, while the task text '
            '(column 2) stays only in the task\'s first row — a merged cell exported with its value copied '
            'down for the number column only (e.g. "4\\t\\t4.2. Нове будівництво …"). The sample\'s 5-field '
            'rows 148-152 were left as they were. Repeated numbers are not new tasks: still 79. Second '
            'change: every measure number is bold, "<b>1.2.</b> Стимулювання …", "<p><b>4.3.</b> Реалізація …".',
            measures=ms)


# 16 ---------------------------------------------------------------- header-footnote-markers
NOTE1 = '¹ Інформацію наведено станом на 01.10.2023 року'
NOTE2 = '² Обсяг фінансових ресурсів зазначено для заходів, фінансування яких не передбачено міськими цільовими програмами'


def v_header_footnotes():
    out = []
    for r in ROWS:
        fs = list(r["f"])
        if r["kind"] == "header":
            fs[4] = fs[4] + '¹'
            fs[5] = fs[5] + '²'
        out.append(join(fs))
    out += ['', NOTE1, NOTE2]
    put('header-footnote-markers', out)
    variant('header-footnote-markers', ['header-footnote-markers.txt'],
            'Two header cells carry superscript footnote markers: "Виконання заходів¹" and "… обсяг '
            'фінансових ресурсів, тис. грн²" (the columns are still execution and column 6, no extra '
            'column); the two footnotes are added after the sample\'s own footnote, after an empty line.',
            expect_extra={"notes": [NOTE1, NOTE2], "extraColumns": []},
            measures=[{"sector": "Освіта", "number": "7.2", "fundingThousandUah": 3963.4,
                       "execution": meas("Освіта", "7.2")["execution"]}])


# ---------------------------------------------------------------- main
def main():
    for fn in (v_bullet_headings, v_priority_two_rows, v_sector_priority_prefix, v_lettered_measures,
               v_funding_split, v_executors_last, v_page_breaks, v_ditto, v_title_in_table,
               v_html_entities, v_hard_breaks, v_font_soup, v_word_html, v_table_per_priority,
               v_task_number_each, v_header_footnotes):
        fn()
    assert len(VARIANTS) == 16
    for v in VARIANTS:
        for m in v["expect"].get("measures", []):
            meas(m["sector"], m["number"])
            for k in ("title", "execution", "executors", "resources"):
                assert '<' not in m.get(k, ''), (v["name"], m)
    for name, text in OUT.items():
        with open(os.path.join(HERE, name), 'w', encoding='utf-8', newline='') as fh:
            fh.write(text)
    labels = {
        "comment": ("Fourth hold-out layout set for the Zhytomyr programme-execution report. Each variant is the "
                    "sample fixtures/zhytomyr-2023-9m.txt with 1-3 layout changes that keep the report's meaning; "
                    "made by make.py (stdlib only) from the sample's lines. Labels are written from what each "
                    "variant means: measures are named by the sample's sector name and measure number; "
                    "changedMeasures is empty everywhere because no variant changes content, only how it is "
                    "written; expect lists only what a variant adds or re-writes (counts always). HTML files are "
                    "built from the .txt (<table border=\"1\">, one <tr>/<td> per line/field with the fields' HTML "
                    "kept, non-empty one-field lines as <p> outside the table, empty lines dropped, the title's "
                    "**…** as <b>), except word-html-export.html which is hand-written Word-style HTML; .docx files "
                    "are LibreOffice conversions of the .html. Quirks of the sample (5-field rows 148-152, '--' "
                    "rows, task 2 of Благоустрій numbering its measures 1.x, 10.1 without a dot, the sector inside "
                    "the task cell of line 53) are kept unless a description says otherwise."),
        "variants": VARIANTS,
    }
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    if '--docx' in sys.argv:
        prof = 'file:///tmp/lo-holdout4-profile'
        for name in DOCX:
            subprocess.run(['soffice', '--headless', '-env:UserInstallation=' + prof, '--convert-to',
                            'docx:MS Word 2007 XML', '--outdir', HERE, os.path.join(HERE, name + '.html')],
                           check=True)
    # every file named in labels must exist (docx only after --docx)
    for v in VARIANTS:
        for f in v["files"]:
            if not f.endswith('.docx') or '--docx' in sys.argv:
                assert os.path.exists(os.path.join(HERE, f)), f
    print('wrote %d files, %d variants' % (len(OUT), len(VARIANTS)))


if __name__ == '__main__':
    main()
