#!/usr/bin/python3
"""Make the hold-out PDF test set (printed Zhytomyr council reports) and its labels.

Run:  /usr/bin/python3 make.py            (all files, ~2.5 min)
      /usr/bin/python3 make.py NAME ...   (only these files, e.g. 07-weasy-thin-a5; labels.json is always
                                           rewritten whole, so `make.py labels-only` just rewrites the labels)
      KEEP_WORK=1 keeps the intermediate .html/.docx/.raw.pdf files in a temp folder.

Needs: chromium, weasyprint, wkhtmltopdf, soffice, gs, qpdf; python-docx.
The labels are computed here from the text exports (fixtures/*.txt), by reading them
as a person would; no output of the tool under test is used.
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
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.normpath(os.path.join(HERE, '..', '..', '..', 'fixtures'))
WORK = None

MEASURE_RE = re.compile(r'^(\d+(?:\.\d+)+)\.?\s*(.*)$', re.S)
TASK_RE = re.compile(r'^\d+$')


def clean(s):
    """HTML fragment -> plain text; line breaks kept as '\n'."""
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</p>\s*<p[^>]*>', '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    lines = [re.sub(r'[ \t\u00a0]+', ' ', l).strip() for l in s.split('\n')]
    return '\n'.join(l for l in lines if l)


def flat(s):
    """Whitespace (including line breaks) collapsed to single spaces."""
    return re.sub(r'\s+', ' ', s).strip()


def underlined_parts(raw):
    return [clean(p) for p in re.findall(r'<u>(.*?)</u>', raw, re.S)]


def parse_measure(c3, c4, c5, c6):
    text = clean(c3)
    m = MEASURE_RE.match(text)
    if not m:
        raise ValueError('not a measure: %r' % c3[:60])
    return {
        'cell': text,                 # as printed in column 3 (with its number)
        'number': m.group(1),
        'title': flat(m.group(2)),
        'executors': clean(c4),
        'execution': clean(c5),
        'programme': clean(c6),
    }


def parse(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    title_parts, i = [], 0
    # title lines up to the header row
    while not lines[i].startswith('№ з/п'):
        if lines[i].strip():
            title_parts.append(lines[i].strip().strip('*').strip())
        i += 1
    title = flat(' '.join(title_parts))
    header = [clean(c) for c in lines[i].split('\t')]
    i += 1
    assert [c.strip() for c in lines[i].split('\t')] == ['1', '2', '3', '4', '5', '6'], lines[i]
    i += 1
    events, footnote = [], None
    for raw in lines[i:]:
        if not raw.strip():
            continue
        cells = raw.split('\t')
        if len(cells) == 1:
            # the note under the table (markdown-escaped asterisk)
            footnote = clean(cells[0].replace('\\*', '*'))
            continue
        if all(re.fullmatch(r'-+', c.strip()) for c in cells):
            continue  # a markdown separator line that leaked in; not part of the report
        if len(cells) < 6:
            # a row that lost leading empty cell(s): a measure row is meant
            cells = [''] * (6 - len(cells)) + cells
        assert len(cells) == 6, raw
        nonempty = [c for c in cells if c.strip()]
        if len(nonempty) == 1:
            rawh = nonempty[0]
            text = clean(rawh)
            if text.startswith('Пріоритет'):
                parts = underlined_parts(rawh)
                goal = parts[1] if len(parts) > 1 else None
                events.append({'kind': 'priority', 'text': parts[0] if parts else text, 'goal_inline': goal})
                if goal:
                    events.append({'kind': 'goal', 'text': goal, 'inline': True})
            elif '<u>' in rawh:
                events.append({'kind': 'goal', 'text': text, 'inline': False})
            else:
                events.append({'kind': 'sector', 'text': text})
            continue
        c1, c2 = cells[0].strip(), cells[1]
        if TASK_RE.match(c1):
            m = re.match(r'^\s*<b>(.*?)</b>\s*(.*)$', c2, re.S)
            if m and m.group(2).strip():
                # a sector heading that got glued into the task cell
                events.append({'kind': 'sector', 'text': clean(m.group(1))})
                c2 = m.group(2)
            meas = parse_measure(*cells[2:6]) if cells[2].strip() else None
            events.append({'kind': 'task', 'num': c1, 'text': clean(c2), 'measure': meas})
            continue
        if not c1 and not cells[1].strip() and cells[2].strip():
            events.append({'kind': 'measure', 'measure': parse_measure(*cells[2:6])})
            continue
        raise ValueError('unknown row: %r' % raw[:120])
    return {'title': title, 'header': header, 'events': events, 'footnote': footnote}


def measures_with_sector(model):
    out, sector = [], None
    for e in model['events']:
        if e['kind'] == 'sector':
            sector = e['text']
        m = e.get('measure')
        if m:
            out.append((sector, m))
    return out


def counts(model):
    k = [e['kind'] for e in model['events']]
    return {
        'priorities': k.count('priority'),
        'goals': k.count('goal'),
        'sectors': k.count('sector'),
        'tasks': k.count('task'),
        'measures': len(measures_with_sector(model)),
    }


# ---------------------------------------------------------------------------
# printing helpers
# ---------------------------------------------------------------------------

VOWELS = set('аеєиіїоуюяАЕЄИІЇОУЮЯaeiouyAEIOUY')
LETTERS_RE = re.compile(r"[A-Za-zА-Яа-яЄєІіЇїҐґ]{11,}")


def soft_hyphenate(text):
    """Put soft hyphens into long words (a clerk's 'automatic hyphenation')."""
    def one(m):
        w = m.group(0)
        out, last = [], 0
        for i in range(3, len(w) - 3):
            if (w[i - 1] in VOWELS and w[i] not in VOWELS and w[i + 1] in VOWELS
                    and w[i] not in 'йьЙЬ' and i - last >= 3):
                out.append(w[last:i])
                last = i
        out.append(w[last:])
        return '\u00ad'.join(out)
    return LETTERS_RE.sub(one, text)


def table_rows(model, combined=False):
    """The printed rows: ('head', kind, text) or ('task'|'measure', [6 cells], task_key)."""
    rows = []
    events = model['events']
    task_no = 0
    for e in events:
        k = e['kind']
        if k == 'priority':
            if combined and e['goal_inline']:
                rows.append(('head', 'prio+goal', (e['text'], e['goal_inline'])))
            else:
                rows.append(('head', 'priority', e['text']))
        elif k == 'goal':
            if combined and e.get('inline'):
                continue
            rows.append(('head', 'goal', e['text']))
        elif k == 'sector':
            rows.append(('head', 'sector', e['text']))
        elif k == 'task':
            task_no += 1
            m = e['measure']
            cells = [e['num'], e['text']] + ([m['cell'], m['executors'], m['execution'], m['programme']] if m else ['', '', '', ''])
            rows.append(('task', cells, task_no))
        elif k == 'measure':
            m = e['measure']
            rows.append(('measure', ['', '', m['cell'], m['executors'], m['execution'], m['programme']], task_no))
    return rows


def esc(s, shy=False):
    if shy:
        s = soft_hyphenate(s)
    return html.escape(s, quote=False).replace('\n', '<br>')


def make_html(model, spec):
    o = spec.get('html', {})
    shy = o.get('shy', False)
    widths = spec['widths']
    combined = spec.get('combined', False)
    rowspan = spec.get('rowspan', False)
    attrs = o.get('table_attrs', '')
    head_align = o.get('head_align', 'left')
    valign = ' valign="top"' if o.get('valign_attr') else ''
    face = o.get('font_tag')

    def ft(x):
        # old-style <font face> markup (what LibreOffice's HTML import reads best)
        return '<font face="%s">%s</font>' % (face, x) if face else x
    parts = ['<!DOCTYPE html>\n<html lang="uk"><head><meta charset="utf-8">',
             '<title>%s</title>' % html.escape(o.get('doc_title', 'Звіт про виконання Програми')),
             '<style>\n%s\n</style></head><body>' % o.get('css', '')]
    parts.append('<p class="title"><b>%s</b></p>' % ft(esc(model['title'])))
    parts.append('<table %s>' % attrs)
    colgroup = o.get('colgroup', 'css')
    if colgroup == 'css':
        parts.append('<colgroup>' + ''.join('<col style="width:%s%%">' % w for w in widths) + '</colgroup>')
    elif colgroup == 'attr':
        parts.append('<colgroup>' + ''.join('<col width="%s%%">' % w for w in widths) + '</colgroup>')
    thead = o.get('thead', True)
    parts.append('<thead>' if thead else '<tbody>')
    if colgroup == 'th':
        parts.append('<tr class="hdr">' + ''.join('<th width="%s%%">%s</th>' % (w, ft(esc(h))) for w, h in zip(widths, model['header'])) + '</tr>')
    else:
        parts.append('<tr class="hdr">' + ''.join('<th>%s</th>' % ft(esc(h)) for h in model['header']) + '</tr>')
    parts.append('<tr class="num">' + ''.join('<th>%s</th>' % ft(str(i + 1)) for i in range(6)) + '</tr>')
    parts.append('</thead><tbody>' if thead else '')
    rows = table_rows(model, combined)
    # rowspan bookkeeping
    span = {}
    for r in rows:
        if r[0] in ('task', 'measure'):
            span[r[2]] = span.get(r[2], 0) + 1
    zebra = 0
    for r in rows:
        if r[0] == 'head':
            kind, text = r[1], r[2]
            if kind == 'prio+goal':
                inner = '<b><u>%s</u></b><br><b><u>%s</u></b>' % (esc(text[0]), esc(text[1]))
            elif kind in ('priority', 'goal'):
                inner = '<b><u>%s</u></b>' % esc(text)
            else:
                inner = '<b>%s</b>' % esc(text)
            parts.append('<tr class="h %s"><td colspan="6" align="%s" style="text-align:%s">%s</td></tr>'
                         % (kind.replace('+', '-'), head_align, head_align, ft(inner)))
            continue
        zebra += 1
        cls = 'odd' if zebra % 2 else 'even'
        cells = r[1]
        tds = []
        for i, c in enumerate(cells):
            if rowspan and i < 2:
                if r[0] == 'measure':
                    continue
                n = span[r[2]]
                tds.append('<td class="c%d"%s%s>%s</td>' % (i + 1, valign, ' rowspan="%d"' % n if n > 1 else '', ft(esc(c, shy))))
            else:
                tds.append('<td class="c%d"%s>%s</td>' % (i + 1, valign, ft(esc(c, shy))))
        parts.append('<tr class="%s %s">%s</tr>' % (r[0], cls, ''.join(tds)))
    parts.append('</tbody></table>')
    if model['footnote']:
        parts.append('<p class="note">%s</p>' % ft(esc(model['footnote'])))
    parts.append('</body></html>\n')
    return '\n'.join(parts)


# ---------------------------------------------------------------------------
# python-docx
# ---------------------------------------------------------------------------

def make_docx(model, spec, path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    o = spec['docx']
    d = docx.Document()
    sec = d.sections[0]
    w_mm, h_mm = PAGE_MM[spec['page_size']]
    if spec['orient'] == 'landscape':
        w_mm, h_mm = h_mm, w_mm
        sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Mm(w_mm), Mm(h_mm)
    m = o.get('margin_mm', 15)
    sec.left_margin = sec.right_margin = Mm(m)
    sec.top_margin = sec.bottom_margin = Mm(o.get('margin_tb_mm', m))
    normal = d.styles['Normal']
    normal.font.name = spec['font_family']
    normal.font.size = Pt(spec['font_pt'])
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn('w:rFonts'))
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rfonts.set(qn(a), spec['font_family'])
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    if o.get('footer'):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.add_run('Сторінка ')
        fld = OxmlElement('w:fldSimple')
        fld.set(qn('w:instr'), 'PAGE')
        r = OxmlElement('w:r')
        t = OxmlElement('w:t')
        t.text = '1'
        r.append(t)
        fld.append(r)
        fp._p.append(fld)

    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(model['title'])
    run.bold = True
    run.font.size = Pt(spec['font_pt'] + 2)
    d.add_paragraph()

    usable = w_mm - 2 * m
    widths = [Mm(usable * w / 100.0) for w in spec['widths']]
    t = d.add_table(rows=0, cols=6)
    t.style = d.styles[o['table_style']]
    t.autofit = False
    for i, col in enumerate(t.columns):
        col.width = widths[i]
    tblPr = t._tbl.tblPr
    pad = o.get('pad_mm')
    if pad is not None:
        mar = OxmlElement('w:tblCellMar')
        for side in ('top', 'left', 'bottom', 'right'):
            el = OxmlElement('w:' + side)
            v = pad if side in ('left', 'right') else pad / 2.0
            el.set(qn('w:w'), str(int(v * 56.7)))
            el.set(qn('w:type'), 'dxa')
            mar.append(el)
        tblPr.append(mar)
    look = tblPr.find(qn('w:tblLook'))
    if look is not None and 'look' in o:
        for k, v in o['look'].items():
            look.set(qn('w:' + k), v)

    def put(cell, text, bold=False, underline=False, align=None, shy=False):
        cell.width = widths[cell_index[id(cell)]] if id(cell) in cell_index else cell.width
        par = cell.paragraphs[0]
        if align:
            par.alignment = align
        lines = text.split('\n')
        for j, line in enumerate(lines):
            if j:
                par.add_run().add_break()
            rr = par.add_run(soft_hyphenate(line) if shy else line)
            rr.bold = bold or None
            rr.underline = underline or None

    cell_index = {}

    def new_row(header=False):
        row = t.add_row()
        for i, c in enumerate(row.cells):
            c.width = widths[i]
        if header:
            trPr = row._tr.get_or_add_trPr()
            h = OxmlElement('w:tblHeader')
            trPr.append(h)
        if o.get('cant_split'):
            trPr = row._tr.get_or_add_trPr()
            trPr.append(OxmlElement('w:cantSplit'))
        return row

    r = new_row(header=True)
    for i, h in enumerate(model['header']):
        put(r.cells[i], h, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    r = new_row(header=True)
    for i in range(6):
        put(r.cells[i], str(i + 1), align=WD_ALIGN_PARAGRAPH.CENTER)

    rows = table_rows(model, spec.get('combined', False))
    task_rows = {}
    for rr in rows:
        if rr[0] == 'head':
            row = new_row()
            c = row.cells[0].merge(row.cells[5])
            kind, text = rr[1], rr[2]
            al = WD_ALIGN_PARAGRAPH.CENTER if o.get('head_center') else None
            if kind == 'prio+goal':
                put(c, text[0] + '\n' + text[1], bold=True, underline=True, align=al)
            else:
                put(c, text, bold=True, underline=kind in ('priority', 'goal'), align=al)
            continue
        row = new_row()
        for i, val in enumerate(rr[1]):
            put(row.cells[i], val, shy=spec.get('shy', False))
        task_rows.setdefault(rr[2], []).append(len(t.rows) - 1)
    if spec.get('rowspan'):
        for key, idx in task_rows.items():
            if len(idx) > 1:
                for ci in (0, 1):
                    t.cell(idx[0], ci).merge(t.cell(idx[-1], ci))
    if model['footnote']:
        d.add_paragraph()
        fp = d.add_paragraph()
        fr = fp.add_run(model['footnote'])
        fr.font.size = Pt(max(7, spec['font_pt'] - 1))
        fr.italic = True
    d.save(path)


# ---------------------------------------------------------------------------
# producers
# ---------------------------------------------------------------------------

PAGE_MM = {'A4': (210, 297), 'A3': (297, 420), 'A5': (148, 210), 'Letter': (215.9, 279.4)}


def run(cmd, **kw):
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600, **kw)
    if r.returncode != 0:
        sys.stderr.write(r.stdout.decode('utf-8', 'replace')[-2000:] + r.stderr.decode('utf-8', 'replace')[-2000:])
        raise RuntimeError('command failed: %s' % ' '.join(cmd))
    return r


def chromium(html_path, out, header_footer=False):
    cmd = ['chromium', '--headless', '--no-sandbox', '--disable-gpu',
           '--user-data-dir=' + os.path.join(WORK, 'chromium-profile')]
    if not header_footer:
        cmd.append('--no-pdf-header-footer')
    cmd += ['--print-to-pdf=' + out, 'file://' + html_path]
    run(cmd)


def weasyprint(html_path, out):
    run(['weasyprint', html_path, out])


def wkhtmltopdf(html_path, out, args):
    run(['wkhtmltopdf', '--quiet', '--enable-local-file-access', '--encoding', 'utf-8'] + args + [html_path, out])


def soffice(src, out):
    outdir = os.path.join(WORK, 'lo-out')
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', '-env:UserInstallation=file://' + os.path.join(WORK, 'lo-profile'),
           '--headless', '--convert-to']
    if src.endswith('.html'):
        cmd += ['pdf:writer_pdf_Export', '--infilter=HTML (StarWriter)']
    else:
        cmd += ['pdf']
    cmd += ['--outdir', outdir, src]
    run(cmd)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')
    shutil.move(produced, out)


