#!/usr/bin/python3
"""Opens the sample's workbook in LibreOffice Calc with the Ukrainian locale (1058)
and says whether every type came through: measure numbers as written (never dates
or numbers: «1.10» stays «1.10»), money as numbers shown with a decimal comma.
Needs libreoffice-calc-nogui; CI does not run it (the test reads the workbook back
with ExcelJS). Usage: /usr/bin/python3 scripts/check-xlsx-libreoffice.py"""
import csv
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
work = tempfile.mkdtemp(prefix='zhyt-xlsx-')
book = os.path.join(work, 'sample.xlsx')
subprocess.run(['node', os.path.join(ROOT, 'bin/zhyt-report.js'), 'parse', os.path.join(ROOT, 'fixtures/zhytomyr-2023-9m.txt'), '--out', book, '-q'], check=True)
# Token 6 is the language (1058, Ukrainian); token 9 writes cells as shown; token 12 (-1) every sheet.
subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{work}/profile', '--convert-to',
                'csv:Text - txt - csv (StarCalc):44,34,76,1,,1058,false,true,true,false,false,-1', '--outdir', work, book],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
with open(os.path.join(work, 'sample-measures.csv'), encoding='utf-8') as f:
    rows = list(csv.DictReader(f))
numbers = [r['measure_number'] for r in rows]
funding = [r['funding_thousand_uah'] for r in rows if r['funding_thousand_uah']]
problems = []
if len(rows) != 173:
    problems.append(f'{len(rows)} measure rows, not 173')
if '1.10' not in numbers:
    problems.append('measure number 1.10 did not come through as written')
if any(not all(part.isdigit() for part in n.split('.')) for n in numbers if n):
    problems.append(f'measure numbers changed: {[n for n in numbers if not n.replace(".", "").isdigit()][:5]}')
# Shown with the number format (a thousands separator, a fixed decimal): numbers, not text. The
# separators follow the locale LibreOffice writes with: «4 577,6» or «4,577.6».
def value(shown):
    decimal = ',' if shown.rfind(',') > shown.rfind('.') else '.'
    digits = ''.join(c for c in shown if c.isdigit() or c == decimal)
    return float(digits.replace(',', '.'))
if [value(v) for v in funding] != [30, 434.09, 4577.6, 3963.4, 500] or not any(len(v) > 6 for v in funding):
    problems.append(f'funding as shown: {funding}')
print('\n'.join(problems) or f'LibreOffice (uk-UA): {len(rows)} measures, numbers as written, funding {funding}')
sys.exit(1 if problems else 0)
