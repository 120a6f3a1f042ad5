#!/usr/bin/env python3
"""Runs the README's pandas and DuckDB one-liners (the code blocks between the
«oneliners» markers, as printed) on outputs of the sample and the year release,
and says whether every column came in with the right type: measure and task
numbers as text («1.10» stays «1.10»), money and percentages as numbers, period
columns as integers, `present` as a boolean.
Needs pandas and duckdb (pip install pandas duckdb); CI does not run it.
Usage: python3 scripts/check-readme-oneliners.py"""
import os
import re
import subprocess
import sys
import tempfile

import duckdb
import pandas as pd
from pandas.api import types

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = ['node', os.path.join(ROOT, 'bin/zhyt-report.js')]
SAMPLE = os.path.join(ROOT, 'fixtures/zhytomyr-2023-9m')
YEAR = os.path.join(ROOT, 'fixtures/zhytomyr-2023-12m.txt')

readme = open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read()
section = re.search(r'<!-- oneliners:start.*?-->(.*?)<!-- oneliners:end -->', readme, re.S).group(1)
python_code = re.search(r'```python\n(.*?)```', section, re.S).group(1)
sql_code = re.search(r'```sql\n(.*?)```', section, re.S).group(1)

work = tempfile.mkdtemp(prefix='zhyt-oneliners-')
os.chdir(work)
# The files the one-liners name: q3.docx.csv, history.csv, out/*.ndjson.
subprocess.run([*CLI, 'parse', f'{SAMPLE}.docx', '--out-dir', '.', '-f', 'csv', '-q'], check=True)
os.rename('zhytomyr-2023-9m.docx.csv', 'q3.docx.csv')
subprocess.run([*CLI, 'history', YEAR, f'{SAMPLE}.txt', '--out', 'history.csv', '-q'], check=True)
subprocess.run([*CLI, 'parse', f'{SAMPLE}.txt', YEAR, '--out-dir', 'out', '-f', 'ndjson', '-q'], check=True)

problems = []
scope = {'pd': pd}
exec(python_code, scope)
m, h = scope['m'], scope['h']


def expect(ok, what):
    if not ok:
        problems.append(what)


for frame, name in ((m, 'measures'), (h, 'history')):
    expect(types.is_string_dtype(frame['measure_number']), f'{name}: measure_number is {frame["measure_number"].dtype}')
    expect('1.10' in set(frame['measure_number']), f'{name}: 1.10 did not stay 1.10')
    expect(types.is_string_dtype(frame['task_number']), f'{name}: task_number is {frame["task_number"].dtype}')
    expect(types.is_float_dtype(frame['funding_thousand_uah']), f'{name}: funding is not a number')
    expect(types.is_float_dtype(frame['completion_percent']), f'{name}: completion is not a number')
    expect(types.is_integer_dtype(frame['period_year']), f'{name}: period_year is not an integer')
    expect(types.is_integer_dtype(frame['period_months']), f'{name}: period_months is not an integer')
expect(types.is_string_dtype(m['parent_measure']), f'parent_measure is {m["parent_measure"].dtype}')
expect(types.is_string_dtype(m['funding_source']), f'funding_source is {m["funding_source"].dtype}')
expect(len(m) == 173, f'{len(m)} measures, not 173')
expect(types.is_bool_dtype(h['present']), f'present is {h["present"].dtype}')
expect(len(h) == 348, f'{len(h)} history rows, not 348')

ndjson_sql, csv_sql = [q.strip() for q in sql_code.strip().split(';\n')]
result = duckdb.sql(ndjson_sql.rstrip(';'))
columns = dict(zip(result.columns, map(str, result.types)))
rows = result.fetchall()
expect(len(rows) == 346, f'{len(rows)} NDJSON rows, not 346')
expect(columns.get('number') == 'VARCHAR', f'DuckDB number is {columns.get("number")}')
expect(columns.get('year') == 'BIGINT' and columns.get('months') == 'BIGINT', f'DuckDB period is {columns}')
expect(any(r[3] == '1.10' for r in rows), 'DuckDB: 1.10 did not stay 1.10')

# The CSV through DuckDB: numbers of measures and tasks as text, money as a number.
csv_result = duckdb.sql(csv_sql.rstrip(';'))
csv_types = dict(zip(csv_result.columns, map(str, csv_result.types)))
csv_rows = csv_result.fetchall()
expect(len(csv_rows) == 173, f'DuckDB CSV: {len(csv_rows)} rows, not 173')
for name in ('task_number', 'measure_number', 'parent_measure'):
    expect(csv_types.get(name) == 'VARCHAR', f'DuckDB CSV {name} is {csv_types.get(name)}')
expect(csv_types.get('funding_thousand_uah') == 'DOUBLE', f'DuckDB CSV funding is {csv_types.get("funding_thousand_uah")}')
number_at = csv_result.columns.index('measure_number')
expect(any(r[number_at] == '1.10' for r in csv_rows), 'DuckDB CSV: 1.10 did not stay 1.10')

print(f'pandas {pd.__version__}, duckdb {duckdb.__version__}: measures {len(m)} rows, history {len(h)} rows, '
      f'NDJSON {len(rows)} rows')
if problems:
    print('\n'.join(problems))
    sys.exit(1)
print('every type right')
