"""heldout47's own tiny writer: every line is owned by one article (its text) or by nobody; ranges come from ownership."""
import textwrap, os

class Doc:
    def __init__(self, name, web=False, width=80, comments=(), sidecar=None, hyph=0):
        self.hyph, self._chance = hyph, 0
        self.name, self.web, self.width = name, web, width
        self.lines = []          # [text, owner]
        self.arts = []
        self.blocks = {}
        self.comments = list(comments)
        self.sidecar = sidecar   # dict or None

    def art(self, title, authors, date, kind, publication, volume=None, issue=None):
        self.arts.append(dict(title=title, authors=authors, date=date, kind=kind, publication=publication,
                              volume=volume, issue=issue))
        return len(self.arts) - 1

    def f(self, *lines):
        for l in lines:
            self.lines.append([l, None])

    def t(self, a, *lines):
        for l in lines:
            self.lines.append([l, a])

    def block(self, key, *lines):
        self.blocks[key] = list(lines)

    def p(self, a, text, width=None):
        """A paragraph owned by a (None: furniture). Web: one line. PDF: wrapped; `~` in a word breaks it there
        with a hyphen; a token `^X` is a page break printing block X."""
        if self.web:
            self.lines.append([text.replace('~', ''), a])
            return
        width = width or self.width
        cur = ''
        def flush():
            nonlocal cur
            if cur:
                self.lines.append([cur, a])
            cur = ''
        for tok in text.split():
            if tok.startswith('^') and len(tok) > 1:
                flush()
                for l in self.blocks[tok[1:]]:
                    self.lines.append([l, None])
                continue
            if '~' in tok:
                head, tail = tok.split('~', 1)
                whole = tok.replace('~', '')
                cand = (cur + ' ' + whole) if cur else whole
                if len(cand) <= width or not cur:
                    cur = cand
                    continue
                piece = (cur + ' ' + head + '-') if cur else head + '-'
                if len(piece) <= width:
                    self.lines.append([piece, a])
                    cur = tail.replace('~', '')
                else:
                    flush()
                    cur = whole
                continue
            cand = (cur + ' ' + tok) if cur else tok
            if len(cand) > width and cur and self.hyph and tok.rstrip('.,;:').isalpha() and tok.islower() and len(tok.rstrip('.,;:')) >= 8:
                self._chance += 1
                if self._chance % self.hyph == 0:
                    vowels = 'aeiouy'
                    w = tok.rstrip('.,;:')
                    rng = range(4, len(w) - 3)
                    cuts = [i for i in rng if w[i-2] in vowels and w[i-1] not in vowels and w[i] not in vowels
                            and (w[i+1] in vowels or w[i+1] in 'rlh') and w[i-1:i+1] not in ('ch', 'sh', 'th', 'ph', 'ck', 'ng')]
                    cuts = cuts or [i for i in rng if w[i-1] in vowels and w[i] not in vowels and w[i+1] in vowels]
                    cuts = [i for i in cuts if len(cur + ' ' + tok[:i] + '-') <= width]
                    if cuts:
                        i = cuts[-1]
                        self.lines.append([cur + ' ' + tok[:i] + '-', a])
                        cur = tok[i:]
                        continue
            if len(cand) > width and cur:
                flush()
                cur = tok
            else:
                cur = cand
        flush()

    def ranges(self, a):
        out = []
        start = last = None
        for i, (l, o) in enumerate(self.lines, 1):
            if o == a:
                if start is None:
                    start = i
                last = i
            elif l.strip() == '':
                continue
            else:
                if start is not None:
                    out.append((start, last)); start = None
        if start is not None:
            out.append((start, last))
        return out

    def write(self, folder):
        base = os.path.join(folder, self.name)
        with open(base + '.txt', 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(l for l, _ in self.lines) + '\n')
        if self.sidecar:
            with open(base + '.yml', 'w', encoding='utf-8') as fh:
                for k, v in self.sidecar.items():
                    fh.write(f'{k}: {v}\n')
        elif os.path.exists(base + '.yml'):
            os.remove(base + '.yml')
        q = lambda s: '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'
        out = [f'# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)']
        out += ['# ' + c for c in self.comments]
        if self.web:
            out.append('one_line_per_paragraph: true')
        out.append('articles:')
        for i, m in enumerate(self.arts):
            rs = ', '.join(f'{s}' if s == e else f'{s}-{e}' for s, e in self.ranges(i))
            out.append(f'  - title: {q(m["title"])}')
            out.append('    authors: [' + ', '.join(q(x) for x in m['authors']) + ']')
            out.append(f'    date: {m["date"]}')
            out.append('    kind: ' + (m['kind'] if m['kind'] else 'null'))
            out.append(f'    publication: {q(m["publication"])}')
            out.append('    volume: ' + (str(m['volume']) if m['volume'] is not None else 'null'))
            out.append('    issue: ' + (str(m['issue']) if m['issue'] is not None else 'null'))
            out.append(f'    text: [{rs}]')
        with open(base + '.labels.yml', 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(out) + '\n')
