#!/usr/bin/python3
"""The sample report printed to PDF many ways, for fixtures/pdf-matrix/.

One source HTML page and one source Word file are built here from the text export
(fixtures/zhytomyr-2023-9m.txt) by plain string building and python-docx, knowing
nothing of this tool. Each is then printed by the programs a clerk has at hand:
Chromium, LibreOffice Writer (from the HTML and from the Word file), WeasyPrint and
wkhtmltopdf; some prints are re-distilled by Ghostscript or rewritten by qpdf.

The axes vary independently (not every combination): producer, border style,
page size / orientation / margins / scale / header and footer, font family and size.
Three files are made unreadable on purpose (no text layer, or a text layer of
garbage); fixtures/pdf-matrix/manifest.json says which and why.

Run it with Debian's python3 (`apt-get install chromium libreoffice-writer-nogui
weasyprint wkhtmltopdf ghostscript qpdf poppler-utils python3-docx fonts-dejavu
fonts-liberation`), review what changed, commit. CI uses the committed files.

    /usr/bin/python3 scripts/make-pdf-matrix.py [nn …]

With numbers, only those variants (and what they are made from) are printed and
the manifest is merged, not rewritten.

Every readable file holds the whole report: 6 priorities, 6 goals, 18 sectors,
79 tasks, 173 measures.
"""
import datetime
import html
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from html.parser import HTMLParser

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_TXT = os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.txt')
OUT = os.path.join(ROOT, 'fixtures', 'pdf-matrix')
# A fixed place, not a random temporary name: Chromium's default footer prints the page's URL.
WORK = '/tmp/zhytomyr-pdf-matrix'
EPOCH = '1700000000'
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, TZ='UTC', LANG='C.UTF-8', LC_ALL='C.UTF-8',
           QT_QPA_PLATFORM='offscreen')
TITLE = 'Інформація про виконання Програми соціально-економічного і культурного розвитку за 9 місяців 2023 року'
LAST_MEASURE = '4.3. Реалізація заходів на виконання резолюції'
FIRST_TITLE = 'Інформація про виконання'
SIZE_LIMIT = 40_000_000
# Share of the source's letters and digits a readable print must hold.
MIN_COVERAGE = 0.995

# Page sizes in millimetres, portrait.
PAPER = {'A4': (210, 297), 'Letter': (215.9, 279.4), 'A3': (297, 420)}
FAMILY_KIND = {
    'DejaVu Sans': 'sans', 'Liberation Sans': 'sans',
    'DejaVu Serif': 'serif', 'Liberation Serif': 'serif',
    'DejaVu Sans Condensed': 'condensed',
}


# ---------------------------------------------------------------- the text export

def read_export():
    """The text export as a list of ('p', html) paragraphs and ('tr', [cell html]) rows.

    Plain reading, as python_csv_html() in make-producer-fixtures.py does: one table
    row per tab-separated line; a one-field line is a paragraph (a line ending in two
    spaces, markdown's line break, continues on the next one); blank lines and lines
    of only `--` fields are dropped; markdown `**x**` becomes <b>x</b> and `\\*` a star.
    """
    items = []
    pending = None
    with open(SAMPLE_TXT, encoding='utf-8', newline='') as f:
        lines = f.read().split('\n')
    for line in lines:
        line = line.rstrip('\r')
        fields = line.split('\t')
        if len(fields) == 1:
            if not line.strip() and pending is None:
                continue
            text = (pending or '') + line
            if text.endswith('  '):
                pending = text.rstrip() + '\n'
                continue
            pending = None
            items.append(('p', markdown(text.strip())))
            continue
        if not any(x.strip() for x in fields):
            continue
        if all(re.fullmatch(r'\s*-+\s*', x) for x in fields):
            continue
        # Five rows lost the empty cell of a task spanning several measures: the measure
        # stands in column 2 and the programme in column 5. Put the empty cell back so
        # the printed row lines up under «Заходи», as in the council's table.
        if len(fields) == 5 and not fields[0].strip():
            fields = [''] + fields
        assert len(fields) == 6, line[:80]
        items.append(('tr', [markdown(x.strip()) for x in fields]))
    assert pending is None
    return items


def markdown(text):
    text = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', text, flags=re.S)
    return text.replace('\\*', '*').replace('\n', '<br>')


def heading_span(cells):
    """For a row with one filled cell and nothing after it: that cell's index; else None."""
    filled = [i for i, x in enumerate(cells) if x.strip()]
    if len(filled) == 1 and filled[0] < 5:
        return filled[0]
    return None


# ---------------------------------------------------------------- the variants

class V:
    """One print: the producer, the look of the table, the page and the font."""

    def __init__(self, nn, producer, style, paper='A4', orient='portrait', margin=15, scale=1.0,
                 family='DejaVu Sans', pt=10, hf=False, src=None, expect='read'):
        self.nn, self.producer, self.style = nn, producer, style
        self.paper, self.orient, self.margin, self.scale = paper, orient, margin, scale
        self.family, self.pt, self.hf = family, pt, hf
        self.src, self.expect = src, expect

    @property
    def name(self):
        page = f'{self.paper.lower()}-{self.orient}'
        return f'{self.nn:02d}-{self.producer}-{self.style}-{page}.pdf'

    def page_mm(self):
        w, h = PAPER[self.paper]
        return (h, w) if self.orient == 'landscape' else (w, h)


