# Layout helpers for heldout34/gen.py: a Doc collects lines and remembers which article owns each line;
# Pdf adds page furniture (running header, page number) every N body lines and hyphenates some line ends.
import textwrap

class Doc:
    def __init__(self, name):
        self.name, self.lines, self.owner, self.arts, self.title_lines = name, [], [], [], set()
    def art(self, **meta):
        self.arts.append(meta); return len(self.arts) - 1
    def add(self, text="", a=None):
        for line in text.split("\n"):
            self.put(line, a)
    def put(self, line, a=None):
        self.lines.append(line); self.owner.append(a)
    def title(self, text):
        # a title line: never article text (check.py verifies)
        for line in text.split("\n"):
            self.title_lines.add(len(self.lines) + 1); self.put(line, None)
    def web(self, text, a):
        # one line per paragraph
        for par in text.strip().split("\n"):
            self.put(par.strip(), a)
    def ranges(self, k):
        nums = [i + 1 for i, o in enumerate(self.owner) if o == k]
        out, start, prev = [], None, None
        for n in nums:
            if start is None: start = prev = n; continue
            if n == prev + 1 or all(not self.lines[m - 1].strip() for m in range(prev + 1, n)): prev = n; continue
            out.append((start, prev)); start = prev = n
        if start is not None: out.append((start, prev))
        return out
    def write(self, sidecar=None, one_line=False):
        with open(self.name + ".txt", "w") as f: f.write("\n".join(self.lines) + "\n")
        if sidecar:
            with open(self.name + ".yml", "w") as f: f.write(sidecar.strip() + "\n")
        out = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % self.name]
        if one_line: out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for k, a in enumerate(self.arts):
            text = ", ".join(str(x) if x == y else "%d-%d" % (x, y) for x, y in self.ranges(k))
            out += ['  - title: "%s"' % a["title"], "    authors: [%s]" % ", ".join('"%s"' % n for n in a["authors"]),
                    "    date: %s" % a["date"], "    kind: %s" % a["kind"], '    publication: "%s"' % a["publication"],
                    "    volume: %s" % ("null" if a.get("volume") is None else a["volume"]), "    issue: %s" % ("null" if a.get("issue") is None else a["issue"]),
                    "    text: [%s]" % text]
        with open(self.name + ".labels.yml", "w") as f: f.write("\n".join(out) + "\n")


class Pdf(Doc):
    """Whole-issue PDF text: furniture(page) returns the lines printed between page `page` and the next."""
    def __init__(self, name, furniture, per_page=44, width=70, hyphen=True):
        super().__init__(name)
        self.furniture, self.per_page, self.width, self.page, self.count, self.hy = furniture, per_page, width, 1, 0, 0
        self.hyphen = hyphen
    def put(self, line, a=None):
        Doc.put(self, line, a)
        if line.strip():
            self.count += 1
            if self.count >= self.per_page:
                self.count = 0
                for f in self.furniture(self.page): Doc.put(self, f, None)
                self.page += 1
    def para(self, text, a, width=None, indent=""):
        lines = textwrap.wrap(" ".join(text.split()), width or self.width, initial_indent=indent)
        for i in range(len(lines) - 1):
            nxt = lines[i + 1].split()
            w = nxt[0]
            if self.hyphen and len(nxt) > 1 and w.isalpha() and w.islower() and len(w) >= 9:
                self.hy += 1
                if self.hy % 3 == 0:
                    k = len(w) // 2
                    lines[i] += " " + w[:k] + "-"
                    lines[i + 1] = w[k:] + lines[i + 1][len(w):]
        for l in lines: self.put(l, a)
    def gap(self):
        Doc.put(self, "", None)
