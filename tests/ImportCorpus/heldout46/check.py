"""python3 check.py: regenerate heldout46 into a scratch folder, check the files on disk match, and check every label file:
ranges name real lines, start and end on non-blank lines, run in file order, never overlap (within or across articles),
no text line is (the start of) a title, and every title is printed in its file (allowing a title wrapped over lines)."""
import filecmp, glob, os, re, shutil, subprocess, sys, tempfile
here = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp()
problems = []
try:
    subprocess.run([sys.executable, os.path.join(here, "gen.py"), tmp], check=True, stdout=subprocess.DEVNULL)
    for p in sorted(glob.glob(os.path.join(tmp, "*"))):
        q = os.path.join(here, os.path.basename(p))
        if not os.path.exists(q) or not filecmp.cmp(p, q, shallow=False):
            problems.append("on disk differs from gen.py: " + os.path.basename(p))
    for q in glob.glob(os.path.join(here, "*.yml")) + glob.glob(os.path.join(here, "*.txt")):
        if not os.path.exists(os.path.join(tmp, os.path.basename(q))):
            problems.append("not written by gen.py: " + os.path.basename(q))
finally:
    shutil.rmtree(tmp)

n_articles = 0
for lab in sorted(glob.glob(os.path.join(here, "*.labels.yml"))):
    name = os.path.basename(lab)[:-len(".labels.yml")]
    lines = open(os.path.join(here, name + ".txt"), encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    flat = " ".join(" ".join(lines).split())
    arts, cur = [], None
    for l in open(lab, encoding="utf-8"):
        m = re.match(r"  - title: \"(.*)\"$", l)
        if m:
            cur = {"title": m.group(1).replace('\\"', '"')}
            arts.append(cur)
            continue
        m = re.match(r"    (\w+): (.*)$", l)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2)
    owner = {}
    last = 0
    for i, a in enumerate(arts):
        n_articles += 1
        for k in ("authors", "date", "kind", "publication", "volume", "issue", "text"):
            if k not in a:
                problems.append("%s #%d: '%s' missing" % (name, i + 1, k))
        if a["date"] != "null" and not re.fullmatch(r"2048-\d\d-\d\d", a["date"]):
            problems.append("%s #%d: date %s" % (name, i + 1, a["date"]))
        if " ".join(a["title"].split()) not in flat:
            problems.append("%s #%d: title not printed: %s" % (name, i + 1, a["title"]))
        for r in a["text"].strip("[]").split(", "):
            x, _, y = r.partition("-")
            x, y = int(x), int(y or x)
            if not (1 <= x <= y <= len(lines)):
                problems.append("%s #%d: range %s outside %d lines" % (name, i + 1, r, len(lines)))
                continue
            if x <= last:
                problems.append("%s #%d: range %s out of order" % (name, i + 1, r))
            last = y
            if not lines[x - 1].strip() or not lines[y - 1].strip():
                problems.append("%s #%d: range %s starts or ends on a blank line" % (name, i + 1, r))
            for n in range(x, y + 1):
                if n in owner:
                    problems.append("%s: line %d in articles %d and %d" % (name, n, owner[n], i + 1))
                owner[n] = i + 1
    titles = [" ".join(a["title"].split()) for a in arts]
    for n, i in owner.items():
        t = " ".join(lines[n - 1].split())
        if len(t) > 12 and any(x.startswith(t) or t == x for x in titles):
            problems.append("%s: text line %d is a title: %s" % (name, n, t))
print("\n".join(problems) if problems else "ok: %d label files, %d articles" % (len(glob.glob(os.path.join(here, '*.labels.yml'))), n_articles))
sys.exit(1 if problems else 0)
