"""Regenerates heldout38 (gen.py) and checks its labels: `python3 check.py` prints each problem, exits 1 if any.

Checks: every range is N or N-M and names lines of the file; ranges start and end on non-blank lines; no line is
claimed twice; no text line is (part of) a title; every title is printed in its file (line breaks read as spaces);
every field is present.
"""
import os
import re
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in the set

import yaml  # noqa: E402

import gen
from lib import HERE

FIELDS = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"]


def check(raw_file):
    name = raw_file.name
    with open(os.path.join(HERE, name + ".txt"), encoding="utf-8") as f:
        lines = f.read().split("\n")[:-1]
    with open(os.path.join(HERE, name + ".labels.yml"), encoding="utf-8") as f:
        labels = yaml.safe_load(f)
    problems = []
    flat = " ".join(" ".join(lines).split())
    claimed = {}
    titles = [a["title"] for a in labels["articles"]]
    for index, article in enumerate(labels["articles"], 1):
        where = f"{name}: article {index}"
        problems += [f"{where}: '{field}' is missing" for field in FIELDS if field not in article]
        if article["title"] not in flat:
            problems.append(f"{where}: title not printed in the file")
        for item in article["text"]:
            match = re.fullmatch(r"(\d+)(?:-(\d+))?", str(item))
            if not match:
                problems.append(f"{where}: '{item}' is not N or N-M")
                continue
            start, end = int(match[1]), int(match[2] or match[1])
            if not 1 <= start <= end <= len(lines):
                problems.append(f"{where}: {item} is outside the file's {len(lines)} lines")
                continue
            if not lines[start - 1].strip() or not lines[end - 1].strip():
                problems.append(f"{where}: {item} starts or ends on a blank line")
            for number in range(start, end + 1):
                if number in claimed:
                    problems.append(f"{where}: line {number} is also claimed by {claimed[number]}")
                claimed[number] = where
                line = lines[number - 1].strip()
                if len(line) > 3 and any(line in title for title in titles):
                    problems.append(f"{where}: line {number} is (part of) a title")
    return problems


def main():
    problems = [p for raw_file in gen.main() for p in check(raw_file)]
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