def gs_redistill(inp, out, outlines=False, legacy=False):
    cmd = ['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite']
    if legacy:
        # the PDF interpreter of Ghostscript 9.x; 10.00's new one loses the
        # ToUnicode of CID TrueType subsets (see 92-refuse-gs10-garbled)
        cmd.append('-dNEWPDF=false')
    if outlines:
        cmd.append('-dNoOutputFonts')
    cmd += ['-o', out, inp]
    run(cmd)


def qpdf_rewrite(inp, out):
    run(['qpdf', '--object-streams=generate', '--linearize', inp, out])


def strip_tounicode(inp, out):
    """Remove every /ToUnicode map: the glyph codes are left with no meaning."""
    qdf = os.path.join(WORK, 'strip.qdf.pdf')
    run(['qpdf', '--qdf', '--object-streams=disable', inp, qdf])
    data = open(qdf, 'rb').read()
    data, n = re.subn(rb'/ToUnicode\s+\d+\s+0\s+R', lambda m: b' ' * len(m.group(0)), data)
    assert n > 0, 'no ToUnicode found'
    open(qdf, 'wb').write(data)
    run(['qpdf', '--object-streams=generate', '--compress-streams=y', qdf, out])
    return n


# ---------------------------------------------------------------------------
# the files
# ---------------------------------------------------------------------------

