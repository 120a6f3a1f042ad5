#!/usr/bin/python3
"""The sample release as other programs write and print it, for fixtures/producers/.

A council file is saved by whatever the clerk has, so these are made by the
programs themselves, not by this tool: LibreOffice, pandoc, Chromium, xmllint,
iconv, Python's ElementTree and python-docx. Run it with Debian's python3
(`apt-get install libreoffice-writer-nogui pandoc chromium libxml2-utils
python3-docx python3-pypdf qpdf`), review what changed, commit. CI uses the committed files.

    /usr/bin/python3 scripts/make-producer-fixtures.py [step …]

Every fixture holds the same report: 6 priorities, 6 goals, 18 sectors, 79 tasks,
173 measures. The expected values are written by hand in
test/producers/expected.json, not taken from this tool's output.
"""
import copy
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile

import docx
from docx.oxml.ns import qn

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_TXT = os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.txt')
SAMPLE_HTML = os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.html')
OUT = os.path.join(ROOT, 'fixtures', 'producers')
WORK = tempfile.mkdtemp(prefix='zhyt-producers-')
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def out(name):
    return os.path.join(OUT, name)


def soffice(src, target, outdir):
    """LibreOffice headless conversion; returns the written file's path."""
    subprocess.run(
        ['soffice', '--headless', f'-env:UserInstallation=file://{WORK}/profile', '--convert-to', target, '--outdir', outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    stem = os.path.splitext(os.path.basename(src))[0]
    ext = target.split(':')[0]
    return os.path.join(outdir, f'{stem}.{ext}')


def rezip(src, dest, replace):
    """Copies a DOCX, replacing some parts' bytes; entries keep their order and a fixed time."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, 'w', zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = replace.get(item.filename, zin.read(item.filename))
            info = zipfile.ZipInfo(item.filename, date_time=(2023, 10, 20, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)


def docx_from_libreoffice():
    """The HTML page opened in LibreOffice Writer and saved as Word 2007-365."""
    made = soffice(SAMPLE_HTML, 'docx:MS Word 2007 XML', os.path.join(WORK, 'lo'))
    shutil.copy(made, out('libreoffice.docx'))


def docx_from_pandoc():
    subprocess.run(['pandoc', SAMPLE_HTML, '-f', 'html', '-t', 'docx', '-o', out('pandoc.docx')], check=True)


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
    document.save(out('word-numbering.docx'))


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


def html_in_two_tables():
    """The report split before its fourth priority, with a caption between the parts.

    This is what a page break typed by hand, or a section break in Word, leaves in
    an HTML page: two tables, the second repeating the header.
    """
    html = open(SAMPLE_HTML, encoding='utf-8').read()
    at = html.index('<tr><td colspan="6"><b><u>Пріоритет "Активне місто"')
    header = html[html.index('<thead>'):html.index('</thead>') + len('</thead>')]
    split = (
        '</tbody>\n</table>\n'
        '<p style="page-break-before: always"><i>Продовження таблиці</i></p>\n'
        f'<table>\n{header}\n<tbody>\n'
    )
    with open(out('two-tables.html'), 'w', encoding='utf-8') as f:
        f.write(html[:at] + split + html[at:])


def libreoffice_html_of_two_table_docx():
    """Word file with the table in two parts, saved as HTML by LibreOffice."""
    two = soffice(out('two-tables.html'), 'docx:MS Word 2007 XML', os.path.join(WORK, 'two'))
    shutil.copy(two, out('two-tables.docx'))
    html = soffice(two, 'html:HTML (StarWriter)', os.path.join(WORK, 'two-html'))
    shutil.copy(html, out('two-tables.libreoffice.html'))


def browser_saved_html():
    """Chromium's serialisation of the page, with the «saved from url» mark browsers add on saving."""
    dom = subprocess.run(
        ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run', '--dump-dom', f'file://{SAMPLE_HTML}'],
        check=True, capture_output=True,
    ).stdout
    with open(out('browser-saved.html'), 'wb') as f:
        f.write(b'<!-- saved from url=(0014)about:internet -->\r\n' + dom)


def xhtml_with_declaration():
    """xmllint's XML serialisation of the page: an XML declaration before the doctype."""
    xml = subprocess.run(['xmllint', '--html', '--xmlout', '--encode', 'utf-8', SAMPLE_HTML], capture_output=True).stdout
    assert xml.startswith(b'<?xml'), 'xmllint wrote no XML declaration'
    with open(out('xmllint.xhtml'), 'wb') as f:
        f.write(xml)


def utf16_html():
    """The page in UTF-16 with a byte-order mark, as Windows «Unicode» saves it (iconv)."""
    html = open(SAMPLE_HTML, encoding='utf-8').read().replace('<meta charset="utf-8">', '<meta charset="utf-16">')
    staged = os.path.join(WORK, 'utf16-source.html')
    open(staged, 'w', encoding='utf-8').write(html)
    data = subprocess.run(['iconv', '-f', 'UTF-8', '-t', 'UTF-16', staged], check=True, capture_output=True).stdout
    assert data[:2] in (b'\xff\xfe', b'\xfe\xff'), 'iconv wrote no BOM'
    with open(out('utf16.html'), 'wb') as f:
        f.write(data)


def reordered_columns():
    """The text export with «Виконання заходів» before «Відповідальний виконавець», as the header says."""
    lines = open(SAMPLE_TXT, encoding='utf-8').read().split('\n')
    result = []
    for line in lines:
        cells = line.split('\t')
        if len(cells) == 6 and not re.fullmatch(r'1\t2\t3\t4\t5\t6', line):
            cells[3], cells[4] = cells[4], cells[3]
        elif len(cells) == 5:  # the rows that lost their first cell: number in column 2
            cells[2], cells[3] = cells[3], cells[2]
        result.append('\t'.join(cells))
    open(out('reordered-columns.txt'), 'w', encoding='utf-8').write('\n'.join(result))


def decomposed_unicode():
    """The text export in NFD, as some macOS tools write it: й is и + combining breve."""
    text = open(SAMPLE_TXT, encoding='utf-8').read()
    nfd = unicodedata.normalize('NFD', text)
    assert nfd != text
    open(out('nfd.txt'), 'w', encoding='utf-8').write(nfd)


CHROMIUM = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
            '--disable-component-update', '--disable-sync', '--no-first-run']


def chromium_print(name, page_css, header_footer=False, borders=True):
    """The HTML page printed to PDF by Chromium, as «Print → Save as PDF» does."""
    html = open(SAMPLE_HTML, encoding='utf-8').read().replace('<style>', f'<style>@page {{ {page_css} }} ', 1)
    if not borders:
        html = html.replace('border: 1px solid #000', 'border: 0')
    staged = os.path.join(WORK, f'{name}.html')
    open(staged, 'w', encoding='utf-8').write(html)
    flags = [] if header_footer else ['--no-pdf-header-footer']
    subprocess.run(CHROMIUM + flags + [f'--print-to-pdf={out(name)}', f'file://{staged}'], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def chromium_prints():
    chromium_print('chromium-a4.pdf', 'size: A4')
    chromium_print('chromium-a4-landscape.pdf', 'size: A4 landscape')
    # The browser's default header and footer: date, title, URL and «3/41» on every page.
    chromium_print('chromium-a4-header-footer.pdf', 'size: A4', header_footer=True)
    chromium_print('chromium-borderless.pdf', 'size: A4', borders=False)


def borderless_docx(landscape):
    """The LibreOffice DOCX with every table and cell border removed; on a landscape page as wide as the table if asked."""
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm
    document = docx.Document(out('libreoffice.docx'))
    for name in ('w:tblBorders', 'w:tcBorders'):
        for element in list(document.element.body.iter(qn(name))):
            element.getparent().remove(element)
    table_pr = document.tables[0]._tbl.tblPr
    table_pr.append(ET_fragment(
        f'<w:tblBorders xmlns:w="{W_NS}">' + ''.join(f'<w:{side} w:val="nil"/>' for side in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
    ))
    if landscape:
        for section in document.sections:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(297), Mm(210)
            section.left_margin = section.right_margin = Mm(10)
        for width in table_pr.iter(qn('w:tblW')):
            width.set(qn('w:w'), '5000')
            width.set(qn('w:type'), 'pct')
    staged = os.path.join(WORK, f'borderless{"-landscape" if landscape else ""}.docx')
    document.save(staged)
    return soffice(staged, 'pdf', os.path.join(WORK, os.path.basename(staged)[:-5]))


def libreoffice_borderless_pdf():
    """A Word table with no borders, printed by LibreOffice: a PDF with no ruling lines.

    LibreOffice prints the table wider than the page, so columns 5 and 6 fall off it
    and no row numbers all the columns: a bad input, refused in one line.
    """
    shutil.copy(borderless_docx(landscape=False), os.path.join(ROOT, 'test', 'corpus', 'bad', 'libreoffice-borderless.pdf'))


def libreoffice_borderless_landscape_pdf():
    """The same borderless table on a landscape page as wide as the table, printed by LibreOffice.

    LibreOffice's DOCX centres each cell's text vertically, so a row's cells do not
    start on one baseline: the stream reader must rebuild rows from blocks.
    """
    shutil.copy(borderless_docx(landscape=True), out('libreoffice-borderless-landscape.pdf'))


def one_path_grid_pdf():
    """The LibreOffice print with every run of ruling lines drawn as one path of many subpaths (qpdf)."""
    qdf = os.path.join(WORK, 'qdf.pdf')
    subprocess.run(['qpdf', '--qdf', '--object-streams=disable', os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.pdf'), qdf], check=True)
    data = open(qdf, 'rb').read()
    # Each rule is `q 0.5 w … m … l S Q`: keep the first q and the last S Q of a run.
    merged, count = re.subn(rb' l S\nQ\nq 0\.5 w 0 J 1 j\n', b' l\n', data)
    assert count > 500, f'only {count} rules merged'
    joined = os.path.join(WORK, 'joined.pdf')
    open(joined, 'wb').write(merged)
    fixed = os.path.join(WORK, 'fixed.pdf')
    subprocess.run(['fix-qdf', joined], check=True, stdout=open(fixed, 'wb'))
    subprocess.run(['qpdf', '--object-streams=generate', '--compress-streams=y', fixed, out('one-path-grid.pdf')], check=True)


def rotated_content_pdf():
    """Page 2 of the LibreOffice print on a portrait page, its content turned 90° (no /Rotate), as some drivers print (pypdf)."""
    import pypdf
    reader = pypdf.PdfReader(os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.pdf'))
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
    subprocess.run(['qpdf', '--rotate=+90:3', os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.pdf'), out('rotate-attribute.pdf')], check=True)


def python_csv_html():
    """The text export as an HTML table by Python's csv module alone: one <tr> per line,
    one <td> per tab-separated field, the fields' HTML fragments kept as they are. It
    knows nothing of this tool (no merged cells, no headings found): a chain of
    fixtures that does not start from the tool's own reading of the sample."""
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
    page = '<!DOCTYPE html>\n<html lang="uk"><head><meta charset="utf-8"><title>' + html.escape('Звіт') + '</title></head><body>\n' + '\n'.join(parts) + '\n</body></html>\n'
    with open(out('python-csv.html'), 'w', encoding='utf-8') as f:
        f.write(page)


def docx_of_python_csv_html():
    """LibreOffice's and pandoc's DOCX of the csv-made HTML."""
    made = soffice(out('python-csv.html'), 'docx:MS Word 2007 XML', WORK)
    shutil.copy(made, out('python-csv-libreoffice.docx'))
    subprocess.run(['pandoc', out('python-csv.html'), '-o', out('python-csv-pandoc.docx')], check=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    steps = [
        docx_from_libreoffice, docx_from_pandoc, docx_with_other_prefix, docx_with_automatic_numbering,
        html_in_two_tables, libreoffice_html_of_two_table_docx, browser_saved_html, xhtml_with_declaration,
        utf16_html, reordered_columns, decomposed_unicode,
        python_csv_html, docx_of_python_csv_html,
        chromium_prints, libreoffice_borderless_pdf, libreoffice_borderless_landscape_pdf, one_path_grid_pdf, rotated_content_pdf, rotate_attribute_pdf,
    ]
    only = sys.argv[1:]
    if only:
        steps = [s for s in steps if s.__name__ in only]
    for step in steps:
        step()
        print(f'done: {step.__name__}', file=sys.stderr)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == '__main__':
    main()
