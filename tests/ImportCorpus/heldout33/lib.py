# Layout helpers for heldout33's gen.py: a Doc collects lines and remembers which article owns each line,
# then writes the raw text, the optional sidecar and the labels (ranges counted from the owners).
import textwrap

_chances = [0]
_SUFFIXES = ["ations", "ation", "tions", "tion", "sions", "sion", "ments", "ment", "able", "ible", "ities", "ity", "ally",
             "ness", "ives", "ings", "ing", "ous", "ised", "ated", "ators", "ators", "ists", "ance", "ence"]

def _cut(w, room):
    """Where to hyphenate w (at most `room` letters before the hyphen): before a common suffix, else between a
    double consonant; 0 when neither fits."""
    for suf in _SUFFIXES:
        c = len(w) - len(suf)
        if w.endswith(suf) and 3 <= c <= room:
            return c
    for c in range(min(room, len(w) - 3), 2, -1):
        if w[c - 1] == w[c] and w[c] not in "aeiou":
            return c
    return 0

def wrap(text, width=68, hyphenate=0):
    """Wrap a paragraph greedily; every `hyphenate`-th time a long lower-case word does not fit, split it over the
    line end with a hyphen (as PDF text of a justified column does)."""
    if not hyphenate:
        return textwrap.wrap(text, width, break_on_hyphens=False)
    lines, cur = [], ""
    for w in text.split():
        if not cur:
            cur = w; continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w; continue
        room = width - len(cur) - 2
        if len(w) >= 9 and w.isalpha() and w.islower() and room >= 3:
            _chances[0] += 1
            if _chances[0] % hyphenate == 0:
                cut = _cut(w, room)
                if cut:
                    lines.append(cur + " " + w[:cut] + "-"); cur = w[cut:]; continue
        lines.append(cur); cur = w
    if cur:
        lines.append(cur)
    return lines

class Doc:
    def __init__(self, name):
        self.name, self.lines, self.owner = name, [], []

    def add(self, text="", art=None):
        for line in (text.split("\n") if text else [""]):
            self.lines.append(line)
            self.owner.append(art if line.strip() else None)

    def blank(self, n=1):
        for _ in range(n):
            self.add("")

    def para(self, text, art=None, width=68, hyphenate=0, indent=""):
        for line in wrap(text, width - len(indent), hyphenate):
            self.add(indent + line, art)

    def paginate(self, every, furniture, start_page=1, skip=0):
        """Insert furniture(page) lines after every `every` lines (counting from line `skip`), wherever that falls."""
        lines, owner, page, count = [], [], start_page, 0
        for i, (l, o) in enumerate(zip(self.lines, self.owner)):
            lines.append(l); owner.append(o)
            if i < skip:
                continue
            count += 1
            if count >= every and i + 1 < len(self.lines):
                for f in furniture(page):
                    lines.append(f); owner.append(None)
                page += 1; count = 0
        self.lines, self.owner = lines, owner

    def ranges(self, k):
        nums = [i + 1 for i, o in enumerate(self.owner) if o == k]
        out, start, prev = [], None, None
        for n in nums:
            if start is None:
                start = prev = n; continue
            if n == prev + 1 or all(not self.lines[m - 1].strip() for m in range(prev + 1, n)):
                prev = n; continue
            out.append((start, prev)); start = prev = n
        if start is not None:
            out.append((start, prev))
        return ", ".join(str(a) if a == b else "%d-%d" % (a, b) for a, b in out)

    def write(self, articles, sidecar=None, one_line=False):
        with open(self.name + ".txt", "w") as f:
            f.write("\n".join(self.lines) + "\n")
        if sidecar:
            with open(self.name + ".yml", "w") as f:
                f.write(sidecar.rstrip("\n") + "\n")
        out = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % self.name]
        if one_line:
            out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for k, a in enumerate(articles):
            q = lambda s: '"' + s.replace('"', '\\"') + '"'
            out += ["  - title: " + q(a["title"]),
                    "    authors: [%s]" % ", ".join(q(n) for n in a["authors"]),
                    "    date: %s" % a["date"], "    kind: %s" % a["kind"],
                    "    publication: " + q(a["publication"]),
                    "    volume: %s" % a.get("volume", "null"), "    issue: %s" % a.get("issue", "null"),
                    "    text: [%s]" % self.ranges(k)]
        with open(self.name + ".labels.yml", "w") as f:
            f.write("\n".join(out) + "\n")

def art(title, authors, date, kind, publication, volume="null", issue="null"):
    return dict(title=title, authors=authors, date=date, kind=kind, publication=publication, volume=volume, issue=issue)
