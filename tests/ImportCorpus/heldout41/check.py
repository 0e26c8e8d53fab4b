"""Regenerates this set into a scratch folder, checks the files on disk match, and checks the labels.

`python3 check.py` prints one line per problem and exits non-zero when there is any.
"""

import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"]


def regenerated_matches(problems):
    scratch = tempfile.mkdtemp()
    try:
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), scratch], check=True)
        made = sorted(os.path.basename(p) for p in glob.glob(os.path.join(scratch, "*")))
        on_disk = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "k*.txt"))
                         + glob.glob(os.path.join(HERE, "k*.yml")))
        if made != on_disk:
            problems.append(f"files differ: generated {made} vs on disk {on_disk}")
        for name in made:
            with open(os.path.join(scratch, name), "rb") as a:
                fresh = a.read()
            path = os.path.join(HERE, name)
            if not os.path.exists(path) or open(path, "rb").read() != fresh:
                problems.append(f"{name}: differs from what gen.py writes")
    finally:
        shutil.rmtree(scratch)


def parse_ranges(text, problems, where):
    ranges = []
    for item in text:
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", str(item))
        if not m:
            problems.append(f"{where}: '{item}' is not N or N-M")
            continue
        start, end = int(m.group(1)), int(m.group(2) or m.group(1))
        if end < start:
            problems.append(f"{where}: '{item}' runs backwards")
        ranges.append((start, end))
    return ranges


def norm(s):
    return " ".join(s.replace("\u201c", '"').replace("\u201d", '"').split()).lower()


def check_labels(path, problems):
    name = os.path.basename(path)[: -len(".labels.yml")]
    lines = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    labels = yaml.safe_load(open(path, encoding="utf-8"))
    claimed = {}
    previous_start = 0
    whole = norm(" ".join(lines))
    for n, art in enumerate(labels["articles"], 1):
        where = f"{name} article {n}"
        for field in FIELDS:
            if field not in art:
                problems.append(f"{where}: '{field}' is missing")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(art["date"])):
            problems.append(f"{where}: date not YYYY-MM-DD")
        ranges = parse_ranges(art["text"], problems, where)
        if not ranges:
            problems.append(f"{where}: no text")
            continue
        if ranges[0][0] <= previous_start:
            problems.append(f"{where}: not in file order")
        previous_start = ranges[0][0]
        title = norm(art["title"])
        if title not in whole:
            problems.append(f"{where}: title not printed in the file")
        for start, end in ranges:
            if start < 1 or end > len(lines):
                problems.append(f"{where}: {start}-{end} outside the file's {len(lines)} lines")
                continue
            if not lines[start - 1].strip() or not lines[end - 1].strip():
                problems.append(f"{where}: {start}-{end} starts or ends on a blank line")
            for i in range(start, end + 1):
                if i in claimed:
                    problems.append(f"{where}: line {i} is also claimed by {claimed[i]}")
                claimed[i] = where
                text = norm(lines[i - 1])
                if len(text) >= 12 and text in title:
                    problems.append(f"{where}: line {i} is (part of) the title")


def main():
    problems = []
    regenerated_matches(problems)
    label_files = sorted(glob.glob(os.path.join(HERE, "*.labels.yml")))
    for path in label_files:
        check_labels(path, problems)
    for p in problems:
        print(p)
    count = sum(len(yaml.safe_load(open(p))["articles"]) for p in label_files)
    print(f"{len(label_files)} files, {count} articles, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
