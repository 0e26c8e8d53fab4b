"""Check heldout36's labels: every range names real, non-blank boundary lines inside the file, ranges never overlap,
and no title line (as gen.py records them) is labelled as text. Run: python3 check.py"""
import glob, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import lib
import gen  # regenerates the files and fills lib.TITLES

bad = 0
for lab in sorted(glob.glob("r*.labels.yml")):
    name = lab[:-len(".labels.yml")]
    lines = open(name + ".txt").read().split("\n")[:-1]
    owner = {}
    arts = re.split(r"\n  - title: ", open(lab).read())[1:]
    if not arts:
        print(name, "no articles"); bad += 1
    for i, a in enumerate(arts):
        m = re.search(r"text: \[(.*)\]", a)
        if not re.search(r"date: \d{4}-\d\d-\d\d", a):
            print(name, i, "bad date"); bad += 1
        for r in m.group(1).split(","):
            s, _, e = r.strip().partition("-")
            s, e = int(s), int(e or s)
            if not (1 <= s <= e <= len(lines)):
                print(name, i, "range outside the file", r); bad += 1; continue
            if not lines[s - 1].strip() or not lines[e - 1].strip():
                print(name, i, "range starts or ends on a blank line", r); bad += 1
            if not any(lines[k - 1].strip() for k in range(s, e + 1)):
                print(name, i, "blank range", r); bad += 1
            for k in range(s, e + 1):
                if k in owner:
                    print(name, i, f"line {k} also claimed by article {owner[k]}"); bad += 1
                owner[k] = i
        for t in lib.TITLES[name].get(i, []):
            if t in owner:
                print(name, i, f"title line {t} labelled as text"); bad += 1
    for ls in lib.TITLES[name].values():
        for t in ls:
            if not lines[t - 1].strip():
                print(name, "title line blank", t); bad += 1
print("problems:", bad)
sys.exit(1 if bad else 0)
