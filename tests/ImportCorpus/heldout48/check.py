"""python3 check.py — regenerates heldout48 into a scratch folder, checks the files on disk match it, and checks
every label: ranges name real lines, start and end on non-blank lines, run in order, never overlap; no text line
is a title line; every title is printed in its file; every date is in 2050; all fields present."""
import filecmp, glob, os, re, shutil, subprocess, sys, tempfile
import yaml
HERE = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp()
bad = []
try:
    subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), tmp], check=True)
    for f in sorted(os.listdir(tmp)):
        if not os.path.exists(os.path.join(HERE, f)) or not filecmp.cmp(os.path.join(tmp, f), os.path.join(HERE, f), shallow=False):
            bad.append(f"{f}: differs from gen.py's output (run python3 gen.py)")
finally:
    shutil.rmtree(tmp)
FIELDS = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"]
n_art = 0
for lab in sorted(glob.glob(os.path.join(HERE, "*.labels.yml"))):
    name = os.path.basename(lab)[:-len(".labels.yml")]
    lines = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read().split("\n")[:-1]
    flat = re.sub(r"\s+", " ", " ".join(lines))
    data = yaml.safe_load(open(lab, encoding="utf-8"))
    claimed = {}
    for i, a in enumerate(data["articles"]):
        n_art += 1
        for k in FIELDS:
            if k not in a:
                bad.append(f"{name} #{i+1}: missing {k}")
        if not str(a["date"]).startswith("2050-"):
            bad.append(f"{name} #{i+1}: date {a['date']} not in 2050")
        if a["title"] not in flat:
            bad.append(f"{name} #{i+1}: title not printed")
        last = 0
        for r in a["text"]:
            x, y = (map(int, r.split("-")) if isinstance(r, str) else (r, r))
            if not (1 <= x <= y <= len(lines)):
                bad.append(f"{name} #{i+1}: range {r} outside 1-{len(lines)}")
                continue
            if x <= last:
                bad.append(f"{name} #{i+1}: range {r} out of order")
            last = y
            if not lines[x-1].strip() or not lines[y-1].strip():
                bad.append(f"{name} #{i+1}: range {r} starts or ends on a blank line")
            for k in range(x, y + 1):
                if k in claimed:
                    bad.append(f"{name}: line {k} claimed by #{claimed[k]} and #{i+1}")
                claimed[k] = i + 1
                if lines[k-1].strip() and lines[k-1].strip() in [b["title"] for b in data["articles"]]:
                    bad.append(f"{name} #{i+1}: title line {k} labelled as text")
print(f"{len(glob.glob(os.path.join(HERE, '*.labels.yml')))} files, {n_art} articles")
print("\n".join(bad) if bad else "all labels OK")
sys.exit(1 if bad else 0)
