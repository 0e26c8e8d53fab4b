# Helpers for the PDF-like issues of heldout27: a wrapper that hyphenates long words at line ends (as a justified
# PDF's text extraction shows them) and a pager that cuts the wrapped lines into pages with running furniture.
import zlib

VOWELS = set("aeiouy")

def hwrap(text, width, salt=0):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if not cur:
            cur = w; continue
        if len(cur) + 1 + len(w) <= width:
            cur += " " + w; continue
        room = width - len(cur) - 2
        core = w.rstrip(",.;:)\"'")
        k = 0
        if core.isalpha() and core[1:].islower() and len(core) >= 8 and room >= 4 and zlib.crc32((w + str(salt)).encode()) % 3:
            V = lambda c: c.lower() in VOWELS
            for j in range(min(room, len(core) - 3), 2, -1):
                if (V(core[j - 1]) and not V(core[j]) and V(core[j + 1])) or \
                   (V(core[j - 2]) and not V(core[j - 1]) and not V(core[j]) and V(core[j + 1]) and core[j - 1] != core[j] + "" and core[j-1:j+1] not in ("th", "ch", "sh", "ph", "ck", "ng")):
                    k = j; break
        if k:
            lines.append(cur + " " + w[:k] + "-"); cur = w[k:]
        else:
            lines.append(cur); cur = w
    if cur: lines.append(cur)
    return lines

class Doc:
    """Content lines with owners (article index or None), later cut into pages."""
    def __init__(self, width=72):
        self.items, self.width = [], width   # (text, owner, keep_with_next)
    def line(self, text="", art=None):
        for t in (text.split("\n") if text else [""]):
            self.items.append([t, art])
    def blank(self): self.items.append(["", None])
    def par(self, text, art=None, width=None, indent=""):
        for t in hwrap(text, (width or self.width) - len(indent), salt=len(self.items)):
            self.items.append([indent + t, art])
        self.blank()
    def pagebreak(self): self.items.append([None, "PAGEBREAK"])

def paginate(items, page_len, furniture):
    """furniture(n) -> (footer lines of page n, header lines of page n+1), or None for no break there.
    Returns (lines, owners). Pages are cut every page_len content lines or at a forced break."""
    lines, owners, count, page = [], [], 0, 1
    def brk():
        nonlocal page, count
        if count == 0: return          # a forced break on an empty page
        foot, head = furniture(page)
        # drop trailing blanks before the footer
        while lines and lines[-1] == "" : lines.pop(); owners.pop()
        for t in foot: lines.append(t); owners.append(None)
        for t in head: lines.append(t); owners.append(None)
        page += 1; count = 0
    for t, o in items:
        if o == "PAGEBREAK":
            brk(); continue
        if count >= page_len:
            brk()
            if t == "": continue
        if count == 0 and t == "" and lines and lines[-1] == "": continue
        lines.append(t); owners.append(o); count += 1
    foot, _ = furniture(page)
    while lines and lines[-1] == "": lines.pop(); owners.pop()
    for t in foot: lines.append(t); owners.append(None)
    return lines, owners
