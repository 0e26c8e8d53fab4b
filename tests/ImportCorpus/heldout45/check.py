"""python3 check.py — regenerates into a scratch folder, checks the files on disk match it, and checks the labels:
every range names real lines, starts and ends on non-blank lines, runs in file order, never overlaps, no text line is
a title, and every title is printed in its file."""
import filecmp, os, re, sys, tempfile, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen

bad = []
tmp = tempfile.mkdtemp()
try:
    gen.write(tmp)
    for fn in sorted(os.listdir(tmp)):
        if not os.path.exists(os.path.join(HERE, fn)) or not filecmp.cmp(os.path.join(tmp, fn), os.path.join(HERE, fn), shallow=False):
            bad.append(f'{fn}: differs from a fresh gen.py run')
    for fn in sorted(os.listdir(HERE)):
        if re.match(r'j\d\d_.*\.(txt|yml)$', fn) and not os.path.exists(os.path.join(tmp, fn)):
            bad.append(f'{fn}: not written by gen.py')
finally:
    shutil.rmtree(tmp)

total = 0
for d in gen.docs():
    lines = d.text().split('\n')[:-1]
    rs = d.ranges()
    flat = ' '.join(' '.join(l.split()) for l in lines)
    prev_first = 0
    claimed = {}
    for i, a in enumerate(d.arts):
        total += 1
        if not rs[i]:
            bad.append(f'{d.name}: article {i+1} has no text')
            continue
        last = 0
        for s, e in rs[i]:
            if not (1 <= s <= e <= len(lines)):
                bad.append(f'{d.name}: {s}-{e} outside 1..{len(lines)}')
                continue
            if lines[s-1].strip() == '' or lines[e-1].strip() == '':
                bad.append(f'{d.name}: {s}-{e} starts or ends on a blank line')
            if s <= last:
                bad.append(f'{d.name}: article {i+1} ranges out of order at {s}')
            last = e
            for n in range(s, e + 1):
                if n in claimed:
                    bad.append(f'{d.name}: line {n} claimed by articles {claimed[n]+1} and {i+1}')
                claimed[n] = i
                if lines[n-1].strip() and lines[n-1].strip() == a['title']:
                    bad.append(f'{d.name}: text line {n} is the title')
        if rs[i][0][0] < prev_first:
            bad.append(f'{d.name}: article {i+1} starts before article {i}')
        prev_first = rs[i][0][0]
        if a['title'].lower() not in flat.lower():
            bad.append(f'{d.name}: title not printed: {a["title"]}')
        if not re.match(r'^2047-\d\d-\d\d$', a['date']):
            bad.append(f'{d.name}: date {a["date"]}')
print(f'{total} articles')
print('\n'.join(bad) if bad else 'all checks pass')
sys.exit(1 if bad else 0)
