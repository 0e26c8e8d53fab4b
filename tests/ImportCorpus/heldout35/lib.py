# Layout helpers for heldout35's gen.py: a Doc collects lines, remembers which article owns each line,
# and writes the raw text, an optional sidecar and the labels (ranges counted from the owners).
import textwrap

def _cut(w):
    # a rough syllable cut: after a vowel followed by a consonant, near the middle of the word
    v = "aeiouy"
    for c in list(range(len(w) // 2, len(w) - 3)) + list(range(len(w) // 2 - 1, 2, -1)):
        if w[c - 1] in v and w[c] not in v: return c
    return len(w) // 2

def _hyphenate(lines, width, every):
    # Split the last long word of some lines across the break, with a hyphen, as PDF text does.
    out, count = list(lines), 0
    for i in range(len(out) - 1):
        words = out[i].split(" ")
        w = words[-1]
        if len(words) > 3 and len(w) >= 7 and w.isalpha() and w.islower():
            count += 1
            if count % every == 0:
                c = _cut(w)
                out[i] = " ".join(words[:-1] + [w[:c] + "-"])
                out[i + 1] = w[c:] + " " + out[i + 1]
    return out

class Doc:
    def __init__(self, name):
        self.name, self.lines, self.owner = name, [], []
    def add(self, text="", art=None):
        for line in (text.split("\n") if text else [""]):
            self.lines.append(line); self.owner.append(art)
    def para(self, text, art, width=70, hyph=2, indent="", brk=None, furn=()):
        # brk: after that many wrapped lines, a page break (furn: its furniture lines, owned by no article)
        lines = textwrap.wrap(text, width)
        if hyph: lines = _hyphenate(lines, width, hyph)
        for k, l in enumerate(lines):
            if brk is not None and k == brk:
                for f in furn: self.add(f)
            self.add(indent + l, art)
    def web(self, text, art=None):
        # one line per paragraph
        self.add(text, art)
    def write(self, articles, sidecar=None, one_line=False):
        with open(self.name + ".txt", "w") as f: f.write("\n".join(self.lines) + "\n")
        if sidecar:
            with open(self.name + ".yml", "w") as f: f.write(sidecar.rstrip("\n") + "\n")
        out = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % self.name]
        if one_line: out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for k, a in enumerate(articles):
            nums = [i + 1 for i, o in enumerate(self.owner) if o == k and self.lines[i].strip()]
            assert nums, (self.name, k)
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
