#!/usr/bin/python3
"""The sample report in the file formats councils publish, for fixtures/formats/.

The report table is read from the text export (fixtures/zhytomyr-2023-9m.txt) with the
plain reading of read_export() in make-pdf-matrix.py, knowing nothing of this tool.
Each cell's HTML becomes plain text (<br>, </p> and </li> a line break, other tags
dropped, entities decoded, runs of spaces collapsed) and keeps whether it is bold.
From that, one Word file (python-docx) and one Excel workbook (openpyxl) are written;
LibreOffice Writer and Calc convert them to their own and to the older formats; the
CSV and «Unicode Text» files and a page as Word's «Save as Web Page» writes it are
made beside them. Every file is read back here, without this tool, and must hold the
173 measures of the report (cells whose text begins with a measure number).

Run it with Debian's python3 (`apt-get install libreoffice-writer-nogui
libreoffice-calc-nogui python3-docx python3-openpyxl`), review what changed, commit.

    /usr/bin/python3 scripts/make-format-fixtures.py
"""
import csv
import datetime
import html
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from html.parser import HTMLParser

import docx
import openpyxl
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from openpyxl.styles import Alignment, Border, Font, Side

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'fixtures', 'formats')
WORK = '/tmp/zhytomyr-format-fixtures'
EPOCH = 1700000000
ENV = dict(os.environ, SOURCE_DATE_EPOCH=str(EPOCH), TZ='UTC', LANG='C.UTF-8', LC_ALL='C.UTF-8')
STAMP = datetime.datetime.fromtimestamp(EPOCH, datetime.timezone.utc).replace(tzinfo=None)
AUTHOR = 'Житомирська міська рада'
SHEET = 'Звіт'
NOTES_SHEET = 'Примітки'
MEASURES = 173
# A measure number at the start of a cell: «1.1. …», «1.10. …», «1.1.1. …», «4.1.Зовнішнє …».
MEASURE_AT_START = re.compile(r'\d+\.\d+\.?')
# The same number as a cell's whole text.
MEASURE_WHOLE = re.compile(r'\d+\.\d+\.?')
SIZE_LIMIT = 2_000_000
COLUMN_SHARE = (0.05, 0.17, 0.22, 0.15, 0.26, 0.15)
COLUMN_WIDTH_XLSX = (6, 28, 36, 26, 60, 30)

# LibreOffice filters. The CSV filter's options: separator, text delimiter, character set
# (76 = UTF-8), first line, cell formats, language, quote all text cells, detect special
# numbers, save cell contents as shown, export formulas, remove spaces, sheet to export
# (the 12th token, LibreOffice 7.2 and later; 2 = the second sheet, «Звіт»).
CSV_FILTER = 'Text - txt - csv (StarCalc)'
CSV_SEMICOLON = f'csv:{CSV_FILTER}:59,34,76,1,,0,false,true,true,false,false,2'
CSV_COMMA = f'csv:{CSV_FILTER}:44,34,76,1,,0,false,true,true,false,false,2'
WRITER_TARGETS = (('writer.odt', 'odt', 'writer8'), ('writer.fodt', 'fodt', 'OpenDocument Text Flat XML'),
                  ('writer.rtf', 'rtf', 'Rich Text Format'), ('writer.doc', 'doc:MS Word 97', 'MS Word 97'))
CALC_TARGETS = (('calc.xlsx', 'xlsx:Calc MS Excel 2007 XML', 'Calc MS Excel 2007 XML'),
                ('calc.ods', 'ods', 'calc8'), ('calc.xls', 'xls:MS Excel 97', 'MS Excel 97'))


# ---------------------------------------------------------------- the text export

def load_matrix_module():
    """scripts/make-pdf-matrix.py, for its read_export() and heading_span()."""
    sys.dont_write_bytecode = True
    spec = importlib.util.spec_from_file_location('make_pdf_matrix', os.path.join(ROOT, 'scripts', 'make-pdf-matrix.py'))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MATRIX = load_matrix_module()
read_export = MATRIX.read_export
heading_span = MATRIX.heading_span


class Plain(HTMLParser):
    """A cell's HTML as paragraphs of lines of (text, bold) runs.

    A paragraph ends at </p> or </li> (and before a <p> or <li> that follows text);
    <br> ends a line inside a paragraph. Every other tag is dropped.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs = [[[]]]
        self.bold = 0

    def _new_paragraph(self):
        if any(self.paragraphs[-1]):
            self.paragraphs.append([[]])

    def handle_starttag(self, tag, attrs):
        if tag in ('p', 'li'):
            self._new_paragraph()
        elif tag == 'br':
            self.paragraphs[-1].append([])
        elif tag in ('b', 'strong'):
            self.bold += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in ('p', 'li'):
            self._new_paragraph()
        elif tag in ('b', 'strong'):
            self.bold = max(0, self.bold - 1)

    def handle_data(self, data):
        self.paragraphs[-1][-1].append((data, self.bold > 0))


def collapse(runs):
    """One line's runs with runs of spaces collapsed across run boundaries and the ends trimmed."""
    out, last_space = [], True
    for text, bold in runs:
        text = re.sub(r'[ \t\r\n\f]+', ' ', text)
        if last_space:
            text = text.lstrip(' ')
        if text:
            out.append((text, bold))
            last_space = text.endswith(' ')
    while out and out[-1][0].endswith(' '):
        text, bold = out[-1]
        out[-1] = (text.rstrip(' '), bold)
        if not out[-1][0]:
            out.pop()
    # Neighbouring runs of the same weight as one.
    merged = []
    for text, bold in out:
        if merged and merged[-1][1] == bold:
            merged[-1] = (merged[-1][0] + text, bold)
        else:
            merged.append((text, bold))
    return merged


