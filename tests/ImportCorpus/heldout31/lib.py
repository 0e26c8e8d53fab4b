# Layout helpers for heldout31's gen.py: paragraphs of PDF-like text with a hyphenated line end and a page break
# (running header/footer, page number) falling inside the paragraph. Labels are counted by corpusgen.Issue.
import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from corpusgen import Issue, wrap, write  # noqa: F401


# where a word is split at a line end, as a typesetter would hyphenate it
SPLITS = {"predictable": 7, "hostages": 3, "building": 5, "kidnappings": 6, "negotiations": 5, "electronics": 4,
          "encampment": 2, "expects": 2, "components": 3, "dispute": 3, "described": 2, "supervision": 5,
          "commanders": 3, "connections": 3, "participants": 5, "gendarmerie": 4, "pastures": 3, "alliances": 3,
          "impartiality": 5, "negotiator": 5, "ransom": 3, "grievances": 5, "pastoral": 3, "lineages": 3,
          "relationships": 8, "suspicion": 3, "recruiting": 5, "deliberate": 2, "themselves": 4, "frequencies": 4,
          "announcements": 8, "throughout": 7, "administrative": 5, "reconciliation": 5, "territory": 5,
          "instead": 2, "younger": 5, "themes": 5, "inheritance": 2, "accompanied": 2, "leadership": 6,
          "government": 3, "dismantled": 3, "strategy": 5, "capable": 3, "experimenting": 6, "carefully": 4}


def hyphenate(lines, at):
    """Split the first word of line at+1 across the break after line `at` (a PDF's hyphenated line end)."""
    if at is None or at + 1 >= len(lines):
        return lines
    words = lines[at + 1].split(' ')
    w = words[0]
    if len(w) < 7 or not w.isalpha():
        # find a later line whose first word is long enough
        return lines
    cut = SPLITS.get(w.rstrip('.,;:'))
    if cut is None:
        return lines
    lines = list(lines)
    lines[at] = lines[at] + ' ' + w[:cut] + '-'
    lines[at + 1] = w[cut:] + (' ' + ' '.join(words[1:]) if len(words) > 1 else '')
    return lines


def para(iss, text, art, width=70, hy=None, brk=None, furniture=()):
    """Add a wrapped paragraph; hy: hyphenate after that line; brk: insert `furniture` lines after line brk."""
    lines = wrap(text, width)
    if hy is not None:
        # move to the first line at or after `hy` whose follower starts with a long alphabetic word
        for k in range(hy, len(lines) - 1):
            w = lines[k + 1].split(' ')[0]
            if w.rstrip('.,;:') in SPLITS and w.islower():
                lines = hyphenate(lines, k); break
    for k, line in enumerate(lines):
        iss.add(line, art)
        if brk is not None and k == brk:
            for f in furniture:
                iss.add(f, None)
    iss.add()


def block(iss, text, art=None):
    for line in text.strip('\n').split('\n'):
        iss.add(line, art)
