"""Writes one raw file and its labels from lines that each know their owner.

Every line written is owned by an article (it is that article's text), or by nobody
(title, byline, bio, notes heading, furniture, blank). The labels' text ranges are
computed from that ownership, so they cannot drift from the raw file.

In a paragraph handed to `Doc.para`:
  `|` inside a word  -> the word is split over two lines with a line-end hyphen;
  `^` between words  -> a page break (the issue's plain furniture) falls there;
  `~` between words  -> a page break whose running header comes out mangled.
"""

import os

WIDTH = 76


class Article:
    def __init__(self, title, authors, date, kind, publication, volume=None, issue=None):
        self.title = title
        self.authors = authors
        self.date = date
        self.kind = kind
        self.publication = publication
        self.volume = volume
        self.issue = issue


class Doc:
    def __init__(self, name, one_line_per_paragraph=False, wrap=WIDTH, blank_between=True):
        self.name = name
        self.one_line = one_line_per_paragraph
        self.wrap = wrap
        self.blank_between = blank_between
        self.lines = []
        self.owners = []
        self.articles = []
        self.sidecar = None
        self.comments = []
        self.page_break = None  # callable(doc, mangled) set by issue writers

    # ---- articles -------------------------------------------------------------
    def article(self, *args, **kwargs):
        self.articles.append(Article(*args, **kwargs))
        return len(self.articles) - 1

    # ---- writing lines ----------------------------------------------------------
    def line(self, text="", owner=None):
        assert "\n" not in text
        self.lines.append(text.rstrip())
        self.owners.append(owner if text.strip() else None)

    def block(self, text, owner=None):
        """Several literal lines (furniture, headings, titles) as given."""
        for t in text.strip("\n").split("\n"):
            self.line(t, owner)

    def gap(self):
        if self.blank_between:
            self.line("")

    def para(self, text, owner=None, gap=True):
        """One paragraph, wrapped for PDF text or kept on one line for web text."""
        text = " ".join(text.split())
        if self.wrap is None:
            # A web copy of a PDF paragraph loses its hyphen and page-break marks.
            text = text.replace("|", "").replace(" ^ ", " ").replace(" ~ ", " ")
            self.line(text, owner)
        else:
            self._wrapped(text, owner)
        if gap:
            self.gap()

    def _wrapped(self, text, owner):
        current = ""
        for word in text.split(" "):
            if word in ("^", "~"):
                if current:
                    self.line(current, owner)
                current = ""
                self.page_break(self, word == "~")
                continue
            if "|" in word:
                head, tail = word.split("|")
                candidate = (current + " " + head + "-").strip()
                self.line(candidate, owner)
                current = tail
                continue
            candidate = (current + " " + word).strip()
            if len(candidate) > self.wrap and current:
                self.line(current, owner)
                current = word
            else:
                current = candidate
        if current:
            self.line(current, owner)

    def title(self, text, split_at=None):
        """A title line (owned by nobody); `split_at` breaks it over two lines after that word index."""
        if split_at is None:
            self.line(text)
        else:
            words = text.split(" ")
            self.line(" ".join(words[:split_at]))
            self.line(" ".join(words[split_at:]))

    def page(self, spec, owner):
        """A scraped page's lines as given: a line opened by '> ' is `owner`'s text, any other line is not."""
        for t in spec.strip("\n").split("\n"):
            if t.startswith("> "):
                self.line(t[2:], owner)
            else:
                self.line(t)

    # ---- output -------------------------------------------------------------------
    def ranges(self, index):
        owned = [i for i, o in enumerate(self.owners) if o == index]
        result = []
        for i in owned:
            if result:
                start, end = result[-1]
                between = range(end + 1, i)
                if all(not self.lines[j].strip() for j in between):
                    result[-1] = (start, i)
                    continue
            result.append((i, i))
        return [f"{s + 1}" if s == e else f"{s + 1}-{e + 1}" for s, e in result]

    def labels_text(self):
        out = [f"# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)"]
        for c in self.comments:
            out.append(f"# {c}")
        if self.one_line:
            out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for i, a in enumerate(self.articles):
            authors = ", ".join(q(n) for n in a.authors)
            out += [
                f"  - title: {q(a.title)}",
                f"    authors: [{authors}]",
                f"    date: {a.date}",
                f"    kind: {a.kind}",
                f"    publication: {q(a.publication)}",
                f"    volume: {'null' if a.volume is None else a.volume}",
                f"    issue: {'null' if a.issue is None else a.issue}",
                f"    text: [{', '.join(self.ranges(i))}]",
            ]
        return "\n".join(out) + "\n"

    def write(self, folder):
        with open(os.path.join(folder, self.name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines) + "\n")
        with open(os.path.join(folder, self.name + ".labels.yml"), "w", encoding="utf-8") as f:
            f.write(self.labels_text())
        sidecar = os.path.join(folder, self.name + ".yml")
        if self.sidecar:
            with open(sidecar, "w", encoding="utf-8") as f:
                f.write(self.sidecar.strip("\n") + "\n")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def web(name, sidecar=None):
    """A scraped web page: one line per paragraph, blank lines between."""
    d = Doc(name, one_line_per_paragraph=True, wrap=None, blank_between=True)
    d.sidecar = sidecar
    return d


def web_dense(name, sidecar=None):
    """A scraped web page saved with no blank lines between paragraphs."""
    d = Doc(name, one_line_per_paragraph=True, wrap=None, blank_between=False)
    d.sidecar = sidecar
    return d


class Pages:
    """Page furniture of a PDF issue: footer and page number at the foot, running header on top."""

    def __init__(self, doc, header, mangled_header, footer=None, number_above_header=False, first=1):
        self.doc = doc
        self.header = header
        self.mangled_header = mangled_header
        self.footer = footer
        self.number_above_header = number_above_header
        self.number = first
        doc.page_break = self

    def __call__(self, doc, mangled=False):
        doc.gap()
        if self.footer:
            doc.line(self.footer)
        if not self.number_above_header:
            doc.line(str(self.number))
        self.number += 1
        doc.gap()
        if self.number_above_header:
            doc.line(str(self.number))
        if self.header is not None:
            doc.line(self.mangled_header if mangled else self.header)
            doc.gap()

    def page(self):
        """A page break between paragraphs (the paragraph before already wrote its gap)."""
        if self.doc.blank_between and self.doc.lines and not self.doc.lines[-1]:
            self.doc.lines.pop()
            self.doc.owners.pop()
        self(self.doc, False)
