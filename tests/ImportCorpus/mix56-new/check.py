"""Regenerates mix56-new (gen.py) and checks its labels: every range names real lines of its file and starts and
ends on a non-blank line, ranges of a file never overlap, no title line is labelled as text, every title is printed
in its file (ignoring case and line breaks), every file has labels, and no hyphenation mark `~` is left in a file.
Run: python3 check.py"""
import glob, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, "gen.py"], cwd=here, check=True)
problems = 0


def bad(msg):
    global problems
    problems += 1
    print("PROBLEM:", msg)


texts = sorted(glob.glob(os.path.join(here, "*.txt")))
labels = sorted(glob.glob(os.path.join(here, "*.labels.yml")))
if len(texts) != len(labels):
    bad(f"{len(texts)} raw files but {len(labels)} label files")
total = 0
for lab in labels:
    name = os.path.basename(lab)[:-len(".labels.yml")]
    raw = open(os.path.join(here, name + ".txt")).read()
    lines = raw.split("\n")[:-1]
    if "~" in raw:
        bad(f"{name}: a hyphenation mark is left in the text")
    flat = re.sub(r"\s+", " ", raw).lower()
    titles, ranges = [], []
    for ln in open(lab):
        m = re.match(r'\s*- title: "(.*)"$', ln)
        if m:
            titles.append(m.group(1))
        m = re.match(r"\s*text: \[(.*)\]$", ln)
        if m:
            ranges.append(m.group(1))
    if len(titles) != len(ranges) or not titles:
        bad(f"{name}: {len(titles)} titles but {len(ranges)} text lists")
        continue
    claimed = {}
    for i, (title, spec) in enumerate(zip(titles, ranges), 1):
        if title.lower() not in flat:
            bad(f"{name}: article {i}'s title is not printed in the file")
        for part in spec.split(","):
            a, _, b = part.strip().partition("-")
            a, b = int(a), int(b or a)
            if not 1 <= a <= b <= len(lines):
                bad(f"{name}: article {i}: {a}-{b} outside the file's {len(lines)} lines")
                continue
            if not lines[a - 1].strip() or not lines[b - 1].strip():
                bad(f"{name}: article {i}: {a}-{b} starts or ends on a blank line")
            for k in range(a, b + 1):
                if k in claimed:
                    bad(f"{name}: line {k} claimed by articles {claimed[k]} and {i}")
                claimed[k] = i
                if lines[k - 1].strip() == title:
                    bad(f"{name}: title line {k} labelled as text")
    total += len(titles)
    print(f"{name}: {len(titles)} article(s), {len(claimed)} text lines")
sidecars = len(glob.glob(os.path.join(here, "*.yml"))) - len(labels)
print(f"{len(labels)} files, {total} articles, {sidecars} sidecars; problems: {problems}")
sys.exit(1 if problems else 0)
