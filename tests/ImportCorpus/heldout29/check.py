# Checks heldout29's labels against its raw files: every range lies in its file, starts and ends on a non-blank line,
# and no two ranges (of the same or different articles) overlap. `python3 check.py`; exit status 1 on a problem.
import glob, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
problems, files = [], 0
for lab in sorted(glob.glob("*.labels.yml")):
    raw = lab[:-len(".labels.yml")] + ".txt"
    lines = open(raw, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    seen = {}
    files += 1
    for k, m in enumerate(re.finditer(r"^\s+text: \[(.*)\]\s*$", open(lab, encoding="utf-8").read(), re.M)):
        for r in m.group(1).split(","):
            a, _, b = r.strip().partition("-"); a = int(a); b = int(b or a)
            if not 1 <= a <= b <= len(lines):
                problems.append("%s: article %d: %s outside 1-%d" % (lab, k + 1, r.strip(), len(lines))); continue
            for n in (a, b):
                if not lines[n - 1].strip(): problems.append("%s: article %d: range %s ends on blank line %d" % (lab, k + 1, r.strip(), n))
            for n in range(a, b + 1):
                if n in seen: problems.append("%s: line %d claimed by articles %d and %d" % (lab, n, seen[n], k + 1))
                seen[n] = k + 1
print("\n".join(problems) or "%d label files: every range in its file, on non-blank ends, no overlaps" % files)
sys.exit(1 if problems else 0)
