#!/usr/bin/python3
"""Make the hold-out office/text-format test set (Zhytomyr council reports) and its labels.

Run:  /usr/bin/python3 make.py

Needs: pandoc, soffice (LibreOffice Writer and Calc), python3-docx, python3-openpyxl.

Two releases are used, neither of them the one the project's own fixtures are made from:
fixtures/zhytomyr-2024-6m.txt (I півріччя 2024) and fixtures/zhytomyr-2023-12m.txt (2023 рік).
Each text export is read plainly (one table row per tab-separated line, as read_export() in
scripts/make-pdf-matrix.py does), turned into an HTML page, a Word file or a workbook here,
and then written out by the programs a council's clerk might have: pandoc, LibreOffice Writer
and Calc, openpyxl, and a page written by hand after Word's «Save as Web Page, Filtered».

The labels (counts and measures) are NOT computed here: they are copied from the hand-checked
labels of the PDF hold-out set (../pdf/labels.json), for the same source export. Every file is
read back here without the tool under test (python: zipfile/ElementTree, python-docx, openpyxl,
csv, html.parser; LibreOffice converting back to .docx where python cannot read the format)
and must hold all of the release's measure rows and every labelled measure's text.
"""
import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from html.parser import HTMLParser

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..', '..'))
FIXTURES = os.path.join(ROOT, 'fixtures')
PDF_LABELS = os.path.join(HERE, '..', 'pdf', 'labels.json')
WORK = '/tmp/zhytomyr-holdout-formats'
PROFILE = 'file://' + WORK + '/lo-profile'
EPOCH = 1700000000
ENV = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), TZ='UTC', LANG='C.UTF-8', LC_ALL='C.UTF-8')
SIZE_LIMIT = 2_000_000

RELEASES = {
    'zhytomyr-2024-6m.txt': 'Інформація про виконання Програми за I півріччя 2024 року',
    'zhytomyr-2023-12m.txt': 'Інформація про виконання Програми за 2023 рік',
}
SHEET_TITLES = {'zhytomyr-2024-6m.txt': 'I півріччя 2024', 'zhytomyr-2023-12m.txt': '2023 рік'}

# A cell's text beginning with a measure number and then its title: «1.1. …», «3.12 …», «1.1.2. …»,
# «4.1.Зовнішнє …»; not an amount such as «4577.6» or «30.0».
MEASURE_AT_START = re.compile(r'\d{1,2}(?:\.\d{1,3})+\.?\s*[^\d\s.,]')
# Only an amount, as the money column sometimes holds: «30,0», «4577,6», «434,090».
AMOUNT = re.compile(r'\d+,\d+')

# LibreOffice's CSV filter options, by position: field separator, text delimiter, character set
# (a rtl_TextEncoding number: 76 = UTF-8, 34 = windows-1251), first line, cell formats, language,
# quote all text cells, detect special numbers, save cell contents as shown, export formulas,
# remove spaces, sheet to export.
CSV_FILTER = 'Text - txt - csv (StarCalc)'
CP1251_TOKEN = 34


# ---------------------------------------------------------------- the text export

def read_export(path):
    """The text export as a list of ('p', html) paragraphs and ('tr', [6 cell html]) rows.

    After read_export() in scripts/make-pdf-matrix.py: one table row per tab-separated line;
    a one-field line is a paragraph (a line ending in two spaces continues on the next one);
    blank lines and lines of only `--` fields are dropped; `**x**` becomes <b>x</b>.
    """
    items = []
    pending = None
    with open(path, encoding='utf-8', newline='') as f:
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
        # A task spanning several measures lost its empty first cell in a few rows.
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


class Runs(HTMLParser):
    """A cell's HTML as paragraphs, each a list of lines, each a list of (text, bold) runs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = [[[]]]
        self.bold = 0

    def _paragraph(self):
        if any(self.paragraphs[-1]):
            self.paragraphs.append([[]])

    def handle_starttag(self, tag, attrs):
        if tag == 'p':
            self._paragraph()
        elif tag == 'br':
            self.paragraphs[-1].append([])
        elif tag in ('b', 'strong'):
            self.bold += 1

    def handle_endtag(self, tag):
        if tag == 'p':
            self._paragraph()
        elif tag in ('b', 'strong'):
            self.bold = max(0, self.bold - 1)

    def handle_data(self, data):
        self.paragraphs[-1][-1].append((data, self.bold > 0))


class Cell:
    """A cell: its HTML fragment, paragraphs of lines of (text, bold) runs, its plain text."""

    def __init__(self, fragment):
        self.html = fragment
        parser = Runs()
        parser.feed(fragment)
        parser.close()
        self.paragraphs = []
        for lines in parser.paragraphs:
            lines = [tidy(line) for line in lines]
            while lines and not lines[-1]:
                lines.pop()
            while lines and not lines[0]:
                lines.pop(0)
            if lines:
                self.paragraphs.append(lines)
        self.lines = [''.join(t for t, _ in line) for lines in self.paragraphs for line in lines]
        self.text = '\n'.join(self.lines)
        runs = [b for lines in self.paragraphs for line in lines for t, b in line if t.strip()]
        self.bold = bool(runs) and all(runs)


def tidy(runs):
    """A line's runs: spaces collapsed across runs, ends trimmed, runs of one weight joined."""
    out, space = [], True
    for text, bold in runs:
        text = re.sub(r'[ \t\r\n\f\xa0]+', ' ', text)
        if space:
            text = text.lstrip(' ')
        if text:
            out.append([text, bold])
            space = text.endswith(' ')
    while out and out[-1][0].endswith(' '):
        out[-1][0] = out[-1][0].rstrip(' ')
        if not out[-1][0]:
            out.pop()
    joined = []
    for text, bold in out:
        if joined and joined[-1][1] == bold:
            joined[-1] = (joined[-1][0] + text, bold)
        else:
            joined.append((text, bold))
    return joined


class Report:
    """One release: title paragraphs, two header rows, body rows (cells, heading index), footnote."""

    def __init__(self, source):
        self.source = source
        self.title, self.footnote, rows = [], [], []
        for kind, content in read_export(os.path.join(FIXTURES, source)):
            if kind == 'tr':
                rows.append(content)
            elif rows:
                self.footnote.append(Cell(content))
            else:
                self.title.append(Cell(content))
        self.header = [[Cell(x) for x in r] for r in rows[:2]]
        assert [c.text for c in self.header[1]] == ['1', '2', '3', '4', '5', '6']
        self.body = [([Cell(x) for x in r], heading_span(r)) for r in rows[2:]]

    def measure_count(self):
        """Measure cells in the export itself: column 3 cells beginning with a measure number."""
        return sum(1 for cells, at in self.body if at is None and MEASURE_AT_START.match(cells[2].text))

    def title_text(self):
        return ' '.join(' '.join(c.lines) for c in self.title)


