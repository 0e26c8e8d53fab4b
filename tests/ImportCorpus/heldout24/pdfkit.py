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


def unwrap(name, ranges, furniture=lambda l: False):
    """The paragraphs of lines `ranges` of NAME.txt, unwrapped and with line-end hyphens joined (for web versions)."""
    lines = open(name + '.txt').read().split('\n')
    pars, cur = [], ''
    for a, b in ranges:
        chunk = [l.strip() for l in lines[a - 1:b]]
        keep = []
        for i, l in enumerate(chunk):
            if l and furniture(l): continue
            near = lambda j: 0 <= j < len(chunk) and chunk[j] and furniture(chunk[j])
            if not l and (near(i - 1) or near(i + 1)): continue
            keep.append(l)
        for l in keep:
            if not l or furniture(l):
                if not l and cur: pars.append(cur); cur = ''
                continue
            if cur.endswith('-') and cur[-2:-1].isalpha() and l[:1].islower(): cur = cur[:-1] + l
            elif cur: cur += ' ' + l
            else: cur = l
    if cur: pars.append(cur)
    return pars


def fill_blanks(lines):
    """Mark blank lines lying between two article lines ('>') as article lines too, so ranges run across them."""
    out = list(lines)
    for i, l in enumerate(out):
        if l == '':
            j = i - 1
            while j >= 0 and out[j] in ('', '>'): j -= 1
            k = i + 1
            while k < len(out) and out[k] in ('', '>'): k += 1
            if j >= 0 and k < len(out) and out[j].startswith('>') and out[k].startswith('>'): out[i] = '>'
    return out

def wrapped(text, width, mark=True, hyphenate=False, indent=''):
    return [('>' if mark else '') + indent + l for l in hwrap(text, width - len(indent), hyphenate=hyphenate)]