# (nn, producer, style, paper, orientation, margin mm, scale, font family, font pt, options)
# Each value of each axis appears several times, mixed with the others.
PRINTS = [
    # Chromium: CSS borders as written, scale by CSS zoom, the browser's own header and footer.
    V(1, 'chromium', 'attr-border', 'A4', 'portrait', 15, 1.0, 'DejaVu Sans', 10),
    V(2, 'chromium', 'solid-05pt', 'A4', 'landscape', 10, 1.0, 'Liberation Sans', 9),
    V(3, 'chromium', 'solid-1px', 'Letter', 'portrait', 20, 0.9, 'Liberation Serif', 11),
    V(4, 'chromium', 'solid-2px', 'A3', 'landscape', 25, 1.3, 'DejaVu Sans Condensed', 10),
    V(5, 'chromium', 'solid-3pt', 'A4', 'portrait', 30, 0.75, 'DejaVu Serif', 12, hf=True),
    V(6, 'chromium', 'dotted', 'Letter', 'landscape', 12, 1.0, 'DejaVu Sans', 8),
    V(7, 'chromium', 'separate', 'A3', 'portrait', 20, 1.1, 'Liberation Sans', 12),
    V(8, 'chromium', 'double', 'A4', 'landscape', 15, 0.6, 'Liberation Serif', 12, hf=True),
    V(9, 'chromium', 'grey', 'A4', 'portrait', 10, 0.5, 'DejaVu Sans Condensed', 12),
    V(10, 'chromium', 'separate', 'Letter', 'portrait', 25, 1.0, 'DejaVu Serif', 9),
    V(11, 'chromium', 'hrules', 'A3', 'landscape', 10, 1.2, 'DejaVu Sans', 11),
    V(12, 'chromium', 'frame', 'A4', 'portrait', 20, 1.0, 'Liberation Sans', 10),
    V(13, 'chromium', 'zebra', 'Letter', 'landscape', 15, 0.8, 'DejaVu Sans', 10),
    V(14, 'chromium', 'filled', 'A4', 'landscape', 20, 1.0, 'DejaVu Serif', 10, hf=True),
    # LibreOffice Writer opening the HTML page: its own reading of the CSS. Its HTML table
    # layout never breaks inside a word, so the longest words («Житомиртеплокомуненерго»,
    # the Telegram link) set the columns' least widths: these pages are wide enough for them.
    V(15, 'lo-html', 'attr-border', 'A4', 'landscape', 15, 1.0, 'Liberation Serif', 10),
    V(16, 'lo-html', 'solid-05pt', 'Letter', 'landscape', 15, 1.0, 'DejaVu Sans', 9),
    V(17, 'lo-html', 'solid-2px', 'A3', 'landscape', 10, 1.0, 'DejaVu Serif', 11),
    V(18, 'lo-html', 'dotted', 'A3', 'portrait', 20, 1.0, 'DejaVu Sans Condensed', 10),
    V(19, 'lo-html', 'double', 'A4', 'portrait', 10, 1.0, 'Liberation Serif', 8),
    V(20, 'lo-html', 'hrules', 'Letter', 'landscape', 12, 1.0, 'Liberation Serif', 10),
    V(21, 'lo-html', 'grey', 'A3', 'landscape', 20, 1.0, 'DejaVu Sans', 12),
    V(22, 'lo-html', 'zebra', 'A4', 'landscape', 12, 1.0, 'Liberation Sans', 9),
    # LibreOffice Writer printing the Word file written here with python-docx.
    V(23, 'lo-docx', 'docx-grid', 'A4', 'portrait', 20, 1.0, 'Liberation Serif', 12, hf=True),
    V(24, 'lo-docx', 'docx-thick-outer', 'A4', 'landscape', 15, 1.0, 'DejaVu Sans', 10),
    V(25, 'lo-docx', 'docx-banded', 'Letter', 'portrait', 25, 1.0, 'Liberation Sans', 10),
    V(26, 'lo-docx', 'solid-05pt', 'A3', 'landscape', 10, 1.0, 'DejaVu Serif', 12),
    V(27, 'lo-docx', 'docx-grid', 'Letter', 'landscape', 20, 1.0, 'DejaVu Sans Condensed', 11),
    V(28, 'lo-docx', 'dotted', 'A4', 'portrait', 10, 1.0, 'Liberation Sans', 8),
    V(29, 'lo-docx', 'dashed', 'A4', 'landscape', 30, 1.0, 'DejaVu Serif', 9),
    V(30, 'lo-docx', 'double', 'A3', 'portrait', 15, 1.0, 'Liberation Serif', 11),
    V(31, 'lo-docx', 'hrules', 'A4', 'portrait', 25, 1.0, 'DejaVu Sans', 11, hf=True),
    V(32, 'lo-docx', 'frame', 'Letter', 'landscape', 15, 1.0, 'Liberation Serif', 9),
    V(33, 'lo-docx', 'zebra', 'A4', 'landscape', 10, 1.0, 'DejaVu Sans Condensed', 10),
    V(34, 'lo-docx', 'docx-thick-outer', 'A4', 'portrait', 20, 1.0, 'Liberation Sans', 12),
    V(35, 'lo-docx', 'docx-banded', 'A3', 'landscape', 20, 1.0, 'DejaVu Serif', 10),
    V(36, 'lo-docx', 'separate', 'A4', 'portrait', 15, 1.0, 'DejaVu Sans', 9),
    V(70, 'lo-docx', 'docx-banded-centred', 'A4', 'landscape', 15, 1.0, 'Liberation Sans', 10),
    # WeasyPrint: CSS paged media, header and footer in @page margin boxes,
    # scale as a larger @page (the page then holds more, as «fit to page» prints it).
    V(37, 'weasyprint', 'attr-border', 'Letter', 'portrait', 15, 1.0, 'DejaVu Serif', 10),
    V(38, 'weasyprint', 'solid-1px', 'A4', 'landscape', 20, 1.0, 'Liberation Sans', 12),
    V(39, 'weasyprint', 'solid-3pt', 'A3', 'portrait', 10, 1.0, 'Liberation Serif', 9, hf=True),
    V(40, 'weasyprint', 'dashed', 'A4', 'portrait', 25, 1.0, 'DejaVu Sans Condensed', 12),
    V(41, 'weasyprint', 'grey', 'Letter', 'landscape', 30, 1.0, 'DejaVu Sans', 11),
    V(42, 'weasyprint', 'separate', 'A4', 'landscape', 10, 0.75, 'Liberation Serif', 12),
    V(43, 'weasyprint', 'frame', 'A3', 'landscape', 15, 1.0, 'DejaVu Sans', 8),
    V(44, 'weasyprint', 'filled', 'A4', 'portrait', 12, 1.0, 'Liberation Sans', 10),
    V(45, 'weasyprint', 'hrules', 'Letter', 'portrait', 20, 1.25, 'DejaVu Serif', 8, hf=True),
    V(46, 'weasyprint', 'solid-2px', 'A4', 'portrait', 20, 1.0, 'DejaVu Sans', 9),
    # wkhtmltopdf (Qt WebKit): page and zoom from the command line, not from CSS. Debian's
    # build has an unpatched Qt, which ignores --header-center/--footer-center: no header here.
    V(47, 'wkhtmltopdf', 'attr-border', 'A4', 'portrait', 10, 1.0, 'Liberation Sans', 11),
    V(48, 'wkhtmltopdf', 'solid-1px', 'Letter', 'portrait', 20, 0.75, 'DejaVu Serif', 12),
    V(49, 'wkhtmltopdf', 'dotted', 'A4', 'landscape', 25, 1.3, 'DejaVu Sans', 8),
    V(50, 'wkhtmltopdf', 'double', 'A3', 'portrait', 15, 0.5, 'Liberation Serif', 12),
    V(51, 'wkhtmltopdf', 'hrules', 'A4', 'landscape', 30, 1.0, 'DejaVu Sans Condensed', 9),
    V(52, 'wkhtmltopdf', 'dashed', 'Letter', 'landscape', 10, 1.1, 'Liberation Sans', 10),
    V(53, 'wkhtmltopdf', 'filled', 'A3', 'landscape', 20, 0.6, 'DejaVu Sans Condensed', 12),
    V(54, 'wkhtmltopdf', 'solid-3pt', 'A4', 'portrait', 15, 0.9, 'DejaVu Serif', 10),
]

