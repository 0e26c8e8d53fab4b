"""Regenerates the set (gen.py) and checks its labels: every range names real lines, starts and ends on a non-blank
line, ranges never overlap, and no title line is labelled as text. Run: python3 check.py"""
import glob, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
os.chdir(here)
subprocess.run([sys.executable, "gen.py"], check=True)
problems = 0
files = sorted(glob.glob("*.labels.yml"))
for lab in files:
    name = lab[: -len(".labels.yml")]
    lines = open(name + ".txt").read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    titles, claimed = [], {}
    for i, ln in enumerate(open(lab)):
        m = re.match(r'\s*- title: "(.*)"\s*$', ln)
        if m: titles.append(m.group(1)); continue
        m = re.match(r"\s*text: \[(.*)\]\s*$", ln)
        if not m: continue
        for part in m.group(1).split(","):
            part = part.strip()
            a, _, b = part.partition("-")
            a, b = int(a), int(b or a)
            def bad(msg):
                global problems
                problems += 1; print(f"{name}: {part}: {msg}")
            if not (1 <= a <= b <= len(lines)): bad("outside the file's lines"); continue
            if not lines[a - 1].strip(): bad(f"starts on blank line {a}")
            if not lines[b - 1].strip(): bad(f"ends on blank line {b}")
            for k in range(a, b + 1):
                if k in claimed: bad(f"line {k} also claimed by article {claimed[k]}")
                claimed[k] = len(titles)
                if lines[k - 1].strip() and lines[k - 1].strip() in titles:
                    bad(f"title line {k} labelled as text")
    if not claimed: problems += 1; print(f"{name}: no text")
print(f"{len(files)} files, {problems} problems")
sys.exit(1 if problems else 0)
