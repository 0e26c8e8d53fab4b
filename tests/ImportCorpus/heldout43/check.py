"""python3 check.py — regenerates heldout43 into a scratch folder, checks the files on disk match, and checks every
label file: ranges name real lines, start and end on non-blank lines, never overlap, run in file order; every title
is printed in its file (on one line, or over two consecutive lines) and no article-text line is exactly a title."""
import glob, os, re, shutil, sys, tempfile
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen, lib

problems = []
tmp = tempfile.mkdtemp(prefix="h43check")
try:
    lib.write_all(gen.modules(), tmp)
    for p in sorted(glob.glob(os.path.join(tmp, "*"))):
        disk = os.path.join(HERE, os.path.basename(p))
        if not os.path.exists(disk) or open(disk, encoding="utf-8").read() != open(p, encoding="utf-8").read():
            problems.append(f"{os.path.basename(p)}: differs from a fresh gen.py run")
finally:
    shutil.rmtree(tmp)

total = 0
for lp in sorted(glob.glob(os.path.join(HERE, "*.labels.yml"))):
    name = os.path.basename(lp)[: -len(".labels.yml")]
    lines = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read().split("\n")[:-1]
    data = yaml.safe_load(open(lp, encoding="utf-8"))
    seen, last = {}, 0
    flat = "\n".join(lines)
    for i, a in enumerate(data["articles"], 1):
        total += 1
        for key in ("title", "authors", "date", "kind", "publication", "volume", "issue", "text"):
            if key not in a:
                problems.append(f"{name} #{i}: '{key}' missing")
        if a["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", str(a["date"])):
            problems.append(f"{name} #{i}: bad date")
        t = a["title"]
        if t not in lines and not any((lines[k] + " " + lines[k + 1]).strip() == t for k in range(len(lines) - 1)) \
                and t not in flat:
            problems.append(f"{name} #{i}: title not printed: {t}")
        for r in a["text"]:
            lo, hi = (int(x) for x in str(r).split("-")) if "-" in str(r) else (int(r), int(r))
            if not (1 <= lo <= hi <= len(lines)):
                problems.append(f"{name} #{i}: {r} outside {len(lines)} lines")
                continue
            if not lines[lo - 1].strip() or not lines[hi - 1].strip():
                problems.append(f"{name} #{i}: {r} starts or ends on a blank line")
            if lo <= last:
                problems.append(f"{name} #{i}: {r} out of file order")
            last = hi
            for k in range(lo, hi + 1):
                if k in seen:
                    problems.append(f"{name} #{i}: line {k} also claimed by #{seen[k]}")
                seen[k] = i
                if lines[k - 1].strip() and lines[k - 1].strip() == t:
                    problems.append(f"{name} #{i}: text line {k} is a title")
print("\n".join(problems) or f"ok: {total} articles in {len(glob.glob(os.path.join(HERE, '*.labels.yml')))} files")
sys.exit(1 if problems else 0)
