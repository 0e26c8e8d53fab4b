"""Helpers for heldout38's gen.py: a raw file built line by line, each line owned by an article or by nobody.

A line owned by an article is that article's text; every other line (titles, bylines, bios, furniture, blank lines) is
not. Labels are written from the ownership, so ranges always name the lines written.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


class Article:
    def __init__(self, title, authors, date, kind, publication, volume=None, issue=None):
        self.title = title
        self.authors = authors
        self.date = date
        self.kind = kind
        self.publication = publication
        self.volume = volume
        self.issue = issue


class RawFile:
    """A raw file as a list of (line, owner) pairs; owner is an Article or None."""

    def __init__(self, name, one_line_per_paragraph=False, width=80, spaced=False):
        self.name = name
        self.spaced = spaced  # a blank line after every line given to furn/text (scrapers that space paragraphs)
        self.one_line = one_line_per_paragraph
        self.width = width
        self.lines = []
        self.articles = []
        self.current = None
        self.page_break = None  # function returning the furniture lines of a page break

    # ---- furniture and articles -------------------------------------------------------------------------------
    def furn(self, *lines):
        for line in lines:
            self.lines.append((line, None))
            if self.spaced and line:
                self.lines.append(("", None))

    def blank(self):
        self.furn("")

    def start(self, article):
        self.articles.append(article)
        self.current = article

    def text(self, *lines):
        """Lines of the current article's text, as given (one line each)."""
        for line in lines:
            self.lines.append((line, self.current if line.strip() else None))
            if self.spaced and line:
                self.lines.append(("", None))

    # ---- hard-wrapped paragraphs (PDF text, mail) -------------------------------------------------------------
    def para(self, paragraph, owner="current", width=None):
        """Wrap a paragraph. A `~` inside a word breaks the line there with a hyphen; ` ## ` inserts a page break."""
        owner = self.current if owner == "current" else owner
        parts = paragraph.split(" ## ")
        for index, part in enumerate(parts):
            for line in wrap(part, width or self.width):
                self.lines.append((line, owner))
            if index < len(parts) - 1:
                self.lines.extend((line, None) for line in self.page_break())

    def paras(self, *paragraphs):
        for index, paragraph in enumerate(paragraphs):
            if index:
                self.blank()
            self.para(paragraph)

    def break_page(self):
        self.lines.extend((line, None) for line in self.page_break())

    # ---- output -----------------------------------------------------------------------------------------------
    def ranges(self, article):
        owned = [i + 1 for i, (line, owner) in enumerate(self.lines) if owner is article]
        ranges = []
        for number in owned:
            if ranges and all(not self.lines[k - 1][0].strip() for k in range(ranges[-1][1] + 1, number)):
                ranges[-1][1] = number
            else:
                ranges.append([number, number])
        return [f"{a}" if a == b else f"{a}-{b}" for a, b in ranges]

    def write(self, sidecar=None, choices=()):
        base = os.path.join(HERE, self.name)
        with open(base + ".txt", "w", encoding="utf-8") as f:
            f.write("\n".join(line for line, _ in self.lines) + "\n")
        if sidecar:
            with open(base + ".yml", "w", encoding="utf-8") as f:
                for key, value in sidecar.items():
                    f.write(f"{key}: {value}\n")
        elif os.path.exists(base + ".yml"):
            os.remove(base + ".yml")
        out = [f"# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)"]
        out += [f"# Choice: {c}" for c in choices]
        if self.one_line:
            out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for a in self.articles:
            out.append(f"  - title: {quote(a.title)}")
            out.append("    authors: [" + ", ".join(quote(n) for n in a.authors) + "]")
            out.append(f"    date: {a.date}")
            out.append(f"    kind: {a.kind}")
            out.append(f"    publication: {quote(a.publication)}")
            out.append(f"    volume: {'null' if a.volume is None else a.volume}")
            out.append(f"    issue: {'null' if a.issue is None else a.issue}")
            out.append("    text: [" + ", ".join(self.ranges(a)) + "]")
        with open(base + ".labels.yml", "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")


def quote(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrap(paragraph, width):
    """Greedy wrap; a word written `left~right` is always split across two lines as `left-` / `right`."""
    lines, line = [], ""
    for word in paragraph.split():
        if "~" in word:
            left, right = word.split("~", 1)
            lines.append((line + " " + left + "-").strip())
            line = right
            continue
        candidate = (line + " " + word).strip()
        if len(candidate) > width and line:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines
