"""Checks lead24-new's labels: every range names real, non-blank lines, ranges never overlap,
no title line is labelled as text, every title is printed in its file. python3 check.py"""
import glob, re, sys

bad = 0
for lab in sorted(glob.glob("*.labels.yml")):
    raw = lab[:-len(".labels.yml")] + ".txt"
    lines = open(raw, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    y = open(lab, encoding="utf-8").read()
    titles = re.findall(r'^  - title: "(.*)"$', y, re.M)
    texts = re.findall(r'^    text: \[(.*)\]$', y, re.M)
    fields = ["authors", "date", "kind", "publication", "volume", "issue"]
    for f in fields:
        if len(re.findall(rf'^    {f}: ', y, re.M)) != len(titles):
            print(f"{lab}: field {f} missing somewhere"); bad += 1
    seen = {}
    for n, (title, spec) in enumerate(zip(titles, texts), 1):
        if not any(l.strip() == title for l in lines):
            print(f"{lab}: title of article {n} not printed on a line of its own"); bad += 1
        for part in spec.split(", "):
            a, _, b = part.partition("-")
            a, b = int(a), int(b or a)
            if not (1 <= a <= b <= len(lines)):
                print(f"{lab}: {part} outside 1-{len(lines)}"); bad += 1; continue
            for i in (a, b):
                if not lines[i - 1].strip():
                    print(f"{lab}: {part} ends on blank line {i}"); bad += 1
            for i in range(a, b + 1):
                if i in seen:
                    print(f"{lab}: line {i} in articles {seen[i]} and {n}"); bad += 1
                seen[i] = n
                if lines[i - 1].strip() in titles:
                    print(f"{lab}: title line {i} labelled as text"); bad += 1
    print(f"{lab}: {len(titles)} articles, {len(seen)} labelled lines")
sys.exit(1 if bad else 0)