# Prints of the prints above: (nn, producer, made from nn).
DERIVED = [
    (55, 'gs', 2), (56, 'gs', 14), (57, 'gs', 24), (58, 'gs', 44), (59, 'gs', 51), (60, 'gs', 18),
    (61, 'qpdf-objstm', 9), (62, 'qpdf-objstm', 23),
    (63, 'qpdf-linearize', 43), (64, 'qpdf-linearize', 25),
    (65, 'qpdf-qdf', 33), (66, 'qpdf-qdf', 19),
]

# Deliberately unreadable: (nn, kind, made from nn).
BROKEN = [
    (67, 'gs-outlines', 43),
    (68, 'qpdf-partial-outlines', 31),
    (69, 'garbage-tounicode', 16),
]


def derived_variants():
    by_nn = {v.nn: v for v in PRINTS}
    result = []
    for nn, producer, src in DERIVED:
        s = by_nn[src]
        v = V(nn, f'{s.producer}-{producer}', s.style, s.paper, s.orient, s.margin, s.scale, s.family, s.pt,
              s.hf, src=src)
        result.append(v)
    for nn, kind, src in BROKEN:
        s = by_nn[src]
        v = V(nn, f'{s.producer}-{kind}', s.style, s.paper, s.orient, s.margin, s.scale, s.family, s.pt,
              s.hf, src=src, expect='refuse')
        result.append(v)
    return result


# ---------------------------------------------------------------- HTML

# Border styles as a clerk's stylesheet would write them.
CELL = 'th, td'
BORDER_CSS = {
    'attr-border': '',  # <table border="1"> and no CSS
    'solid-05pt': f'table {{ border-collapse: collapse; }} {CELL} {{ border: 0.5pt solid #000; }}',
    'solid-1px': f'table {{ border-collapse: collapse; }} {CELL} {{ border: 1px solid #000; }}',
    'solid-2px': f'table {{ border-collapse: collapse; }} {CELL} {{ border: 2px solid #000; }}',
    'solid-3pt': f'table {{ border-collapse: collapse; }} {CELL} {{ border: 3pt solid #000; }}',
    'dotted': f'table {{ border-collapse: collapse; }} {CELL} {{ border: 1px dotted #000; }}',
    'dashed': f'table {{ border-collapse: collapse; }} {CELL} {{ border: 1px dashed #000; }}',
    'double': f'table {{ border-collapse: collapse; }} {CELL} {{ border: 3px double #000; }}',
    'grey': f'table {{ border-collapse: collapse; }} {CELL} {{ border: 1px solid #999; }}',
    'separate': f'table {{ border-collapse: separate; border-spacing: 3px; }} {CELL} {{ border: 1px solid #000; }}',
    'hrules': (f'table {{ border-collapse: collapse; }} {CELL} {{ border: 1px solid #000; '
               'border-left: none; border-right: none; }'),
    'frame': f'table {{ border-collapse: collapse; border: 1.5px solid #000; }} {CELL} {{ border: none; }}',
    'zebra': (f'table {{ border-collapse: collapse; }} {CELL} {{ border: none; }} '
              'tr:nth-child(even) { background: #eee; }'),
    'filled': (f'table {{ border-collapse: separate; border-spacing: 2px; }} '
               f'{CELL} {{ border: none; background: #dde4f0; }}'),
}


STYLE_NOTES = {
    'attr-border': 'HTML: <table border="1"> attribute only, no CSS (WeasyPrint run with -p to honour it)',
    'solid-05pt': 'collapsed 0.5pt solid black borders (DOCX: single, sz 4)',
    'solid-1px': 'collapsed 1px solid black borders',
    'solid-2px': 'collapsed 2px solid black borders',
    'solid-3pt': 'collapsed 3pt solid black borders (DOCX: single, sz 24)',
    'dotted': 'collapsed 1px dotted borders (DOCX: dotted)',
    'dashed': 'collapsed 1px dashed borders (DOCX: dashed)',
    'double': 'collapsed 3px double borders (DOCX: double)',
    'grey': 'collapsed 1px solid #999 borders',
    'separate': 'separate borders, border-spacing 3px (DOCX: tblCellSpacing 45 twips)',
    'hrules': 'horizontal rules only: cells without left and right borders (DOCX: no left/right/insideV)',
    'frame': 'only an outer frame around the table, no cell borders',
    'zebra': 'no borders, every other row shaded #eee',
    'filled': 'every cell filled #dde4f0 with white gaps between (DOCX: shading and 3pt white borders)',
    'docx-grid': 'DOCX: Word\'s «Table Grid» style, a plain 0.5pt grid',
    'docx-thick-outer': 'DOCX: «Table Grid» with a 2.25pt outer border',
    'docx-banded': 'DOCX: Word\'s «Medium Shading 1 Accent 1»: header row shaded, banded rows, no inner verticals',
    'docx-banded-centred': 'DOCX: «Medium Shading 1 Accent 1» with the header\'s text centred in its cells',
}


# LibreOffice's HTML import takes no cell borders or backgrounds from a <style> block, only
# from each cell's own style attribute, as Writer's and Word's HTML exports write them: the
# lo-html pages carry the same look inline as well (zebra: the even rows of <tbody> shaded).
INLINE_CSS = {
    'solid-05pt': 'border: 0.5pt solid #000000',
    'solid-1px': 'border: 1px solid #000000',
    'solid-2px': 'border: 2px solid #000000',
    'solid-3pt': 'border: 3pt solid #000000',
    'dotted': 'border: 1px dotted #000000',
    'dashed': 'border: 1px dashed #000000',
    'double': 'border: 3px double #000000',
    'grey': 'border: 1px solid #999999',
    'separate': 'border: 1px solid #000000',
    'hrules': 'border-top: 1px solid #000000; border-bottom: 1px solid #000000',
    'filled': 'background: #dde4f0',
}


