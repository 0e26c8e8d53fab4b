# heldout31: checks every label file against its raw file. `python3 check.py` prints problems and exits 1 if any.
# Each range must name real lines whose ends are non-blank and which hold text; ranges of a file never overlap;
# no article's title (or a line that is only its title, in any case) is labelled as text; the fields are all there.
import glob, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))

FIELDS = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"]


def parse(path):
    arts, cur = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"  - (\w+): (.*)$", line) or re.match(r"    (\w+): (.*)$", line)
        if line.startswith("  - "):
            cur = {}; arts.append(cur)
        if m and cur is not None:
            key, val = m.groups()
            if val.startswith('"') and val.endswith('"'):
                val = val[1:-1]
            cur[key] = val
    return arts


def norm(s):
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


problems = []
labels = sorted(glob.glob("n*.labels.yml"))
for lab in labels:
    raw = lab.replace(".labels.yml", ".txt")
    if not os.path.exists(raw):
        problems.append(f"{lab}: no {raw}"); continue
    lines = open(raw, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    claimed = {}
    arts = parse(lab)
    if not arts:
        problems.append(f"{lab}: no articles")
    for k, a in enumerate(arts):
        for f in FIELDS:
            if f not in a:
                problems.append(f"{lab}: article {k + 1} lacks {f}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("date", "")):
            problems.append(f"{lab}: article {k + 1} date {a.get('date')!r}")
        elif not a["date"].startswith("2032-0") or a["date"][5:7] not in ("07", "08", "09"):
            problems.append(f"{lab}: article {k + 1} date {a['date']} outside July–September 2032")
        title = norm(a.get("title", ""))
        for part in a.get("text", "[]").strip("[]").split(","):
            part = part.strip()
            m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
            if not m:
                problems.append(f"{lab}: article {k + 1} range {part!r}"); continue
            lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
            if not (1 <= lo <= hi <= len(lines)):
                problems.append(f"{lab}: article {k + 1} range {part} outside 1-{len(lines)}"); continue
            if not lines[lo - 1].strip() or not lines[hi - 1].strip():
                problems.append(f"{lab}: article {k + 1} range {part} starts or ends on a blank line")
            for n in range(lo, hi + 1):
                if n in claimed:
                    problems.append(f"{lab}: line {n} claimed by articles {claimed[n]} and {k + 1}")
                claimed[n] = k + 1
                text = norm(lines[n - 1])
                nxt = norm(lines[n - 1] + " " + lines[n]) if n < len(lines) else text
                if text and (text == title or (len(text) > 20 and title.startswith(text) and nxt.startswith(title))):
                    problems.append(f"{lab}: line {n} is the title of article {k + 1} but is labelled as text")
    sidecar = lab.replace(".labels.yml", ".yml")
    if os.path.exists(sidecar):
        body = open(sidecar, encoding="utf-8").read().strip()
        if not re.fullmatch(r"(publication|url): \S.*", body):
            problems.append(f"{sidecar}: not the usual minimal sidecar: {body!r}")

n_raw = len(glob.glob("n*.txt"))
n_art = sum(len(parse(l)) for l in labels)
print(f"{n_raw} raw files, {len(labels)} label files, {n_art} articles, "
      f"{len(glob.glob('n*.yml')) - len(labels)} sidecars")
for p in problems:
    print(p)
sys.exit(1 if problems or n_raw != len(labels) else 0)
