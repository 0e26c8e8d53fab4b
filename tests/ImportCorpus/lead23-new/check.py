# Checks the labels of this folder: every range names real lines, starts and ends on a non-blank line, ranges never
# overlap, and no line of an article's title (or the title's opening) is labelled as text.
import glob, os, re, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
bad = 0
def fail(msg):
    global bad; bad += 1; print(msg)
for lab in sorted(glob.glob("*.labels.yml")):
    name = lab[:-len(".labels.yml")]
    lines = open(name + ".txt", encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines.pop()
    claimed, arts, cur = {}, [], None
    for l in open(lab, encoding="utf-8"):
        m = re.match(r'\s*- title: "(.*)"', l)
        if m: cur = {"title": m.group(1)}; arts.append(cur)
        m = re.match(r"\s*text: \[(.*)\]", l)
        if m: cur["text"] = [r.strip() for r in m.group(1).split(",")]
    for k, a in enumerate(arts):
        title = re.sub(r"\s+", " ", a["title"]).lower()
        for r in a["text"]:
            lo, _, hi = r.partition("-"); lo = int(lo); hi = int(hi or lo)
            if not (1 <= lo <= hi <= len(lines)): fail(f"{name}: {r} outside 1-{len(lines)}"); continue
            if not lines[lo - 1].strip() or not lines[hi - 1].strip(): fail(f"{name}: {r} starts or ends on a blank line")
            for n in range(lo, hi + 1):
                if n in claimed: fail(f"{name}: line {n} claimed by articles {claimed[n]} and {k}")
                claimed[n] = k
                t = re.sub(r"\s+", " ", lines[n - 1]).strip().lower()
                if len(t) > 8 and (t in title or title.startswith(t)):
                    fail(f"{name}: line {n} is part of title '{a['title']}' but labelled text")
    print(f"{name}: {len(arts)} articles, {len(claimed)} text lines")
sys.exit(1 if bad else 0)
