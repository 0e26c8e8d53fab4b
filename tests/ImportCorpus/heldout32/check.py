# Checks heldout32's labels against the raw files: python3 check.py (exit 1 on any problem).
# Every range names real lines, starts and ends on a non-blank line, no two ranges overlap (within or across
# articles), no labelled range is empty, and no article's title line is labelled as text (a title printed on two
# lines is checked by its first line).
import glob, re, sys

def labels(path):
    arts, cur = [], None
    for line in open(path, encoding="utf-8"):
        m = re.match(r'\s*- title: "(.*)"\s*$', line)
        if m:
            cur = {"title": m.group(1).replace('\\"', '"')}; arts.append(cur); continue
        m = re.match(r"\s+(\w+): (.*)$", line)
        if m and cur is not None: cur[m.group(1)] = m.group(2).strip()
    for a in arts:
        a["ranges"] = []
        for part in a["text"].strip("[]").split(","):
            x, _, y = part.strip().partition("-")
            a["ranges"].append((int(x), int(y or x)))
    return arts

problems, total_articles, files = [], 0, 0
for lab in sorted(glob.glob("o*.labels.yml")):
    name = lab[:-len(".labels.yml")]
    lines = open(name + ".txt", encoding="utf-8").read().split("\n")
    if lines and lines[-1] == "": lines = lines[:-1]
    files += 1
    seen = {}
    for k, a in enumerate(labels(lab)):
        total_articles += 1
        for key in ("authors", "date", "kind", "publication", "volume", "issue", "text"):
            if key not in a: problems.append(f"{lab}: article {k+1} lacks {key}")
        words = 0
        for x, y in a["ranges"]:
            if not (1 <= x <= y <= len(lines)):
                problems.append(f"{lab}: article {k+1}: range {x}-{y} outside 1-{len(lines)}"); continue
            for end in (x, y):
                if not lines[end - 1].strip(): problems.append(f"{lab}: article {k+1}: range {x}-{y} ends on blank line {end}")
            for n in range(x, y + 1):
                if n in seen: problems.append(f"{lab}: line {n} claimed by articles {seen[n]} and {k+1}")
                seen[n] = k + 1
                words += len(lines[n - 1].split())
                t = lines[n - 1].strip()
                if t and (t == a["title"] or (len(t) > 20 and a["title"].startswith(t))):
                    problems.append(f"{lab}: article {k+1}: title line {n} labelled as text")
        if not any(l.strip() == a["title"] or (len(l.strip()) > 20 and a["title"].startswith(l.strip())) for l in lines):
            problems.append(f"{lab}: article {k+1}: title not printed in the file")
        print(f"{name}: article {k+1}: {words} words in {len(a['ranges'])} ranges")
print(f"{files} files, {total_articles} articles, {len(problems)} problems")
for p in problems: print("  " + p)
sys.exit(1 if problems else 0)