class Cell:
    """A cell's text: paragraphs (lists of lines, each a list of (text, bold) runs), plain text, bold."""

    def __init__(self, fragment):
        parser = Plain()
        parser.feed(fragment)
        parser.close()
        paragraphs = []
        for lines in parser.paragraphs:
            lines = [collapse(line) for line in lines]
            while lines and not lines[-1]:
                lines.pop()
            while lines and not lines[0]:
                lines.pop(0)
            if lines:
                paragraphs.append(lines)
        self.paragraphs = paragraphs
        self.lines = [''.join(t for t, _ in line) for lines in paragraphs for line in lines]
        self.text = '\n'.join(self.lines)
        runs = [(t, b) for lines in paragraphs for line in lines for t, b in line if t.strip()]
        # Bold when all of its text is (a cell with a bold lead-in and plain text after is not).
        self.bold = bool(runs) and all(b for _, b in runs)
        self.some_bold = any(b for _, b in runs)


class Report:
    """The export as title paragraphs, the two header rows, the body rows and the footnote paragraphs."""

    def __init__(self, items):
        self.title, self.footnote, rows = [], [], []
        for kind, content in items:
            if kind == 'tr':
                rows.append(content)
            elif rows:
                self.footnote.append(Cell(content))
            else:
                self.title.append(Cell(content))
        self.header = [[Cell(x) for x in cells] for cells in rows[:2]]
        assert [c.text for c in self.header[1]] == ['1', '2', '3', '4', '5', '6'], self.header[1]
        # Each body row: (cells, heading) where heading is the heading's Cell for a heading row.
        self.body = []
        for cells in rows[2:]:
            at = heading_span(cells)
            self.body.append(([Cell(x) for x in cells], None if at is None else Cell(cells[at])))

    def table_rows(self):
        """(cells, heading) for the header rows and the body rows."""
        return [(cells, None) for cells in self.header] + self.body

    def measure_count(self):
        return sum(1 for cells, heading in self.body if heading is None
                   for c in cells if MEASURE_AT_START.match(c.text))


# ---------------------------------------------------------------- helpers

def run(cmd, **kw):
    result = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if result.returncode:
        raise SystemExit(f'{cmd} failed: {result.stderr.decode(errors="replace")}')
    return result


def soffice(src, target, outdir):
    """`soffice --headless --convert-to target` of src into outdir; returns the written file's path."""
    shutil.rmtree(outdir, ignore_errors=True)
    os.makedirs(outdir)
    result = run(['soffice', '--headless', f'-env:UserInstallation=file://{WORK}/lo-profile',
                  '--convert-to', target, '--outdir', outdir, src])
    made = [os.path.join(outdir, x) for x in os.listdir(outdir)]
    if len(made) != 1:
        raise SystemExit(f'LibreOffice wrote {made} for {src} → {target}: {result.stdout.decode()} '
                         f'{result.stderr.decode()}')
    return made[0]


def soffice_version():
    return run(['soffice', '--version']).stdout.decode().strip()


# ---------------------------------------------------------------- source.docx

def set_fonts(style, family, pt):
    style.font.name = family
    style.font.size = Pt(pt)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn('w:rFonts'))
    for attr in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        fonts.set(qn(attr), family)


def fill_paragraph(paragraph, lines, size=None):
    """A paragraph's lines as runs, a line break between lines; bold where the HTML was."""
    for n, line in enumerate(lines):
        if n:
            paragraph.add_run().add_break(WD_BREAK.LINE)
        for text, bold in line:
            r = paragraph.add_run(text)
            if bold:
                r.bold = True
            if size:
                r.font.size = Pt(size)


def fill_cell(cell, content, align=None):
    """A Word table cell from a Cell: a paragraph per paragraph of the HTML."""
    for n, lines in enumerate(content.paragraphs):
        p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
        fill_paragraph(p, lines)
        if align is not None:
            p.alignment = align
    if align is not None and not content.paragraphs:
        cell.paragraphs[0].alignment = align