def html_row(cells, tag, merge, inline=None):
    """One <tr>: a cell per field; a heading row's text and the empty fields after it one merged cell."""
    attr = f' style="{inline}"' if inline else ''
    at = heading_span(cells) if merge else None
    if at is None:
        return '<tr>' + ''.join(f'<{tag}{attr}>{x}</{tag}>' for x in cells) + '</tr>'
    before = ''.join(f'<{tag}{attr}></{tag}>' for _ in range(at))
    return f'<tr>{before}<{tag}{attr} colspan="{6 - at}">{cells[at]}</{tag}></tr>'


def inline_css(v, body_row):
    """The style attribute of a cell for LibreOffice (see INLINE_CSS); body_row counts from 1 in <tbody>."""
    if v.producer != 'lo-html':
        return None
    if v.style == 'zebra':
        return 'background: #eeeeee' if body_row and body_row % 2 == 0 else None
    return INLINE_CSS.get(v.style)


def build_html(v, items, page_rules=True):
    """The report as one HTML page, styled for variant v.

    page_rules: write @page size and margins (not for wkhtmltopdf, which takes them
    from its command line).
    """
    w, h = v.page_mm()
    css = []
    if page_rules:
        if v.producer == 'weasyprint' and v.scale != 1.0:
            # WeasyPrint has no zoom: a page 1/scale times larger holds what a scaled print holds.
            css.append(f'@page {{ size: {w / v.scale:.1f}mm {h / v.scale:.1f}mm; margin: {v.margin / v.scale:.1f}mm; }}')
        elif v.producer == 'lo-html':
            # LibreOffice's CSS reader takes @page sizes as lengths, not by name (A3, letter).
            css.append(f'@page {{ size: {w:g}mm {h:g}mm; margin: {v.margin}mm; }}')
        else:
            css.append(f'@page {{ size: {v.paper} {v.orient}; margin: {v.margin}mm; }}')
        if v.hf and v.producer == 'weasyprint':
            css.append('@page { @top-center { content: "Житомирська міська рада"; font: 8pt sans-serif; } '
                       '@bottom-center { content: "Сторінка " counter(page) " з " counter(pages); font: 8pt sans-serif; } }')
    if v.scale != 1.0 and v.producer == 'chromium':
        css.append(f'html {{ zoom: {v.scale}; }}')
    css.append(f'body {{ font-family: "{v.family}"; font-size: {v.pt}pt; margin: 0; }}')
    css.append('table { width: 100%; } th, td { vertical-align: top; text-align: left; padding: 2px 4px; }')
    css.append('thead { display: table-header-group; } th { font-weight: bold; } td p { margin: 0 0 0.3em 0; }')
    # Long Ukrainian words in six columns are wider than a portrait page at 10-12pt: let a
    # word break where it must (as Word does), or the browsers push the last columns off the page.
    css.append('th, td { overflow-wrap: anywhere; }')
    css.append('h1 { font-size: 1.15em; text-align: center; } p.note { font-size: 0.9em; }')
    css.append(BORDER_CSS[v.style])
    table_open = '<table border="1">' if v.style == 'attr-border' else '<table>'
    if v.producer == 'lo-html' and v.style in ('separate', 'filled'):
        table_open = f'<table cellspacing="{3 if v.style == "separate" else 2}">'
    elif v.producer == 'lo-html' and v.style == 'frame':
        table_open = '<table border="1" frame="box" rules="none">'
    assert v.producer != 'lo-html' or v.style in INLINE_CSS or v.style in ('attr-border', 'zebra', 'frame'), v.style
    body_row = 0

    parts, in_table, head_done = [], False, False
    for kind, content in items:
        if kind == 'p':
            if in_table:
                parts.append('</tbody>\n</table>')
                in_table = False
            if not head_done and content.startswith('<b>'):
                parts.append(f'<h1>{content}</h1>')
            else:
                parts.append(f'<p class="note">{content}</p>')
            continue
        if not in_table:
            parts.append(table_open)
            # Column widths as a word processor's HTML export gives them.
            parts.append('<colgroup>' + ''.join(f'<col style="width: {share * 100:g}%">' for share in COLUMN_SHARE)
                         + '</colgroup>')
            in_table = True
            if not head_done:
                parts.append('<thead>' + html_row(content, 'th', False, inline_css(v, 0)) + '</thead>\n<tbody>')
                head_done = True
                continue
            parts.append('<tbody>')
        body_row += 1
        parts.append(html_row(content, 'td', True, inline_css(v, body_row)))
    if in_table:
        parts.append('</tbody>\n</table>')
    return ('<!DOCTYPE html>\n<html lang="uk"><head><meta charset="utf-8">\n'
            f'<title>{html.escape(TITLE)}</title>\n<style>\n' + '\n'.join(css) + '\n</style></head><body>\n'
            + '\n'.join(parts) + '\n</body></html>\n')


# ---------------------------------------------------------------- DOCX

