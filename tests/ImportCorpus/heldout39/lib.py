"""Builds one raw file line by line; every line is owned by one article (its text) or by nobody.

The labels are written from that ownership, so a range can never name a line the file does not hold.
In paragraph text, `|` breaks a word across lines with a line-end hyphen (PDF) and `^` is a page break
between two words, where the document's own page furniture is printed.
"""
import re
import textwrap


class Article:
    def __init__(self, title, authors, date, kind, publication, volume=None, issue=None):
        self.title, self.authors, self.date, self.kind = title, authors, date, kind
        self.publication, self.volume, self.issue = publication, volume, issue


class Doc:
    def __init__(self, name, width=78, page_break=None, one_line_per_paragraph=False, comments=()):
        self.name, self.width, self.page_break = name, width, page_break
        self.one_line = one_line_per_paragraph
        self.comments = list(comments)
        self.lines, self.owners, self.articles = [], [], []
        self.sidecar = None

    def article(self, *args, **kwargs):
        art = Article(*args, **kwargs)
        self.articles.append(art)
        return art

    def add(self, text="", owner=None):
        for line in text.split("\n"):
            self.lines.append(line)
            self.owners.append(owner if line.strip() else None)

    def blank(self):
        self.add("")

    def page(self):
        self.page_break(self)

    def para(self, text, owner=None, width=None):
        """A paragraph: one line when the file is one line per paragraph, else wrapped, hyphenated and paged."""
        if self.one_line:
            self.add(text.replace("|", "").replace("^", "").replace("  ", " "), owner)
            return
        width = width or self.width
        parts = re.split(r"([|^])", text)
        pending = None
        for i, part in enumerate(parts):
            if part in ("|", "^"):
                continue
            nxt = parts[i + 1] if i + 1 < len(parts) else None
            wrapped = textwrap.wrap(part.strip(), width, break_on_hyphens=False) if part.strip() else []
            if nxt == "|" and wrapped:
                wrapped[-1] += "-"
            for line in wrapped:
                self.add(line, owner)
            if nxt == "^":
                self.page()

    def ranges(self, art):
        owned = [i for i, o in enumerate(self.owners) if o is art]
        out, start, prev = [], None, None
        for i in owned:
            if start is None:
                start = prev = i
            elif all(not self.lines[j].strip() for j in range(prev + 1, i)):
                prev = i
            else:
                out.append((start, prev))
                start = prev = i
        if start is not None:
            out.append((start, prev))
        return ", ".join(f"{a + 1}" if a == b else f"{a + 1}-{b + 1}" for a, b in out)

    def labels_yaml(self):
        out = [f"# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)"]
        out += [f"# Choice: {c}" for c in self.comments]
        if self.one_line:
            out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for a in self.articles:
            authors = ", ".join(f'"{n}"' for n in a.authors)
            out += [
                f'  - title: "{a.title}"',
                f"    authors: [{authors}]",
                f"    date: {a.date}",
                f"    kind: {a.kind}",
                f'    publication: "{a.publication}"',
                f"    volume: {'null' if a.volume is None else a.volume}",
                f"    issue: {'null' if a.issue is None else a.issue}",
                f"    text: [{self.ranges(a)}]",
            ]
        return "\n".join(out) + "\n"

    def write(self, folder):
        with open(f"{folder}/{self.name}.txt", "w", encoding="utf-8") as f:
            f.write("\n".join(self.lines).rstrip("\n") + "\n")
        with open(f"{folder}/{self.name}.labels.yml", "w", encoding="utf-8") as f:
            f.write(self.labels_yaml())
        if self.sidecar:
            with open(f"{folder}/{self.name}.yml", "w", encoding="utf-8") as f:
                f.write(self.sidecar)