# ---------------------------------------------------------------- labels (copied, not computed)

def copied_labels():
    """Per source export: (counts, measures) from the PDF hold-out's hand-checked labels.

    The PDF entries each list a sample of the release's measures; here the samples of all of
    that release's readable PDF entries are joined (first appearance first, duplicates once).
    """
    with open(PDF_LABELS, encoding='utf-8') as f:
        entries = json.load(f)
    out = {}
    for e in entries:
        if e['expect'] != 'read':
            continue
        counts, measures, seen = out.setdefault(e['source'], (e['counts'], [], set()))
        assert counts == e['counts'], e['file']
        for m in e['measures']:
            key = (m['sector'], m['number'], m['title'])
            if key not in seen:
                seen.add(key)
                measures.append(m)
    return {k: (c, m) for k, (c, m, _) in out.items()}


# ---------------------------------------------------------------- programs

def run(args, **kw):
    r = subprocess.run(args, env=ENV, capture_output=True, text=True, timeout=600, **kw)
    if r.returncode != 0:
        raise SystemExit(f'{args[0]} failed ({r.returncode}): {r.stderr.strip()[:2000]}')
    return r


def soffice(src, target, dest, infilter=None):
    """LibreOffice headless --convert-to; the result moved to dest."""
    outdir = os.path.join(WORK, 'lo-out')
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    args = ['soffice', f'-env:UserInstallation={PROFILE}', '--headless', '--norestore']
    if infilter:
        args.append(f'--infilter={infilter}')
    args += ['--convert-to', target, '--outdir', outdir, src]
    run(args)
    made = os.listdir(outdir)
    if len(made) != 1:
        raise SystemExit(f'soffice {target} of {src}: made {made}')
    shutil.move(os.path.join(outdir, made[0]), dest)
    return dest


def pandoc(src, fmt, dest, *extra):
    run(['pandoc', '-f', 'html', '-t', fmt, *extra, '-o', dest, src])
    return dest


def versions():
    lo = run(['soffice', f'-env:UserInstallation={PROFILE}', '--version']).stdout.strip()
    pd = run(['pandoc', '--version']).stdout.split('\n')[0].strip()
    return {
        'libreoffice': re.sub(r'\s+\(.*', '', lo).strip(),
        'pandoc': pd,
        'python': sys.version.split()[0],
        'openpyxl': openpyxl.__version__,
        'python-docx': getattr(docx, '__version__', '0.8.11'),
    }


# ---------------------------------------------------------------- an HTML page (pandoc, Writer, Calc)

