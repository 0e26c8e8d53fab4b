"""python3 check.py — regenerates heldout37 and checks every label file against its raw file: ranges name real
lines, start and end on non-blank lines, never overlap, and no line holding (part of) a title is labelled text."""
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, os.path.join(HERE, 'gen.py')], check=True, cwd=HERE)

FIELDS = ['title', 'authors', 'date', 'kind', 'publication', 'volume', 'issue', 'text']
bad = 0
files = sorted(glob.glob(os.path.join(HERE, 'a*.labels.yml')))
for lab in files:
    name = os.path.basename(lab)[:-len('.labels.yml')]
    lines = open(os.path.join(HERE, name + '.txt'), encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    arts, cur = [], None
    for raw in open(lab, encoding='utf-8'):
        m = re.match(r'\s*(-\s+)?(\w+):\s*(.*)$', raw)
        if not m or raw.startswith('#') or m.group(2) in ('articles', 'one_line_per_paragraph'):
            continue
        if m.group(1):
            cur = {}
            arts.append(cur)
        cur[m.group(2)] = m.group(3)
    claimed = {}
    problems = []
    for i, a in enumerate(arts, 1):
        for f in FIELDS:
            if f not in a:
                problems.append('article %d: %s missing' % (i, f))
        if not re.fullmatch(r'20\d\d-\d\d-\d\d', a.get('date', '')):
            problems.append('article %d: date %r' % (i, a.get('date')))
        if not re.fullmatch(r'\d{4}-0[4-6]-\d\d', a.get('date', '')) or not a['date'].startswith('2034'):
            problems.append('article %d: date outside April-June 2034' % i)
        title = a['title'].strip('"')
        for r in a['text'].strip('[]').split(','):
            r = r.strip()
            s, _, e = r.partition('-')
            s, e = int(s), int(e or s)
            if s > e or s < 1 or e > len(lines):
                problems.append('article %d: range %s outside 1-%d' % (i, r, len(lines)))
                continue
            if not lines[s - 1].strip() or not lines[e - 1].strip():
                problems.append('article %d: range %s starts or ends on a blank line' % (i, r))
            for k in range(s, e + 1):
                if k in claimed:
                    problems.append('line %d claimed by articles %d and %d' % (k, claimed[k], i))
                claimed[k] = i
                l = lines[k - 1].strip()
                if len(l) > 12 and (l == title or (l in title and len(l) > len(title) / 3)):
                    problems.append('article %d: title line %d labelled text' % (i, k))
        # the title must be printed somewhere (possibly across two lines)
        joined = ' '.join(x.strip() for x in lines)
        if title not in joined and title.replace('\\"', '"') not in joined:
            problems.append('article %d: title not printed in file: %s' % (i, title))
    print('%-45s %d articles, %d text lines%s' % (name, len(arts), len(claimed), '' if not problems else ' PROBLEMS'))
    for p in problems:
        print('   ', p)
    bad += len(problems)
print('%d files, %d problems' % (len(files), bad))
sys.exit(1 if bad else 0)