class Fragment(HTMLParser):
    """A cell's HTML fragment as paragraphs of (text, bold, underline) runs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = [[]]
        self.bold = self.under = 0

    def handle_starttag(self, tag, attrs):
        if tag == 'p' and self.paragraphs[-1]:
            self.paragraphs.append([])
        elif tag == 'br':
            self.paragraphs[-1].append(('\n', False, False))
        elif tag in ('b', 'strong'):
            self.bold += 1
        elif tag in ('u', 'a'):
            self.under += 1

    def handle_endtag(self, tag):
        if tag == 'p':
            self.paragraphs.append([])
        elif tag in ('b', 'strong'):
            self.bold -= 1
        elif tag in ('u', 'a'):
            self.under -= 1

    def handle_data(self, data):
        self.paragraphs[-1].append((data, self.bold > 0, self.under > 0))

    def result(self):
        out = []
        for runs in self.paragraphs:
            # Whitespace as a browser shows it: runs of spaces collapse, ends are trimmed.
            merged, last_space = [], True
            for text, bold, under in runs:
                if text == '\n':
                    merged.append(('\n', bold, under))
                    last_space = True
                    continue
                text = re.sub(r'\s+', ' ', text)
                if last_space:
                    text = text.lstrip(' ')
                if text:
                    merged.append((text, bold, under))
                    last_space = text.endswith(' ')
            while merged and merged[-1][0] != '\n' and merged[-1][0].endswith(' '):
                t, b, u = merged[-1]
                merged[-1] = (t.rstrip(' '), b, u)
                if not merged[-1][0]:
                    merged.pop()
            if merged:
                out.append(merged)
        return out or [[]]


def fragment_paragraphs(fragment):
    parser = Fragment()
    parser.feed(fragment)
    parser.close()
    return parser.result()


def fill_paragraph(paragraph, runs, bold=False):
    for text, b, u in runs:
        if text == '\n':
            paragraph.add_run().add_break(WD_BREAK.LINE)
            continue
        run = paragraph.add_run(text)
        if b or bold:
            run.bold = True
        if u:
            run.underline = True


def fill_cell(cell, fragment, bold=False):
    paragraphs = fragment_paragraphs(fragment)
    first = cell.paragraphs[0]
    fill_paragraph(first, paragraphs[0], bold)
    for runs in paragraphs[1:]:
        fill_paragraph(cell.add_paragraph(), runs, bold)


def border_xml(tag, sides):
    """<w:tblBorders> or <w:tcBorders>: sides maps top/left/bottom/right/insideH/insideV to (val, eighths of a point, colour)."""
    inner = ''
    for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'):
        if side not in sides:
            continue
        val, sz, color = sides[side]
        if val == 'nil':
            inner += f'<w:{side} w:val="nil"/>'
        else:
            inner += f'<w:{side} w:val="{val}" w:sz="{sz}" w:space="0" w:color="{color}"/>'
    return parse_xml(f'<w:{tag} {nsdecls("w")}>{inner}</w:{tag}>')


def all_sides(val, sz, color='000000'):
    return {s: (val, sz, color) for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')}


NIL = ('nil', 0, '')
# Table borders in the Word file; sz is in eighths of a point (1px = 0.75pt = 6).
DOCX_BORDERS = {
    'docx-grid': None,  # Word's «Table Grid» style as it is
    'docx-thick-outer': None,  # «Table Grid» with a 2¼ pt frame
    'docx-banded': None,  # «Medium Shading 1 Accent 1»
    'docx-banded-centred': None,
    'solid-05pt': all_sides('single', 4),
    'solid-1px': all_sides('single', 6),
    'solid-2px': all_sides('single', 12),
    'solid-3pt': all_sides('single', 24),
    'dotted': all_sides('dotted', 6),
    'dashed': all_sides('dashed', 6),
    'double': all_sides('double', 6),
    'grey': all_sides('single', 6, '999999'),
    'separate': all_sides('single', 6),
    'hrules': dict(all_sides('single', 6), left=NIL, right=NIL, insideV=NIL),
    'frame': dict(all_sides('single', 12), insideH=NIL, insideV=NIL),
    'zebra': {s: NIL for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')},
    'filled': all_sides('single', 24, 'FFFFFF'),
}
COLUMN_SHARE = (0.05, 0.17, 0.22, 0.15, 0.26, 0.15)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_fonts(style, family, pt):
    style.font.name = family
    style.font.size = Pt(pt)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn('w:rFonts'))
    for attr in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        fonts.set(qn(attr), family)


def field_run(paragraph, instruction):
    """A Word field (PAGE, NUMPAGES) as begin/instr/separate/result/end runs."""
    for kind in ('begin', None, 'separate', 'result', 'end'):
        run = paragraph.add_run()
        if kind is None:
            el = OxmlElement('w:instrText')
            el.set(qn('xml:space'), 'preserve')
            el.text = f' {instruction} '
            run._r.append(el)
        elif kind == 'result':
            run.text = '1'
        else:
            el = OxmlElement('w:fldChar')
            el.set(qn('w:fldCharType'), kind)
            run._r.append(el)


def build_docx(v, items, path):
    """The report as a Word file written with python-docx for variant v."""
    document = docx.Document()
    props = document.core_properties
    stamp = datetime.datetime.fromtimestamp(int(EPOCH), datetime.timezone.utc).replace(tzinfo=None)
    props.created = props.modified = stamp
    props.last_printed = stamp
    props.author = props.last_modified_by = 'Житомирська міська рада'
    props.title = TITLE
    props.revision = 1

    normal = document.styles['Normal']
    set_fonts(normal, v.family, v.pt)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    section = document.sections[0]
    w, h = v.page_mm()
    section.orientation = WD_ORIENT.LANDSCAPE if v.orient == 'landscape' else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(w), Mm(h)
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(section, side, Mm(v.margin))
    section.header_distance = section.footer_distance = Mm(max(4, v.margin / 2 - 2))
    if v.hf:
        header = section.header.paragraphs[0]
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        header.add_run('Житомирська міська рада').font.size = Pt(8)
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run('Сторінка ')
        field_run(footer, 'PAGE')
        footer.add_run(' з ')
        field_run(footer, 'NUMPAGES')
        for run in footer.runs:
            run.font.size = Pt(8)

    rows = [cells for kind, cells in items if kind == 'tr']
    paragraphs_before = []
    paragraphs_after = []
    seen_table = False
    for kind, content in items:
        if kind == 'tr':
            seen_table = True
        elif seen_table:
            paragraphs_after.append(content)
        else:
            paragraphs_before.append(content)

    for content in paragraphs_before:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(6)
        for runs in fragment_paragraphs(content):
            fill_paragraph(p, runs)

    table = document.add_table(rows=len(rows), cols=6)
    if v.style in ('docx-grid', 'docx-thick-outer'):
        table.style = document.styles['Table Grid']
    elif v.style in ('docx-banded', 'docx-banded-centred'):
        table.style = document.styles['Medium Shading 1 Accent 1']
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblPr = table._tbl.tblPr
    # Which parts of a table style apply: header row and banded rows, no first-column emphasis.
    look = tblPr.find(qn('w:tblLook'))
    if look is None:
        look = OxmlElement('w:tblLook')
        tblPr.append(look)
    for attr, val in (('w:val', '04A0' if v.style.startswith('docx-banded') else '0000'), ('w:firstRow', '1'),
                      ('w:lastRow', '0'), ('w:firstColumn', '0'), ('w:lastColumn', '0'),
                      ('w:noHBand', '0'), ('w:noVBand', '1')):
        look.set(qn(attr), val)
    sides = DOCX_BORDERS[v.style]
    if v.style == 'docx-thick-outer':
        sides = dict(all_sides('single', 4), top=('single', 18, '000000'), left=('single', 18, '000000'),
                     bottom=('single', 18, '000000'), right=('single', 18, '000000'))
    if sides is not None:
        # tblBorders goes before tblLayout/tblCellMar/tblLook in CT_TblPr's sequence.
        borders = border_xml('tblBorders', sides)
        anchor = None
        for name in ('w:shd', 'w:tblLayout', 'w:tblCellMar', 'w:tblLook'):
            anchor = tblPr.find(qn(name))
            if anchor is not None:
                break
        if anchor is not None:
            anchor.addprevious(borders)
        else:
            tblPr.append(borders)
    if v.style in ('separate', 'filled'):
        spacing = parse_xml(f'<w:tblCellSpacing {nsdecls("w")} w:w="{45 if v.style == "separate" else 30}" w:type="dxa"/>')
        # tblCellSpacing follows tblW and jc in CT_TblPr's sequence.
        after = tblPr.find(qn('w:jc'))
        if after is None:
            after = tblPr.find(qn('w:tblW'))
        after.addnext(spacing)

    usable = Mm(w - 2 * v.margin)
    widths = [int(usable * share) for share in COLUMN_SHARE]
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn('w:gridCol')), widths):
        col.set(qn('w:w'), str(int(width / 635)))  # EMU to twentieths of a point

    for r, (row, cells) in enumerate(zip(table.rows, rows)):
        for c, cell in enumerate(row.cells):
            cell.width = widths[c]
        header = r == 0
        if header:
            trPr = row._tr.get_or_add_trPr()
            trPr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        at = None if header else heading_span(cells)
        if at is not None:
            target = row.cells[at].merge(row.cells[5])
            fill_cell(target, cells[at])
        else:
            for c, fragment in enumerate(cells):
                fill_cell(row.cells[c], fragment, bold=header)
                if header and v.style == 'docx-banded-centred':
                    for p in row.cells[c].paragraphs:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if v.style == 'zebra' and r % 2 == 1:
            for cell in row.cells:
                shade(cell, 'EEEEEE')
        elif v.style == 'filled':
            for cell in row.cells:
                shade(cell, 'DDE4F0')

    for content in paragraphs_after:
        p = document.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        for runs in fragment_paragraphs(content):
            fill_paragraph(p, runs)
        for run in p.runs:
            run.font.size = Pt(max(7, v.pt - 1))
    document.save(path)


# ---------------------------------------------------------------- producers

CHROMIUM = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            f'--user-data-dir={WORK}/chromium-profile']


def run(cmd, **kw):
    subprocess.run(cmd, check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def stage(v, text, ext='html'):
    path = os.path.join(WORK, f'{v.nn:02d}.{ext}')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    return path


def soffice(src, outdir):
    """LibreOffice headless conversion to PDF; returns the written file's path."""
    os.makedirs(outdir, exist_ok=True)
    cmd = ['soffice', '--headless', f'-env:UserInstallation=file://{WORK}/lo-profile']
    if src.endswith('.html'):
        # Writer, not Writer/Web: the page's @page size and margins are kept.
        cmd.append('--infilter=HTML (StarWriter)')
    run(cmd + ['--convert-to', 'pdf:writer_pdf_Export', '--outdir', outdir, src])
    made = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + '.pdf')
    assert os.path.exists(made), f'LibreOffice wrote no PDF for {src}'
    return made


