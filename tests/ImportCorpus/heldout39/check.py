"""Regenerates heldout39 and checks its labels: `python3 check.py` in this folder.

Checks that the files on disk are what gen.py writes, that every range names real lines and starts and ends on
a non-blank line, that no two ranges overlap, that no text line is (part of) a title and every title is printed.
"""
import os
import re
import sys

import gen

FOLDER = os.path.dirname(os.path.abspath(__file__))


def read(name):
    with open(os.path.join(FOLDER, name), encoding="utf-8") as f:
        return f.read()


def parse_labels(text):
    """The label files are written by lib.py, so a line-wise read of its own format is enough."""
    articles = []
    for line in text.splitlines():
        m = re.match(r'\s+- title: "(.*)"$', line)
        if m:
            articles.append({"title": m.group(1)})
        m = re.match(r"\s+text: \[(.*)\]$", line)
        if m:
            ranges = []
            for part in m.group(1).split(","):
                a, _, b = part.strip().partition("-")
                ranges.append((int(a), int(b or a)))
            articles[-1]["text"] = ranges
    return articles


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def check(doc):
    problems = []
    raw = read(f"{doc.name}.txt")
    if raw != "\n".join(doc.lines).rstrip("\n") + "\n":
        problems.append("the .txt on disk differs from what gen.py writes")
    if read(f"{doc.name}.labels.yml") != doc.labels_yaml():
        problems.append("the .labels.yml on disk differs from what gen.py writes")
    lines = raw.rstrip("\n").split("\n")
    joined = norm(" ".join(lines))
    claimed = {}
    for i, art in enumerate(parse_labels(read(f"{doc.name}.labels.yml")), start=1):
        title = art["title"]
        if norm(title) not in joined:
            problems.append(f"article {i}: title not printed in the file: {title}")
        if not art.get("text"):
            problems.append(f"article {i}: no text")
            continue
        for a, b in art["text"]:
            if not (1 <= a <= b <= len(lines)):
                problems.append(f"article {i}: range {a}-{b} outside the file's {len(lines)} lines")
                continue
            if not lines[a - 1].strip() or not lines[b - 1].strip():
                problems.append(f"article {i}: range {a}-{b} starts or ends on a blank line")
            for n in range(a, b + 1):
                if n in claimed:
                    problems.append(f"article {i}: line {n} also claimed by article {claimed[n]}")
                claimed[n] = i
                text = norm(lines[n - 1])
                if text and len(text) > 3 and (text == norm(title) or text in norm(title)):
                    problems.append(f"article {i}: line {n} is (part of) a title: {lines[n - 1]}")
    return problems


def main():
    docs = gen.docs()
    failures = 0
    for doc in docs:
        for p in check(doc):
            print(f"{doc.name}: {p}")
            failures += 1
    count = sum(len(d.articles) for d in docs)
    print(f"{len(docs)} files, {count} articles, {failures} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
