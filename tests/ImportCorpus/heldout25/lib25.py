# Helpers for heldout25's gen.py: a paginating PDF-text issue (running furniture inserted every N lines, wherever
# the page ends, hyphenation at a consonant pair for words of eight letters or more) on top of corpusgen.Issue.
import re, sys
sys.path.insert(0, '..')
from corpusgen import Issue, arts, write

CONS = set('bcdfghjklmnpqrstvwxz')
DIGRAPHS = {'ch', 'sh', 'th', 'ph', 'ck', 'gh', 'wh', 'qu', 'ng'}
ONSETS = {'bl', 'br', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'pl', 'pr', 'sc', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sw', 'tr', 'tw'}

def hwrap(text, width, hyphen=True, minlen=8):
    lines, cur = [], ''
    for w in text.split():
        while True:
            cand = w if not cur else cur + ' ' + w
            if len(cand) <= width:
                cur = cand; break
            split = None
            core = w.rstrip('.,;:)”’"\'')
            room = width - (len(cur) + 1 if cur else 0) - 1
            if hyphen and len(core) >= minlen and core.isalpha() and core[0].islower():
                for i in range(len(core) - 3, 2, -1):
                    if i <= room and core[i - 1] in CONS and core[i] in CONS and core[i - 1:i + 1] not in DIGRAPHS and core[i:i + 2] not in ONSETS:
                        split = i; break
            if split:
                lines.append((cur + ' ' if cur else '') + w[:split] + '-'); cur = ''; w = w[split:]
            else:
                if cur: lines.append(cur); cur = ''
                else: cur = w; break
    if cur: lines.append(cur)
    return lines

def curly(s):
    s = s.replace("'", '\u2019')
    s = re.sub(r'"(?=\w)', '\u201c', s)
    return s.replace('"', '\u201d')

class PdfIssue(Issue):
    """Lines with an owner; after every page_len lines the page's furniture (owner None) is put in, mid-paragraph or not."""
    def __init__(self, name, width, page_len, furniture, hyphen=True, blanks=True):
        super().__init__(name)
        self.width, self.page_len, self.furniture, self.hyphen, self.blanks = width, page_len, furniture, hyphen, blanks
        self.page, self.on_page = 1, 0
    def add(self, text="", art=None):
        for line in (text.split("\n") if text else [""]):
            if self.on_page >= self.page_len:
                self.page += 1; self.on_page = 0
                for f in self.furniture(self.page):
                    self.lines.append(f); self.owner.append(None)
            self.lines.append(line); self.owner.append(art); self.on_page += 1
    def p(self, text, art, width=None):
        for line in hwrap(text, width or self.width, self.hyphen):
            self.add(line, art)
        if self.blanks: self.add('', None)
    def raw(self, text, art=None):
        for line in text.split('\n'): self.add(line, art)
    def write(self, articles, sidecar):
        import os
        super().write(articles, sidecar)
        if not sidecar: os.remove(self.name + '.yml')
    def pages(self, n):
        self.page_len = n