def print_variant(v, items, dest):
    if v.producer == 'chromium':
        src = stage(v, build_html(v, items))
        flags = [] if v.hf else ['--no-pdf-header-footer']
        run(CHROMIUM + flags + [f'--print-to-pdf={dest}', f'file://{src}'])
    elif v.producer == 'lo-html':
        src = stage(v, build_html(v, items))
        shutil.move(soffice(src, os.path.join(WORK, f'lo-{v.nn:02d}')), dest)
    elif v.producer == 'lo-docx':
        src = os.path.join(WORK, f'{v.nn:02d}.docx')
        build_docx(v, items, src)
        shutil.move(soffice(src, os.path.join(WORK, f'lo-{v.nn:02d}')), dest)
    elif v.producer == 'weasyprint':
        src = stage(v, build_html(v, items))
        flags = ['-p'] if v.style == 'attr-border' else []  # the border attribute is a presentational hint
        run(['weasyprint', '-q'] + flags + [src, dest])
    elif v.producer == 'wkhtmltopdf':
        src = stage(v, build_html(v, items, page_rules=False))
        m = f'{v.margin}mm'
        flags = ['-q', '--encoding', 'utf-8', '-s', v.paper, '-O', v.orient.capitalize(),
                 '-T', m, '-B', m, '-L', m, '-R', m, '--zoom', str(v.scale)]
        assert not v.hf, 'wkhtmltopdf with unpatched Qt prints no header or footer'
        run(['wkhtmltopdf'] + flags + [src, dest])
    else:
        raise ValueError(v.producer)


def ghostscript(src, dest, *extra):
    run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', *extra, f'-sOutputFile={dest}', src])


def derive(v, src_path, dest):
    if v.expect == 'read':
        if v.producer.endswith('-gs'):
            ghostscript(src_path, dest)
            if not readable(dest):
                # Ghostscript 10.00's new PDF interpreter loses the ToUnicode maps of CID
                # TrueType fonts (Chromium, WeasyPrint, wkhtmltopdf): the copy's text is garbage.
                # Its legacy interpreter keeps them.
                ghostscript(src_path, dest, '-dNEWPDF=false')
                LEGACY_GS.add(v.nn)
        elif v.producer.endswith('-qpdf-objstm'):
            run(['qpdf', '--deterministic-id', '--object-streams=generate', src_path, dest])
        elif v.producer.endswith('-qpdf-linearize'):
            run(['qpdf', '--deterministic-id', '--linearize', src_path, dest])
        elif v.producer.endswith('-qpdf-qdf'):
            run(['qpdf', '--deterministic-id', '--qdf', '--object-streams=disable', src_path, dest])
        else:
            raise ValueError(v.producer)
        return
    if v.producer.endswith('-gs-outlines'):
        # Every glyph drawn as a filled path: pages that look the same and hold no text.
        ghostscript(src_path, dest, '-dNoOutputFonts')
    elif v.producer.endswith('-qpdf-partial-outlines'):
        outlined = os.path.join(WORK, f'{v.nn:02d}-outlined.pdf')
        ghostscript(src_path, outlined, '-dNoOutputFonts')
        first, last = PARTIAL_PAGES
        run(['qpdf', '--deterministic-id', '--empty', '--pages',
             src_path, f'1-{first - 1}', outlined, f'{first}-{last}', src_path, f'{last + 1}-z', '--', dest])
    elif v.producer.endswith('-garbage-tounicode'):
        garbage_text_layer(src_path, dest)
    else:
        raise ValueError(v.producer)


