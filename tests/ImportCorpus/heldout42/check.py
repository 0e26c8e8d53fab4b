"""python3 check.py: regenerates the set into a scratch folder, checks the files on disk match, and checks every label:
ranges name real lines, start and end on non-blank lines, never overlap, articles in file order, every title printed in
its file and no text line holding a title."""
import filecmp
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def labels(path):
    arts, cur = [], None
    one_line = False
    for line in open(path, encoding="utf-8"):
        if line.startswith("one_line_per_paragraph: true"):
            one_line = True
        m = re.match(r'  - title: "(.*)"$', line)
        if m:
            cur = {"title": m.group(1).replace('\\"', '"')}
            arts.append(cur)
            continue
        m = re.match(r"    (\w+): (.*)$", line)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    for a in arts:
        rs = []
        for r in a["text"].strip("[]").split(","):
            r = r.strip()
            if not r:
                continue
            lo, _, hi = r.partition("-")
            rs.append((int(lo), int(hi or lo)))
        a["ranges"] = rs
    return arts, one_line


def main():
    problems = []
    tmp = tempfile.mkdtemp(prefix="heldout42-check-")
    try:
        env = dict(os.environ, GEN_OUT=tmp)
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py")], env=env, check=True, stdout=subprocess.DEVNULL)
        made = sorted(os.listdir(tmp))
        on_disk = sorted(os.path.basename(p) for p in glob.glob(os.path.join(HERE, "*.txt")) + glob.glob(os.path.join(HERE, "*.yml")))
        if made != on_disk:
            problems.append("files differ: %s" % sorted(set(made) ^ set(on_disk)))
        for f in made:
            if os.path.exists(os.path.join(HERE, f)) and not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
                problems.append("%s: on disk differs from gen.py's output" % f)
    finally:
        shutil.rmtree(tmp)
    n_art = 0
    for lab in sorted(glob.glob(os.path.join(HERE, "*.labels.yml"))):
        name = os.path.basename(lab)[: -len(".labels.yml")]
        lines = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        arts, _ = labels(lab)
        n_art += len(arts)
        claimed = {}
        last = 0
        whole = "\n".join(lines).lower()
        for i, a in enumerate(arts):
            for f in ("authors", "date", "kind", "publication", "volume", "issue", "text"):
                if f not in a:
                    problems.append("%s article %d: no %s" % (name, i + 1, f))
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", a.get("date", "")):
                problems.append("%s article %d: date %r" % (name, i + 1, a.get("date")))
            if not a["ranges"]:
                problems.append("%s article %d: no text" % (name, i + 1))
            t = a["title"].lower()
            if t not in whole and t not in " ".join(l.strip() for l in lines).lower():
                problems.append("%s article %d: title not printed: %s" % (name, i + 1, a["title"]))
            for lo, hi in a["ranges"]:
                if lo > hi or lo < 1 or hi > len(lines):
                    problems.append("%s article %d: range %d-%d outside 1..%d" % (name, i + 1, lo, hi, len(lines)))
                    continue
                if not lines[lo - 1].strip() or not lines[hi - 1].strip():
                    problems.append("%s article %d: range %d-%d starts or ends on a blank line" % (name, i + 1, lo, hi))
                if lo <= last:
                    problems.append("%s article %d: range %d-%d out of file order" % (name, i + 1, lo, hi))
                last = hi
                for n in range(lo, hi + 1):
                    if n in claimed:
                        problems.append("%s: line %d claimed twice" % (name, n))
                    claimed[n] = i
                    if lines[n - 1].strip() and lines[n - 1].strip().lower() == t:
                        problems.append("%s article %d: text line %d is the title" % (name, i + 1, n))
    for p in problems:
        print(p)
    print("%d problems; %d label files, %d articles" % (len(problems), len(glob.glob(os.path.join(HERE, "*.labels.yml"))), n_art))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
