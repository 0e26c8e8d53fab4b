# Checks every label file of this set: each range lies in its file, starts and ends on a non-blank line, and no two
# ranges (of the same or different articles) overlap. Lines are counted on "\n" only (a form feed stays in its line).
import glob, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
bad = 0
for lab in sorted(glob.glob("j*.labels.yml")):
    txt = lab.replace(".labels.yml", ".txt")
    lines = open(txt, encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    seen = {}
    for k, m in enumerate(re.finditer(r"^    text: \[(.*)\]$", open(lab, encoding="utf-8").read(), re.M)):
        for part in m.group(1).split(","):
            a, _, b = part.strip().partition("-"); a = int(a); b = int(b or a)
            if not (1 <= a <= b <= len(lines)): print(lab, "article", k + 1, part, "outside 1-%d" % len(lines)); bad += 1; continue
            if not lines[a - 1].strip() or not lines[b - 1].strip(): print(lab, "article", k + 1, part, "starts or ends blank"); bad += 1
            for n in range(a, b + 1):
                if n in seen: print(lab, "line", n, "claimed by articles", seen[n], "and", k + 1); bad += 1
                seen[n] = k + 1
    print("%-60s %4d lines, %d labelled" % (txt, len(lines), len(seen)))
sys.exit(1 if bad else 0)
