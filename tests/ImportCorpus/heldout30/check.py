# Checks heldout30's labels without import or the harness: every range names real lines of its file, starts and ends
# on a non-blank line, no line is claimed twice, each article has the required fields, the title line exists in the
# file (as printed, allowing it to be wrapped over lines), and the labelled text of an article never includes its
# title or byline line. Prints one line per file and exits 1 on any problem.
import glob, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"]
bad = 0
for lab in sorted(glob.glob("m*.labels.yml")):
    name = lab[:-len(".labels.yml")]
    lines = open(name + ".txt").read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    arts, cur = [], None
    for l in open(lab).read().split("\n"):
        m = re.match(r"  - title: (.*)", l)
        if m: cur = {"title": m.group(1)}; arts.append(cur); continue
        m = re.match(r"    (\w+): (.*)", l)
        if m and cur is not None: cur[m.group(1)] = m.group(2)
    problems, claimed = [], {}
    flat = " ".join(" ".join(lines).split())
    for k, a in enumerate(arts):
        for f in FIELDS:
            if f not in a: problems.append("article %d: no %s" % (k + 1, f))
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}|null", a.get("date", "")): problems.append("article %d: date" % (k + 1))
        title = a["title"].strip('"')
        if title not in flat: problems.append("article %d: title not printed in the file" % (k + 1))
        for r in a.get("text", "[]").strip("[]").split(","):
            r = r.strip(); m = re.fullmatch(r"(\d+)(?:-(\d+))?", r)
            if not m: problems.append("article %d: bad range %r" % (k + 1, r)); continue
            x, y = int(m.group(1)), int(m.group(2) or m.group(1))
            if not (1 <= x <= y <= len(lines)): problems.append("article %d: %s outside 1-%d" % (k + 1, r, len(lines))); continue
            if not lines[x - 1].strip() or not lines[y - 1].strip(): problems.append("article %d: %s ends on a blank line" % (k + 1, r))
            for n in range(x, y + 1):
                if n in claimed: problems.append("line %d claimed by articles %d and %d" % (n, claimed[n], k + 1))
                claimed[n] = k + 1
                if lines[n - 1].strip() == title: problems.append("article %d: title line %d labelled as text" % (k + 1, n))
    print("%-55s %d article(s), %4d lines, %4d text lines%s" % (name, len(arts), len(lines), len(claimed),
          "" if not problems else "  PROBLEMS: " + "; ".join(problems)))
    bad += len(problems)
sys.exit(1 if bad else 0)
