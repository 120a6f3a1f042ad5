#!/usr/bin/python3
"""The sample release as other programs write and print it, for fixtures/producers/.

A council file is saved by whatever the clerk has, so these are made by the
programs themselves, not by this tool: LibreOffice, pandoc, Chromium, xmllint,
iconv, qpdf, pypdf, Python's ElementTree and python-docx. Run it with Debian's
python3 (`apt-get install libreoffice-writer-nogui pandoc chromium libxml2-utils
python3-docx python3-pypdf qpdf`), review what changed, commit. CI uses the committed files.

    /usr/bin/python3 scripts/make-producer-fixtures.py [step …]

Every file starts from the text export, fixtures/zhytomyr-2023-9m.txt, never from a
file this tool wrote (fixtures/zhytomyr-2023-9m.html, .docx and .pdf are made by
scripts/make-fixtures.js from the tool's own reading; a fixture made from them could
not show where that reading is wrong). The first link is python-csv.html: the export
as an HTML table by Python's csv module alone. page.html (not kept: made in the work
directory) is python-csv.html as a clerk's page would have it, by plain string edits
here: a heading row one merged cell, a task's cells merged down over its measures,
the two column-title rows in <thead>, CSS borders. SOURCES below names each file's
chain; it is printed on every run and written to fixtures/producers/SOURCES.md.
Where the programs allow, a run gives the same bytes: fixed zip times, document
dates and PDF dates and IDs (only the date Chromium prints in its page header moves).

Every fixture holds the same report: 6 priorities, 6 goals, 18 sectors, 79 tasks,
173 measures. The expected values are written by hand in
test/producers/expected.json, and all 173 measures are read without this tool by
scripts/independent-sample-reading.py (test/producers/independent-measures.json).
"""
import hashlib
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

import docx
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_TXT = os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.txt')
OUT = os.path.join(ROOT, 'fixtures', 'producers')
BAD_CORPUS = os.path.join(ROOT, 'test', 'corpus', 'bad')
# A fixed place, not a random temporary name: Chromium's default footer prints the page's URL.
WORK = '/tmp/zhyt-producer-fixtures'
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
# Programs that stamp the time (pandoc's docProps, LibreOffice where it honours it) get a fixed one.
EPOCH = '1697803200'  # 2023-10-20 12:00 UTC, the zip time below
ENV = dict(os.environ, SOURCE_DATE_EPOCH=EPOCH, TZ='UTC', LANG='C.UTF-8', LC_ALL='C.UTF-8')
# Files this tool wrote: no step may read them.
TOOL_MADE = tuple(os.path.join(ROOT, 'fixtures', f'zhytomyr-2023-9m.{ext}') for ext in ('html', 'docx', 'pdf'))

# ---------------------------------------------------------------- where each file comes from
# A chain is read from the file back to the text export: «X ← Y (how)» is X made from Y by «how».
TEXT = ['text export (Python csv: one <tr> a line, one <td> a tab-separated field, its HTML kept)']


def via(source, how, rest):
    """`source (how)` then the rest of the chain."""
    return [f'{source} ({how})'] + rest


PAGE_CHAIN = via('python-csv.html', 'this script: heading rows one merged cell, task cells merged down, '
                 'column titles in <thead>, CSS borders', TEXT)
BORDERLESS_PAGE_CHAIN = via('python-csv.html', 'this script: as page.html, with borders 0 and no border attribute',
                            TEXT)
LO_DOCX_CHAIN = via('page.html', 'LibreOffice Writer, --convert-to docx', PAGE_CHAIN)
LO_PDF_CHAIN = via('libreoffice-landscape.docx', 'LibreOffice Writer, --convert-to pdf',
                   via('libreoffice.docx', 'python-docx: A4 landscape, table 100% wide', LO_DOCX_CHAIN))
TWO_TABLES_CHAIN = via('page.html', 'this script: table split before «Активне місто», column titles repeated',
                       PAGE_CHAIN)
