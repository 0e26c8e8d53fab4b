# Layout helpers for heldout33's gen.py: a Doc collects lines and remembers which article owns each line,
# then writes the raw text, the optional sidecar and the labels (ranges counted from the owners).
import textwrap

def wrap(text, width=68, hyphenate=0):
    """Wrap a paragraph; every `hyphenate`-th chance, split a long word over the line end with a hyphen."""
    lines = textwrap.wrap(text, width, break_on_hyphens=False)
    if not hyphenate:
        return lines
    chance = 0
    for i in range(len(lines) - 1):
        words = lines[i + 1].split(" ")
        w = words[0]
        if len(words) < 2 or len(w) < 9 or not w.isalpha() or not w.islower():
            continue
        chance += 1
        if chance % hyphenate:
            continue
        cut = len(w) // 2
        head, tail = w[:cut], w[cut:]
        if len(lines[i]) + 1 + len(head) + 1 > width + 2:
            continue
        lines[i] = lines[i] + " " + head + "-"
        lines[i + 1] = " ".join([tail] + words[1:])
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