A = 'zhytomyr-2024-6m.txt'
B = 'zhytomyr-2023-12m.txt'


def base_css(spec, margin='12mm', pad='2pt 3pt', extra='', page_rule=True, break_rows=True, fixed=True):
    w, _ = PAGE_MM[spec['page_size']]
    size = '%s %s' % (spec['page_size'], spec['orient'])
    css = ''
    if page_rule:
        css += '@page { size: %s; margin: %s; }\n' % (size, margin)
    css += ('html, body { margin: 0; }\n'
            'body { font-family: "%s"; font-size: %spt; line-height: 1.18; }\n'
            'p.title { text-align: center; font-size: 1.15em; margin: 0 0 8pt 0; }\n'
            'p.note { font-size: 0.9em; margin-top: 6pt; }\n'
            'table { width: 100%%; %s }\n'
            'td, th { vertical-align: top; padding: %s; text-align: left; overflow-wrap: break-word; word-wrap: break-word; }\n'
            'th { text-align: center; vertical-align: middle; }\n'
            'tr.num th { font-weight: normal; }\n'
            'td.c1 { text-align: center; }\n'
            % (spec['font_family'], spec['font_pt'], 'table-layout: fixed;' if fixed else '', pad))
    if break_rows:
        css += 'tr { break-inside: avoid; page-break-inside: avoid; }\n'
    return css + extra


