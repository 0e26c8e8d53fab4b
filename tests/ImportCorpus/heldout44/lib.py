"""heldout44's own generator library: every line is owned by an article (its text) or by nobody.

Doc(name, blank=True|False, width=N): `blank` puts a blank line after every paragraph, furniture line or text line.
  a = d.art(title, authors, date, kind, pub, vol, iss)  -> article index
  d.f("line\\nline")        furniture lines (owned by nobody); "" gives a blank line in blank docs only
  d.t(a, "line\\nline")     article text lines, as printed
  d.p(a, "paragraph ...")   a wrapped paragraph of article a; in a word `~` forces a line-end hyphen there;
                            a token `^X` breaks the page there, printing the furniture block d.blocks["X"]
  d.comment("...")         a choice the rules leave open, written at the top of the labels file
Ranges are computed from ownership: an article's range runs on over blank lines and breaks at any other line.
"""
import os
import textwrap


class Doc:
    def __init__(self, name, blank=True, width=78, sidecar=None):
        self.name, self.blank, self.width, self.sidecar = name, blank, width, sidecar
        self.lines = []  # (text, owner)
        self.arts = []
        self.blocks = {}
        self.comments = []
        self.one_line = False

    def comment(self, text):
        self.comments.append(text)

    def art(self, title, authors, date, kind, pub, vol=None, iss=None):
        self.arts.append(dict(title=title, authors=authors, date=date, kind=kind, publication=pub, volume=vol, issue=iss))
        return len(self.arts) - 1

    def _gap(self):
        if self.blank and self.lines and self.lines[-1][0] != "":
            self.lines.append(("", None))

    def _add(self, text, owner):
        for ln in text.split("\n"):
            if ln == "" and not self.blank:
                continue
            self.lines.append((ln, owner))
        self._gap()

    def f(self, text):
        self._add(text, None)

    def raw(self, text, owner=None):
        """Lines exactly as given, blank lines kept, no gaps added."""
        for ln in text.split("\n"):
            self.lines.append((ln, owner))

    def t(self, a, text):
        self._add(text, a)

    def block(self, key, text):
        self.blocks[key] = text

    def p(self, a, text, width=None):
        width = width or self.width
        cur = ""
        out = []  # ("line", owner) with owner a or None

        def flush():
            nonlocal cur
            if cur:
                out.append((cur, a))
            cur = ""

        for tok in text.split():
            if tok.startswith("^") and len(tok) > 1:
                flush()
                out.append(("\x00" + tok[1:], None))
                continue
            parts = tok.split("~")
            for i, part in enumerate(parts):
                last = i == len(parts) - 1
                piece = part if last else part + "-"
                if cur and len(cur) + 1 + len(piece) > width:
                    flush()
                if i > 0:
                    cur = cur + piece  # continuation after forced hyphen starts the new line
                else:
                    cur = (cur + " " + piece) if cur else piece
                if not last:
                    flush()
        flush()
        for ln, owner in out:
            if ln.startswith("\x00"):
                blk = self.blocks[ln[1:]]
                if self.blank:
                    self._gap()
                for b in blk.split("\n"):
                    if b == "" and not self.blank:
                        continue
                    self.lines.append((b, None))
                if self.blank:
                    self._gap()
            else:
                self.lines.append((ln, owner))
        self._gap()

    # ---- output
    def ranges(self, a):
        owned = [i + 1 for i, (ln, o) in enumerate(self.lines) if o == a and ln.strip()]
        rs = []
        for n in owned:
            if rs:
                s, e = rs[-1]
                between = [self.lines[k - 1] for k in range(e + 1, n)]
                if all(ln.strip() == "" for ln, _ in between):
                    rs[-1] = (s, n)
                    continue
            rs.append((n, n))
        return rs

    def render(self):
        txt = "\n".join(ln for ln, _ in self.lines) + "\n"
        lab = [f"# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md; written blind, heldout44/gen.py)"]
        for c in self.comments:
            for w in textwrap.wrap(c, 110):
                lab.append("# " + w)
        if self.one_line:
            lab.append("one_line_per_paragraph: true")
        lab.append("articles:")

        def q(s):
            return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

        def n(v):
            return "null" if v is None else str(v)

        for i, ar in enumerate(self.arts):
            rs = ", ".join(f"{s}" if s == e else f"{s}-{e}" for s, e in self.ranges(i))
            lab.append(f"  - title: {q(ar['title'])}")
            lab.append("    authors: [" + ", ".join(q(x) for x in ar["authors"]) + "]")
            lab.append(f"    date: {ar['date']}")
            lab.append(f"    kind: {n(ar['kind'])}")
            lab.append(f"    publication: {q(ar['publication'])}")
            lab.append(f"    volume: {n(ar['volume'])}")
            lab.append(f"    issue: {n(ar['issue'])}")
            lab.append(f"    text: [{rs}]")
        files = {self.name + ".txt": txt, self.name + ".labels.yml": "\n".join(lab) + "\n"}
        if self.sidecar:
            files[self.name + ".yml"] = self.sidecar.rstrip("\n") + "\n"
        return files

    def write(self, folder):
        for fn, body in self.render().items():
            with open(os.path.join(folder, fn), "w", encoding="utf-8") as fh:
                fh.write(body)
