"""Tiny writer for heldout48: every line is owned by one article or by nobody; label ranges come from ownership."""
import os

class Doc:
    def __init__(self, name, web=False, blank=True, width=78):
        self.name, self.web, self.blank, self.width = name, web, blank, width
        self.L, self.O, self.A, self.cur = [], [], [], None
        self.comments, self.sidecar, self.blocks, self.paras = [], None, {}, {}

    def art(self, title, authors, date, kind, pub, vol=None, iss=None):
        self.A.append(dict(title=title, authors=authors, date=date, kind=kind, pub=pub, vol=vol, iss=iss))
        self.cur = len(self.A) - 1

    def _add(self, text, own):
        if own and not text.strip():
            raise ValueError("owned blank line")
        self.L.append(text)
        self.O.append(self.cur if own else None)

    def g(self):
        """blank line (only if the file has blank lines)"""
        if self.blank:
            self._add("", False)

    def f(self, *texts):
        """furniture lines, no blank after"""
        for t in texts:
            self._add(t, False)

    def fb(self, *texts):
        """furniture lines, each followed by a blank line in blank mode"""
        for t in texts:
            self._add(t, False)
            self.g()

    def t(self, text, own=True):
        """a paragraph: one line on the web, wrapped in PDF text; ^X emits block X; a~b ends a line with a hyphen"""
        if own:
            self.paras.setdefault(self.cur, []).append(text)
        if self.web:
            self._add(text, own)
            self.g()
            return
        cur = ""
        def flush():
            nonlocal cur
            if cur:
                self._add(cur, own)
            cur = ""
        for tok in text.split():
            if tok.startswith("^"):
                flush()
                blk = self.blocks[tok[1:]]
                if self.blank:
                    self._add("", False)
                for b in blk:
                    self._add(b, False)
                if self.blank:
                    self._add("", False)
                continue
            if "~" in tok:
                a, b = tok.split("~")
                cur = (cur + " " + a + "-").strip()
                flush()
                cur = b
                continue
            if cur and len(cur) + 1 + len(tok) > self.width:
                flush()
                cur = tok
            else:
                cur = (cur + " " + tok).strip()
        flush()
        self.g()

    def n(self, text):
        """furniture paragraph wrapped like text (bios, blurbs)"""
        self.t(text, own=False)

    def ranges(self, i):
        own = [k for k, o in enumerate(self.O) if o == i]
        out = []
        for k in own:
            if out and all(not self.L[j].strip() for j in range(out[-1][1] + 1, k)):
                out[-1][1] = k
            else:
                out.append([k, k])
        return [(a + 1, b + 1) for a, b in out]

    def write(self, folder):
        while self.L and not self.L[-1].strip():
            self.L.pop(); self.O.pop()
        with open(os.path.join(folder, self.name + ".txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(self.L) + "\n")
        if self.sidecar:
            with open(os.path.join(folder, self.name + ".yml"), "w", encoding="utf-8") as fh:
                fh.write(self.sidecar.strip() + "\n")
        q = lambda s: '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
        out = [f"# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)"]
        out += ["# " + c for c in self.comments]
        if self.web:
            out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for i, a in enumerate(self.A):
            rs = ", ".join(f"{x}-{y}" if x != y else f"{x}" for x, y in self.ranges(i))
            out += [f"  - title: {q(a['title'])}",
                    "    authors: [" + ", ".join(q(x) for x in a["authors"]) + "]",
                    f"    date: {a['date']}",
                    f"    kind: {a['kind'] if a['kind'] else 'null'}",
                    f"    publication: {q(a['pub'])}",
                    f"    volume: {a['vol'] if a['vol'] is not None else 'null'}",
                    f"    issue: {a['iss'] if a['iss'] is not None else 'null'}",
                    f"    text: [{rs}]"]
        with open(os.path.join(folder, self.name + ".labels.yml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")


def clean(text):
    """a PDF paragraph as the web prints it: no page-break tokens, no forced hyphens"""
    return " ".join(w.replace("~", "") for w in text.split() if not w.startswith("^"))