def specs():
    S = []

    def add(**kw):
        S.append(kw)

    # ---- Chromium ---------------------------------------------------------
    s = dict(name='01-chromium-border-attr', source=A, producer='chromium', page_size='A4', orient='landscape',
             font_family='DejaVu Sans', font_pt=9, widths=[4, 16, 22, 14, 32, 12],
             style='HTML border="1" cellpadding="3" attributes (no CSS borders)', margin='12mm')
    s['html'] = dict(table_attrs='border="1" cellpadding="3" cellspacing="0"', colgroup='attr',
                     css=base_css(s, pad='3px', break_rows=False).replace('padding: 3px; ', ''))
    add(**s)

    s = dict(name='02-chromium-collapse-05pt-headerfooter', source=B, producer='chromium (with default header/footer)',
             page_size='A4', orient='portrait', font_family='Liberation Serif', font_pt=10,
             widths=[5, 15, 20, 15, 30, 15], style='collapsed borders 0.5pt black; browser header/footer with date, title, URL, page numbers',
             margin='15mm', header_footer=True)
    s['html'] = dict(doc_title='Звіт 2023 рік — Програма СЕКР', css=base_css(s, margin='15mm', pad='2pt 4pt',
                     extra='table { border-collapse: collapse; } td, th { border: 0.5pt solid #000; }\n'))
    add(**s)

    s = dict(name='03-chromium-zebra-grey-a3', source=A, producer='chromium', page_size='A3', orient='landscape',
             font_family='Liberation Sans Narrow', font_pt=11, widths=[3, 18, 25, 14, 28, 12],
             style='collapsed 0.75pt grey (#888) borders, zebra rows (#eef), blue-filled header, headings shaded', margin='14mm')
    s['html'] = dict(css=base_css(s, margin='14mm', pad='3pt 5pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 0.75pt solid #888; }\n'
        'thead th { background: #c9d7ef; } tr.even td { background: #eef0fa; }\n'
        'tr.h td { background: #e4e4e4; }\n')))
    add(**s)

    s = dict(name='04-chromium-hrules-letter-zoom', source=B, producer='chromium', page_size='Letter', orient='landscape',
             font_family='Nimbus Sans', font_pt=9, widths=[5, 14, 21, 16, 32, 12],
             style='horizontal rules only (0.5pt under each row, 1.5pt above/below the header), no vertical lines; CSS zoom 0.9',
             margin='0.5in')
    s['html'] = dict(css=base_css(s, margin='0.5in', pad='3pt 4pt', extra=(
        'body { zoom: 0.9; } table { border-collapse: collapse; }\n'
        'td, th { border: none; border-bottom: 0.5pt solid #000; }\n'
        'thead tr.hdr th { border-top: 1.5pt solid #000; } thead tr.num th { border-bottom: 1.5pt solid #000; }\n')))
    add(**s)

    s = dict(name='18-chromium-hyphenated-portrait', source=B, producer='chromium', page_size='A4', orient='portrait',
             font_family='Liberation Sans', font_pt=10, widths=[5, 14, 19, 14, 35, 13], shy=True,
             style='collapsed 1pt borders, narrow columns, long words hyphenated (soft hyphens, a hyphen is printed where a word breaks)',
             margin='10mm 10mm 12mm 18mm')
    s['html'] = dict(shy=True, css=base_css(s, margin='10mm 10mm 12mm 18mm', pad='1pt 2pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 1pt solid #000; hyphens: manual; }\n')))
    add(**s)

    s = dict(name='19-chromium-2pt-gs', source=A, producer='chromium → Ghostscript pdfwrite (re-distilled; legacy 9.x PDF interpreter)',
             page_size='A4', orient='landscape', font_family='C059', font_pt=10, widths=[4, 18, 24, 14, 28, 12],
             style='collapsed 2pt black borders, bold centered headings; Chromium embeds this OpenType-CFF font as Type 3', margin='10mm', post='gs-legacy')
    s['html'] = dict(head_align='center', css=base_css(s, margin='10mm', pad='2pt 3pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 2pt solid #000; }\n')))
    add(**s)

    s = dict(name='22-chromium-3pt-combined-heading', source=B, producer='chromium', page_size='A3', orient='landscape',
             font_family='P052', font_pt=12, widths=[4, 17, 23, 15, 29, 12], combined=True,
             style='collapsed 3pt borders; priority and its goal printed in ONE merged heading cell on two lines (as in the export)',
             margin='15mm')
    s['html'] = dict(css=base_css(s, margin='15mm', pad='4pt 5pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 3pt solid #222; }\n')))
    add(**s)

    # ---- WeasyPrint -------------------------------------------------------
    s = dict(name='05-weasy-collapse-15pt', source=A, producer='weasyprint', page_size='A4', orient='landscape',
             font_family='DejaVu Serif', font_pt=9, widths=[4, 17, 23, 13, 31, 12],
             style='collapsed 1.5pt black borders, header repeated on every page, centered headings', margin='12mm')
    s['html'] = dict(head_align='center', css=base_css(s, margin='12mm', pad='2pt 3pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 1.5pt solid #000; }\n')))
    add(**s)

    s = dict(name='06-weasy-double-portrait', source=B, producer='weasyprint', page_size='A4', orient='portrait',
             font_family='FreeSans', font_pt=8, widths=[6, 16, 22, 14, 28, 14],
             style='double 3px borders around every cell (collapsed)', margin='10mm 12mm')
    s['html'] = dict(css=base_css(s, margin='10mm 12mm', pad='2pt 3pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 3px double #000; }\n')))
    add(**s)

    s = dict(name='07-weasy-thin-a5', source=A, producer='weasyprint', page_size='A5', orient='landscape',
             font_family='DejaVu Sans Condensed', font_pt=8, widths=[4, 15, 22, 14, 33, 12],
             style='thin 0.5pt dark-grey (#555) collapsed borders, small page, tight padding', margin='8mm')
    s['html'] = dict(css=base_css(s, margin='8mm', pad='1pt 2pt', extra=(
        'body { font-family: "DejaVu Sans"; font-stretch: condensed; }\n'
        'table { border-collapse: collapse; } td, th { border: 0.5pt solid #555; }\n')))
    add(**s)

    s = dict(name='08-weasy-separate-spacing', source=B, producer='weasyprint', page_size='Letter', orient='portrait',
             font_family='Liberation Sans', font_pt=9, widths=[5, 15, 21, 15, 31, 13],
             style='separate borders (border-collapse: separate, border-spacing 2pt), 0.5pt cell borders, 1pt outer frame',
             margin='0.6in 0.5in')
    s['html'] = dict(css=base_css(s, margin='0.6in 0.5in', pad='3pt', extra=(
        'table { border-collapse: separate; border-spacing: 2pt; border: 1pt solid #000; }\n'
        'td, th { border: 0.5pt solid #000; }\n')))
    add(**s)

    s = dict(name='20-weasy-zebra-qpdf', source=B, producer='weasyprint → qpdf (object streams, linearized)',
             page_size='A4', orient='landscape', font_family='Nimbus Roman', font_pt=9, widths=[4, 16, 24, 15, 29, 12],
             style='1pt dark grey (#444) collapsed borders, zebra rows, filled (grey) header', margin='12mm 15mm', post='qpdf')
    s['html'] = dict(css=base_css(s, margin='12mm 15mm', pad='2pt 4pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 1pt solid #444; }\n'
        'thead th { background: #bbb; } tr.odd td { background: #f2f2f2; }\n')))
    add(**s)

    # ---- wkhtmltopdf ------------------------------------------------------
    s = dict(name='09-wkhtml-dotted', source=A, producer='wkhtmltopdf', page_size='A4', orient='landscape',
             font_family='DejaVu Sans Condensed', font_pt=10, widths=[4, 16, 22, 15, 31, 12],
             style='dotted 1pt borders (collapsed); wkhtmltopdf shrinks the page content (smart shrinking)', margin='10mm',
             wk=['-s', 'A4', '-O', 'Landscape', '-T', '10mm', '-B', '10mm', '-L', '10mm', '-R', '10mm'])
    s['html'] = dict(css=base_css(s, page_rule=False, pad='2pt 3pt', extra=(
        'body { font-family: "DejaVu Sans Condensed", "DejaVu Sans"; }\n'
        'table { border-collapse: collapse; } td, th { border: 1pt dotted #000; }\n')))
    add(**s)

    s = dict(name='10-wkhtml-outer-frame', source=B, producer='wkhtmltopdf', page_size='A4', orient='landscape',
             font_family='Liberation Serif', font_pt=10, widths=[5, 16, 22, 14, 31, 12],
             style='outer frame only (1.5pt around the table, no lines between cells or rows)', margin='12mm',
             wk=['-s', 'A4', '-O', 'Landscape', '-T', '12mm', '-B', '12mm', '-L', '12mm', '-R', '12mm'])
    s['html'] = dict(css=base_css(s, page_rule=False, pad='3pt 5pt', extra=(
        'table { border-collapse: collapse; border: 1.5pt solid #000; } td, th { border: none; }\n')))
    add(**s)

    s = dict(name='21-wkhtml-dashed-combined-gs', source=A, producer='wkhtmltopdf → Ghostscript pdfwrite (re-distilled; legacy 9.x PDF interpreter)',
             page_size='Letter', orient='landscape', font_family='FreeSans', font_pt=10, widths=[4, 17, 23, 14, 30, 12],
             combined=True, style='dashed 1pt grey (#777) collapsed borders; priority and its goal in ONE merged heading cell on two lines',
             margin='0.5in', post='gs-legacy',
             wk=['-s', 'Letter', '-O', 'Landscape', '-T', '0.5in', '-B', '0.5in', '-L', '0.5in', '-R', '0.5in'])
    s['html'] = dict(css=base_css(s, page_rule=False, pad='2pt 4pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 1pt dashed #777; }\n')))
    add(**s)

    # ---- LibreOffice from HTML -------------------------------------------
    s = dict(name='11-lo-html-border-attr', source=A, producer='LibreOffice Writer (HTML import → PDF export)',
             page_size='A4', orient='landscape', font_family='DejaVu Serif', font_pt=10, widths=[5, 16, 21, 14, 31, 13],
             style='HTML border="1" cellpadding="4" attributes, <font face> markup, widths on the header cells',
             margin='12mm')
    s['html'] = dict(table_attrs='border="1" cellpadding="4" cellspacing="0" width="100%"', colgroup='th', valign_attr=True,
                     thead=False, font_tag='DejaVu Serif',
                     css='@page { size: 29.7cm 21cm; margin: 1.2cm; }\nbody { font-size: 10pt; }\np.title { text-align: center; }\n'
                         'td, th { font-size: 10pt; vertical-align: top; }\n')
    add(**s)

    s = dict(name='12-lo-html-grey-2pt', source=B, producer='LibreOffice Writer (HTML import → PDF export)',
             page_size='Letter', orient='landscape', font_family='Liberation Sans', font_pt=9, widths=[6, 16, 22, 15, 28, 13],
             style='grey grid: border="2" bordercolor="#777777" attributes, cellspacing 0', margin='0.6in')
    s['html'] = dict(table_attrs='border="2" bordercolor="#777777" cellpadding="3" cellspacing="0" width="100%"', colgroup='th', valign_attr=True, thead=True,
                     css='@page { size: 11in 8.5in; margin: 0.6in; }\nbody { font-family: "Liberation Sans"; font-size: 9pt; }\n'
                         'p.title { text-align: center; }\n'
                         'td, th { font-size: 9pt; vertical-align: top; }\n')
    add(**s)

    # ---- LibreOffice from python-docx ------------------------------------
    add(name='13-docx-table-grid', source=A, producer='python-docx → LibreOffice (DOCX → PDF)',
        page_size='A4', orient='landscape', font_family='Liberation Sans', font_pt=9, widths=[4, 16, 23, 14, 31, 12],
        style="Word table style 'Table Grid'", docx=dict(table_style='Table Grid', margin_mm=15, pad_mm=1.5))
    add(name='14-docx-light-grid-accent1', source=B, producer='python-docx → LibreOffice (DOCX → PDF)',
        page_size='A4', orient='landscape', font_family='DejaVu Sans Condensed', font_pt=8, widths=[5, 15, 22, 15, 31, 12],
        style="Word table style 'Light Grid Accent 1'", docx=dict(table_style='Light Grid Accent 1', margin_mm=12, pad_mm=1.0))
    add(name='15-docx-medium-shading1-accent1', source=A, producer='python-docx → LibreOffice (DOCX → PDF)',
        page_size='Letter', orient='landscape', font_family='Liberation Serif', font_pt=10, widths=[4, 17, 22, 14, 31, 12],
        style="Word table style 'Medium Shading 1 Accent 1' (filled header row, banded rows)",
        docx=dict(table_style='Medium Shading 1 Accent 1', margin_mm=13, pad_mm=2.0, head_center=True))
    add(name='16-docx-light-list-a3', source=B, producer='python-docx → LibreOffice (DOCX → PDF)',
        page_size='A3', orient='portrait', font_family='FreeSerif', font_pt=11, widths=[5, 16, 22, 15, 30, 12],
        style="Word table style 'Light List Accent 1' (as LibreOffice draws it: thin blue grid, blue-filled header with the 1..6 row inside it, bold column 1)",
        docx=dict(table_style='Light List Accent 1', margin_mm=20, pad_mm=2.5))
    add(name='17-docx-rowspan-footer', source=A, producer='python-docx → LibreOffice (DOCX → PDF)',
        page_size='A4', orient='landscape', font_family='Liberation Sans Narrow', font_pt=10, widths=[4, 17, 23, 14, 30, 12],
        rowspan=True, style="Word 'Table Grid'; task number and task text cells merged DOWN over all of the task's measure rows; page-number footer",
        docx=dict(table_style='Table Grid', margin_mm=15, margin_tb_mm=18, pad_mm=1.2, footer=True))
    add(name='23-docx-medium-grid-gs', source=B, producer='python-docx → LibreOffice → Ghostscript pdfwrite (re-distilled)',
        page_size='A4', orient='landscape', font_family='Liberation Serif', font_pt=9, widths=[4, 16, 22, 15, 31, 12],
        style="Word table style 'Medium Grid 1 Accent 1' (grid, banded rows)", post='gs',
        docx=dict(table_style='Medium Grid 1 Accent 1', margin_mm=14, pad_mm=1.5))

    # ---- meant to be refused ---------------------------------------------
    s = dict(name='90-refuse-outlines', source=A, producer='chromium → Ghostscript pdfwrite -dNoOutputFonts',
             page_size='A3', orient='landscape', font_family='DejaVu Sans', font_pt=8, widths=[4, 16, 22, 14, 32, 12],
             style='collapsed 0.5pt borders; ALL text drawn as vector outlines; an excerpt: only the first priority section (keeps the file small)',
             margin='10mm', post='outlines', subset='first-priority',
             expect='refuse', why='no text layer at all: every glyph is a vector path (Ghostscript -dNoOutputFonts); pdftotext gives nothing')
    s['html'] = dict(css=base_css(s, margin='10mm', pad='1pt 2pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 0.5pt solid #000; }\n')))
    add(**s)

    s = dict(name='91-refuse-no-tounicode', source=B, producer='weasyprint → ToUnicode maps stripped (qpdf)',
             page_size='A4', orient='landscape', font_family='DejaVu Sans', font_pt=9, widths=[4, 16, 22, 14, 32, 12],
             style='collapsed 1pt borders; fonts keep only glyph ids (ToUnicode removed)', margin='12mm', post='strip',
             expect='refuse', why='the text layer maps to garbage: the embedded fonts lost their ToUnicode maps, so extracted text is glyph-id nonsense, not Ukrainian')
    s['html'] = dict(css=base_css(s, margin='12mm', pad='2pt 3pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 1pt solid #000; }\n')))
    add(**s)

    s = dict(name='92-refuse-gs10-garbled', source=A, producer='chromium → Ghostscript 10.00 pdfwrite (new PDF interpreter)',
             page_size='A4', orient='landscape', font_family='Liberation Sans', font_pt=9, widths=[4, 17, 23, 14, 30, 12],
             style='collapsed 0.75pt borders; re-distilled with Ghostscript 10.00, whose new interpreter rewrote the fonts '
                   'with wrong ToUnicode maps', margin='12mm', post='gs',
             expect='refuse', why='the text layer maps to garbage: after the Ghostscript 10.00 re-distillation the extracted '
                                  'text is Latin letters and punctuation in place of Cyrillic (e.g. "ІAHBD@4JVO" for "Інформація")')
    s['html'] = dict(css=base_css(s, margin='12mm', pad='2pt 3pt', extra=(
        'table { border-collapse: collapse; } td, th { border: 0.75pt solid #000; }\n')))
    add(**s)
    return S


