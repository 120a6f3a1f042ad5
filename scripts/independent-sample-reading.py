#!/usr/bin/python3
"""The sample release's 173 measures read without this tool, for test/producers/.

Reads fixtures/zhytomyr-2023-9m.txt with Python's csv module (tab-separated, one
record a line; the fields hold straight quotes inside text, «КП "ЦЕНТР ІНВЕСТИЦІЙ"»,
and none is quoted, so quoting is off) and html.parser (the fields hold HTML
fragments: <p>, <b>, <u>, <a>), and writes test/producers/independent-measures.json:
per measure, in document order, its sector, number, title, responsible executors
and execution text, each with tags removed, entities decoded and white space
collapsed. test/producers.test.ts compares every producer's fixture with it.

    /usr/bin/python3 scripts/independent-sample-reading.py [--check]

With --check the file is not written: the run fails if it would change.

How the table is read (from looking at the file, not at this tool's code):
  * Lines with fewer than five fields are the title, the footnote and blank lines.
  * The column-title row («№ з/п»), the row numbering the columns (1 … 6) and rows
    of dashes only (`--`, markdown's table rule) are no data.
  * A measure row has its last four fields as «Заходи», «Відповідальний
    виконавець», «Виконання заходів» and column 6. Five rows have five fields, not
    six: they lost their leading cell, never a trailing one (their last four fields
    read as the six-field rows' last four), so fields are taken from the right.
  * A heading row has one non-empty field (in column 1 or 2). Priorities and goals
    are bold and underlined (<u>); a sector heading is bold or plain, not underlined.
  * One sector heading is typed at the head of a task cell, in bold before the task
    («<b>Житлове господарство</b> Провести капітальний ремонт …»): the bold lead of
    a task cell is that sector's heading.
  * The measure cell starts with its number: digits and dots, a dot after the last
    number or not («10.1 Капітальний …», «4.1.Зовнішнє …»). The number is written
    without the trailing dot, the title is the rest.
  * Executors are kept as the cell's text: one string, as written.
"""
import csv
import json
import os
import re
import sys
from html.parser import HTMLParser

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE_TXT = os.path.join(ROOT, 'fixtures', 'zhytomyr-2023-9m.txt')
HAND = os.path.join(ROOT, 'test', 'producers', 'expected.json')
OUT = os.path.join(ROOT, 'test', 'producers', 'independent-measures.json')

# Elements that end a line of text where they open or close: their edges are white space.
BLOCKS = {'p', 'br', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'}
NUMBER = re.compile(r'(\d+(?:\.\d+)*)\.?\s*(.*)', re.S)
COUNTS = {'sectors': 18, 'measures': 173}


class Text(HTMLParser):
    """The text of an HTML fragment; entities decoded (convert_charrefs), block edges a space."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.bold_lead = None  # the text of a leading <b>…</b>, if the fragment starts with one
        self._bold_depth = 0
        self._lead_open = None

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.parts.append(' ')
        if tag == 'b':
            if self._lead_open is None and not collapse(''.join(self.parts)) and self.bold_lead is None:
                self._lead_open = len(self.parts)
            self._bold_depth += 1

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            self.parts.append(' ')
        if tag == 'b':
            self._bold_depth = max(0, self._bold_depth - 1)
            if self._bold_depth == 0 and self._lead_open is not None:
                self.bold_lead = collapse(''.join(self.parts[self._lead_open:]))
                self._lead_open = None

    def handle_data(self, data):
        self.parts.append(data)


def collapse(text):
    return ' '.join(text.split())


def parse(fragment):
    reader = Text()
    reader.feed(fragment)
    reader.close()
    return reader


def text(fragment):
    return collapse(''.join(parse(fragment).parts))


def underlined(fragment):
    return re.search(r'<u\b', fragment, re.I) is not None


def read(path=SAMPLE_TXT):
    with open(path, encoding='utf-8', newline='') as f:
        rows = list(csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    sectors, measures, sector = [], [], None
    for line, fields in enumerate(rows, start=1):
        if len(fields) < 5:
            continue
        texts = [text(x) for x in fields]
        if texts[0] == '№ з/п' or texts == ['1', '2', '3', '4', '5', '6']:
            continue
        if all(re.fullmatch(r'-+', t) for t in texts):
            continue
        filled = [i for i, t in enumerate(texts) if t]
        if len(filled) == 1 and filled[0] <= 1:
            if not underlined(fields[filled[0]]):
                sector = texts[filled[0]]
                sectors.append(sector)
            continue
        # From the right: «Заходи», executors, execution, column 6; the task before them (if any).
        measure, executors, execution, _programme = fields[-4:]
        task = fields[-5] if len(fields) >= 5 else ''
        lead = parse(task).bold_lead
        if lead:
            sector = lead
            sectors.append(sector)
        m = NUMBER.fullmatch(text(measure))
        if not m or not m.group(2):
            raise SystemExit(f'line {line}: no measure number and title in {text(measure)[:60]!r}')
        if sector is None:
            raise SystemExit(f'line {line}: a measure before any sector heading')
        measures.append({
            'sector': sector,
            'number': m.group(1),
            'title': collapse(m.group(2)),
            'executors': text(executors),
            'execution': text(execution),
        })
    found = {'sectors': len(sectors), 'measures': len(measures)}
    if found != COUNTS:
        raise SystemExit(f'read {found}, the report has {COUNTS}')
    return measures


def check_against_hand(measures):
    """The 22 measures written down by hand in test/producers/expected.json must read the same here."""
    hand = json.load(open(HAND, encoding='utf-8'))['measures']
    by_key = {}
    for m in measures:
        by_key.setdefault((m['sector'], m['number']), []).append(m)
    wrong = []
    for want in hand:
        got = by_key.get((want['sector'], want['number']), [])
        expect = {
            'sector': want['sector'], 'number': want['number'], 'title': collapse(want['title']),
            'executors': ', '.join(collapse(x) for x in want['executors']), 'execution': collapse(want['execution']),
        }
        if got != [expect]:
            wrong.append(f'{want["sector"]} {want["number"]}: hand {expect} — read {got}')
    if wrong:
        raise SystemExit('the reading disagrees with the hand-written measures:\n' + '\n'.join(wrong))


def main():
    measures = read()
    check_against_hand(measures)
    doc = {
        'comment': (
            'The 173 measures of fixtures/zhytomyr-2023-9m.txt in document order, read by '
            'scripts/independent-sample-reading.py with Python\'s csv module and html.parser, never by this tool: '
            'tags removed, entities decoded, white space collapsed; executors as the cell\'s one string.'
        ),
        'measures': measures,
    }
    written = json.dumps(doc, ensure_ascii=False, indent=2) + '\n'
    if '--check' in sys.argv[1:]:
        current = open(OUT, encoding='utf-8').read() if os.path.exists(OUT) else ''
        if current != written:
            raise SystemExit(f'{os.path.relpath(OUT, ROOT)} is out of date: run this script')
        return
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(written)
    print(f'{os.path.relpath(OUT, ROOT)}: {len(measures)} measures', file=sys.stderr)


if __name__ == '__main__':
    main()
