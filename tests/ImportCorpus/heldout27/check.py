# Checks heldout27's labels against the raw files: ranges inside the file, starting and ending on non-blank lines,
# never overlapping; dates in October-December 2031; every .txt has labels. python3 check.py
import glob, re, sys
bad = 0
for lab in sorted(glob.glob("g*.labels.yml")):
    name = lab[:-len(".labels.yml")]
    lines = open(name + ".txt", encoding="utf-8").read().split("\n")[:-1]
    owner = {}
    arts = 0
    for m in re.finditer(r"^\s+date: (\S+)\n(?:.*\n)*?\s+text: \[(.*)\]", open(lab, encoding="utf-8").read(), re.M):
        arts += 1
        if not re.fullmatch(r"2031-1[0-2]-\d\d", m.group(1)): print(name, "date", m.group(1)); bad += 1
        for r in m.group(2).split(", "):
            a, b = (int(x) for x in (r.split("-") if "-" in r else (r, r)))
            if not (1 <= a <= b <= len(lines)): print(name, "range", r); bad += 1; continue
            if not lines[a - 1].strip() or not lines[b - 1].strip(): print(name, "blank end", r); bad += 1
            for n in range(a, b + 1):
                if n in owner: print(name, "overlap", n); bad += 1
                owner[n] = arts
    if any("\f" in l or "\r" in l for l in lines): print(name, "form feed or CR"); bad += 1
    print("%-55s %3d lines %d article(s) %4d text lines" % (name, len(lines), arts, len(owner)))
for t in glob.glob("g*.txt"):
    if not glob.glob(t[:-4] + ".labels.yml"): print(t, "has no labels"); bad += 1
print("problems:", bad); sys.exit(1 if bad else 0)