PARTIAL_PAGES = (3, 5)
EXPECTED = Counter()  # the source's letters, set by main()
LEGACY_GS = set()


def garbage_text_layer(src, dest):
    """Every ToUnicode map shifted by one code point (Б for А, 5 for 4): the text layer
    extracts as garbage while the page looks the same, as a bad font subsetter writes it."""
    qdf = os.path.join(WORK, 'garbage-qdf.pdf')
    run(['qpdf', '--qdf', '--object-streams=disable', src, qdf])
    data = open(qdf, 'rb').read()

    def shift(match):
        hexa = match.group(1)
        value = int(hexa, 16)
        return b'<' + f'{value + 1:0{len(hexa)}X}'.encode() + b'>'

    def rewrite_cmap(block):
        # Destination codes only: the last <...> of each bfchar line and the start of each bfrange's destination.
        lines = []
        for line in block.split(b'\n'):
            codes = re.findall(rb'<([0-9A-Fa-f]+)>', line)
            if len(codes) in (2, 3):
                head, _, tail = line.rpartition(b'<')
                hexa = tail.split(b'>')[0]
                line = head + shift(re.match(rb'([0-9A-Fa-f]+)', hexa)) + tail[len(hexa) + 1:]
            lines.append(line)
        return b'\n'.join(lines)

    count = 0

    def per_section(match):
        nonlocal count
        count += 1
        return match.group(1) + rewrite_cmap(match.group(2)) + match.group(3)

    data = re.sub(rb'(begin(?:bfchar|bfrange)\n)(.*?)(\nend(?:bfchar|bfrange))', per_section, data, flags=re.S)
    assert count > 0, 'no ToUnicode maps found'
    broken = os.path.join(WORK, 'garbage-broken.pdf')
    open(broken, 'wb').write(data)
    fixed = os.path.join(WORK, 'garbage-fixed.pdf')
    with open(fixed, 'wb') as out:
        subprocess.run(['fix-qdf', broken], check=True, stdout=out, env=ENV)
    run(['qpdf', '--deterministic-id', '--object-streams=generate', '--compress-streams=y', fixed, dest])


# ---------------------------------------------------------------- checks and manifest

def pdf_pages(path):
    info = subprocess.run(['pdfinfo', path], check=True, capture_output=True, text=True, env=ENV).stdout
    return int(re.search(r'^Pages:\s+(\d+)', info, re.M).group(1))


def pdf_text(path, first=None, last=None):
    """The text layer, whitespace collapsed: pdftotext's reading order, then its content-stream
    order (-raw), since the default order runs a row's wrapped cells into each other."""
    return pdftotext(path, first, last) + ' ' + pdftotext(path, first, last, '-raw')


def pdftotext(path, first=None, last=None, *flags):
    cmd = ['pdftotext', '-enc', 'UTF-8', *flags]
    if first:
        cmd += ['-f', str(first), '-l', str(last)]
    text = subprocess.run(cmd + [path, '-'], check=True, capture_output=True, env=ENV).stdout.decode('utf-8', 'replace')
    return re.sub(r'\s+', ' ', text)


def letters(text):
    return Counter(c for c in text.lower() if c.isalnum())


def source_letters(items):
    plain = []
    for kind, content in items:
        cells = [content] if kind == 'p' else content
        plain += [html.unescape(re.sub(r'<[^>]+>', ' ', x)) for x in cells]
    return letters(' '.join(plain))


def coverage(expected, path):
    """The share of the source's letters and digits (counted with repeats) found in the text
    layer. Words broken at a line end lose nothing; a column pushed off the page or a
    clipped page loses a tenth or more."""
    got = letters(pdftotext(path, None, None, '-raw'))
    return sum(min(n, got[c]) for c, n in expected.items()) / sum(expected.values())


def words_off_page(path):
    out = subprocess.run(['pdftotext', '-bbox', path, '-'], check=True, capture_output=True, env=ENV).stdout.decode()
    count = 0
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        w, h = float(page.group(1)), float(page.group(2))
        for m in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">', page.group(3)):
            x0, y0, x1, y1 = map(float, m.groups())
            if x0 < 0 or y0 < 0 or x1 > w + 0.5 or y1 > h + 0.5:
                count += 1
    return count


def has_phrase(phrase, text):
    """The phrase's words in order; a cell split by a page break has the repeated header between them."""
    pattern = r'.{0,700}?'.join(re.escape(w) for w in phrase.split())
    return re.search(pattern, text, re.S) is not None


def readable(path):
    text = pdf_text(path)
    return has_phrase(FIRST_TITLE, text) and has_phrase(LAST_MEASURE, text) and coverage(EXPECTED, path) >= MIN_COVERAGE


def check(v, path, expected):
    pages = pdf_pages(path)
    text = pdf_text(path)
    found = has_phrase(FIRST_TITLE, text) and has_phrase(LAST_MEASURE, text)
    if v.expect == 'read':
        assert found, f'{v.name}: title or last measure not found in the text layer'
        share = coverage(expected, path)
        assert share >= MIN_COVERAGE, f'{v.name}: only {share:.1%} of the letters are in the text layer'
        off = words_off_page(path)
        assert off == 0, f'{v.name}: {off} words outside the page'
    elif v.producer.endswith('-gs-outlines'):
        assert not text.strip(), f'{v.name}: text left after -dNoOutputFonts'
    elif v.producer.endswith('-qpdf-partial-outlines'):
        a, b = PARTIAL_PAGES
        assert not pdf_text(path, a, b).strip(), f'{v.name}: text on pages {a}-{b}'
        assert pdf_text(path, 1, a - 1).strip() and pdf_text(path, b + 1, pages).strip()
        assert found
    elif v.producer.endswith('-garbage-tounicode'):
        assert len(text.strip()) > 10000 and not found and 'Житомир' not in text, f'{v.name}: text still readable'
    return pages, coverage(expected, path)


def why(v, pages):
    if v.producer.endswith('-gs-outlines'):
        return (f'no text layer on any of the {pages} pages: Ghostscript -dNoOutputFonts drew every glyph '
                'as a filled path (the table is visible, the text is not extractable)')
    if v.producer.endswith('-qpdf-partial-outlines'):
        a, b = PARTIAL_PAGES
        return (f'no text layer on pages {a}-{b} of {pages}: those pages were replaced by their '
                'Ghostscript -dNoOutputFonts copies (glyphs as paths); the other pages read normally, '
                'so part of the table is missing')
    if v.producer.endswith('-garbage-tounicode'):
        return ('text layer is garbage: every ToUnicode CMap entry was shifted by one code point, '
                'so the pages look right but extract as wrong characters (А reads Б, a space !, «1.1.» '
                '«2/2/»): no «Житомир», no task or measure numbers')
    return None


