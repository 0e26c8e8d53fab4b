"""Regenerates the set (gen.py) and checks its labels: every range names real lines of its file, starts and ends on a
non-blank line, ranges never overlap, no article's title line is labelled as its text, and every title is printed on a
line of its file. Run: python3 check.py"""
import glob
import os
import re
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, "gen.py"], cwd=here, check=True)
problems = 0


def bad(name, msg):
    global problems
    problems += 1
    print(f"{name}: {msg}")


for lab in sorted(glob.glob(os.path.join(here, "*.labels.yml"))):
    name = os.path.basename(lab)[:-len(".labels.yml")]
    lines = open(os.path.join(here, name + ".txt")).read().split("\n")[:-1]
    titles, texts = [], []
    for ln in open(lab):
        m = re.match(r'\s*- title: "(.*)"$', ln)
        if m:
            titles.append(m.group(1))
        m = re.match(r"\s*text: \[(.*)\]$", ln)
        if m:
            texts.append(m.group(1))
    if len(titles) != len(texts) or not titles:
        bad(name, f"{len(titles)} titles but {len(texts)} text lists")
        continue
    claimed = {}
    for i, (title, text) in enumerate(zip(titles, texts), 1):
        if title not in (l.strip() for l in lines):
            bad(name, f"article {i}: title not printed on a line of the file")
        for part in text.split(","):
            a, _, b = part.strip().partition("-")
            a, b = int(a), int(b or a)
            if not (1 <= a <= b <= len(lines)):
                bad(name, f"article {i}: {a}-{b} outside the file's {len(lines)} lines")
                continue
            if not lines[a - 1].strip() or not lines[b - 1].strip():
                bad(name, f"article {i}: {a}-{b} starts or ends on a blank line")
            for k in range(a, b + 1):
                if k in claimed:
                    bad(name, f"article {i}: line {k} also claimed by article {claimed[k]}")
                claimed[k] = i
                if lines[k - 1].strip() == title:
                    bad(name, f"article {i}: title line {k} labelled as text")
    words = sum(len(lines[k - 1].split()) for k in claimed)
    print(f"{name}: {len(titles)} article(s), {len(claimed)} text lines, {words} words of text")
print("problems:", problems)
sys.exit(1 if problems else 0)
