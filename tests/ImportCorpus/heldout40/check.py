"""Regenerates heldout40 into a scratch folder, compares it with the files on disk and checks the labels."""
import filecmp
import os
import re
import shutil
import sys
import tempfile

import yaml

import gen

HERE = gen.HERE


def main():
    problems = []
    tmp = tempfile.mkdtemp()
    try:
        mods = gen.main(tmp)
        for f in sorted(os.listdir(tmp)):
            if not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False) if os.path.exists(os.path.join(HERE, f)) else True:
                problems.append(f"{f}: differs from gen.py's output (run python3 gen.py)")
        for f in sorted(os.listdir(HERE)):
            if f.endswith(".yml") and not os.path.exists(os.path.join(tmp, f)):
                problems.append(f"{f}: not written by gen.py")
    finally:
        shutil.rmtree(tmp)
    narts = 0
    for m in mods:
        lines = open(os.path.join(HERE, m + ".txt"), encoding="utf-8").read().split("\n")[:-1]
        whole = re.sub(r"\s+", " ", " ".join(x.strip() for x in lines))
        lab = yaml.safe_load(open(os.path.join(HERE, m + ".labels.yml"), encoding="utf-8"))
        claimed = {}
        titles = [a["title"] for a in lab["articles"]]
        firsts = [int(str(a["text"][0]).partition("-")[0]) for a in lab["articles"] if a.get("text")]
        if firsts != sorted(firsts):
            problems.append(f"{m}: articles not in file order")
        for i, a in enumerate(lab["articles"]):
            narts += 1
            for k in ("title", "authors", "date", "kind", "publication", "volume", "issue", "text"):
                if k not in a:
                    problems.append(f"{m} #{i+1}: '{k}' missing")
            if a["title"] not in whole:
                problems.append(f"{m} #{i+1}: title not printed: {a['title']}")
            for r in a["text"]:
                s, _, e = str(r).partition("-")
                s = int(s); e = int(e or s)
                if not (1 <= s <= e <= len(lines)):
                    problems.append(f"{m} #{i+1}: range {r} outside {len(lines)} lines")
                    continue
                if not lines[s-1].strip() or not lines[e-1].strip():
                    problems.append(f"{m} #{i+1}: range {r} starts or ends on a blank line")
                for n in range(s, e + 1):
                    if n in claimed:
                        problems.append(f"{m}: line {n} claimed twice")
                    claimed[n] = i
                    t = lines[n-1].strip()
                    if t and any(t == x or (len(t.split()) >= 3 and t in x) for x in titles):
                        problems.append(f"{m} line {n}: title line as text: {t}")
    print("\n".join(problems) or f"ok: {len(mods)} files, {narts} articles")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
