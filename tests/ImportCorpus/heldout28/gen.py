# heldout28: a blind set (file names start with j), January-March 2032. All text invented for this set.
# `python3 gen.py` rewrites every .txt, sidecar .yml and .labels.yml here. Whole issues use corpusgen.Issue (with page
# furniture inserted between pages, sometimes in the middle of a sentence); web pages use corpusgen.write ('>' lines).
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from corpusgen import Issue, arts, write
os.chdir(HERE)

VOWELS = set("aeiouy")
DIGRAPHS = {"th", "ch", "sh", "ph", "gh", "ck", "wh", "qu", "ng"}

def split_point(word, room):
    """Where a long word may be hyphenated: between two consonants (not a digraph), prefix at most `room` long."""
    core = word.rstrip('.,;:)"\'’”')
    if len(core) < 9 or not core.isalpha(): return None
    for i in range(min(len(core) - 3, room), 3, -1):
        a, b = core[i - 1].lower(), core[i].lower()
        if a not in VOWELS and b not in VOWELS and a + b not in DIGRAPHS:
            return i
    return None

def hwrap(par, width=68, hyph=True):
    lines, cur = [], ""
    for w in par.split():
        if not cur: cur = w; continue
        if len(cur) + 1 + len(w) <= width: cur += " " + w; continue
        i = split_point(w, width - len(cur) - 2) if hyph else None
        if i: lines.append(cur + " " + w[:i] + "-"); cur = w[i:]
        else: lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

class Pdf(Issue):
    """An issue whose text runs over pages of `lpp` lines; `brk(page)` gives the lines between pages (footer of the
    page ending, header of page `page`). With `hyph_pb`, a long word at a page break is split across it."""
    def __init__(self, name, lpp, brk, hyph_pb=0, width=68):
        super().__init__(name); self.lpp, self.brk, self.hyph_pb, self.width = lpp, brk, hyph_pb, width
        self.n, self.page = 0, 1
    def raw(self, line):
        Issue.add(self, line, None)
    def pagebreak(self, line=None, art=None):
        if line is not None and self.hyph_pb and art is not None and self.lines and self.owner[-1] == art:
            first, _, rest = line.partition(" ")
            i = split_point(first, len(first) - 3)
            if i and rest:
                self.lines[-1] += " " + first[:i] + "-"; line = first[i:] + " " + rest; self.hyph_pb -= 1
        self.page += 1; self.n = 0
        for fl in self.brk(self.page): self.raw(fl)
        return line
    def add(self, text="", art=None):
        for line in (text.split("\n") if text else [""]):
            if self.n >= self.lpp and line.strip(): line = self.pagebreak(line, art)
            Issue.add(self, line, art if line.strip() else None)
            self.n += 1
    def newpage(self):
        while self.lines and not self.lines[-1].strip(): self.lines.pop(); self.owner.pop()
        self.pagebreak()
    def para(self, text, art, width=None):
        for l in hwrap(text, width or self.width): self.add(l, art)
        self.add()
    def body(self, art, items):
        for it in items:
            if it.startswith("## "): self.add(it[3:], art); self.add()
            else: self.para(it, art)
    def notes(self, art, head, items, fmt=lambda i: "[%d] " % i, blank=False):
        if head: self.add(head); self.add()
        for i, n in enumerate(items, 1):
            for l in hwrap(fmt(i) + n, self.width, hyph=False): self.add(l, art)
            if blank: self.add()
        self.add()
    def done(self, articles, sidecar=None):
        while self.lines and not self.lines[-1].strip(): self.lines.pop(); self.owner.pop()
        self.write(articles, sidecar or "")
        if sidecar is None: os.remove(self.name + ".yml")

def words(items):
    return sum(len(i.split()) for i in items)

