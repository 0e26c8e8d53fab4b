# Checks heldout33's labels against its raw files: every range names real, non-blank lines at both ends, ranges of a
# file never overlap, no title line (or line of a title wrapped over two lines) is labelled as text, every title is
# printed somewhere in its file, and the fields are all there. Usage: python3 check.py
import glob, os, re, sys

os.chdir(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"]
problems, count = [], 0

def parse(path):
    arts, cur = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r"  - (\w+): (.*)$", line) or re.match(r"    (\w+): (.*)$", line)
        if line.startswith("  - "):
            cur = {}; arts.append(cur)
        if m and cur is not None:
            cur[m.group(1)] = m.group(2).strip()
    return arts

norm = lambda s: re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()
for lab in sorted(glob.glob("p*.labels.yml")):
    name = lab[: -len(".labels.yml")]
    lines = open(name + ".txt", encoding="utf-8").read().split("\n")[:-1]
    owner = {}
    for k, a in enumerate(parse(lab)):
        count += 1
        for f in FIELDS:
            if f not in a:
                problems.append("%s: article %d lacks %s" % (name, k + 1, f))
        title = a["title"].strip('"').replace('\\"', '"')
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", a.get("date", "")):
            problems.append("%s: article %d date %s" % (name, k + 1, a.get("date")))
        flat = norm(" ".join(lines))
        if norm(title) not in flat:
            problems.append("%s: title %r is not printed in the file" % (name, title))
        for r in a["text"].strip("[]").split(","):
            r = r.strip()
            lo, hi = (int(x) for x in (r.split("-") if "-" in r else (r, r)))
            if not (1 <= lo <= hi <= len(lines)):
                problems.append("%s: range %s outside 1-%d" % (name, r, len(lines))); continue
            for n in (lo, hi):
                if not lines[n - 1].strip():
                    problems.append("%s: range %s starts or ends on blank line %d" % (name, r, n))
            for n in range(lo, hi + 1):
                if n in owner:
                    problems.append("%s: line %d in articles %d and %d" % (name, n, owner[n], k + 1))
                owner[n] = k + 1
                t = norm(re.sub(r"^[#>\s]+", "", lines[n - 1]))
                if t and (t == norm(title) or (len(t) >= 20 and t in norm(title))):
                    problems.append("%s: title line %d labelled as text" % (name, n))
print("\n".join(problems) if problems else "ok: %d label files, %d articles" % (len(glob.glob("p*.labels.yml")), count))
sys.exit(1 if problems else 0)