SOURCES = {
    'python-csv.html': TEXT,
    'python-csv-libreoffice.docx': via('python-csv.html', 'LibreOffice Writer, --convert-to docx', TEXT),
    'python-csv-pandoc.docx': via('python-csv.html', 'pandoc -f html -t docx', TEXT),
    'libreoffice.docx': LO_DOCX_CHAIN,
    'pandoc.docx': via('page.html', 'pandoc -f html -t docx', PAGE_CHAIN),
    'elementtree-prefix.docx': via('libreoffice.docx', "ElementTree writes document.xml back: ns0: prefixes",
                                   LO_DOCX_CHAIN),
    'word-numbering.docx': via('libreoffice.docx', 'python-docx: task numbers as Word list numbering', LO_DOCX_CHAIN),
    'two-tables.html': TWO_TABLES_CHAIN,
    'two-tables.docx': via('two-tables.html', 'LibreOffice Writer, --convert-to docx', TWO_TABLES_CHAIN),
    'two-tables.libreoffice.html': via(
        'two-tables.docx', 'LibreOffice Writer, --convert-to html',
        via('two-tables.html', 'LibreOffice Writer, --convert-to docx', TWO_TABLES_CHAIN)),
    'browser-saved.html': via('page.html', 'Chromium --dump-dom, «saved from url» mark', PAGE_CHAIN),
    'xmllint.xhtml': via('page.html', 'xmllint --html --xmlout', PAGE_CHAIN),
    'utf16.html': via('page.html', 'iconv to UTF-16 with BOM, meta charset utf-16', PAGE_CHAIN),
    'reordered-columns.txt': via('text export', 'this script: columns 4 and 5 swapped in each tab-separated row', []),
    'nfd.txt': via('text export', 'Python unicodedata NFD', []),
    'chromium-a4.pdf': via('page.html', 'Chromium --print-to-pdf, @page A4 added to its CSS', PAGE_CHAIN),
    'chromium-a4-landscape.pdf': via('page.html', 'Chromium --print-to-pdf, @page A4 landscape added to its CSS',
                                     PAGE_CHAIN),
    'chromium-a4-header-footer.pdf': via('page.html', "Chromium --print-to-pdf, A4, the browser's header and footer",
                                         PAGE_CHAIN),
    'chromium-borderless.pdf': via('page-borderless.html', 'Chromium --print-to-pdf, @page A4 added to its CSS',
                                   BORDERLESS_PAGE_CHAIN),
    'libreoffice-borderless-landscape.pdf': via(
        'borderless-landscape.docx', 'LibreOffice Writer, --convert-to pdf',
        via('libreoffice.docx', 'python-docx: every border removed, A4 landscape, table 100% wide', LO_DOCX_CHAIN)),
    'one-path-grid.pdf': via('libreoffice.pdf', 'qpdf and fix-qdf: each run of rules one path of many subpaths',
                             LO_PDF_CHAIN),
    'rotated-content.pdf': via('libreoffice.pdf', 'pypdf: page 2 content turned 90°, no /Rotate', LO_PDF_CHAIN),
    'rotate-attribute.pdf': via('libreoffice.pdf', 'qpdf --rotate=+90:3', LO_PDF_CHAIN),
    # Not a producer fixture: a refused input of the bad corpus, made only when its step is named.
    '../../test/corpus/bad/libreoffice-borderless.pdf': via(
        'borderless.docx', 'LibreOffice Writer, --convert-to pdf',
        via('libreoffice.docx', 'python-docx: every border removed', LO_DOCX_CHAIN)),
}


def chain_line(name):
    return ' ← '.join([f'`{name}`'] + SOURCES[name])


