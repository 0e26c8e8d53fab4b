"""Writer for the heldout40 blind set: every line is owned by an article (its text) or by nobody.

In `para` text, `|` inside a word is a line-end hyphen (the word is split there with `-`), `^` is a page
break between two words (the document's page furniture is printed there) and `~` a page break whose furniture
comes out mangled. Labels are computed from ownership: an article's range runs over its own lines and blank
lines, and is broken by any other non-blank line.
"""
import json
import os

FURNITURE = "page furniture"   # owner of running headers, footers and page numbers (never an article)


class Doc:
    def __init__(self, name, width=76, blank_between=True):
        self.name = name
        self.width = width
        self.blank_between = blank_between
        self.lines = []          # (text, owner index or None)
        self.arts = []
        self.furniture = None    # callable(mangled: bool) -> list of lines
        self.comments = []

    def article(self, **meta):
        self.arts.append(meta)
        return len(self.arts) - 1

    def l(self, s="", owner=None):
        assert "\n" not in s
        self.lines.append((s, owner))

    def ls(self, block, owner=None):
        for s in block.strip("\n").split("\n"):
            self.l(s, owner)

    def blank(self):
        self.l("")

    def gap(self):
        if self.blank_between:
            self.blank()

    def page(self, mangled=False):
        """A page break between paragraphs."""
        if self.blank_between and self.lines and self.lines[-1][0] != "":
            self.blank()
        for f in self.furniture(mangled):
            self.l(f, FURNITURE)
        if self.blank_between:
            self.blank()

    def _break(self, owner, mangled):
        if self.blank_between:
            self.blank()
        for f in self.furniture(mangled):
            self.l(f, FURNITURE)
        if self.blank_between:
            self.blank()

    def para(self, owner, text, width=None, indent=""):
        """A paragraph wrapped to the page width, then a blank line when the document has them."""
        width = width or self.width
        cur = indent
        for tok in text.split():
            if tok in ("^", "~"):
                if cur.strip():
                    self.l(cur.rstrip(), owner)
                cur = ""
                self._break(owner, tok == "~")
                continue
            if "|" in tok:
                head, tail = tok.split("|", 1)
                piece = head + "-"
                if cur.strip() and len(cur) + 1 + len(piece) > width:
                    self.l(cur.rstrip(), owner)
                    cur = ""
                cur = (cur + " " + piece) if cur.strip() else (cur + piece)
                self.l(cur.rstrip(), owner)
                cur = tail
                continue
            if cur.strip() and len(cur) + 1 + len(tok) > width:
                self.l(cur.rstrip(), owner)
                cur = tok
            else:
                cur = (cur + " " + tok) if cur.strip() else (cur + tok)
        if cur.strip():
            self.l(cur.rstrip(), owner)
        self.gap()

    def ranges(self, idx):
        out = []
        start = end = None
        for n, (s, o) in enumerate(self.lines, 1):
            if o == idx:
                if start is None:
                    start = n
                end = n
            elif s.strip() == "":
                continue
            else:
                if start is not None:
                    out.append((start, end))
                    start = end = None
        if start is not None:
            out.append((start, end))
        return out

    def text(self):
        return "\n".join(s for s, _ in self.lines) + "\n"

    def labels(self, one_line=False):
        q = lambda v: json.dumps(v, ensure_ascii=False)
        out = [f"# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)"]
        out += ["# " + c for c in self.comments]
        if one_line:
            out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for i, a in enumerate(self.arts):
            rs = ", ".join(f"{s}-{e}" if s != e else f"{s}" for s, e in self.ranges(i))
            out.append(f"  - title: {q(a['title'])}")
            out.append("    authors: [" + ", ".join(q(x) for x in a["authors"]) + "]")
            out.append(f"    date: {a['date']}")
            out.append(f"    kind: {a['kind']}")
            out.append(f"    publication: {q(a['publication'])}")
            out.append(f"    volume: {'null' if a.get('volume') is None else a['volume']}")
            out.append(f"    issue: {'null' if a.get('issue') is None else a['issue']}")
            out.append(f"    text: [{rs}]")
        return "\n".join(out) + "\n"

    def write(self, folder, sidecar=None, one_line=False):
        with open(os.path.join(folder, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(self.text())
        with open(os.path.join(folder, self.name + ".labels.yml"), "w", encoding="utf-8") as f:
            f.write(self.labels(one_line))
        side = os.path.join(folder, self.name + ".yml")
        if sidecar:
            with open(side, "w", encoding="utf-8") as f:
                f.write("".join(f"{k}: {v}\n" for k, v in sidecar.items()))
        elif os.path.exists(side):
            os.remove(side)


def web(doc, owner, paras):
    """One line per paragraph (blank line after each when the document has them)."""
    for p in paras:
        doc.l(p, owner)
        doc.gap()
