"""Regenerates the set (gen.py) and checks its labels: every range names real lines of the file, starts and ends on a
non-blank line, ranges never overlap (within or across articles), no title line (or run of lines making up a wrapped
title) is labelled as text, and every required field is present. Run: python3 check.py"""
import glob, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
subprocess.run([sys.executable, "gen.py"], cwd=here, check=True)
FIELDS = ["title", "authors", "date", "kind", "publication", "volume", "issue", "text"]
problems = 0
for lab in sorted(glob.glob(os.path.join(here, "*.labels.yml"))):
    name = os.path.basename(lab)[:-len(".labels.yml")]
    lines = open(os.path.join(here, name + ".txt")).read().split("\n")[:-1]
    arts, cur = [], None
    for ln in open(lab):
        m = re.match(r"^  - title: \"(.*)\"$", ln)
        if m: cur = {"title": m.group(1)}; arts.append(cur); continue
        m = re.match(r"^    (\w+): (.*)$", ln)
        if m and cur is not None: cur[m.group(1)] = m.group(2)
    claimed = {}
    def bad(msg):
        global problems
        problems += 1; print(f"{name}: {msg}")
    for n, a in enumerate(arts, 1):
        for f in FIELDS:
            if f not in a: bad(f"article {n} lacks {f}")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("date", "")): bad(f"article {n} date {a.get('date')}")
        text = set()
        for part in a["text"].strip("[]").split(","):
            part = part.strip()
            m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
            if not m: bad(f"article {n}: '{part}' is not N or N-M"); continue
            s, e = int(m.group(1)), int(m.group(2) or m.group(1))
            if not (1 <= s <= e <= len(lines)): bad(f"article {n}: {part} outside the file's {len(lines)} lines"); continue
            if not lines[s - 1].strip() or not lines[e - 1].strip(): bad(f"article {n}: {part} starts or ends on a blank line")
            for k in range(s, e + 1):
                if k in claimed: bad(f"line {k} claimed by articles {claimed[k]} and {n}")
                claimed[k] = n; text.add(k)
        title = " ".join(a["title"].split())
        for k in sorted(text):
            for width in (1, 2, 3):
                run = " ".join(lines[j - 1].strip() for j in range(k, k + width) if j <= len(lines))
                if run == title: bad(f"article {n}: title at line {k} labelled as text")
        if not any(title == " ".join(l.strip() for l in lines[i:i + w]) for i in range(len(lines)) for w in (1, 2, 3)):
            bad(f"article {n}: title not printed as one to three lines")
    print(f"{name}: {len(arts)} article(s), {len(claimed)} text lines")
print("problems:", problems)
sys.exit(1 if problems else 0)
