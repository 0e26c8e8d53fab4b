# Checks every label file of heldout34: ranges name real, non-blank lines, never overlap, no title line is text.
import glob, re, sys
bad = 0
for lab in sorted(glob.glob("i*.labels.yml")):
    name = lab[:-len(".labels.yml")]
    lines = open(name + ".txt").read().split("\n")[:-1]
    labtext = open(lab).read()
    heads = [t.lower() for t in re.findall(r'title: "(.*)"', labtext)]
    def is_title(s):
        s = " ".join(s.split()).lower().strip("# *")
        return len(s) > 12 and any(s == t or t.startswith(s) or t.endswith(s) for t in heads)
    seen = {}
    for m in re.finditer(r"text: \[(.*)\]", labtext):
        for part in m.group(1).split(","):
            part = part.strip()
            a, b = (part.split("-") + [part])[:2] if "-" in part else (part, part)
            a, b = int(a), int(b)
            if not (1 <= a <= b <= len(lines)): print(name, "bad range", part); bad += 1; continue
            for end in (a, b):
                if not lines[end - 1].strip(): print(name, "range", part, "ends on a blank line"); bad += 1
            for n in range(a, b + 1):
                if n in seen: print(name, "line", n, "overlaps"); bad += 1
                seen[n] = part
                if is_title(lines[n - 1]): print(name, "title line", n, "labelled as text"); bad += 1
    print("%-50s %4d lines, %4d text lines" % (name, len(lines), len(seen)))
sys.exit(1 if bad else 0)
