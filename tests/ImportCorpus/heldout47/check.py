"""python3 check.py: regenerate into a scratch folder, compare with the files on disk, and check every label file."""
import glob, os, re, subprocess, sys, tempfile, filecmp, shutil, datetime
import yaml

here = os.path.dirname(os.path.abspath(__file__))
problems = []
tmp = tempfile.mkdtemp()
try:
    subprocess.run([sys.executable, os.path.join(here, 'gen.py'), tmp], check=True)
    for f in sorted(os.listdir(tmp)):
        if f.endswith('.pyc') or f == '__pycache__':
            continue
        if not os.path.exists(os.path.join(here, f)) or not filecmp.cmp(os.path.join(tmp, f), os.path.join(here, f), shallow=False):
            problems.append(f'{f}: differs from a fresh `python3 gen.py`')
    ondisk = {os.path.basename(p) for p in glob.glob(os.path.join(here, 'y*.*'))}
    for f in ondisk - set(os.listdir(tmp)):
        problems.append(f'{f}: on disk but not generated')
finally:
    shutil.rmtree(tmp)

n_articles = 0
for lab in sorted(glob.glob(os.path.join(here, 'y*.labels.yml'))):
    name = os.path.basename(lab)[:-len('.labels.yml')]
    lines = open(os.path.join(here, name + '.txt'), encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    flat = re.sub(r'\s+', ' ', ' '.join(lines))
    data = yaml.safe_load(open(lab, encoding='utf-8'))
    claimed = {}
    prev_end = 0
    for i, a in enumerate(data['articles'], 1):
        n_articles += 1
        who = f'{name}: article {i}'
        for k in ['title', 'authors', 'date', 'kind', 'publication', 'volume', 'issue', 'text']:
            if k not in a:
                problems.append(f'{who}: {k} missing')
        d = a['date']
        if not isinstance(d, datetime.date) or d.year != 2049:
            problems.append(f'{who}: date {d!r} not in 2049')
        if a['title'] not in flat:
            problems.append(f'{who}: title not printed in the file')
        for r in a['text']:
            s, e = (map(int, str(r).split('-')) if '-' in str(r) else (int(r), int(r)))
            if not (1 <= s <= e <= len(lines)):
                problems.append(f'{who}: range {r} outside the file'); continue
            if not lines[s-1].strip() or not lines[e-1].strip():
                problems.append(f'{who}: range {r} starts or ends on a blank line')
            if s <= prev_end:
                problems.append(f'{who}: range {r} out of order or overlapping')
            prev_end = e
            for n in range(s, e + 1):
                if n in claimed:
                    problems.append(f'{who}: line {n} also claimed by {claimed[n]}')
                claimed[n] = who
                if lines[n-1].strip() == a['title'] or (len(a['title']) > 0 and lines[n-1].strip() and lines[n-1].strip() in a['title'] and len(lines[n-1].strip()) > 25):
                    problems.append(f'{who}: line {n} is (part of) its title')
                if lines[n-1].strip() and lines[n-1].strip() in [b['title'] for b in data['articles']]:
                    problems.append(f'{who}: line {n} is a title')
for p in problems:
    print(p)
print(f'{n_articles} articles in {len(glob.glob(os.path.join(here, "y*.labels.yml")))} files; {len(problems)} problems')
