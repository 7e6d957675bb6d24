#!/usr/bin/env python3
# usage: bench/jfr-categories.py FILE.jfr [x]  (JDK on PATH)
# exclusive share of CPU samples per indexing stage: each sample goes to the first rule (in the
# order below) that matches any frame of its stack; with a 2nd argument, the top unmatched stacks
import subprocess, sys, re, collections
out = subprocess.run(['jfr', 'print', '--events', 'jdk.ExecutionSample', '--stack-depth', '128', sys.argv[1]], capture_output=True, text=True).stdout
rules = [
 ('smartcn', r'analysis\.cn\.smart'),
 ('bigram chain (CjkTokenizer, CJKBigramFilter, LowerCase)', r'nianbao\.analysis\.CjkTokenizer|CJKBigramFilter|LowerCaseFilter'),
 ('folding char filter', r'FoldingCharFilter|ChineseFolding'),
 ('analysis other (TokenStream plumbing)', r'org\.apache\.lucene\.analysis\.'),
 ('merges', r'SegmentMerger|IndexWriter\.merge|MergeScheduler'),
 ('apply deletes', r'BufferedUpdates|applyDeletes|FrozenBuffered'),
 ('flush (segment write)', r'DocumentsWriterPerThread\.flush|DocumentsWriter\.doFlush|IndexWriter\.flush|IndexWriter\.commit|prepareCommit'),
 ('stored fields', r'StoredFields'),
 ('doc values', r'DocValuesWriter|DocValuesConsumer'),
 ('points', r'PointValuesWriter|Points'),
 ('inverted index in memory (postings hash)', r'IndexingChain|TermsHash|FreqProx|ByteBlockPool|ByteSlicePool|BytesRefHash'),
 ('statistics extraction', r'org\.nianbao\.stats'),
 ('parsing (ingest)', r'org\.nianbao\.ingest'),
 ('document building', r'ReportDocuments'),
 ('ids / existing lookup', r'ExistingReports|assignId'),
]
cat = collections.Counter(); n = 0; other = collections.Counter()
for ev in out.split('jdk.ExecutionSample')[1:]:
    frames = re.findall(r'^\s+([\w$.<>]+)\((?:[^)]*)\)\s+line:', ev, re.M)
    if not frames: continue
    n += 1
    stack = '\n'.join(frames)
    for name, rx in rules:
        if re.search(rx, stack):
            cat[name] += 1; break
    else:
        cat['other'] += 1; other[frames[-1] + ' <- ' + frames[0]] += 1
print('samples', n)
for k, c in cat.most_common(): print(f'{100*c/n:5.1f}%  {k}')
if len(sys.argv) > 2:
    for k, c in other.most_common(15): print(f'   {100*c/n:5.1f}% {k}')
