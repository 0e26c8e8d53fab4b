# Layout helpers for heldout32/gen.py: a Doc collects lines, remembers which article owns each line, and writes
# the raw text, the optional sidecar and the labels (format: ../README.md). Ranges are counted from the owners.
import random, textwrap

class Doc:
    def __init__(self, name, width=None, seed=1):
        self.name, self.lines, self.owner = name, [], []
        self.width, self.rnd = width, random.Random(seed)
        self.page_len, self.on_page, self.furniture = None, 0, None
    def add(self, text="", art=None):
        for line in (text.split("\n") if text else [""]):
            self.lines.append(line); self.owner.append(art)
            if self.page_len and line.strip():
                self.on_page += 1
                if self.on_page >= self.page_len:
                    self.on_page = 0; self.furniture(self)
    def fur(self, text):  # furniture: never counted towards the page, never owned
        for line in text.split("\n"):
            self.lines.append(line); self.owner.append(None)
    def para(self, text, art, width=None, hyphenate=0.0):
        width = width or self.width
        if not width:
            self.add(text, art); return
        lines = textwrap.wrap(text, width)
        out = []
        for i, l in enumerate(lines):
            if i + 1 < len(lines) and self.rnd.random() < hyphenate:
                nxt = lines[i + 1].split(" ")
                w = nxt[0]
                if len(w) >= 9 and w.isalpha() and w.islower() and len(l) + 5 < width + 6:
                    cut = len(w) // 2
                    l = l + " " + w[:cut] + "-"
                    lines[i + 1] = " ".join([w[cut:]] + nxt[1:])
            out.append(l)
        for l in out: self.add(l, art)
    def write(self, articles, sidecar=None, one_line=False):
        with open(self.name + ".txt", "w") as f: f.write("\n".join(self.lines) + "\n")
        if sidecar:
            with open(self.name + ".yml", "w") as f: f.write(sidecar.rstrip("\n") + "\n")
        out = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % self.name]
        if one_line: out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for k, a in enumerate(articles):
            nums = [i + 1 for i, o in enumerate(self.owner) if o == k and self.lines[i].strip()]
            ranges, start, prev = [], None, None
            for n in nums:
                if start is None: start = prev = n; continue
                if n == prev + 1 or all(not self.lines[m - 1].strip() for m in range(prev + 1, n)): prev = n; continue
                ranges.append((start, prev)); start = prev = n
            ranges.append((start, prev))
            text = ", ".join(str(x) if x == y else "%d-%d" % (x, y) for x, y in ranges)
            q = lambda s: '"%s"' % s.replace('"', '\\"')
            out += ["  - title: %s" % q(a["title"]), "    authors: [%s]" % ", ".join(q(n) for n in a["authors"]),
                    "    date: %s" % a["date"], "    kind: %s" % a["kind"], "    publication: %s" % q(a["publication"]),
                    "    volume: %s" % a.get("volume", "null"), "    issue: %s" % a.get("issue", "null"),
                    "    text: [%s]" % text]
        with open(self.name + ".labels.yml", "w") as f: f.write("\n".join(out) + "\n")

def art(title, authors, date, kind, publication, volume="null", issue="null"):
    return dict(title=title, authors=authors, date=date, kind=kind, publication=publication, volume=volume, issue=issue)