GS_VERSION = subprocess.run(['gs', '--version'], capture_output=True, text=True).stdout.strip()


def describe(v):
    producers = {
        'chromium': 'Chromium headless --print-to-pdf',
        'lo-html': ('LibreOffice Writer from the HTML page (HTML (StarWriter) import; cell borders and '
                    'shading also inline on each cell, the only place LibreOffice reads them)'),
        'lo-docx': 'LibreOffice Writer from the python-docx Word file',
        'weasyprint': 'WeasyPrint',
        'wkhtmltopdf': 'wkhtmltopdf (Qt WebKit)',
        'gs': f'then re-distilled by Ghostscript {GS_VERSION} pdfwrite',
        'qpdf-objstm': 'then rewritten by qpdf --object-streams=generate',
        'qpdf-linearize': 'then rewritten by qpdf --linearize',
        'qpdf-qdf': 'then rewritten by qpdf --qdf (uncompressed)',
        'gs-outlines': f'then re-distilled by Ghostscript {GS_VERSION} pdfwrite -dNoOutputFonts',
        'qpdf-partial-outlines': 'with some pages swapped for Ghostscript -dNoOutputFonts copies (qpdf --pages)',
        'garbage-tounicode': 'with its ToUnicode maps corrupted (qpdf --qdf, edited, fix-qdf)',
    }
    base = next(p for p in ('lo-html', 'lo-docx', 'chromium', 'weasyprint', 'wkhtmltopdf') if v.producer.startswith(p))
    rest = v.producer[len(base) + 1:]
    producer = producers[base] + (', ' + producers[rest] if rest else '')
    if v.nn in LEGACY_GS:
        producer += ' (-dNEWPDF=false: the default interpreter of Ghostscript 10.00 wrote a garbage text layer)'
    page = f'{v.paper} {v.orient}, margins {v.margin} mm, scale {v.scale:g}'
    if v.producer.startswith('weasyprint') and v.scale != 1.0:
        w, h = v.page_mm()
        page += f' (as a {w / v.scale:.0f}×{h / v.scale:.0f} mm @page: WeasyPrint has no zoom)'
    if v.hf:
        page += ', header and footer'
    return {
        'producer': producer,
        'style': v.style,
        'page': page,
        'font': f'{v.family} ({FAMILY_KIND[v.family]}) {v.pt}pt',
    }


def main():
    only = {int(x) for x in sys.argv[1:]}
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    os.makedirs(OUT, exist_ok=True)
    items = read_export()
    rows = [c for k, c in items if k == 'tr']
    expected = source_letters(items)
    EXPECTED.update(expected)
    assert len(rows) > 190 and sum(1 for k, _ in items if k == 'p') == 2, 'unexpected export shape'

    variants = PRINTS + derived_variants()
    by_nn = {v.nn: v for v in variants}
    wanted = set(by_nn) if not only else set(only)
    for nn in list(wanted):
        if by_nn[nn].src:
            wanted.add(by_nn[nn].src)

    manifest_path = os.path.join(OUT, 'manifest.json')
    files = {}
    if only and os.path.exists(manifest_path):
        files = json.load(open(manifest_path, encoding='utf-8'))['files']
    else:
        for name in os.listdir(OUT):
            if name.endswith('.pdf'):
                os.remove(os.path.join(OUT, name))

    failed = []
    for v in variants:
        if v.nn not in wanted:
            continue
        dest = os.path.join(OUT, v.name)
        try:
            if v.src:
                derive(v, os.path.join(OUT, by_nn[v.src].name), dest)
            else:
                print_variant(v, items, dest)
            pages, share = check(v, dest, expected)
        except subprocess.CalledProcessError as e:
            failed.append(v.name)
            print(f'FAILED {v.name}: {e} {e.stderr[-2000:] if e.stderr else ""}', file=sys.stderr)
            continue
        except AssertionError as e:
            failed.append(v.name)
            print(f'FAILED {v.name}: {e}', file=sys.stderr)
            continue
        entry = describe(v)
        entry['expect'] = v.expect
        if v.expect == 'refuse':
            entry['why'] = why(v, pages)
        entry['pages'] = pages
        files[v.name] = entry
        print(f'{v.name}: {pages} pages, {os.path.getsize(dest) // 1024} KiB, letters {share:.2%}', file=sys.stderr)

    manifest = {
        'comment': (
            'The sample report (fixtures/zhytomyr-2023-9m.txt) printed to PDF many ways by '
            'scripts/make-pdf-matrix.py, without this tool: one HTML page and one python-docx Word file '
            'built from the text export, printed by Chromium, LibreOffice (HTML and DOCX), WeasyPrint and '
            'wkhtmltopdf, some re-distilled by Ghostscript or rewritten by qpdf. Axes vary independently: '
            'producer, border style, page (size, orientation, margins, scale, header/footer), font. '
            'expect "read": the whole report, 6 priorities, 6 goals, 18 sectors, 79 tasks, 173 measures. '
            'expect "refuse": made unreadable on purpose; "why" gives the cause. '
            'In the source, the five rows of the export that lost their first empty cell (measures 1.4-1.8 '
            'of «Благоустрій») get it back, so every measure prints under «Заходи»; a heading row (priority, '
            'goal, sector) is one merged cell from its column to the last. "styles" says what each style is: '
            'CSS for the HTML producers, table borders for lo-docx.'
        ),
        'styles': STYLE_NOTES,
        'counts': {'priorities': 6, 'goals': 6, 'sectors': 18, 'tasks': 79, 'measures': 173},
        'files': dict(sorted(files.items())),
    }
    with open(manifest_path, 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=2)
        f.write('\n')

    total = sum(os.path.getsize(os.path.join(OUT, n)) for n in os.listdir(OUT))
    print(f'{len(files)} files, {total / 1024 / 1024:.1f} MiB', file=sys.stderr)
    if total > SIZE_LIMIT:
        print('over the 40 MB limit', file=sys.stderr)
        sys.exit(1)
    if failed:
        print('failed: ' + ', '.join(failed), file=sys.stderr)
        sys.exit(1)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    main()
