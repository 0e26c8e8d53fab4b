"""Layout helpers for heldout36: a document is a list of lines, each owned by an article index or None."""
import textwrap

TITLES = {}  # file name -> {article index: [title line numbers]}, for check.py

class Doc:
    def __init__(self, name, one_line=False):
        self.name, self.lines, self.own, self.titles, self.one_line = name, [], [], {}, one_line
        self.pending = None  # furniture to insert mid-paragraph

    def add(self, text="", art=None):
        self.lines.append(text)
        self.own.append(art)

    def title(self, text, art):
        self.add(text)
        self.titles.setdefault(art, []).append(len(self.lines))

    def many(self, block, art=None):
        for l in block.strip("\n").split("\n"):
            self.add(l, art)

    def para(self, text, art, width=72, brk=None, furn=(), indent="", blank=True):
        """Wrap text; '|' forces a line end (for hyphenation); after wrapped line number brk insert furn lines."""
        out = []
        for chunk in text.split("|"):
            out.extend(textwrap.wrap(chunk.strip(), width) or [""])
        # join forced pieces: a forced break keeps its own line
        for i, l in enumerate(out):
            self.add((indent if i == 0 else "") + l, art)
            if brk is not None and i + 1 == brk:
                for f in furn:
                    self.add(f)
        if blank:
            self.add()

    def web(self, text, art):
        self.add(text, art)
        self.add()

    def write(self, articles, sidecar=None):
        while self.lines and self.lines[-1] == "":
            self.lines.pop(); self.own.pop()
        with open(self.name + ".txt", "w") as f:
            f.write("\n".join(self.lines) + "\n")
        if sidecar:
            with open(self.name + ".yml", "w") as f:
                f.write(sidecar)
        import os
        if not sidecar and os.path.exists(self.name + ".yml"):
            os.remove(self.name + ".yml")
        out = [f"# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)"]
        if self.one_line:
            out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for i, a in enumerate(articles):
            nums = [n + 1 for n, o in enumerate(self.own) if o == i and self.lines[n].strip()]
            ranges, start, prev = [], None, None
            for n in nums:
                if start is None:
                    start = prev = n
                elif all(not self.lines[k - 1].strip() for k in range(prev + 1, n)):
                    prev = n
                else:
                    ranges.append((start, prev)); start = prev = n
            if start is not None:
                ranges.append((start, prev))
            rs = ", ".join(str(s) if s == e else f"{s}-{e}" for s, e in ranges)
            q = lambda s: '"' + s.replace('"', '\\"') + '"'
            out.append(f"  - title: {q(a['title'])}")
            out.append("    authors: [" + ", ".join(q(x) for x in a["authors"]) + "]")
            out.append(f"    date: {a['date']}")
            out.append(f"    kind: {a['kind']}")
            out.append(f"    publication: {q(a['pub'])}")
            out.append(f"    volume: {a.get('vol') if a.get('vol') is not None else 'null'}")
            out.append(f"    issue: {a.get('iss') if a.get('iss') is not None else 'null'}")
            out.append(f"    text: [{rs}]")
        with open(self.name + ".labels.yml", "w") as f:
            f.write("\n".join(out) + "\n")
        TITLES[self.name] = dict(self.titles)