def first_priority(model):
    """The report cut after its first priority section (title, header and note kept)."""
    ev, seen = [], 0
    for e in model['events']:
        if e['kind'] == 'priority':
            seen += 1
            if seen > 1:
                break
        ev.append(e)
    return dict(model, events=ev)


def page_desc(s):
    d = '%s %s' % (s['page_size'], s['orient'])
    if 'margin' in s:
        d += ', margins %s' % s['margin']
    elif 'docx' in s:
        d += ', margins %s mm' % s['docx']['margin_mm']
    return d


def label_for(s, model):
    ms = measures_with_sector(model)
    rng = random.Random(zlib.crc32(s['name'].encode('utf-8')))
    pick = sorted(rng.sample(range(len(ms)), min(15, len(ms))))
    out = []
    for i in pick:
        sector, m = ms[i]
        out.append({'sector': sector, 'number': m['number'], 'title': m['title'],
                    'executors': flat(m['executors']), 'execution': flat(m['execution'])})
    lab = {'file': s['name'] + '.pdf', 'producer': s['producer'], 'style': s['style'], 'page': page_desc(s),
           'font': '%s %s pt' % (s['font_family'], s['font_pt']), 'expect': s.get('expect', 'read')}
    if lab['expect'] == 'refuse':
        lab['why'] = s['why']
    lab['source'] = s['source']
    lab['counts'] = counts(model)
    lab['measures'] = out
    return lab


