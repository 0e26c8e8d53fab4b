# Checks heldout35's labels against the raw files: every range names real lines of the file, starts and ends on a
# non-blank line, ranges never overlap (within or between articles), every field is present, and no line holding
# an article's title (or a line-broken part of it) is labelled as text. `python3 check.py`; exit 1 on a problem.
import glob, re, sys

FIELDS = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"]

def parse(path):
    arts, cur = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*-\s+title:\s*(.*)$", line)
        if m:
            cur = {"title": m.group(1)}; arts.append(cur); continue
        m = re.match(r"\s+(\w+):\s*(.*)$", line)
        if m and cur is not None: cur[m.group(1)] = m.group(2)
    return arts

def unq(s): return s.strip().strip('"').replace('\\"', '"')
def norm(s): return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()

problems = []
for labels in sorted(glob.glob("k*.labels.yml")):
    raw = labels.replace(".labels.yml", ".txt")
    lines = open(raw, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    claimed = {}
    for k, a in enumerate(parse(labels)):
        for f in FIELDS:
            if f not in a: problems.append(f"{labels}: article {k + 1} has no '{f}'")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("date", "")):
            problems.append(f"{labels}: article {k + 1} date {a.get('date')!r} is not YYYY-MM-DD")
        title = norm(unq(a["title"]))
        for r in a.get("text", "").strip("[]").split(","):
            r = r.strip()
            lo, hi = (int(x) for x in (r.split("-") if "-" in r else (r, r)))
            if not (1 <= lo <= hi <= len(lines)):
                problems.append(f"{labels}: range {r} outside 1-{len(lines)}"); continue
            if not lines[lo - 1].strip() or not lines[hi - 1].strip():
                problems.append(f"{labels}: range {r} starts or ends on a blank line")
            for n in range(lo, hi + 1):
                if n in claimed: problems.append(f"{labels}: line {n} claimed by articles {claimed[n]} and {k + 1}")
                claimed[n] = k + 1
                t = norm(lines[n - 1])
                if t and (t == title or (len(t) >= 20 and (title.startswith(t) or title.endswith(t)))):
                    problems.append(f"{labels}: line {n} is the title of article {k + 1} but labelled as text")
    print(f"{labels}: {len(parse(labels))} article(s), {len(claimed)} text lines")
for p in problems: print("PROBLEM", p)
sys.exit(1 if problems else 0)
