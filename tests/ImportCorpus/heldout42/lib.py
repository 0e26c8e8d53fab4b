"""Tiny generator for heldout42: every written line is owned by an article (its text) or by nobody.

Paragraph markup: `|` inside a word is a line-end hyphen point (used only where the wrap falls there),
`^` is a page break between two words (the document's page furniture is printed there).
"""
import os

HERE = os.environ.get("GEN_OUT") or os.path.dirname(os.path.abspath(__file__))


class Doc:
    def __init__(self, width=78, blank=True):
        self.lines = []      # (text, owner)  owner: article index or None
        self.width = width
        self.blank = blank   # blank line after each paragraph
        self.breaks = []     # furniture blocks printed at each `^`, in order (a block is a list of lines)

    def line(self, text="", owner=None):
        self.lines.append((text, owner if text.strip() else None))

    def lines_(self, block, owner=None):
        for t in block.strip("\n").split("\n"):
            self.line(t, owner)

    def gap(self):
        if self.blank:
            self.line("")

    def _wrap(self, text, owner, indent=""):
        words = text.split()
        cur = indent
        for w in words:
            plain = w.replace("|", "")
            cand = (cur + " " + plain) if cur.strip() else indent + plain
            if "|" in w and cur.strip():
                head, tail = w.split("|", 1)
                cand2 = cur + " " + head + "-"
                if len(cand2) <= self.width:
                    self.line(cand2, owner)
                    cur = indent + tail.replace("|", "")
                    continue
            if len(cand) <= self.width:
                cur = cand
                continue
            if "|" in w:
                head, tail = w.split("|", 1)
                cand2 = (cur + " " + head + "-") if cur.strip() else indent + head + "-"
                if len(cand2) <= self.width:
                    self.line(cand2, owner)
                    cur = indent + tail.replace("|", "")
                    continue
            self.line(cur, owner)
            cur = indent + plain
        if cur.strip():
            self.line(cur, owner)

    def para(self, text, owner=None, gap=True, indent=""):
        text = " ".join(text.split())
        parts = text.split(" ^ ")
        for i, p in enumerate(parts):
            if i:
                for t in self.breaks.pop(0):
                    self.line(t, None)
            self._wrap(p, owner, indent)
        if gap:
            self.gap()

    def raw(self, text, owner=None, gap=True):
        """One line per paragraph (web pages): no wrapping."""
        self.line(" ".join(text.split()), owner)
        if gap:
            self.gap()

    def web(self, block, owner, blank=True):
        """A web page: lines starting `> ` are the article's text, others furniture; `~` alone is a blank line."""
        for t in block.strip("\n").split("\n"):
            if t.strip() == "":
                continue
            if t.strip() == "~":
                self.line("")
                continue
            if t.startswith("> "):
                self.line(t[2:], owner)
            else:
                self.line(t, None)
            if blank:
                self.line("")

    def text(self):
        out = [t.rstrip() for t, _ in self.lines]
        while out and not out[-1]:
            out.pop()
        return "\n".join(out) + "\n"

    def ranges(self, owner):
        owned = [i + 1 for i, (t, o) in enumerate(self.lines) if o == owner]
        rs = []
        for n in owned:
            if rs and all(not self.lines[k - 1][0].strip() for k in range(rs[-1][1] + 1, n)):
                rs[-1][1] = n
            else:
                rs.append([n, n])
        return ["%d" % a if a == b else "%d-%d" % (a, b) for a, b in rs]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(name, doc, articles, comments=(), sidecar=None, one_line=False, folder=HERE):
    with open(os.path.join(folder, name + ".txt"), "w") as f:
        f.write(doc.text())
    out = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % name]
    out += ["# " + c for c in comments]
    if one_line:
        out.append("one_line_per_paragraph: true")
    out.append("articles:")
    for i, a in enumerate(articles):
        def v(x):
            return "null" if x is None else str(x)
        out += [
            "  - title: " + q(a["title"]),
            "    authors: [" + ", ".join(q(x) for x in a["authors"]) + "]",
            "    date: " + a["date"],
            "    kind: " + a["kind"],
            "    publication: " + q(a["pub"]),
            "    volume: " + v(a.get("vol")),
            "    issue: " + v(a.get("iss")),
            "    text: [" + ", ".join(doc.ranges(i)) + "]",
        ]
    with open(os.path.join(folder, name + ".labels.yml"), "w") as f:
        f.write("\n".join(out) + "\n")
    side = os.path.join(folder, name + ".yml")
    if sidecar:
        with open(side, "w") as f:
            f.write(sidecar.strip() + "\n")
    elif os.path.exists(side):
        os.remove(side)
