# Checks that every label range names real lines of its raw file (starts and ends on a non-blank line, no overlap)
# and that each title, authors' names and the labelled text lines can be found in the file.
import glob, re, sys
bad = 0
for lab in sorted(glob.glob('g*.labels.yml')):
    raw = open(lab.replace('.labels.yml', '.txt')).read().split('\n')
    if raw and raw[-1] == '': raw = raw[:-1]
    flat = ' '.join(l.strip() for l in raw)
    flat = re.sub(r'(\w)- (\w)', r'\1\2', flat)
    seen = {}
    arts = re.split(r'\n  - ', open(lab).read())[1:]
    for a in arts:
        title = re.search(r'title: "(.*)"', a).group(1)
        if title not in flat and title.replace('\u2019', "'") not in flat.replace('\u2019', "'"):
            print(lab, 'title not found:', title); bad += 1
        for n in re.findall(r'"([^"]+)"', re.search(r'authors: \[(.*)\]', a).group(1)):
            if n not in flat and n.upper() not in flat: print(lab, 'author not found:', n); bad += 1
        for r in re.search(r'text: \[(.*)\]', a).group(1).split(', '):
            s, e = (int(x) for x in (r.split('-') if '-' in r else (r, r)))
            if not (1 <= s <= e <= len(raw)): print(lab, 'range out of file', r); bad += 1; continue
            if not raw[s - 1].strip() or not raw[e - 1].strip(): print(lab, 'range ends on blank', r); bad += 1
            for i in range(s, e + 1):
                if i in seen: print(lab, 'line claimed twice', i); bad += 1
                seen[i] = title
print('problems:', bad); sys.exit(1 if bad else 0)
