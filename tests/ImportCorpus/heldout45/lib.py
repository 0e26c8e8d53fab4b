"""heldout45 generator library: every line is owned by an article (its index) or by nobody (None);
the label ranges are computed from that ownership."""
import re

class Doc:
    def __init__(self, name, blank=True, width=78, web=False):
        self.name = name          # file stem, e.g. j01_...
        self.blank = blank        # blank line after each paragraph / block
        self.width = width
        self.web = web            # one_line_per_paragraph
        self.lines = []           # [text, owner]
        self.arts = []
        self.blocks = {}          # page furniture blocks for ^X
        self.sidecar = None
        self.notes = []           # labelling comments

    # --- articles -------------------------------------------------------
    def art(self, title, authors, date, kind, publication, volume=None, issue=None):
        self.arts.append(dict(title=title, authors=authors, date=date, kind=kind,
                              publication=publication, volume=volume, issue=issue))
        return len(self.arts) - 1

    # --- lines ----------------------------------------------------------
    def _add(self, text, owner):
        self.lines.append([text, owner])

    def gap(self):
        if self.blank and self.lines and self.lines[-1][0] != '':
            self._add('', None)

    def f(self, *texts):
        """furniture / non-text lines, one per argument ('' = blank line)."""
        for t in texts:
            self._add(t, None)
        self.gap()

    def fl(self, *texts):
        """furniture lines without a trailing gap."""
        for t in texts:
            self._add(t, None)

    def t(self, owner, *texts):
        """article lines, one per argument (web paragraphs, headings), each followed by a gap."""
        for t in texts:
            self._add(t, owner)
            self.gap()

    def tl(self, owner, *texts):
        """article lines without gaps between them (lists)."""
        for t in texts:
            self._add(t, owner)
        self.gap()

    def p(self, owner, text, width=None, indent=''):
        """a wrapped paragraph. '~' inside a word: line-end hyphen there (forced break);
        '^X' as a word: page break printing furniture block X (forced break)."""
        width = width or self.width
        words = text.split()
        cur = indent
        def flush():
            nonlocal cur
            if cur.strip():
                self._add(cur.rstrip(), owner)
            cur = ''
        for w in words:
            if w.startswith('^') and len(w) > 1 and w[1:] in self.blocks:
                flush()
                for bl in self.blocks[w[1:]]:
                    self._add(bl, None)
                continue
            if '~' in w:
                a, b = w.split('~', 1)
                if cur and len(cur) + 1 + len(a) + 1 > width:
                    flush()
                cur = (cur + ' ' if cur.strip() else cur) + a + '-'
                flush()
                cur = b
                continue
            if cur.strip() and len(cur) + 1 + len(w) > width:
                flush()
            cur = (cur + ' ' if cur.strip() else cur) + w
        flush()
        self.gap()

    def block(self, key, *lines):
        self.blocks[key] = list(lines)

    # --- output ---------------------------------------------------------
    def strip_end(self):
        while self.lines and self.lines[-1][0] == '':
            self.lines.pop()

    def ranges(self):
        self.strip_end()
        out = {i: [] for i in range(len(self.arts))}
        cur_owner, start, last = None, None, None
        def close():
            if cur_owner is not None:
                out[cur_owner].append((start, last))
        for n, (text, owner) in enumerate(self.lines, 1):
            if text == '':
                continue
            if owner != cur_owner:
                close()
                cur_owner, start = owner, n
            last = n
        close()
        return out

    def text(self):
        self.strip_end()
        return '\n'.join(l[0] for l in self.lines) + '\n'

    def labels(self):
        rs = self.ranges()
        o = [f'# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)']
        for c in self.notes:
            o.append('# ' + c)
        if self.web:
            o.append('one_line_per_paragraph: true')
        o.append('articles:')
        def q(s):
            return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
        for i, a in enumerate(self.arts):
            o.append(f'  - title: {q(a["title"])}')
            o.append('    authors: [' + ', '.join(q(x) for x in a['authors']) + ']')
            o.append(f'    date: {a["date"]}')
            o.append(f'    kind: {a["kind"] if a["kind"] else "null"}')
            o.append(f'    publication: {q(a["publication"])}')
            o.append(f'    volume: {a["volume"] if a["volume"] is not None else "null"}')
            o.append(f'    issue: {a["issue"] if a["issue"] is not None else "null"}')
            o.append('    text: [' + ', '.join(f'{s}-{e}' if s != e else f'{s}' for s, e in rs[i]) + ']')
        return '\n'.join(o) + '\n'
