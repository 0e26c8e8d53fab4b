# Layout helpers for heldout30/gen.py: a Doc collects lines and remembers which article owns each; page furniture is
# inserted (owned by no article) after every `page_len` printed lines, so page breaks fall where they fall, mid-sentence
# included. Labels are counted from the owners (format: ../README.md, "Files").
import re

def paras(block):
    """Paragraphs of a triple-quoted block: blank-line separated, inner newlines joined with spaces."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", block.strip()) if p.strip()]

class Doc:
    def __init__(self, name, page_len=None, furniture=None, hyph_every=0):
        self.name, self.lines, self.owner = name, [], []
        self.page_len, self.furniture, self.hyph_every = page_len, furniture, hyph_every
        self.count, self.page, self.breaks = 0, 1, 0

    def add(self, line="", art=None):
        for l in line.split("\n"):
            self.lines.append(l); self.owner.append(art if l.strip() else None)
            if self.page_len and l.strip():
                self.count += 1
                if self.count >= self.page_len:
                    self.count = 0; self.page += 1
                    for f in self.furniture(self.page - 1, self.page):
                        self.lines.append(f); self.owner.append(None)

    def blank(self):
        self.add("")

    def wrap(self, text, width):
        words, out, cur = text.split(), [], ""
        for w in words:
            if not cur: cur = w; continue
            if len(cur) + 1 + len(w) <= width: cur += " " + w; continue
            room = width - len(cur) - 2
            eligible = self.hyph_every and w.isalpha() and w.islower() and len(w) >= 8 and room >= 3
            if eligible: self.breaks += 1
            k = next((k for k in range(min(room, len(w) - 3), 2, -1)
                      if w[k - 1] not in "aeiouy" and w[k] not in "aeiouy"), None) if eligible else None
            if eligible and k and self.breaks % self.hyph_every == 0:
                out.append(cur + " " + w[:k] + "-"); cur = w[k:]
            else:
                out.append(cur); cur = w
        if cur: out.append(cur)
        return out

    def para(self, text, art=None, width=70):
        for l in self.wrap(text, width): self.add(l, art)

    def paras(self, block, art=None, width=70, gap=True):
        for p in paras(block):
            self.para(p, art, width)
            if gap: self.blank()

    def write(self, articles, sidecar=None, one_line=False):
        with open(self.name + ".txt", "w") as f: f.write("\n".join(self.lines).rstrip("\n") + "\n")
        if sidecar: open(self.name + ".yml", "w").write(sidecar.strip() + "\n")
        out = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % self.name]
        if one_line: out.append("one_line_per_paragraph: true")
        out.append("articles:")
        for k, a in enumerate(articles):
            nums = [i + 1 for i, o in enumerate(self.owner) if o == k]
            assert nums, (self.name, k)
            ranges, start, prev = [], None, None
            for n in nums:
                if start is None: start = prev = n; continue
                if all(not self.lines[m - 1].strip() for m in range(prev + 1, n)): prev = n; continue
                ranges.append((start, prev)); start = prev = n
            ranges.append((start, prev))
            text = ", ".join(str(x) if x == y else "%d-%d" % (x, y) for x, y in ranges)
            out += ['  - title: "%s"' % a["title"], "    authors: [%s]" % ", ".join('"%s"' % n for n in a["authors"]),
                    "    date: %s" % a["date"], "    kind: %s" % a["kind"], '    publication: "%s"' % a["publication"],
                    "    volume: %s" % a.get("volume", "null"), "    issue: %s" % a.get("issue", "null"),
                    "    text: [%s]" % text]
        open(self.name + ".labels.yml", "w").write("\n".join(out) + "\n")

def web(name, lines, label, sidecar=None, one_line=True):
    """A page as a list of lines; a line starting with '>' is article text (one article)."""
    d = Doc(name)
    for l in lines:
        if l.startswith(">"): d.add(l[1:], 0)
        else: d.add(l)
    d.write([label], sidecar, one_line)
    return d