def build_docx(report, path):
    document = docx.Document()
    props = document.core_properties
    props.created = props.modified = props.last_printed = STAMP
    props.author = props.last_modified_by = AUTHOR
    props.title = report.title[0].text.replace('\n', ' ') if report.title else ''
    props.revision = 1

    normal = document.styles['Normal']
    set_fonts(normal, 'Times New Roman', 10)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ('left_margin', 'right_margin', 'top_margin', 'bottom_margin'):
        setattr(section, side, Mm(15))

    for content in report.title:
        p = document.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(6)
        for lines in content.paragraphs:
            fill_paragraph(p, lines, size=12)

    rows = report.table_rows()
    table = document.add_table(rows=len(rows), cols=6)
    table.style = document.styles['Table Grid']
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = [int(Mm(297 - 30) * share) for share in COLUMN_SHARE]
    for col, width in zip(table._tbl.tblGrid.findall(qn('w:gridCol')), widths):
        col.set(qn('w:w'), str(int(width / 635)))  # EMU to twentieths of a point

    for r, (row, (cells, heading)) in enumerate(zip(table.rows, rows)):
        for c, cell in enumerate(row.cells):
            cell.width = widths[c]
        if r < 2:
            # The two header rows repeat at the top of every page.
            row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        if heading is not None:
            fill_cell(row.cells[0].merge(row.cells[5]), heading)
            continue
        for c, content in enumerate(cells):
            fill_cell(row.cells[c], content, WD_ALIGN_PARAGRAPH.CENTER if r < 2 else None)

    for content in report.footnote:
        p = document.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        for lines in content.paragraphs:
            fill_paragraph(p, lines, size=9)
    document.save(path)


# ---------------------------------------------------------------- openpyxl.xlsx

def sheet_rows(report):
    """The report sheet as rows of 6 values: (values, kind) with kind title/blank/header/row/heading/footnote."""
    rows = []
    for content in report.title:
        rows.append(([content.text] + [None] * 5, 'title', content))
    rows.append(([None] * 6, 'blank', None))
    for cells in report.header:
        rows.append(([c.text for c in cells], 'header', cells))
    for cells, heading in report.body:
        if heading is not None:
            rows.append(([heading.text] + [None] * 5, 'heading', heading))
        else:
            rows.append(([c.text for c in cells], 'row', cells))
    rows.append(([None] * 6, 'blank', None))
    for content in report.footnote:
        rows.append(([content.text] + [None] * 5, 'footnote', content))
    return rows