def build(s, model):
    out = os.path.join(HERE, s['name'] + '.pdf')
    stem = os.path.join(WORK, s['name'])
    raw = stem + '.raw.pdf'
    prod = s['producer']
    if 'docx' in s:
        make_docx(model, s, stem + '.docx')
        soffice(stem + '.docx', raw)
    else:
        with open(stem + '.html', 'w', encoding='utf-8') as f:
            f.write(make_html(model, s))
        if prod.startswith('chromium'):
            chromium(stem + '.html', raw, header_footer=s.get('header_footer', False))
        elif prod.startswith('weasyprint'):
            weasyprint(stem + '.html', raw)
        elif prod.startswith('wkhtmltopdf'):
            wkhtmltopdf(stem + '.html', raw, s['wk'])
        elif prod.startswith('LibreOffice'):
            soffice(stem + '.html', raw)
        else:
            raise ValueError(prod)
    post = s.get('post')
    if post == 'gs':
        gs_redistill(raw, out)
    elif post == 'gs-legacy':
        gs_redistill(raw, out, legacy=True)
    elif post == 'outlines':
        gs_redistill(raw, out, outlines=True)
    elif post == 'qpdf':
        qpdf_rewrite(raw, out)
    elif post == 'strip':
        strip_tounicode(raw, out)
    else:
        shutil.copyfile(raw, out)
    return out


def main(argv):
    global WORK
    only = set(argv[1:])
    WORK = tempfile.mkdtemp(prefix='holdout-pdf-')
    models = {src: parse(os.path.join(FIXTURES, src)) for src in (A, B)}
    labels = []
    for s in specs():
        model = models[s['source']]
        if s.get('subset') == 'first-priority':
            model = first_priority(model)
        lab = label_for(s, model)
        labels.append(lab)
        if only and s['name'] not in only:
            continue
        print('building', s['name'], flush=True)
        build(s, model)
    labels.sort(key=lambda l: l['file'])
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write('\n')
    if not os.environ.get('KEEP_WORK'):
        shutil.rmtree(WORK, ignore_errors=True)
    else:
        print('work dir kept:', WORK)


if __name__ == '__main__':
    main(sys.argv)
