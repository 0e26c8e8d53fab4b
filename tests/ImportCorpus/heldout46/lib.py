"""Builder for heldout46: every line is owned by an article (its text) or by nobody.

d.p(owner, text)  a paragraph: wrapped for PDF text, one line for web text.
   In a PDF paragraph, `~` inside a word is a line-end hyphen ("recon~struction"),
   and `^X` a page break printing the furniture block X (d.pages["X"]).
d.line(text, owner=None)  one raw line.  d.gap()  a blank line in blank-line files.
Ranges are computed from ownership: one article's lines, joined across blank lines only.
"""
import os, re, textwrap

class Doc:
    def __init__(self, name, blank=True, web=False, width=86, sidecar=None, notes=None):
        self.name, self.blank, self.web, self.width = name, blank, web, width
        self.lines, self.arts, self.pages = [], [], {}
        self.sidecar, self.notes = sidecar, notes or []

    def art(self, title, authors, date, kind, pub, vol=None, iss=None):
        self.arts.append(dict(title=title, authors=authors, date=date, kind=kind,
                              publication=pub, volume=vol, issue=iss))
        return len(self.arts) - 1

    def line(self, text, owner=None):
        self.lines.append((text, owner))

    def lines_(self, block, owner=None):
        for t in block.strip("\n").split("\n"):
            self.line(t, owner)

    def gap(self):
        if self.blank and self.lines and self.lines[-1][0] != "":
            self.lines.append(("", None))

    def p(self, owner, text):
        text = " ".join(text.split())
        assert not re.search(r"(^|\s)~|~(\s|$)", text), "~ must sit inside a word: " + text[:60]
        self.gap()
        if self.web:
            self.line(text, owner)
            return
        buf = ""
        for tok in re.split(r"(~|\^\w)", text):
            if tok == "~":
                for l in self._wrap(buf + "-"):
                    self.line(l, owner)
                buf = ""
            elif re.fullmatch(r"\^\w", tok):
                for l in self._wrap(buf):
                    self.line(l, owner)
                for l in self.pages[tok[1]]:
                    self.line(l, None)
                buf = ""
            else:
                buf += tok
        for l in self._wrap(buf):
            self.line(l, owner)

    def _wrap(self, s):
        s = s.strip()
        return textwrap.wrap(s, self.width, break_long_words=False, break_on_hyphens=False) if s else []

    def ranges(self, i):
        nums = [n + 1 for n, (t, o) in enumerate(self.lines) if o == i]
        out = []
        for n in nums:
            if out:
                a, b = out[-1]
                between = self.lines[b:n - 1]
                if all(t == "" for t, o in between):
                    out[-1] = (a, n)
                    continue
            out.append((n, n))
        return out

    def write(self, folder):
        txt = "\n".join(t for t, o in self.lines) + "\n"
        with open(os.path.join(folder, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write(txt)
        y = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % self.name]
        y += ["# " + n for n in self.notes]
        if self.web:
            y.append("one_line_per_paragraph: true")
        y.append("articles:")
        for i, a in enumerate(self.arts):
            q = lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
            y.append("  - title: " + q(a["title"]))
            y.append("    authors: [" + ", ".join(q(x) for x in a["authors"]) + "]")
            y.append("    date: " + (a["date"] or "null"))
            y.append("    kind: " + (a["kind"] or "null"))
            y.append("    publication: " + q(a["publication"]))
            y.append("    volume: " + ("null" if a["volume"] is None else str(a["volume"])))
            y.append("    issue: " + ("null" if a["issue"] is None else str(a["issue"])))
            r = self.ranges(i)
            y.append("    text: [" + ", ".join(str(a_) if a_ == b else "%d-%d" % (a_, b) for a_, b in r) + "]")
        with open(os.path.join(folder, self.name + ".labels.yml"), "w", encoding="utf-8") as f:
            f.write("\n".join(y) + "\n")
        side = os.path.join(folder, self.name + ".yml")
        if self.sidecar:
            with open(side, "w", encoding="utf-8") as f:
                f.write(self.sidecar.strip() + "\n")
