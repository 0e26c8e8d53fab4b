"""Checks heldout44: files on disk match gen.py's output; every range names real lines, starts and ends on
non-blank lines, runs in file order, never overlaps another; every title is printed in its file and no text line
is a title."""
import os
import re
import sys
import tempfile
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen  # noqa: E402

problems = []
tmp = tempfile.mkdtemp()
try:
    names = []
    for d in gen.docs():
        d.write(tmp)
        names.append(d.name)
    for fn in sorted(os.listdir(tmp)):
        a = open(os.path.join(tmp, fn), encoding="utf-8").read()
        p = os.path.join(HERE, fn)
        if not os.path.exists(p) or open(p, encoding="utf-8").read() != a:
            problems.append(f"{fn}: differs from gen.py's output")
    for name in names:
        lines = open(os.path.join(tmp, name + ".txt"), encoding="utf-8").read().split("\n")[:-1]
        lab = open(os.path.join(tmp, name + ".labels.yml"), encoding="utf-8").read()
        titles = [t.encode().decode("unicode_escape") if False else t.replace('\\"', '"') for t in re.findall(r'title: "(.*)"', lab)]
        flat = " ".join(" ".join(lines).split())
        claimed = {}
        for ai, m in enumerate(re.findall(r"text: \[(.*)\]", lab)):
            prev = 0
            for r in [x.strip() for x in m.split(",") if x.strip()]:
                s, e = (int(r), int(r)) if "-" not in r else map(int, r.split("-"))
                if not (1 <= s <= e <= len(lines)):
                    problems.append(f"{name}: range {r} outside 1-{len(lines)}")
                    continue
                if s <= prev:
                    problems.append(f"{name}: range {r} out of order")
                prev = e
                for n in (s, e):
                    if not lines[n - 1].strip():
                        problems.append(f"{name}: range {r} starts/ends on blank line {n}")
                for n in range(s, e + 1):
                    if n in claimed:
                        problems.append(f"{name}: line {n} claimed by articles {claimed[n]} and {ai}")
                    claimed[n] = ai
        for t in titles:
            if t not in flat:
                problems.append(f"{name}: title not printed: {t}")
        tl = set(titles)
        for n in claimed:
            if lines[n - 1].strip() in tl:
                problems.append(f"{name}: text line {n} is a title")
        if len(titles) != len(re.findall(r"text: \[", lab)):
            problems.append(f"{name}: titles/articles count mismatch")
        print(f"{name}: {len(lines)} lines, {len(titles)} articles")
finally:
    shutil.rmtree(tmp)
print("\n".join(problems) or "OK")
sys.exit(1 if problems else 0)