def wrapped_lines(text, width):
    """How many lines text takes in a wrapped cell of width characters, roughly."""
    chars = max(4, int(width * 1.1) - 2)
    return sum(max(1, -(-len(line) // chars)) for line in text.split('\n'))


def build_xlsx(report, path):
    wb = openpyxl.Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = AUTHOR
    wb.properties.created = wb.properties.modified = STAMP
    wb.properties.title = report.title[0].text.replace('\n', ' ') if report.title else None

    notes = wb.active
    notes.title = NOTES_SHEET
    for values in (('Примітки до файлу', None),
                   ('Оприлюднено', 'на офіційному сайті Житомирської міської ради, розділ «Звітність»'),
                   ('Контакт', 'відділ інформаційних технологій, кімната 215')):
        notes.append(values)
    notes['A1'].font = Font(bold=True)
    notes.column_dimensions['A'].width = 22
    notes.column_dimensions['B'].width = 70

    ws = wb.create_sheet(SHEET)
    for col, width in zip('ABCDEF', COLUMN_WIDTH_XLSX):
        ws.column_dimensions[col].width = width
    thin = Side(style='thin', color='000000')
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    header_rows = []
    for r, (values, kind, content) in enumerate(sheet_rows(report), start=1):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=c)
            if value is not None:
                assert isinstance(value, str)
                cell.value = value  # a string, never a number: «1.10» stays «1.10»
            cell.number_format = '@'
            if kind in ('header', 'row', 'heading'):
                cell.border = grid
                cell.alignment = Alignment(wrap_text=True, vertical='top',
                                           horizontal='center' if kind == 'header' else None)
                if kind == 'row' and content[c - 1].bold:
                    cell.font = Font(bold=True)
            elif kind in ('title', 'footnote'):
                cell.alignment = Alignment(wrap_text=True, vertical='top',
                                           horizontal='center' if kind == 'title' else None)
        if kind == 'header':
            header_rows.append(r)
        if kind in ('title', 'heading', 'footnote'):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            if content.bold:
                ws.cell(row=r, column=1).font = Font(bold=True, size=12 if kind == 'title' else 11)
            elif kind == 'footnote':
                ws.cell(row=r, column=1).font = Font(size=9)
        if kind != 'blank':
            # Row heights as Excel's AutoFit leaves them (openpyxl does not measure text).
            widths = [sum(COLUMN_WIDTH_XLSX)] if kind in ('title', 'heading', 'footnote') else COLUMN_WIDTH_XLSX
            lines = max(wrapped_lines(v or '', w) for v, w in zip(values, widths))
            ws.row_dimensions[r].height = round(15 * lines, 2) if kind != 'title' else 16 * lines
    ws.print_title_rows = f'{header_rows[0]}:{header_rows[-1]}'
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


# ---------------------------------------------------------------- CSV and Unicode text

def crlf_outside_quotes(text):
    """Row ends as CRLF; line breaks inside quoted fields stay as they are."""
    out, quoted = [], False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == '\n' and not quoted and (i == 0 or text[i - 1] != '\r'):
            out.append('\r')
        out.append(ch)
    return ''.join(out)


def calc_csv(src, target, dest, bom, crlf):
    """Calc's CSV of the report sheet; returns notes on what had to be done after Calc."""
    made = soffice(src, target, os.path.join(WORK, 'csv-' + os.path.basename(dest)))
    with open(made, 'rb') as f:
        data = f.read()
    notes = []
    first = next(csv.reader(io.StringIO(data.decode('utf-8-sig'), newline=''), delimiter=chr(int(target.split(':')[2].split(',')[0]))))
    if not first or not first[0].startswith('Інформація про виконання'):
        raise SystemExit(f'{target}: Calc did not export the sheet «{SHEET}»: first row {first[:2]}')
    if bom and not data.startswith(b'\xef\xbb\xbf'):
        data = b'\xef\xbb\xbf' + data
        notes.append('BOM added')
    if crlf and b'\r\n' not in data:
        data = crlf_outside_quotes(data.decode('utf-8')).encode('utf-8')
        notes.append('row ends LF→CRLF outside quotes')
    with open(dest, 'wb') as f:
        f.write(data)
    return notes


def sheet_values(report):
    return [[v if v is not None else '' for v in values] for values, _, _ in sheet_rows(report)]


def write_unicode_text(report, dest):
    """Excel's «Unicode Text»: UTF-16LE with BOM, TAB-separated, CRLF, Excel's quoting."""
    buf = io.StringIO(newline='')
    writer = csv.writer(buf, dialect='excel-tab')  # QUOTE_MINIMAL, doublequote, '\r\n'
    writer.writerows(sheet_values(report))
    with open(dest, 'wb') as f:
        f.write(b'\xff\xfe' + buf.getvalue().encode('utf-16-le'))


def write_python_csv(report, dest):
    """Excel's «CSV UTF-8» in a Ukrainian locale, with Python's csv module (the fallback)."""
    buf = io.StringIO(newline='')
    csv.writer(buf, delimiter=';', quotechar='"', lineterminator='\r\n').writerows(sheet_values(report))
    with open(dest, 'wb') as f:
        f.write(b'\xef\xbb\xbf' + buf.getvalue().encode('utf-8'))


# ---------------------------------------------------------------- word-web-page.htm

WORD_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1251">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="word-web-page.files/filelist.xml">
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Admin</o:Author>
  <o:LastAuthor>Admin</o:LastAuthor>
  <o:Revision>2</o:Revision>
  <o:TotalTime>14</o:TotalTime>
  <o:Created>2023-10-20T07:41:00Z</o:Created>
  <o:LastSaved>2023-10-20T07:55:00Z</o:LastSaved>
  <o:Pages>21</o:Pages>
  <o:Words>11452</o:Words>
  <o:Characters>65281</o:Characters>
  <o:Lines>544</o:Lines>
  <o:Paragraphs>153</o:Paragraphs>
  <o:CharactersWithSpaces>76580</o:CharactersWithSpaces>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<link rel=themeData href="word-web-page.files/themedata.thmx">
<link rel=colorSchemeMapping href="word-web-page.files/colorschememapping.xml">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>90</w:Zoom>
  <w:SpellingState>Clean</w:SpellingState>
  <w:GrammarState>Clean</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>UK</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
   <w:SplitPgBreakAndParaMark/>
   <w:EnableOpenTypeKerning/>
   <w:DontFlipMirrorIndents/>
   <w:OverrideTableStyleHps/>
  </w:Compatibility>
  <w:BrowserLevel>MicrosoftInternetExplorer4</w:BrowserLevel>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;
\tmso-font-charset:204;
\tmso-generic-font-family:roman;
\tmso-font-pitch:variable;
\tmso-font-signature:-536869121 1107305727 33554432 0 415 0;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;
\tmso-font-charset:204;
\tmso-generic-font-family:swiss;
\tmso-font-pitch:variable;
\tmso-font-signature:-469750017 -1073732485 9 0 511 0;}
@font-face
\t{font-family:"Times New Roman";
\tpanose-1:2 2 6 3 5 4 5 2 3 4;
\tmso-font-charset:204;
\tmso-generic-font-family:roman;
\tmso-font-pitch:variable;
\tmso-font-signature:-536859905 -1073711037 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{mso-style-unhide:no;
\tmso-style-qformat:yes;
\tmso-style-parent:"";
\tmargin:0cm;
\tmso-pagination:widow-orphan;
\tfont-size:12.0pt;
\tfont-family:"Times New Roman",serif;
\tmso-fareast-font-family:"Times New Roman";
\tmso-ansi-language:UK;
\tmso-fareast-language:UK;}
p.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText
\t{mso-style-noshow:yes;
\tmso-style-priority:99;
\tmso-style-link:"Footnote Text Char";
\tmargin:0cm;
\tmso-pagination:widow-orphan;
\tfont-size:10.0pt;
\tfont-family:"Times New Roman",serif;
\tmso-fareast-font-family:"Times New Roman";}
span.MsoFootnoteReference
\t{mso-style-noshow:yes;
\tmso-style-priority:99;
\tvertical-align:super;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\tmso-themecolor:hyperlink;
\ttext-decoration:underline;
\ttext-underline:single;}
a:visited, span.MsoHyperlinkFollowed
\t{mso-style-noshow:yes;
\tmso-style-priority:99;
\tcolor:#954F72;
\tmso-themecolor:followedhyperlink;
\ttext-decoration:underline;
\ttext-underline:single;}
span.FootnoteTextChar
\t{mso-style-name:"Footnote Text Char";
\tmso-style-noshow:yes;
\tmso-style-priority:99;
\tmso-style-unhide:no;
\tmso-style-locked:yes;
\tmso-style-link:"Footnote Text";
\tmso-ansi-font-size:10.0pt;
\tmso-bidi-font-size:10.0pt;
\tfont-family:"Times New Roman",serif;
\tmso-ascii-font-family:"Times New Roman";
\tmso-hansi-font-family:"Times New Roman";}
.MsoChpDefault
\t{mso-style-type:export-only;
\tmso-default-props:yes;
\tfont-size:10.0pt;
\tmso-ansi-font-size:10.0pt;
\tmso-bidi-font-size:10.0pt;
\tfont-family:"Calibri",sans-serif;
\tmso-ascii-font-family:Calibri;
\tmso-hansi-font-family:Calibri;
\tmso-font-kerning:0pt;
\tmso-ligatures:none;}
@page WordSection1
\t{size:841.9pt 595.3pt;
\tmso-page-orientation:landscape;
\tmargin:42.55pt 42.55pt 42.55pt 42.55pt;
\tmso-header-margin:35.45pt;
\tmso-footer-margin:35.45pt;
\tmso-paper-source:0;}
div.WordSection1
\t{page:WordSection1;}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
\t{mso-style-name:"Звичайна таблиця";
\tmso-tstyle-rowband-size:0;
\tmso-tstyle-colband-size:0;
\tmso-style-noshow:yes;
\tmso-style-priority:99;
\tmso-style-parent:"";
\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;
\tmso-para-margin:0cm;
\tmso-pagination:widow-orphan;
\tfont-size:10.0pt;
\tfont-family:"Calibri",sans-serif;}
table.MsoTableGrid
\t{mso-style-name:"Сітка таблиці";
\tmso-tstyle-rowband-size:0;
\tmso-tstyle-colband-size:0;
\tmso-style-priority:39;
\tmso-style-unhide:no;
\tborder:solid windowtext 1.0pt;
\tmso-border-alt:solid windowtext .5pt;
\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;
\tmso-border-insideh:.5pt solid windowtext;
\tmso-border-insidev:.5pt solid windowtext;
\tmso-para-margin:0cm;
\tmso-pagination:widow-orphan;
\tfont-size:10.0pt;
\tfont-family:"Times New Roman",serif;}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]--><!--[if gte mso 9]><xml>
 <o:shapelayout v:ext="edit">
  <o:idmap v:ext="edit" data="1"/>
 </o:shapelayout></xml><![endif]-->
</head>
'''

# The table's width in points on a landscape A4 page with 1.5 cm margins.
WORD_TABLE_PT = 756.8


def word_escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def word_wrap(line, width=76):
    """Word's HTML writer breaks long lines at a space, near column 76."""
    out = []
    while len(line) > width:
        cut = line.rfind(' ', 1, width)
        if cut <= 0:
            cut = line.find(' ', width)
            if cut <= 0:
                break
        out.append(line[:cut])
        line = line[cut + 1:]
    out.append(line)
    return '\n'.join(out)


def word_runs(line, pt):
    span = f"<span lang=UK style='font-size:{pt}pt'>"
    parts = []
    for text, bold in line:
        piece = f'{span}{word_escape(text)}</span>'
        parts.append(f'<b>{piece}</b>' if bold else piece)
    return ''.join(parts)


def word_paragraphs(content, pt='10.0'):
    """A cell's paragraphs as Word's <p class=MsoNormal>; lines inside a paragraph split by <br>."""
    if not content.paragraphs:
        return ['<p class=MsoNormal><o:p>&nbsp;</o:p></p>']
    out = []
    for lines in content.paragraphs:
        body = f"<br>\n".join(word_runs(line, pt) for line in lines)
        out.append(f'<p class=MsoNormal>{body}<o:p></o:p></p>')
    return out


def word_cell(content, irow, col, width_pt, colspan=None):
    border = 'border:solid windowtext 1.0pt;'
    if col:
        border += 'border-left:none;mso-border-left-alt:solid windowtext .5pt;'
    if irow:
        border += 'border-top:none;mso-border-top-alt:solid windowtext .5pt;'
    span = f' colspan={colspan}' if colspan else ''
    style = (f"width:{width_pt:.1f}pt;{border}mso-border-alt:solid windowtext .5pt;"
             "padding:0cm 5.4pt 0cm 5.4pt")
    head = f"<td width={round(width_pt * 4 / 3)}{span} valign=top style='{style}'>"
    return [head] + word_paragraphs(content) + ['</td>']


def build_word_html(report, dest):
    widths = [WORD_TABLE_PT * s for s in COLUMN_SHARE]
    body = ["<body lang=UK style='tab-interval:35.4pt;word-wrap:break-word'>", '', '<div class=WordSection1>', '']
    for content in report.title:
        for lines in content.paragraphs:
            text = "<br>\n".join(f"<span lang=UK style='font-size:12.0pt'>{word_escape(''.join(t for t, _ in line))}</span>"
                                 for line in lines)
            body.append(f"<p class=MsoNormal align=center style='text-align:center'><b>{text}</b><o:p></o:p></p>")
        body.append('')
    body.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0\n"
                " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;\n"
                " mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
    rows = report.table_rows()
    for irow, (cells, heading) in enumerate(rows):
        flags = [f'mso-yfti-irow:{irow}']
        if irow == 0:
            flags.append('mso-yfti-firstrow:yes')
        if irow < 2:
            flags.append('mso-yfti-lastfirstrow:yes' if irow == 1 else '')
        if irow == len(rows) - 1:
            flags.append('mso-yfti-lastrow:yes')
        body.append(f"<tr style='{';'.join(f for f in flags if f)}'>")
        if heading is not None:
            body += word_cell(heading, irow, 0, WORD_TABLE_PT, colspan=6)
        else:
            for col, content in enumerate(cells):
                body += word_cell(content, irow, col, widths[col])
        body.append('</tr>')
    body.append('</table>')
    body.append('')
    for content in report.footnote:
        for lines in content.paragraphs:
            body.append('<p class=MsoNormal>' + "<br>\n".join(word_runs(line, '9.0') for line in lines)
                        + '<o:p></o:p></p>')
    body += ['', '</div>', '', '</body>', '', '</html>', '']
    text = WORD_HEAD + '\n' + '\n'.join(word_wrap(line) for x in body for line in x.split('\n'))
    data = text.replace('\n', '\r\n').encode('cp1251', errors='xmlcharrefreplace')
    with open(dest, 'wb') as f:
        f.write(data)


# ---------------------------------------------------------------- verification

def count(texts):
    texts = list(texts)
    return (sum(1 for t in texts if MEASURE_AT_START.match(t.strip())),
            sum(1 for t in texts if MEASURE_WHOLE.fullmatch(t.strip())))


def docx_cell_texts(path):
    """Every table cell's text in a .docx, a merged cell once."""
    document = docx.Document(path)
    out = []
    for table in document.tables:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:
                    continue
                seen.add(id(cell._tc))
                out.append(cell.text)
    return out


def writer_txt_lines(path):
    """A Writer document as LibreOffice's plain text export: a line per paragraph (a table cell's too)."""
    made = soffice(path, 'txt:Text (encoded):UTF8', os.path.join(WORK, 'verify-' + os.path.basename(path)))
    with open(made, encoding='utf-8-sig') as f:
        return f.read().splitlines()


def xlsx_cells(path, sheet=SHEET):
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    numbers = [v for v in values if not isinstance(v, str)]
    return wb.sheetnames, [v for v in values if isinstance(v, str)], numbers


def csv_cells(data, encoding, delimiter):
    text = data.decode(encoding)
    return [x for row in csv.reader(io.StringIO(text, newline=''), delimiter=delimiter) for x in row]


class WordHtmlCells(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.cells, self.current = [], None

    def handle_starttag(self, tag, attrs):
        if tag == 'td':
            self.current = []
        elif tag in ('br', 'p') and self.current is not None:
            self.current.append('\n')

    def handle_endtag(self, tag):
        if tag == 'td':
            self.cells.append(re.sub(r'[ \t\r\n]+', ' ', ''.join(self.current).replace('\xa0', ' ')).strip())
            self.current = None

    def handle_data(self, data):
        if self.current is not None:
            self.current.append(data)


def verify(report, source_count):
    results = {}
    problems = []

    def record(name, texts, extra=''):
        at_start, whole = count(texts)
        results[name] = (at_start, whole, extra)
        if at_start != source_count:
            problems.append(f'{name}: {at_start} measures, not {source_count}')

    # Documents.
    record('source.docx', docx_cell_texts(os.path.join(OUT, 'source.docx')), 'python-docx, table cells')
    for name, _, _ in WRITER_TARGETS:
        record(name, writer_txt_lines(os.path.join(OUT, name)), 'LibreOffice txt export, lines')
    # Word's own reading of what LibreOffice wrote: the .doc and .rtf back to .docx, read by cell.
    for name in ('writer.doc', 'writer.rtf', 'writer.odt'):
        back = soffice(os.path.join(OUT, name), 'docx:MS Word 2007 XML', os.path.join(WORK, 'docx-' + name))
        record(f'{name} (→docx)', docx_cell_texts(back), 'LibreOffice → docx, python-docx cells')

    # Workbooks.
    for name in ('openpyxl.xlsx', 'calc.xlsx'):
        sheets, texts, numbers = xlsx_cells(os.path.join(OUT, name))
        record(name, texts, f'openpyxl, sheets {sheets}, non-string values {len(numbers)}')
        if numbers:
            problems.append(f'{name}: non-string values {numbers[:5]}')
        if sheets.index(SHEET) == 0:
            problems.append(f'{name}: the report is the first sheet')
    for name in ('calc.ods', 'calc.xls'):
        made = soffice(os.path.join(OUT, name), CSV_COMMA, os.path.join(WORK, 'verify-' + name))
        with open(made, 'rb') as f:
            record(name, csv_cells(f.read(), 'utf-8', ','), 'LibreOffice csv export of sheet 2')
        back = soffice(os.path.join(OUT, name), 'xlsx:Calc MS Excel 2007 XML', os.path.join(WORK, 'xlsx-' + name))
        sheets, texts, numbers = xlsx_cells(back)
        record(f'{name} (→xlsx)', texts, f'openpyxl, sheets {sheets}, non-string values {len(numbers)}')
        if numbers:
            problems.append(f'{name}: non-string values {numbers[:5]}')
    with zipfile.ZipFile(os.path.join(OUT, 'calc.ods')) as z:
        content = z.read('content.xml').decode()
    floats = len(re.findall(r'office:value-type="float"', content))
    if floats:
        problems.append(f'calc.ods: {floats} float cells')

    # Text files.
    with open(os.path.join(OUT, 'calc-semicolon-bom.csv'), 'rb') as f:
        data = f.read()
    if not data.startswith(b'\xef\xbb\xbf'):
        problems.append('calc-semicolon-bom.csv: no BOM')
    text = data.decode('utf-8-sig')
    if crlf_outside_quotes(text.replace('\r\n', '\n')) != text:
        problems.append('calc-semicolon-bom.csv: a row end is not CRLF')
    record('calc-semicolon-bom.csv', csv_cells(data, 'utf-8-sig', ';'), 'csv module, ;')
    with open(os.path.join(OUT, 'calc-comma.csv'), 'rb') as f:
        data = f.read()
    if data.startswith(b'\xef\xbb\xbf'):
        problems.append('calc-comma.csv: BOM')
    record('calc-comma.csv', csv_cells(data, 'utf-8', ','), 'csv module, ,')
    with open(os.path.join(OUT, 'excel-unicode.txt'), 'rb') as f:
        data = f.read()
    if not data.startswith(b'\xff\xfe'):
        problems.append('excel-unicode.txt: no UTF-16LE BOM')
    record('excel-unicode.txt', csv_cells(data, 'utf-16', '\t'), 'utf-16, csv module, TAB')
    with open(os.path.join(OUT, 'word-web-page.htm'), 'rb') as f:
        data = f.read()
    parser = WordHtmlCells()
    parser.feed(data.decode('cp1251'))
    parser.close()
    record('word-web-page.htm', parser.cells, 'cp1251, html.parser, <td> cells')

    for name in sorted(os.listdir(OUT)):
        size = os.path.getsize(os.path.join(OUT, name))
        if size > SIZE_LIMIT:
            problems.append(f'{name}: {size} bytes')
    return results, problems


# ---------------------------------------------------------------- README

def write_readme(version, csv_how, results):
    v = version.split(' (')[0]
    with open(os.path.join(OUT, 'word-web-page.htm'), 'rb') as f:
        page = f.read()
    meta_at = page.find(b'<meta http-equiv=Content-Type')
    meta_end = page.index(b'>', meta_at) + 1
    ascii_run = next(i for i, b in enumerate(page) if b > 127) - meta_end
    lines = [
        '# The sample report in office and text formats',
        '',
        'Made by `scripts/make-format-fixtures.py` from `fixtures/zhytomyr-2023-9m.txt` (read as',
        '`read_export()` in `scripts/make-pdf-matrix.py` does; cell HTML to plain text, bold kept),',
        f'with python-docx {getattr(docx, "__version__", "0.8.11")}, openpyxl {openpyxl.__version__}, '
        f'Python {sys.version.split()[0]} and {v}.',
        f'Every file holds the whole report: 6 columns, the two header rows, 25 heading rows, '
        f'{MEASURES} measures.',
        '',
        '- `source.docx` — python-docx: title paragraph, one «Table Grid» table of 6 columns (the column names, '
        'the row «1 2 3 4 5 6», heading rows merged across all 6 columns), footnote; bold where the HTML is bold. '
        'Tests reading a Word 2007+ file as Word writes it.',
        f'- `writer.odt` — {v} Writer, `--convert-to odt` (filter writer8) of source.docx. Tests ODF text.',
        f'- `word-numbering.odt` — {v} Writer, `--convert-to odt` of fixtures/producers/word-numbering.docx '
        '(task and measure numbers drawn by Word\'s automatic numbering). Tests ODF list numbers, which '
        'Writer keeps out of the text.',
        f'- `writer.fodt` — {v} Writer, `--convert-to fodt` (OpenDocument Text Flat XML) of source.docx. '
        'Tests flat (single-XML) ODF text.',
        f'- `writer.rtf` — {v} Writer, `--convert-to rtf` (Rich Text Format) of source.docx. '
        'Tests RTF tables (\\cell/\\row, merged heading rows, \\u escapes for Cyrillic).',
        f'- `writer.doc` — {v} Writer, `--convert-to doc:"MS Word 97"` of source.docx. '
        'Tests the binary Word 97–2003 format.',
        '- `openpyxl.xlsx` — openpyxl: a first sheet «Примітки» of unrelated notes, then the sheet «Звіт» '
        '(title merged A:F, a blank row, the two header rows, the table, a blank row, the footnote merged A:F); '
        'every value a string in a «@» (text) cell, line breaks as "\\n" with wrap text, heading rows merged '
        'A:F and bold. Tests picking the report sheet out of several and text that looks like numbers.',
        f'- `calc.xlsx` — {v} Calc, `--convert-to xlsx:"Calc MS Excel 2007 XML"` of openpyxl.xlsx. '
        'Tests xlsx as Calc writes it (shared strings, its own styles).',
        f'- `calc.ods` — {v} Calc, `--convert-to ods` (calc8) of openpyxl.xlsx. Tests ODF spreadsheets.',
        f'- `calc.xls` — {v} Calc, `--convert-to xls:"MS Excel 97"` of openpyxl.xlsx. '
        'Tests the binary Excel 97–2003 format (BIFF8).',
        f'- `calc-semicolon-bom.csv` — {csv_how} Tests Excel\'s «CSV UTF-8» in a Ukrainian locale: `;`, BOM, CRLF, '
        'quoted multi-line cells.',
        f'- `calc-comma.csv` — {v} Calc, `--convert-to \'{CSV_COMMA}\'` of openpyxl.xlsx (the last option, 2, '
        'exports the second sheet, «Звіт»): `,`, UTF-8 without BOM, LF row ends, as Calc writes it. '
        'Tests Calc\'s default CSV.',
        '- `excel-unicode.txt` — Python\'s csv module (dialect excel-tab: TAB, `"` quoting only where needed, '
        'quotes doubled, CRLF) of the «Звіт» sheet\'s values, encoded UTF-16LE with a BOM, as Excel\'s '
        '«Unicode Text» saves (Excel is not here). Tests UTF-16 text.',
        f'- `word-web-page.htm` — written by hand in Python after the markup of Word\'s «Save as Web Page» '
        f'(Word 15) on a Ukrainian Windows: windows-1251, charset <meta> first in <head> (byte {meta_at}), then '
        f'{ascii_run:,} bytes of ASCII-only Office XML and mso- CSS before the first non-ASCII byte (the localized '
        'table style names «Звичайна таблиця», «Сітка таблиці» in the second <style>), MsoTableGrid table, '
        'a <p class=MsoNormal> per cell paragraph, heading rows as <td colspan=6>, lines wrapped near column 76, CRLF; characters '
        'windows-1251 lacks as &#NNNN;. Tests legacy-encoded HTML with mostly-ASCII bytes up front.',
        '',
        'Measures found when each file is read back without this tool (cells, or lines of LibreOffice\'s text '
        'export, whose text begins with a measure number):',
        '',
    ]
    for name, (at_start, whole, how) in results.items():
        lines.append(f'- {name}: {at_start} ({how})')
    lines.append('')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines))


# ---------------------------------------------------------------- main

def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        os.remove(os.path.join(OUT, name))
    version = soffice_version()
    report = Report(read_export())
    source_count = report.measure_count()
    assert source_count == MEASURES, source_count

    source = os.path.join(OUT, 'source.docx')
    build_docx(report, source)
    assert count(docx_cell_texts(source))[0] == source_count
    for name, target, _ in WRITER_TARGETS:
        shutil.move(soffice(source, target, os.path.join(WORK, name)), os.path.join(OUT, name))

    book = os.path.join(OUT, 'openpyxl.xlsx')
    build_xlsx(report, book)
    for name, target, _ in CALC_TARGETS:
        shutil.move(soffice(book, target, os.path.join(WORK, name)), os.path.join(OUT, name))

    v = version.split(' (')[0]
    try:
        notes = calc_csv(book, CSV_SEMICOLON, os.path.join(OUT, 'calc-semicolon-bom.csv'), bom=True, crlf=True)
        csv_how = (f'{v} Calc, `--convert-to \'{CSV_SEMICOLON}\'` of openpyxl.xlsx (the 12th option, 2, exports '
                   'the second sheet, «Звіт»)')
        csv_how += ('; then, in Python, ' + ' and '.join(notes) + ' (this Calc has no BOM option and ends rows '
                    'with LF).') if notes else '.'
    except SystemExit as e:
        print(f'Calc CSV failed ({e}); written with the csv module', file=sys.stderr)
        write_python_csv(report, os.path.join(OUT, 'calc-semicolon-bom.csv'))
        csv_how = 'Python\'s csv module (`;`, `"`, CRLF) encoded UTF-8 with a BOM.'
    calc_csv(book, CSV_COMMA, os.path.join(OUT, 'calc-comma.csv'), bom=False, crlf=False)
    write_unicode_text(report, os.path.join(OUT, 'excel-unicode.txt'))
    build_word_html(report, os.path.join(OUT, 'word-web-page.htm'))
    # Word's automatic numbering (fixtures/producers/word-numbering.docx, Word's own numbering.xml) saved
    # as ODT by Writer, which keeps list numbers out of the text and draws them from the list style.
    numbered = os.path.join(ROOT, 'fixtures', 'producers', 'word-numbering.docx')
    shutil.move(soffice(numbered, 'odt', os.path.join(WORK, 'numbering')), os.path.join(OUT, 'word-numbering.odt'))

    results, problems = verify(report, source_count)
    write_readme(version, csv_how, results)
    print(version)
    for name in sorted(os.listdir(OUT)):
        print(f'{os.path.getsize(os.path.join(OUT, name)):>9}  {name}')
    print(f'source: {source_count} measures')
    for name, (at_start, whole, how) in results.items():
        print(f'{name:32} {at_start:4} begin with a measure number, {whole} are one ({how})')
    if problems:
        raise SystemExit('\n'.join(problems))


if __name__ == '__main__':
    main()
