#!/usr/bin/env python3
"""Requests of words from the reports' titles (every 2-6 character substring of 政府信息公开工作年度报告),
as lines `query<TAB>county-index<TAB>year` for bench/PairedSearchBench.java: with `year`, each word
with each year 2014-2025; with `county`, each word alone and with 12 of the 50 largest counties.
usage: bench/title_queries.py year|county > queries.tsv"""
import random, sys
title = '政府信息公开工作年度报告'
words = sorted({title[i:i + k] for k in range(2, 7) for i in range(len(title) - k + 1)})
if sys.argv[1:] == ['year']:
    lines = [f'{w}\t\t{y}' for w in words for y in range(2014, 2026)]
    random.Random(3).shuffle(lines)
elif sys.argv[1:] == ['county']:
    r = random.Random(4)
    lines = [f'{w}\t\t' for w in words] + [f'{w}\t{c}\t' for w in words for c in r.sample(range(50), 12)]
    r.shuffle(lines)
else:
    sys.exit('usage: bench/title_queries.py year|county')
print('\n'.join(lines))
