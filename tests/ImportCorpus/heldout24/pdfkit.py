# Helpers for heldout24's gen.py: wrapping with line-end hyphenation and pagination with page furniture.
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from corpusgen import Issue

VOW = set('aeiouyAEIOUY')
DIGRAPHS = {'th', 'sh', 'ch', 'ph', 'ck', 'wh', 'gh', 'qu', 'ng', 'tr', 'pr', 'bl', 'cl', 'fl', 'gr', 'br', 'cr', 'dr', 'pl', 'st', 'sc', 'sp'}

def hwrap(text, width, minlen=8, hyphenate=True):
    """Greedy wrap; a word of minlen letters or more that does not fit is split between two consonants."""
    lines, cur = [], ''
    for w in text.split():
        if not cur:
            cur = w; continue
        if len(cur) + 1 + len(w) <= width:
            cur += ' ' + w; continue
        m = re.match(r'^[A-Za-z]+', w)
        done = False
        if hyphenate and m and len(m.group()) >= minlen and '-' not in w:
            core = m.group(); room = width - len(cur) - 2
            for i in range(min(room, len(core) - 3), 2, -1):
                a, b = core[i - 1], core[i]
                nxt = core[i + 1] if i + 1 < len(core) else ''
                if (a not in VOW and b not in VOW and (a + b).lower() not in DIGRAPHS and core[i - 2:i].lower() not in DIGRAPHS
                        and nxt in VOW and a.isalpha() and b.isalpha()):
                    lines.append(cur + ' ' + w[:i] + '-'); cur = w[i:]; done = True; break
        if not done:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

class Pdf:
    """Lines of a PDF's text, with page furniture inserted after every page_len lines (possibly mid-paragraph)."""
    def __init__(self, name, page_len, furniture, width, blank_between=True, indent='', hyph_break_pages=()):
        self.iss, self.page_len, self.furniture, self.width = Issue(name), page_len, furniture, width
        self.blank_between, self.indent, self.page, self.n = blank_between, indent, 1, 0
        self.hyph_break_pages = set(hyph_break_pages)
    def add(self, text='', art=None):
        for line in (text.split('\n') if text else ['']):
            self.iss.add(line, art); self.n += 1
            last_hyph = line.endswith('-') and line[-2:-1].isalpha()
            if self.n >= self.page_len and (self.page not in self.hyph_break_pages or last_hyph or self.n >= self.page_len + 12):
                self.brk()
    def brk(self):
        self.page += 1; self.n = 0
        for l in self.furniture(self.page):
            self.iss.add(l, None)
    def para(self, text, art, width=None, hyphenate=True):
        lines = hwrap(text, width or self.width, hyphenate=hyphenate)
        for i, l in enumerate(lines):
            self.add((self.indent if i == 0 else '') + l, art)
        if self.blank_between: self.add('')
    def write(self, articles, sidecar):
        self.iss.write(articles, sidecar or '')
        if not sidecar: os.remove(self.iss.name + '.yml')