def build_html(report, dest, border_attr=False):
    """The report as a plain HTML5 page: the title in bold, one table of six columns (a <thead>
    with the column names, then the «1 … 6» row), heading rows as one bold <td colspan="6">,
    the cells' own markup (<b>, <u>, <p>, <br>, <a>) kept, the footnote after the table."""
    out = ['<!DOCTYPE html>', '<html lang="uk">', '<head>', '<meta charset="utf-8">',
           f'<title>{html.escape(report.title_text())}</title>',
           '<style>',
           'body { font-family: "Times New Roman", serif; font-size: 11pt; }',
           'table { border-collapse: collapse; width: 100%; }',
           'th, td { border: 1px solid #000; vertical-align: top; padding: 2pt 4pt; }',
           'th { font-weight: bold; text-align: center; }',
           '.heading { text-align: center; }',
           '</style>', '</head>', '<body>']
    for c in report.title:
        out.append(f'<p style="text-align: center">{c.html}</p>')
    attr = ' border="1" cellspacing="0" cellpadding="3"' if border_attr else ''
    out.append(f'<table{attr}>')
    out.append('<thead>')
    out.append('<tr>' + ''.join(f'<th>{c.html}</th>' for c in report.header[0]) + '</tr>')
    out.append('</thead>')
    out.append('<tbody>')
    out.append('<tr>' + ''.join(f'<td style="text-align: center">{c.html}</td>' for c in report.header[1])
               + '</tr>')
    for cells, at in report.body:
        if at is not None:
            h = cells[at]
            # Bold headings: the two the council left plain are made bold like the rest.
            text = h.html if h.bold else f'<b>{h.html}</b>'
            assert h.bold or '<p' not in h.html
            out.append(f'<tr><td class="heading" colspan="6">{text}</td></tr>')
        else:
            out.append('<tr>' + ''.join(f'<td>{c.html}</td>' for c in cells) + '</tr>')
    out.append('</tbody>')
    out.append('</table>')
    for c in report.footnote:
        out.append(f'<p><small>{c.html}</small></p>')
    out += ['</body>', '</html>', '']
    with open(dest, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    return dest


# ---------------------------------------------------------------- openpyxl: a clerk's own workbook

def amount(text):
    """(value, number format) for a cell that is only an amount in thousands of hryvnias, else None."""
    if not AMOUNT.fullmatch(text):
        return None
    decimals = len(text.split(',')[1])
    return float(text.replace(',', '.')), '#,##0.' + '0' * decimals


def build_xlsx(report, dest):
    """Three sheets, the report first: title merged A:F, the column names (frozen), the «1 … 6» row,
    the table (heading rows merged A:F and bold), the footnote. Task numbers and amounts are real
    numbers (amounts with a '#,##0.0' or '#,##0.000' format); every other cell, the measure cells
    with their numbers among them, is text in a «@» cell, line breaks as "\\n" with wrap text.
    Then a «Примітки» sheet of notes and a «Фінансування» sheet listing the amounts by measure
    number (numbers kept as text)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = 'Звіт ' + SHEET_TITLES[report.source]
    thin = Side(style='thin', color='000000')
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = Alignment(vertical='top', wrap_text=True)
    centre = Alignment(horizontal='center', vertical='center', wrap_text=True)
    for col, width in zip('ABCDEF', (7, 30, 40, 28, 60, 30)):
        ws.column_dimensions[col].width = width
    ws['A1'] = '\n'.join(c.text for c in report.title)
    ws['A1'].font = Font(name='Times New Roman', size=13, bold=True)
    ws['A1'].alignment = centre
    ws.merge_cells('A1:F1')
    ws.row_dimensions[1].height = 36
    row = 3
    for cells in report.header:
        for col, c in enumerate(cells, 1):
            cell = ws.cell(row=row, column=col)
            if c.text.isdigit():
                cell.value, cell.number_format = int(c.text), '0'
            else:
                cell.value, cell.number_format = c.text, '@'
            cell.font = Font(name='Times New Roman', size=10, bold=True)
            cell.alignment = centre
            cell.border = box
        row += 1
    ws.freeze_panes = 'A4'
    amounts = []
    sector = ''
    for cells, at in report.body:
        if at is not None:
            h = cells[at]
            if '<u>' not in h.html:  # priorities and goals are underlined, sectors not
                sector = h.text
            ws.cell(row=row, column=1, value=h.text).number_format = '@'
            ws.cell(row=row, column=1).font = Font(name='Times New Roman', size=10, bold=True)
            ws.cell(row=row, column=1).alignment = centre
            for col in range(1, 7):
                ws.cell(row=row, column=col).border = box
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        else:
            for col, c in enumerate(cells, 1):
                cell = ws.cell(row=row, column=col)
                cell.border = box
                cell.alignment = top
                cell.font = Font(name='Times New Roman', size=10, bold=c.bold)
                if not c.text:
                    continue
                if col == 1 and c.text.isdigit():
                    cell.value, cell.number_format = int(c.text), '0'
                elif col == 6 and amount(c.text):
                    cell.value, cell.number_format = amount(c.text)
                    amounts.append((cells[2].text.split(' ')[0].rstrip('.'), sector, cell.value,
                                    cell.number_format))
                else:
                    cell.value, cell.number_format = c.text, '@'
        row += 1
    row += 1
    for c in report.footnote:
        ws.cell(row=row, column=1, value=c.text).alignment = top
        ws.cell(row=row, column=1).font = Font(name='Times New Roman', size=9, italic=True)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
        ws.row_dimensions[row].height = 40
        row += 1
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.print_title_rows = '3:3'

    notes = wb.create_sheet('Примітки')
    notes.column_dimensions['A'].width = 100
    for i, text in enumerate(['Примітки до звіту', *[c.text for c in report.footnote],
                              'Суми в колонці 6 - у тисячах гривень.'], 1):
        notes.cell(row=i, column=1, value=text).alignment = Alignment(wrap_text=True)
    notes['A1'].font = Font(bold=True)

    money = wb.create_sheet('Фінансування')
    for col, width in zip('ABC', (12, 50, 18)):
        money.column_dimensions[col].width = width
    for col, text in enumerate(('№ заходу', 'Сектор', 'Обсяг, тис. грн'), 1):
        money.cell(row=1, column=col, value=text).font = Font(bold=True)
    for i, (number, sector, value, fmt) in enumerate(amounts, 2):
        money.cell(row=i, column=1, value=number).number_format = '@'
        money.cell(row=i, column=2, value=sector)
        money.cell(row=i, column=3, value=value).number_format = fmt
    total = len(amounts) + 2
    money.cell(row=total, column=2, value='Разом').font = Font(bold=True)
    money.cell(row=total, column=3, value=f'=SUM(C2:C{total - 1})').number_format = '#,##0.0'
    wb.active = 0
    wb.properties.creator = 'Житомирська міська рада'
    wb.save(dest)
    return dest, amounts


# ---------------------------------------------------------------- python-docx: a Word file (for .doc)

def build_docx(report, dest):
    """A landscape A4 Word file: the title, one «Table Grid» table (heading rows merged across
    the six columns), bold where the export is bold, the footnote."""
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(section, side, Mm(15))
    style = document.styles['Normal']
    style.font.name = 'Times New Roman'
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(0)

    def fill(paragraph_maker, cell_obj, first):
        for i, lines in enumerate(cell_obj.paragraphs):
            p = first if i == 0 else paragraph_maker()
            for j, line in enumerate(lines):
                if j:
                    p.add_run().add_break()
                for text, bold in line:
                    p.add_run(text).bold = bold

    for c in report.title:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fill(document.add_paragraph, c, p)
        for r in p.runs:
            r.font.size = Pt(13)
    rows = [(cells, None) for cells in report.header] + report.body
    table = document.add_table(rows=len(rows), cols=6)
    table.style = 'Table Grid'
    widths = (Mm(12), Mm(42), Mm(55), Mm(38), Mm(80), Mm(40))
    for r, (cells, at) in enumerate(rows):
        row = table.rows[r]
        for col, w in enumerate(widths):
            row.cells[col].width = w
        if at is not None:
            merged = row.cells[0].merge(row.cells[5])
            p = merged.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fill(merged.add_paragraph, cells[at], p)
            for run in p.runs:
                run.bold = True
            continue
        for col, c in enumerate(cells):
            target = row.cells[col]
            p = target.paragraphs[0]
            fill(target.add_paragraph, c, p)
            if r < 2:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in p.runs:
                    run.bold = True
    # Repeat the column names on each page.
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement('w:tblHeader')
    header.set(qn('w:val'), 'true')
    tr_pr.append(header)
    for c in report.footnote:
        p = document.add_paragraph()
        fill(document.add_paragraph, c, p)
        for r in p.runs:
            r.font.size = Pt(9)
    document.core_properties.author = 'Житомирська міська рада'
    document.save(dest)
    return dest


# ---------------------------------------------------------------- a Word-style web page, by hand

WORD_HEAD = """<html>

<head>
<meta charset="windows-1251">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	mso-pagination:widow-orphan;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-language:RU;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
	{margin:0cm;
	font-size:9.0pt;
	font-family:"Times New Roman",serif;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ansi-font-size:10.0pt;}
 /* Page Definitions */
@page WordSection1
	{size:841.9pt 595.3pt;
	mso-page-orientation:landscape;
	margin:42.5pt 42.5pt 42.5pt 42.5pt;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>

</head>
"""
WORD_WIDTHS = (35.4, 113.4, 170.1, 106.3, 226.8, 113.4)


def word_text(text):
    return html.escape(text, quote=False)


def word_paragraphs(cell, size='10.0', align=None, bold_all=False):
    """A cell's paragraphs as Word writes them: <p class=MsoNormal>, runs in <span lang=UK>,
    bold runs in <b>, a line break as <br>, each paragraph closed by <o:p></o:p>."""
    a = f" align={align} style='text-align:{align}'" if align else ''
    if not cell.paragraphs:
        return [f"<p class=MsoNormal{a}><span lang=UK style='font-size:{size}pt'><o:p>&nbsp;</o:p></span></p>"]
    out = []
    for lines in cell.paragraphs:
        parts = []
        for j, line in enumerate(lines):
            if j:
                parts.append('<br>\n')
            for text, bold in line:
                span = f"<span lang=UK style='font-size:{size}pt'>{word_text(text)}</span>"
                parts.append(f'<b>{span}</b>' if bold or bold_all else span)
        out.append(f'<p class=MsoNormal{a}>' + ''.join(parts) + '<o:p></o:p></p>')
    return out


def word_td(cell, width, extra='', size='10.0', align=None, bold_all=False):
    return ([f"<td width={round(width * 4 / 3)} valign=top{extra} style='width:{width}pt;border:solid windowtext 1.0pt;"
             "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>"]
            + word_paragraphs(cell, size, align, bold_all) + ['</td>'])


def word_wrap(line, limit=76):
    """Word's HTML writer breaks lines near column 76 at a space."""
    out = []
    while len(line) > limit:
        at = line.rfind(' ', 0, limit)
        if at <= 0:
            at = line.find(' ', limit)
            if at < 0:
                break
        out.append(line[:at])
        line = line[at + 1:]
    out.append(line)
    return out


def build_word_html(report, dest):
    """The report as Word 2016 saves it as «Web Page, Filtered» on a Ukrainian Windows, written
    by hand: windows-1251, declared only by the HTML5 <meta charset="windows-1251">; mso- styles;
    <p class=MsoNormal> paragraphs closed by <o:p></o:p>; heading rows as <td colspan=6>; a task's
    number and name as one cell with rowspan over its measures' rows; lines wrapped near column
    76; CRLF; characters windows-1251 lacks as &#NNN;."""
    body = ["<body lang=UK style='word-wrap:break-word'>", '', '<div class=WordSection1>', '']
    for c in report.title:
        body += word_paragraphs(c, '13.0', 'center')
    body.append("<p class=MsoNormal><span lang=UK><o:p>&nbsp;</o:p></span></p>")
    body.append('')
    body.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
                " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
                " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    rows = [(cells, None) for cells in report.header] + report.body
    # Rows a task's first two cells span: the task's row and the following rows with both empty.
    spans = {}
    for i, (cells, at) in enumerate(rows):
        if i < 2 or at is not None or not cells[0].text:
            continue
        n = 1
        while (i + n < len(rows) and rows[i + n][1] is None
               and not rows[i + n][0][0].text and not rows[i + n][0][1].text):
            n += 1
        spans[i] = n
    covered = {i + k for i, n in spans.items() for k in range(1, n)}
    for irow, (cells, at) in enumerate(rows):
        flags = [f'mso-yfti-irow:{irow}']
        if irow == 0:
            flags.append('mso-yfti-firstrow:yes')
        if irow == len(rows) - 1:
            flags.append('mso-yfti-lastrow:yes')
        body.append(f"<tr style='{';'.join(flags)}'>")
        if at is not None:
            body += word_td(cells[at], sum(WORD_WIDTHS), ' colspan=6', align='center', bold_all=True)
        else:
            for col, c in enumerate(cells):
                if irow in covered and col < 2:
                    continue
                extra = f' rowspan={spans[irow]}' if spans.get(irow, 1) > 1 and col < 2 else ''
                body += word_td(c, WORD_WIDTHS[col], extra, align='center' if irow < 2 else None,
                                bold_all=irow == 0)
        body.append('</tr>')
    body.append('</table>')
    body.append('')
    body.append("<p class=MsoNormal><span lang=UK><o:p>&nbsp;</o:p></span></p>")
    for c in report.footnote:
        body += [x.replace('class=MsoNormal', 'class=MsoFootnoteText') for x in word_paragraphs(c, '9.0')]
    body += ['', '</div>', '', '</body>', '', '</html>', '']
    text = WORD_HEAD + '\n' + '\n'.join(w for x in body for line in x.split('\n') for w in word_wrap(line))
    data = text.replace('\n', '\r\n').encode('cp1251', errors='xmlcharrefreplace')
    with open(dest, 'wb') as f:
        f.write(data)
    return dest


# ---------------------------------------------------------------- reading the files back (no tool under test)

ODF_TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0'
ODF_TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'


def odf_inline(element):
    """An ODF paragraph's text: spans and links followed, <text:s/> as spaces, breaks as "\\n"."""
    out = [element.text or '']
    for child in element:
        tag = child.tag
        if tag == f'{{{ODF_TEXT}}}s':
            out.append(' ' * int(child.get(f'{{{ODF_TEXT}}}c', '1')))
        elif tag == f'{{{ODF_TEXT}}}tab':
            out.append('\t')
        elif tag == f'{{{ODF_TEXT}}}line-break':
            out.append('\n')
        elif tag in (f'{{{ODF_TEXT}}}note', f'{{{ODF_TEXT}}}bookmark-start'):
            pass
        else:
            out.append(odf_inline(child))
        out.append(child.tail or '')
    return ''.join(out)


def odf_cells(path):
    """Every table cell's text in an ODF file (zipped or flat): its paragraphs joined by "\\n"."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read('content.xml'))
    else:
        root = ET.parse(path).getroot()
    out = []
    for cell in root.iter(f'{{{ODF_TABLE}}}table-cell'):
        paras = [odf_inline(p) for p in cell.iter() if p.tag in (f'{{{ODF_TEXT}}}p', f'{{{ODF_TEXT}}}h')]
        out.append('\n'.join(paras))
    return out


def docx_cells(path):
    """Every table cell's text in a .docx (python-docx), a merged cell once."""
    document = docx.Document(path)
    out, seen, keep = [], set(), []
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                tc = cell._tc
                keep.append(tc)  # keeps lxml's proxy alive, so id() stays this element's
                if id(tc) in seen:
                    continue
                seen.add(id(tc))
                out.append(cell.text)
    return out


def xlsx_cells(path, sheet=0):
    """The text of every cell of one sheet (openpyxl); numbers kept apart."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[sheet]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    return wb.sheetnames, [v for v in values if isinstance(v, str)], [v for v in values if not isinstance(v, str)]


def csv_cells(path, encoding, delimiter):
    with open(path, 'rb') as f:
        text = f.read().decode(encoding)
    return [x for row in csv.reader(io.StringIO(text, newline=''), delimiter=delimiter) for x in row]


class HtmlCells(HTMLParser):
    """<td>/<th> texts of an HTML page; <p> and <br> as line breaks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells, self.current = [], None

    def handle_starttag(self, tag, attrs):
        if tag in ('td', 'th'):
            self.current = []
        elif tag in ('br', 'p') and self.current is not None:
            self.current.append('\n')

    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.current is not None:
            self.cells.append(''.join(self.current))
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def html_cells(path, encoding):
    with open(path, 'rb') as f:
        text = f.read().decode(encoding)
    parser = HtmlCells()
    parser.feed(text)
    parser.close()
    return parser.cells


def flat(text):
    return re.sub(r'[\s\xa0]+', ' ', text).strip()


def check(texts, count, measures):
    """(cells beginning with a measure number, labelled measures not found in full)."""
    flats = [flat(t) for t in texts]
    found = sum(1 for t in flats if MEASURE_AT_START.match(t))
    whole = set(flats)
    missing = []
    for m in measures:
        number = m['number']
        ok = (any(t.startswith(number) and t[len(number):len(number) + 1] in ('.', ' ')
                  and flat(m['title']) in t for t in flats)
              # An empty cell (one measure's execution is empty) is not stored in a workbook: not looked for.
              and all(not flat(m[k]) or flat(m[k]) in whole for k in ('executors', 'execution'))
              # A sector is a heading row of its own, or (Житлове господарство) a bold lead-in of a task cell.
              and any(t == flat(m['sector']) or t.startswith(flat(m['sector']) + ' ') for t in flats))
        if not ok:
            missing.append(f"{m['sector']} {number}")
    return found, missing


# ---------------------------------------------------------------- the set

CALC_HTML = 'HTML (StarCalc):1058 false false'  # import language Ukrainian (uk-UA), no date/scientific detection
WRITER_HTML = 'HTML (StarWriter)'
S6, S12 = 'zhytomyr-2024-6m.txt', 'zhytomyr-2023-12m.txt'


def csv_target(sep, charset, quote_all):
    return f'csv:{CSV_FILTER}:{sep},34,{charset},1,,0,{str(quote_all).lower()},true,true,false,false'


def make_files(reports, v):
    """Build every file in HERE; a list of (label entry, how made, reader) in order."""
    lo, pd = v['libreoffice'], v['pandoc']
    page = {s: build_html(reports[s], os.path.join(WORK, s.replace('.txt', '.css.html'))) for s in RELEASES}
    page_attr = {s: build_html(reports[s], os.path.join(WORK, s.replace('.txt', '.attr.html')), border_attr=True)
                 for s in RELEASES}
    calc_ods_6m = soffice(page_attr[S6], 'ods:calc8', os.path.join(WORK, 'calc-2024-6m.ods'), CALC_HTML)
    out = []

    def here(name):
        return os.path.join(HERE, name)

    def add(name, source, producer, style, how, reader, expect='read', why=None, second=None, known=()):
        """known: labelled measures the second reading is known to miss, and why (a fault of that reader)."""
        entry = {'file': name, 'producer': producer, 'style': style, 'source': source, 'expect': expect}
        if why:
            entry['why'] = why
        out.append((entry, how, reader, (*second, dict(known)) if second else None))

    def back(p, target, ext):
        return soffice(p, target, os.path.join(WORK, 'second-' + os.path.basename(p) + '.' + ext))

    def lo_docx(p, infilter=None):
        return docx_cells(soffice(p, 'docx:MS Word 2007 XML',
                                  os.path.join(WORK, 'second-' + os.path.basename(p) + '.docx'), infilter))

    def lo_xlsx(p, infilter=None):
        return xlsx_cells(soffice(p, 'xlsx:Calc MS Excel 2007 XML',
                                  os.path.join(WORK, 'second-' + os.path.basename(p) + '.xlsx'), infilter))[1]

    def lo_csv(p):
        made = soffice(p, csv_target(44, 76, False), os.path.join(WORK, 'second-' + os.path.basename(p) + '.csv'))
        return csv_cells(made, 'utf-8', ',')

    html_how = ('an HTML5 page made here from the export (bold title, one 6-column table: <thead> with the '
                'column names, the «1 … 6» row, heading rows as one bold <td colspan="6">, the cells\' own '
                '<b>/<u>/<p>/<br>/<a> kept, footnote after the table)')

    # pandoc: HTML → ODT, DOCX, RTF.
    pandoc(page[S6], 'odt', here('01-pandoc-html.odt'))
    add('01-pandoc-html.odt', S6, 'pandoc', 'pandoc ODT writer: spanned heading cells without covered cells, '
        'header row in <table:table-header-rows>',
        f'{pd}: `pandoc -f html -t odt` of {html_how}, CSS borders.',
        lambda p: odf_cells(p), second=('LibreOffice → docx, python-docx', lo_docx))
    pandoc(page[S12], 'docx', here('02-pandoc-html.docx'))
    add('02-pandoc-html.docx', S12, 'pandoc', 'pandoc DOCX writer: «Table» style, gridSpan heading rows',
        f'{pd}: `pandoc -f html -t docx` of {html_how}, CSS borders.',
        lambda p: docx_cells(p),
        second=('LibreOffice → odt, ElementTree', lambda p: odf_cells(back(p, 'odt:writer8', 'odt'))))
    pandoc(page[S6], 'rtf', here('03-pandoc-html.rtf'), '-s')
    add('03-pandoc-html.rtf', S6, 'pandoc', 'pandoc standalone RTF: \\trowd tables, \\u escapes',
        f'{pd}: `pandoc -s -f html -t rtf` of {html_how}, CSS borders.',
        lambda p: docx_cells(soffice(p, 'docx:MS Word 2007 XML', os.path.join(WORK, 'back-03.docx'))),
        )

    # LibreOffice Writer: HTML → ODT.
    soffice(page_attr[S12], 'odt:writer8', here('04-writer-html.odt'), WRITER_HTML)
    add('04-writer-html.odt', S12, 'libreoffice-writer', 'Writer\'s HTML import: <table border="1"> attributes, '
        'colspan heading rows, inline bold/underline',
        f'{lo} Writer: `soffice --headless --infilter="{WRITER_HTML}" --convert-to odt:writer8` of {html_how}, '
        'borders by <table border="1" cellspacing="0" cellpadding="3">.',
        lambda p: odf_cells(p), second=('LibreOffice → docx, python-docx', lo_docx))

    # LibreOffice Calc: HTML import → XLSX, ODS; ODS → FODS; CSV; XLS.
    soffice(page_attr[S6], 'xlsx:Calc MS Excel 2007 XML', here('05-calc-html.xlsx'), CALC_HTML)
    add('05-calc-html.xlsx', S6, 'libreoffice-calc', 'Calc\'s HTML import saved as XLSX: title in rows 1-2, '
        'merged heading rows, the partly bold cell («Житлове господарство» lead-in) as rich text, amounts and task numbers as numbers',
        f'{lo} Calc: `soffice --headless --infilter="{CALC_HTML}" --convert-to xlsx:"Calc MS Excel 2007 XML"` '
        f'of {html_how}. The filter options set the import language to Ukrainian (1058), so «434,090» is read '
        'as the number 434.09 (with the default en-US it would be 434090).',
        lambda p: xlsx_cells(p)[1], second=('LibreOffice → csv, csv module', lo_csv))
    soffice(page_attr[S12], 'ods:calc8', here('06-calc-html.ods'), CALC_HTML)
    add('06-calc-html.ods', S12, 'libreoffice-calc', 'Calc\'s HTML import saved as ODS: merged heading rows, '
        'rich-text cells, amounts and task numbers as float cells',
        f'{lo} Calc: `soffice --headless --infilter="{CALC_HTML}" --convert-to ods:calc8` of {html_how}.',
        lambda p: odf_cells(p), second=('LibreOffice → xlsx, openpyxl', lo_xlsx))
    soffice(calc_ods_6m, 'fods:OpenDocument Spreadsheet Flat XML', here('07-calc-flat.fods'))
    add('07-calc-flat.fods', S6, 'libreoffice-calc', 'flat (single XML) ODF spreadsheet',
        f'{lo} Calc: `--convert-to fods:"OpenDocument Spreadsheet Flat XML"` of an ODS made as 06 from the '
        'I півріччя 2024 page.',
        lambda p: odf_cells(p), second=('LibreOffice → xlsx, openpyxl', lo_xlsx))
    t08 = csv_target(59, 76, True)
    soffice(here('06-calc-html.ods'), t08, here('08-calc-semicolon.csv'))
    add('08-calc-semicolon.csv', S12, 'libreoffice-calc', 'CSV: `;`, UTF-8 without BOM, every text cell quoted, '
        'LF row ends, title and footnote rows around the table',
        f'{lo} Calc: `--convert-to \'{t08}\'` of 06-calc-html.ods (`;`, `"`, UTF-8, quote all text cells).',
        lambda p: csv_cells(p, 'utf-8', ';'),
        second=('LibreOffice CSV import (;, UTF-8) → xlsx, openpyxl',
                lambda p: lo_xlsx(p, f'{CSV_FILTER}:59,34,76,1')))
    t09 = csv_target(9, 76, False)
    soffice(calc_ods_6m, t09, here('09-calc-tab.txt'))
    add('09-calc-tab.txt', S6, 'libreoffice-calc', 'tab-separated text, UTF-8, quotes only where needed',
        f'{lo} Calc: `--convert-to \'{t09}\'` of the ODS behind 07 (TAB, `"`, UTF-8).',
        lambda p: csv_cells(p, 'utf-8', '\t'),
        second=('LibreOffice CSV import (TAB, UTF-8) → xlsx, openpyxl',
                lambda p: lo_xlsx(p, f'{CSV_FILTER}:9,34,76,1')))
    t10 = csv_target(59, CP1251_TOKEN, False)
    soffice(here('06-calc-html.ods'), t10, here('10-calc-cp1251.csv'))
    add('10-calc-cp1251.csv', S12, 'libreoffice-calc', 'CSV: `;`, windows-1251 (as Excel\'s «CSV (роздільник - '
        'крапка з комою)» on a Ukrainian Windows), no BOM',
        f'{lo} Calc: `--convert-to \'{t10}\'` of 06-calc-html.ods (`;`, `"`, character set {CP1251_TOKEN} = '
        'windows-1251; 22, suggested in the brief, is ISO-8859-15 and turns every Cyrillic letter into «?»). '
        'windows-1251 has no «ü»: Calc wrote «?» for it («Gesellschaft f?r»).',
        lambda p: csv_cells(p, 'cp1251', ';'),
        second=('LibreOffice CSV import (;, windows-1251) → xlsx, openpyxl',
                lambda p: lo_xlsx(p, f'{CSV_FILTER}:59,34,{CP1251_TOKEN},1')))

    # openpyxl: a workbook of the clerk's own.
    _, amounts = build_xlsx(reports[S6], here('11-openpyxl-amounts.xlsx'))
    add('11-openpyxl-amounts.xlsx', S6, 'openpyxl', 'report on the first of three sheets, frozen header row, '
        'amounts as real numbers with #,##0.0 / #,##0.000 formats, task numbers as numbers, measure cells as text',
        f'openpyxl {v["openpyxl"]}: sheet «Звіт {SHEET_TITLES[S6]}» first (title merged A:F, a blank row, the '
        'column names frozen (freeze panes A4), the «1 … 6» row, the table with heading rows merged A:F and bold, '
        f'the footnote), then «Примітки» (notes) and «Фінансування» ({len(amounts)} measure numbers as text with '
        'their amounts and a SUM formula). Money cells that are only an amount hold a float with number format '
        '«#,##0.0» (or «#,##0.000» for «434,090»); task numbers are ints; all other cells are strings in «@» cells.',
        lambda p: xlsx_cells(p, 0)[1], second=('LibreOffice → csv (first sheet), csv module', lo_csv))

    # A hand-written Word «Web Page, Filtered».
    build_word_html(reports[S12], here('12-word-filtered-cp1251.htm'))
    add('12-word-filtered-cp1251.htm', S12, 'hand-written (Word 2016 filtered web page)',
        'windows-1251 declared only by <meta charset="windows-1251">, mso- styles, <o:p></o:p>, '
        'task cells with rowspan, colspan=6 headings, lines wrapped at column 76, CRLF',
        'Python, after the markup of Word 2016\'s «Save as Web Page, Filtered» on a Ukrainian Windows: '
        '`<meta charset="windows-1251">` (HTML5 form) first in <head>, Generator «Microsoft Word 15 (filtered)», '
        'a <style> of mso- properties, a MsoTableGrid table with mso-yfti row styles, every cell paragraph a '
        '<p class=MsoNormal> with <span lang=UK> runs, <b> for bold and a closing <o:p></o:p>, empty cells as '
        '<o:p>&nbsp;</o:p>, heading rows as <td colspan=6>, each task\'s number and name cells with rowspan over '
        'its measures\' rows, lines wrapped near column 76 (so text lines break inside cells), CRLF, encoded '
        'windows-1251 with &#NNN; for what it lacks («ü» as &#252;).',
        lambda p: html_cells(p, 'cp1251'),
        second=('LibreOffice Writer HTML import (charset from the page) → docx, python-docx',
                lambda p: lo_docx(p, WRITER_HTML)),
        known=[('Підприємництво, інвестиційна та зовнішньоекономічна діяльність 1.2',
                'LibreOffice Writer reads «&#252;» in this windows-1251 page as the windows-1251 byte 252 («ь»), '
                'not as U+00FC «ü», so «Gesellschaft für» comes back as «Gesellschaft fьr»')])

    # Legacy binary formats: the tool should refuse them.
    source_docx = build_docx(reports[S6], os.path.join(WORK, 'python-docx-2024-6m.docx'))
    soffice(source_docx, 'doc:MS Word 97', here('90-refuse-legacy.doc'))
    add('90-refuse-legacy.doc', S6, 'python-docx + libreoffice-writer', 'Word 97-2003 binary document',
        f'python-docx {v["python-docx"]} (landscape A4, «Table Grid» table, heading rows merged across six '
        f'columns, bold runs, repeated header row), then {lo} Writer `--convert-to doc:"MS Word 97"`.',
        lambda p: docx_cells(soffice(p, 'docx:MS Word 2007 XML', os.path.join(WORK, 'back-90.docx'))),
        expect='refuse', why='legacy .doc (Word 97-2003 binary)')
    soffice(here('06-calc-html.ods'), 'xls:MS Excel 97', here('91-refuse-legacy.xls'))
    add('91-refuse-legacy.xls', S12, 'libreoffice-calc', 'Excel 97-2003 binary workbook (BIFF8)',
        f'{lo} Calc: `--convert-to xls:"MS Excel 97"` of 06-calc-html.ods.',
        lambda p: xlsx_cells(soffice(p, 'xlsx:Calc MS Excel 2007 XML', os.path.join(WORK, 'back-91.xlsx')))[1],
        expect='refuse', why='legacy .xls (Excel 97-2003 binary)')
    return out


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    v = versions()
    reports = {s: Report(s) for s in RELEASES}
    labels = copied_labels()
    problems = []
    for s, r in reports.items():
        tasks = sum(1 for cells, at in r.body if at is None and cells[0].text.isdigit())
        if labels[s][0]['tasks'] != tasks:
            problems.append(f'{s}: labels say {labels[s][0]["tasks"]} tasks, the export has {tasks} task cells')
        if labels[s][0]['measures'] != r.measure_count():
            problems.append(f'{s}: labels say {labels[s][0]["measures"]} measures, the export has {r.measure_count()}')

    made = make_files(reports, v)
    entries, results = [], []
    for entry, how, reader, second in made:
        name, source = entry['file'], entry['source']
        path = os.path.join(HERE, name)
        size = os.path.getsize(path)
        counts, measures = labels[source]
        if name.endswith('cp1251.csv'):
            # windows-1251 cannot hold every letter: leave out measures whose text it lacks.
            kept = [m for m in measures if all(x.encode('cp1251', 'ignore').decode('cp1251') == x
                                               for x in m.values())]
            dropped = [f"{m['sector']} {m['number']}" for m in measures if m not in kept]
            measures = kept
        else:
            dropped = []
        texts = reader(path)
        found, missing = check(texts, counts['measures'], measures)
        again = None
        if second:
            found2, missing2 = check(second[1](path), counts['measures'], measures)
            known = second[2]
            again = (second[0], found2, len(measures) - len(missing2),
                     [f'{m}: {known[m]}' for m in missing2 if m in known])
            missing2 = [m for m in missing2 if m not in known]
            if found2 != reports[source].measure_count() or missing2:
                problems.append(f'{name}: second reading ({second[0]}): {found2} measure cells, '
                                f'labelled measures not found: {missing2[:5]} ({len(missing2)})')
        expected = reports[source].measure_count()
        if found != expected:
            problems.append(f'{name}: {found} cells begin with a measure number, the export has {expected}')
        if missing:
            problems.append(f'{name}: labelled measures not found: {missing[:5]} ({len(missing)})')
        if size > SIZE_LIMIT:
            problems.append(f'{name}: {size} bytes')
        if entry['expect'] == 'read':
            entry['counts'] = counts
            entry['measures'] = measures
        entries.append(entry)
        results.append((name, size, entry, how, found, expected, len(measures) - len(missing), len(measures),
                        dropped, again))

    problems += extra_checks()
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(entries, f, ensure_ascii=False, indent=1)
        f.write('\n')
    write_readme(v, results)
    # Files left from an earlier set (each file above was overwritten in place, not deleted first).
    keep = {e['file'] for e in entries} | {'make.py', 'README.md', 'labels.json'}
    for name in os.listdir(HERE):
        if name not in keep and os.path.isfile(os.path.join(HERE, name)):
            os.remove(os.path.join(HERE, name))
    for name, size, entry, how, found, expected, ok, total, dropped, again in results:
        print(f'{size:>9}  {name:32} {entry["expect"]:6} measures {found}/{expected}, labelled {ok}/{total}'
              + (f'; again {again[1]}, {again[2]}/{total}' if again else '')
              + (f', left out {dropped}' if dropped else ''))
    if problems:
        raise SystemExit('PROBLEMS:\n' + '\n'.join(problems))


def extra_checks():
    """Format facts each file is meant to show, checked on the bytes."""
    problems = []

    def path(name):
        return os.path.join(HERE, name)

    def raw(name):
        with open(path(name), 'rb') as f:
            return f.read()

    # 10: really windows-1251, and the same text as Calc's UTF-8 export with the same options.
    twin = soffice(path('06-calc-html.ods'), csv_target(59, 76, False), os.path.join(WORK, 'twin-10.csv'))
    with open(twin, 'rb') as f:
        utf8 = f.read().decode('utf-8')
    data = raw('10-calc-cp1251.csv')
    try:
        data.decode('utf-8')
        problems.append('10-calc-cp1251.csv: valid UTF-8')
    except UnicodeDecodeError:
        pass
    expected = ''.join(c if c.encode('cp1251', 'ignore') else '?' for c in utf8)
    if data.decode('cp1251') != expected:
        problems.append('10-calc-cp1251.csv: not the UTF-8 export in windows-1251')
    # Character set 22 (suggested for windows-1251) is ISO-8859-15: no Cyrillic at all.
    other = soffice(path('06-calc-html.ods'), csv_target(59, 22, False), os.path.join(WORK, 'token-22.csv'))
    with open(other, 'rb') as f:
        as_1251 = f.read().decode('cp1251', errors='replace')
    # (Its one «ü», 0xFC, reads as windows-1251 «ь»; every Cyrillic letter became «?».)
    if len(re.findall('[А-Яа-яІіЇїЄєҐґ]', as_1251)) > 1 or as_1251.count('?') < 10_000:
        problems.append('token-22.csv: character set 22 is not the ISO-8859-15 it was found to be')
    # 12: HTML5 charset declaration, no http-equiv, not UTF-8, CRLF, <o:p>.
    data = raw('12-word-filtered-cp1251.htm')
    if b'<meta charset="windows-1251">' not in data[:1024] or b'http-equiv' in data:
        problems.append('12-word-filtered-cp1251.htm: charset declaration')
    try:
        data.decode('utf-8')
        problems.append('12-word-filtered-cp1251.htm: valid UTF-8')
    except UnicodeDecodeError:
        pass
    if data.count(b'\n') != data.count(b'\r\n') or b'<o:p></o:p>' not in data or b'rowspan=' not in data:
        problems.append('12-word-filtered-cp1251.htm: CRLF, <o:p> or rowspan missing')
    # 11: the report first of three, frozen header, amounts as numbers with formats.
    wb = openpyxl.load_workbook(path('11-openpyxl-amounts.xlsx'))
    ws = wb.worksheets[0]
    numbers = [(c.value, c.number_format) for row in ws.iter_rows() for c in row
               if c.column == 6 and isinstance(c.value, float)]
    if len(wb.sheetnames) != 3 or ws.freeze_panes != 'A4' or not numbers \
            or any(not f.startswith('#,##0.0') for _, f in numbers):
        problems.append(f'11-openpyxl-amounts.xlsx: sheets {wb.sheetnames}, freeze {ws.freeze_panes}, {numbers}')
    # 05: Calc kept partly bold cells as rich text.
    with zipfile.ZipFile(path('05-calc-html.xlsx')) as z:
        shared = z.read('xl/sharedStrings.xml').decode()
    rich = len(re.findall(r'<si><r>', shared))
    if not rich:
        problems.append('05-calc-html.xlsx: no rich-text strings')
    # 08: text cells quoted.
    if not raw('08-calc-semicolon.csv').startswith(b'"'):
        problems.append('08-calc-semicolon.csv: first field not quoted')
    # 90, 91: OLE2 compound files.
    for name in ('90-refuse-legacy.doc', '91-refuse-legacy.xls'):
        if not raw(name).startswith(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'):
            problems.append(f'{name}: not an OLE2 compound file')
    return problems


def write_readme(v, results):
    lines = [
        '# Hold-out set: the report in office and text formats',
        '',
        'Made by `make.py` here (`/usr/bin/python3 make.py`; needs pandoc, LibreOffice, python3-docx,',
        'python3-openpyxl) from two releases the project\'s own format fixtures do not use:',
        '`fixtures/zhytomyr-2024-6m.txt` (I півріччя 2024) and `fixtures/zhytomyr-2023-12m.txt` (2023 рік).',
        'The exports are read plainly (as `read_export()` in `scripts/make-pdf-matrix.py`), written as an',
        'HTML page, a Word file or a workbook, and passed through the programs a council clerk has.',
        'Nothing here is made or checked with the tool under test.',
        '',
        f'Programs: {v["libreoffice"]}, {v["pandoc"]}, Python {v["python"]}, openpyxl {v["openpyxl"]}, '
        f'python-docx {v["python-docx"]}.',
        '',
        '`labels.json` has one entry per file (file, producer, style, source, expect; for «read» files the',
        'counts and measures, for «refuse» files why). Counts and measures are copied from the hand-checked',
        'labels of the PDF hold-out set (`../pdf/labels.json`) for the same source export: the measure samples',
        'of all of that release\'s readable PDF entries, joined.',
        '',
        '## Files',
        '',
    ]
    for name, size, entry, how, found, expected, ok, total, dropped, again in results:
        lines.append(f'- `{name}` ({size:,} bytes; {entry["source"]}; expect {entry["expect"]}) — {how}')
    lines += [
        '',
        '## Verification',
        '',
        'Each file read back without the tool: ODF files by their XML (zipfile + ElementTree, `table:table-cell`',
        'paragraphs), DOCX by python-docx, RTF and DOC converted to DOCX by LibreOffice then python-docx, XLSX by',
        'openpyxl (the first sheet), XLS converted to XLSX by LibreOffice then openpyxl, CSV and TXT by Python\'s',
        'csv module in the stated encoding, the web page by html.parser in windows-1251 (`<td>` texts). Cells',
        'whose text begins with a measure number and then its title (`\\d{1,2}(?:\\.\\d{1,3})+\\.?\\s*[^\\d\\s.,]`, so not an amount such as «4577.6») are counted and compared with the export\'s own',
        'count (column 3 cells beginning with one); every labelled measure must be found whole (a cell beginning',
        'with its number and holding its title; cells equal to its executors, its execution and its sector).',
        '',
    ]
    for name, size, entry, how, found, expected, ok, total, dropped, again in results:
        note = f'; left out of the labels, as windows-1251 cannot hold them: {", ".join(dropped)}' if dropped else ''
        if again:
            note += f'; read again by {again[0]}: {again[1]} measure cells, labelled measures found {again[2]}/{total}'
            if again[3]:
                note += ' (not found: ' + '; '.join(again[3]) + ')'
        lines.append(f'- {name}: {found} measure cells (export: {expected}); labelled measures found {ok}/{total}{note}')
    lines.append('')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


if __name__ == '__main__':
    main()