def write_sources():
    """fixtures/producers/SOURCES.md: one line a file, and the same table on stderr."""
    names = sorted(n for n in SOURCES if '/' not in n)
    missing = sorted(set(os.listdir(OUT)) - set(names) - {'SOURCES.md'})
    assert not missing, f'files in fixtures/producers/ without a chain in SOURCES: {missing}'
    for line in SOURCES.values():
        assert not re.search(r'zhytomyr-2023-9m\.(html|docx|pdf)', ' '.join(line)), 'a chain through a tool-made file'
    lines = [
        '# Where each fixture comes from',
        '',
        'Written by scripts/make-producer-fixtures.py; do not edit. Each line reads from the file back to the text',
        'export (fixtures/zhytomyr-2023-9m.txt): «X ← Y (how)» is X made from Y by «how». No chain passes through a',
        'file this tool wrote (fixtures/zhytomyr-2023-9m.html, .docx, .pdf).',
        '',
        'Made in the work directory, not kept: page.html is python-csv.html with each heading row one merged cell,',
        'each task\'s number and title cells merged down over the rows that leave them empty (rowspan), the two',
        'column-title rows in <thead> and CSS borders (string edits by the script); page-borderless.html',
        'the same with borders 0; libreoffice-landscape.docx is libreoffice.docx on an A4 landscape page, the',
        'table 100% wide, and borderless-landscape.docx the same without borders (python-docx); libreoffice.pdf',
        'is LibreOffice Writer\'s print of libreoffice-landscape.docx.',
        '',
    ]
    lines += [f'- {chain_line(n)}' for n in names]
    lines += ['', 'Made only when its step is named (it is in the bad corpus, not here):', '']
    lines += [f'- {chain_line(n)}' for n in sorted(n for n in SOURCES if '/' in n)]
    with open(out('SOURCES.md'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    for name in names + sorted(n for n in SOURCES if '/' in n):
        print(chain_line(name).replace('`', ''), file=sys.stderr)


# ---------------------------------------------------------------- helpers

def out(name):
    return os.path.join(OUT, name)


def work(name):
    return os.path.join(WORK, name)


def read_text(path):
    assert os.path.abspath(path) not in TOOL_MADE, f'{path} was written by this tool'
    with open(path, encoding='utf-8') as f:
        return f.read()


def write_text(path, text):
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def run(cmd, **kw):
    assert not any(os.path.abspath(str(a).replace('file://', '')) in TOOL_MADE for a in cmd), cmd
    kw.setdefault('check', True)
    return subprocess.run(cmd, env=ENV, **kw)


def soffice(src, target, outdir):
    """LibreOffice headless conversion; returns the written file's path."""
    run(['soffice', '--headless', f'-env:UserInstallation=file://{WORK}/profile', '--convert-to', target,
         '--outdir', outdir, src], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stem = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(':')[0]
    return os.path.join(outdir, f'{stem}.{ext}')


ZIP_TIME = (2023, 10, 20, 12, 0, 0)


def rezip(src, dest, replace=None):
    """Copies a zip (DOCX), replacing some parts' bytes; entries keep their order and get a fixed time."""
    replace = replace or {}
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def fixed_docx(src, dest):
    """A DOCX as its program wrote it, its zip entries' times and its core properties' dates fixed."""
    with zipfile.ZipFile(src) as z:
        names = z.namelist()
        core = z.read('docProps/core.xml') if 'docProps/core.xml' in names else None
    replace = {}
    if core is not None:
        stamp = b'2023-10-20T12:00:00Z'
        replace['docProps/core.xml'] = re.sub(
            rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)',
            lambda m: m.group(1) + stamp + m.group(2), core)
    rezip(src, dest, replace)


def fixed_pdf(path):
    """A print that does not change with the clock, by same-length edits (offsets stay, the xref holds).

    The dates a producer stamps (/CreationDate, /ModDate) become 2023-10-20 12:00; the
    file /ID and LibreOffice's /DocChecksum become a hash of the file with them blanked.
    """
    data = open(path, 'rb').read()
    data = re.sub(rb'(/(?:CreationDate|ModDate)\s*\(D:)(\d+)',
                  lambda m: m.group(1) + b'20231020120000'[:len(m.group(2))].ljust(len(m.group(2)), b'0'), data)
    hexes = rb'(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)|(/DocChecksum\s*/)([0-9A-Fa-f]+)'

    def fill(m, digest):
        groups = list(m.groups())
        for i in (1, 3, 6):
            if groups[i] is not None:
                groups[i] = (digest * (len(groups[i]) // len(digest) + 1))[:len(groups[i])]
        return b''.join(g for g in groups if g is not None)

    blank = re.sub(hexes, lambda m: fill(m, b'0'), data)
    digest = hashlib.md5(blank).hexdigest().upper().encode()
    with open(path, 'wb') as f:
        f.write(re.sub(hexes, lambda m: fill(m, digest), blank))


# ---------------------------------------------------------------- the text export as HTML

def python_csv_html():
    """The text export as an HTML table by Python's csv module alone: one <tr> per line,
    one <td> per tab-separated field, the fields' HTML fragments kept as they are. It
    knows nothing of this tool (no merged cells, no headings found): the first link of
    every HTML, DOCX and PDF chain here."""
    import csv
    import html
    rows = []
    with open(SAMPLE_TXT, encoding='utf-8', newline='') as f:
        for fields in csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            if not any(x.strip() for x in fields):
                continue
            # A line with one field is a title or a note: a paragraph, as a word processor writes it.
            if len(fields) == 1:
                rows.append(('p', fields[0]))
            else:
                rows.append(('tr', ''.join(f'<td>{x}</td>' for x in fields)))
    parts, in_table = [], False
    for kind, content in rows:
        if kind == 'tr' and not in_table:
            parts.append('<table border="1">')
            in_table = True
        if kind == 'p' and in_table:
            parts.append('</table>')
            in_table = False
        parts.append(f'<tr>{content}</tr>' if kind == 'tr' else f'<p>{content}</p>')
    if in_table:
        parts.append('</table>')
    page = ('<!DOCTYPE html>\n<html lang="uk"><head><meta charset="utf-8"><title>' + html.escape('Звіт')
            + '</title></head><body>\n' + '\n'.join(parts) + '\n</body></html>\n')
    write_text(out('python-csv.html'), page)


def visible(fragment):
    return ' '.join(re.sub(r'<[^>]*>', ' ', fragment).split())


def column_titles(cells):
    """The row of column titles, or the row numbering the columns 1 … 6."""
    texts = [visible(c) for c in cells]
    return len(cells) == 6 and (texts[0] == '№ з/п' or texts == ['1', '2', '3', '4', '5', '6'])


def page_html(page_css='', borders=True):
    """python-csv.html as a clerk's page has it, by string edits alone.

    A row with one filled cell in column 1 or 2 (a priority, goal or sector heading)
    becomes that cell merged to the last column. A task's number and title cells are
    merged down (rowspan) over the rows below that leave both empty, as far as the
    next row that does not (a word processor's merged cells). The row of column titles
    and the row numbering the columns go in <thead> as <th> (a browser repeats them on
    each printed page); CSS draws the borders. Nothing is read or moved otherwise: the
    five rows of the export that lost their first cell keep five cells and end a
    task's merge, and the rows of dashes stay.
    """
    src = read_text(out('python-csv.html'))
    items = []  # a line of the page kept as it is, or a row's cells
    for line in src.split('\n'):
        m = re.fullmatch(r'<tr>(.*)</tr>', line)
        if not m:
            items.append(line)
            continue
        cells = re.findall(r'<td>(.*?)</td>', m.group(1))
        assert ''.join(f'<td>{c}</td>' for c in cells) == m.group(1), line[:80]
        items.append(cells)

    def continues(item):
        return isinstance(item, list) and len(item) == 6 and not visible(item[0]) and not visible(item[1]) \
            and visible(item[2])

    lines, i, spans = [], 0, []
    while i < len(items):
        cells = items[i]
        i += 1
        if isinstance(cells, str):
            lines.append(cells)
            continue
        filled = [k for k, c in enumerate(cells) if visible(c)]
        if column_titles(cells):
            lines.append('<tr>' + ''.join(f'<th>{c}</th>' for c in cells) + '</tr>')
        elif len(cells) == 6 and len(filled) == 1 and filled[0] <= 1:
            at = filled[0]
            lines.append('<tr>' + '<td></td>' * at + f'<td colspan="{6 - at}">{cells[at]}</td></tr>')
        elif len(cells) == 6 and re.fullmatch(r'\d+', visible(cells[0])) and visible(cells[1]) \
                and i < len(items) and continues(items[i]):
            below = 0
            while i + below < len(items) and continues(items[i + below]):
                below += 1
            spans.append(below + 1)
            merged = ''.join(f'<td rowspan="{below + 1}">{c}</td>' for c in cells[:2])
            lines.append('<tr>' + merged + ''.join(f'<td>{c}</td>' for c in cells[2:]) + '</tr>')
            for row in items[i:i + below]:
                lines.append('<tr>' + ''.join(f'<td>{c}</td>' for c in row[2:]) + '</tr>')
            i += below
        else:
            lines.append('<tr>' + ''.join(f'<td>{c}</td>' for c in cells) + '</tr>')
    text = '\n'.join(lines)
    head_rows = re.findall(r'^<tr><th>.*</tr>$', text, re.M)
    assert len(head_rows) == 2, 'expected the column titles and the column numbers'
    for row in head_rows:
        text = text.replace(row + '\n', '', 1)
    text = text.replace('<table border="1">\n', '<table border="1">\n<thead>\n' + '\n'.join(head_rows)
                        + '\n</thead>\n<tbody>\n', 1).replace('\n</table>', '\n</tbody>\n</table>', 1)
    assert text.count('colspan=') == 25, f'{text.count("colspan=")} heading rows merged'
    assert sum(spans) - len(spans) == 82, f'{sum(spans) - len(spans)} rows under merged task cells'
    border = '1px solid #000' if borders else '0'
    if not borders:
        text = text.replace('<table border="1">', '<table>')
    css = f'table {{ border-collapse: collapse }} td, th {{ border: {border}; vertical-align: top }}'
    if page_css:
        css = f'@page {{ {page_css} }} {css}'
    return text.replace('</title></head>', f'</title><style>{css}</style></head>', 1)


def staged_page(name='page.html', **kw):
    path = work(name)
    write_text(path, page_html(**kw))
    return path


# ---------------------------------------------------------------- Word files

def docx_of_python_csv_html():
    """LibreOffice's and pandoc's DOCX of the csv-made HTML as it is (no merged cells, no header)."""
    made = soffice(out('python-csv.html'), 'docx:MS Word 2007 XML', work('csv-lo'))
    fixed_docx(made, out('python-csv-libreoffice.docx'))
    staged = work('python-csv-pandoc.docx')
    run(['pandoc', out('python-csv.html'), '-f', 'html', '-t', 'docx', '-o', staged])
    fixed_docx(staged, out('python-csv-pandoc.docx'))


def docx_from_libreoffice():
    """The page opened in LibreOffice Writer and saved as Word 2007-365: merged heading cells (gridSpan)."""
    made = soffice(staged_page(), 'docx:MS Word 2007 XML', work('lo'))
    fixed_docx(made, out('libreoffice.docx'))


def docx_from_pandoc():
    """pandoc's DOCX of the page: its own table writer, header rows marked as such."""
    staged = work('pandoc.docx')
    run(['pandoc', staged_page(), '-f', 'html', '-t', 'docx', '-o', staged])
    fixed_docx(staged, out('pandoc.docx'))


def docx_with_other_prefix():
    """document.xml written back by Python's ElementTree: every element is `ns0:`, not `w:`."""
    src = out('libreoffice.docx')
    with zipfile.ZipFile(src) as z:
        tree = ET.ElementTree(ET.fromstring(z.read('word/document.xml')))
    # ElementTree names namespaces ns0, ns1, … unless told otherwise.
    written = ET.tostring(tree.getroot(), encoding='utf-8', xml_declaration=True)
    assert b'<ns0:' in written or b'<ns1:' in written, 'ElementTree kept the w: prefix'
    rezip(src, out('elementtree-prefix.docx'), {'word/document.xml': written})


def docx_with_automatic_numbering():
    """The «№ з/п» column numbered by Word's list numbering instead of typed digits.

    Each task number cell becomes a numbered paragraph of one list definition
    (`%1.`); where the typed numbers restart (each sector) or jump, a new `w:num`
    restarts the count with `startOverride`, as Word does for «Restart at 1».
    """
    document = docx.Document(out('libreoffice.docx'))
    numbering = numbering_element(document)
    abstract = ET_fragment(
        f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>'
        '</w:abstractNum>'
    )
    # abstractNum elements come before num elements in numbering.xml.
    first_num = numbering.find(qn('w:num'))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    next_num_id = 900
    expected = None
    current = None
    replaced = 0
    table = document.tables[0]
    for tr in table._tbl.tr_lst:
        tc = tr.tc_lst[0] if tr.tc_lst else None
        if tc is None:
            continue
        text = ''.join(t.text or '' for t in tc.iter(qn('w:t'))).strip()
        second = ''.join(t.text or '' for t in tr.tc_lst[1].iter(qn('w:t'))).strip() if len(tr.tc_lst) > 1 else ''
        # Task rows only: not the row that numbers the columns 1 2 3 4 5 6.
        if not re.fullmatch(r'\d{1,3}', text) or len(tr.tc_lst) < 5 or second == '2':
            continue
        number = int(text)
        if number != expected:
            next_num_id += 1
            current = str(next_num_id)
            numbering.append(ET_fragment(
                f'<w:num xmlns:w="{W_NS}" w:numId="{current}"><w:abstractNumId w:val="90"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{number}"/></w:lvlOverride></w:num>'
            ))
        expected = number + 1
        paragraph = tc.findall(qn('w:p'))[0]
        for extra in tc.findall(qn('w:p'))[1:]:
            tc.remove(extra)
        for run in paragraph.findall(qn('w:r')):
            paragraph.remove(run)
        ppr = paragraph.get_or_add_pPr()
        numpr = ET_fragment(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="0"/><w:numId w:val="{current}"/></w:numPr>')
        ppr.insert(1 if ppr.find(qn('w:pStyle')) is not None else 0, numpr)
        replaced += 1
    assert replaced == 79, f'expected 79 task numbers, replaced {replaced}'
    staged = work('word-numbering.docx')
    document.save(staged)
    fixed_docx(staged, out('word-numbering.docx'))


def numbering_element(document):
    """The document's numbering part, added (as Word would have it) when the file has none."""
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.parts.numbering import NumberingPart
    try:
        return document.part.numbering_part.element
    except NotImplementedError:
        blob = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W_NS}"/>'.encode()
        part = NumberingPart.load(PackURI('/word/numbering.xml'), CT.WML_NUMBERING, blob, document.part.package)
        document.part.relate_to(part, RT.NUMBERING)
        return part.element


def ET_fragment(xml):
    from docx.oxml import parse_xml
    return parse_xml(xml)


# ---------------------------------------------------------------- HTML pages

def html_in_two_tables():
    """The page split before its fourth priority, with a caption between the parts.

    This is what a page break typed by hand, or a section break in Word, leaves in
    an HTML page: two tables, the second repeating the column titles.
    """
    page = page_html()
    at = page.index('<tr><td colspan="6"><b><u>Пріоритет "Активне місто"')
    header = page[page.index('<thead>'):page.index('</thead>') + len('</thead>')]
    split = (
        '</tbody>\n</table>\n'
        '<p style="page-break-before: always"><i>Продовження таблиці</i></p>\n'
        f'<table border="1">\n{header}\n<tbody>\n'
    )
    write_text(out('two-tables.html'), page[:at] + split + page[at:])


def libreoffice_html_of_two_table_docx():
    """Word file with the table in two parts, saved as HTML by LibreOffice."""
    two = soffice(out('two-tables.html'), 'docx:MS Word 2007 XML', work('two'))
    fixed_docx(two, out('two-tables.docx'))
    html = soffice(out('two-tables.docx'), 'html:HTML (StarWriter)', work('two-html'))
    shutil.copy(html, out('two-tables.libreoffice.html'))


CHROMIUM = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run']


def browser_saved_html():
    """Chromium's serialisation of the page, with the «saved from url» mark browsers add on saving."""
    dom = run(CHROMIUM + ['--dump-dom', f'file://{staged_page()}'], capture_output=True).stdout
    with open(out('browser-saved.html'), 'wb') as f:
        f.write(b'<!-- saved from url=(0014)about:internet -->\r\n' + dom)


def xhtml_with_declaration():
    """xmllint's XML serialisation of the page: an XML declaration before the doctype."""
    xml = run(['xmllint', '--html', '--xmlout', '--encode', 'utf-8', staged_page()], capture_output=True,
              check=False).stdout
    assert xml.startswith(b'<?xml'), 'xmllint wrote no XML declaration'
    with open(out('xmllint.xhtml'), 'wb') as f:
        f.write(xml)


def utf16_html():
    """The page in UTF-16 with a byte-order mark, as Windows «Unicode» saves it (iconv)."""
    html = page_html()
    assert '<meta charset="utf-8">' in html
    staged = work('utf16-source.html')
    write_text(staged, html.replace('<meta charset="utf-8">', '<meta charset="utf-16">'))
    data = run(['iconv', '-f', 'UTF-8', '-t', 'UTF-16', staged], capture_output=True).stdout
    assert data[:2] in (b'\xff\xfe', b'\xfe\xff'), 'iconv wrote no BOM'
    with open(out('utf16.html'), 'wb') as f:
        f.write(data)


# ---------------------------------------------------------------- text exports

def reordered_columns():
    """The text export with «Виконання заходів» before «Відповідальний виконавець», as the header says."""
    lines = read_text(SAMPLE_TXT).split('\n')
    result = []
    for line in lines:
        cells = line.split('\t')
        if len(cells) == 6 and not re.fullmatch(r'1\t2\t3\t4\t5\t6', line):
            cells[3], cells[4] = cells[4], cells[3]
        elif len(cells) == 5:  # the rows that lost their first cell: number in column 2
            cells[2], cells[3] = cells[3], cells[2]
        result.append('\t'.join(cells))
    write_text(out('reordered-columns.txt'), '\n'.join(result))


def decomposed_unicode():
    """The text export in NFD, as some macOS tools write it: й is и + combining breve."""
    text = read_text(SAMPLE_TXT)
    nfd = unicodedata.normalize('NFD', text)
    assert nfd != text
    write_text(out('nfd.txt'), nfd)


# ---------------------------------------------------------------- PDFs

def chromium_print(name, page_css, header_footer=False, borders=True):
    """The page printed to PDF by Chromium, as «Print → Save as PDF» does."""
    staged = staged_page('page-borderless.html' if not borders else f'page-{name}.html', page_css=page_css,
                         borders=borders)
    flags = [] if header_footer else ['--no-pdf-header-footer']
    run(CHROMIUM + flags + [f'--print-to-pdf={out(name)}', f'file://{staged}'],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    fixed_pdf(out(name))


def chromium_prints():
    chromium_print('chromium-a4.pdf', 'size: A4')
    chromium_print('chromium-a4-landscape.pdf', 'size: A4 landscape')
    # The browser's default header and footer: date, title, URL and «3/41» on every page.
    chromium_print('chromium-a4-header-footer.pdf', 'size: A4', header_footer=True)
    chromium_print('chromium-borderless.pdf', 'size: A4', borders=False)


def word_print(name, borders=True, landscape=False):
    """libreoffice.docx changed by python-docx and printed by LibreOffice; returns the PDF's path.

    Without borders every table and cell border is removed; on landscape the page is
    A4 landscape with 10 mm side margins and the table 100% of its width, as a clerk
    turns the page for a wide table.
    """
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    document = docx.Document(out('libreoffice.docx'))
    table_pr = document.tables[0]._tbl.tblPr
    if not borders:
        for tag in ('w:tblBorders', 'w:tcBorders'):
            for element in list(document.element.body.iter(qn(tag))):
                element.getparent().remove(element)
        sides = ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')
        table_pr.append(ET_fragment(
            f'<w:tblBorders xmlns:w="{W_NS}">' + ''.join(f'<w:{side} w:val="nil"/>' for side in sides)
            + '</w:tblBorders>'
        ))
    if landscape:
        for section in document.sections:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
            section.left_margin = section.right_margin = Mm(10)
        for width in table_pr.iter(qn('w:tblW')):
            width.set(qn('w:w'), '5000')
            width.set(qn('w:type'), 'pct')
    staged = work(f'{name}.docx')
    document.save(staged)
    printed = soffice(staged, 'pdf', work(name))
    fixed_pdf(printed)
    return printed


def libreoffice_borderless_pdf():
    """A Word table with no borders, printed by LibreOffice: a PDF with no ruling lines.

    LibreOffice prints the table wider than the page, so columns 5 and 6 fall off it
    and no row numbers all the columns: a bad input, refused in one line. It goes to
    the bad corpus (test/corpus/bad/, whose expected.json says how it is refused), so
    it is made only when this step is named.
    """
    shutil.copy(word_print('borderless', borders=False), os.path.join(BAD_CORPUS, 'libreoffice-borderless.pdf'))


def libreoffice_borderless_landscape_pdf():
    """The same borderless table on a landscape page as wide as the table, printed by LibreOffice.

    LibreOffice's DOCX centres each cell's text vertically, so a row's cells do not
    start on one baseline: the stream reader must rebuild rows from blocks.
    """
    printed = word_print('borderless-landscape', borders=False, landscape=True)
    shutil.copy(printed, out('libreoffice-borderless-landscape.pdf'))


def libreoffice_pdf():
    """LibreOffice Writer's print of libreoffice.docx on A4 landscape, in the work directory: the next three change it.

    On the portrait page LibreOffice's HTML import left, the table is wider than the
    page and columns 5 and 6 fall off it: that print holds no whole report.
    """
    path = work('libreoffice.pdf')
    if not os.path.exists(path):
        shutil.copy(word_print('libreoffice-landscape', landscape=True), path)
    return path


def one_path_grid_pdf():
    """The LibreOffice print with every run of ruling lines drawn as one path of many subpaths (qpdf)."""
    qdf = work('qdf.pdf')
    run(['qpdf', '--qdf', '--object-streams=disable', libreoffice_pdf(), qdf])
    data = open(qdf, 'rb').read()
    # Each rule is `q <width> w 0 J 1 j … m … l S Q`: keep the first q and the last S Q of a run.
    merged, count = re.subn(rb' l S\nQ\nq ([0-9.]+) w 0 J 1 j\n', b' l\n', data)
    assert count > 500, f'only {count} rules merged'
    joined = work('joined.pdf')
    open(joined, 'wb').write(merged)
    fixed = work('fixed.pdf')
    with open(fixed, 'wb') as f:
        run(['fix-qdf', joined], stdout=f)
    run(['qpdf', '--deterministic-id', '--object-streams=generate', '--compress-streams=y', fixed,
         out('one-path-grid.pdf')])


def rotated_content_pdf():
    """Page 2 of the LibreOffice print on a portrait page, its content turned 90° (no /Rotate), as some drivers
    print (pypdf)."""
    import pypdf
    reader = pypdf.PdfReader(libreoffice_pdf())
    writer = pypdf.PdfWriter()
    for number, page in enumerate(reader.pages, start=1):
        if number == 2:
            width = float(page.mediabox.width)
            height = float(page.mediabox.height)
            page.add_transformation(pypdf.Transformation().rotate(90).translate(tx=height, ty=0))
            page.mediabox = pypdf.generic.RectangleObject([0, 0, height, width])
            page.cropbox = pypdf.generic.RectangleObject([0, 0, height, width])
        writer.add_page(page)
    with open(out('rotated-content.pdf'), 'wb') as f:
        writer.write(f)


def rotate_attribute_pdf():
    """Page 3 of the LibreOffice print turned by the page's /Rotate (qpdf), its content left as it was."""
    run(['qpdf', '--deterministic-id', '--rotate=+90:3', libreoffice_pdf(), out('rotate-attribute.pdf')])


STEPS = [
    python_csv_html, docx_of_python_csv_html,
    docx_from_libreoffice, docx_from_pandoc, docx_with_other_prefix, docx_with_automatic_numbering,
    html_in_two_tables, libreoffice_html_of_two_table_docx, browser_saved_html, xhtml_with_declaration,
    utf16_html, reordered_columns, decomposed_unicode,
    chromium_prints, libreoffice_borderless_landscape_pdf, one_path_grid_pdf, rotated_content_pdf,
    rotate_attribute_pdf,
]
# Named only: writes outside fixtures/producers/.
ON_REQUEST = [libreoffice_borderless_pdf]


def main():
    os.makedirs(OUT, exist_ok=True)
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    only = sys.argv[1:]
    steps = [s for s in STEPS + ON_REQUEST if s.__name__ in only] if only else STEPS
    unknown = set(only) - {s.__name__ for s in STEPS + ON_REQUEST}
    if unknown:
        raise SystemExit(f'no such step: {", ".join(sorted(unknown))}')
    for step in steps:
        step()
        print(f'done: {step.__name__}', file=sys.stderr)
    write_sources()
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    main()
