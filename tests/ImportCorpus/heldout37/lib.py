"""Helpers for heldout37: build a raw file line by line, tagging each line with the article it belongs to,
and write the .txt, .labels.yml and sidecar .yml from it (ranges are counted, never typed)."""
import json
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


def _greedy(words, width):
    lines, cur, hyph = [], '', False
    for w in words:
        if '¬' in w:
            head, tail = w.split('¬')
            whole = head + tail
            if not cur or len(cur) + 1 + len(whole) <= width:
                cur = (cur + ' ' + whole).strip()
            elif len(cur) + 1 + len(head) + 1 <= width:
                lines.append(cur + ' ' + head + '-')
                cur, hyph = tail, True
            else:
                lines.append(cur)
                cur = whole
        elif cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w).strip()
    if cur:
        lines.append(cur)
    return lines, hyph


def wrap_hyphen(text, width):
    """Wrap text greedily; a word holding '¬' is split there with a line-end hyphen (the width is narrowed a little
    until the word falls across a line end)."""
    words = text.split()
    if not any('¬' in w for w in words):
        return textwrap.wrap(text, width, break_on_hyphens=False)
    for wd in range(width, width - 30, -1):
        lines, hyph = _greedy(words, wd)
        if hyph:
            return lines
    raise ValueError('no hyphen: ' + text[:40])


class Doc:
    """lines: list of (tag, text); tag is '.' (not text), n (text of article n) or ('t', n) (a title line)."""

    def __init__(self, width=92):
        self.lines = []
        self.width = width
        self.on_page_break = None  # callable(doc) that appends page furniture

    def f(self, *lines):
        for l in lines:
            self.lines.append(('.', l))

    def b(self, k=1):
        for _ in range(k):
            self.lines.append(('.', ''))

    def t(self, n, *lines):
        for l in lines:
            self.lines.append((('t', n), l))

    def x(self, n, *lines):
        for l in lines:
            self.lines.append((n if l.strip() else '.', l))

    def p(self, n, text, blank=True, width=None):
        """A wrapped paragraph of article n. '¦' forces a line break, '¬' a line-end hyphen inside a word,
        '{PAGE}' a page break (the page furniture falls between the halves of the sentence)."""
        width = width or self.width
        text = ' '.join(text.split())
        pages = text.split('{PAGE}')
        for i, part in enumerate(pages):
            for seg in part.strip().split('¦'):
                seg = seg.strip()
                if seg:
                    for l in wrap_hyphen(seg, width):
                        self.lines.append((n, l))
            if i < len(pages) - 1:
                self.page_break()
        if blank:
            self.b()

    def page_break(self):
        self.on_page_break(self)

    def src(self, s):
        """Tagged source: each line 'TAG text' with TAG '.', a digit (article text) or 'tN' (title); empty = blank."""
        for raw in s.strip('\n').split('\n'):
            if raw.strip() in ('', '.'):
                self.b()
                continue
            tag, _, text = raw.partition(' ')
            if tag == '.':
                self.f(text)
            elif tag.startswith('t'):
                self.t(int(tag[1:]), text)
            else:
                self.x(int(tag), text)

    def ranges(self, n):
        nums = [i + 1 for i, (tag, _) in enumerate(self.lines) if tag == n]
        out = []
        for k in nums:
            if out and all(not self.lines[j - 1][1].strip() for j in range(out[-1][1] + 1, k)):
                out[-1][1] = k
            else:
                out.append([k, k])
        return out

    def titles(self, n):
        return [i + 1 for i, (tag, _) in enumerate(self.lines) if tag == ('t', n)]


def q(s):
    return json.dumps(s, ensure_ascii=False)


def write(name, doc, arts, one_line=False, sidecar=None, notes=()):
    text = '\n'.join(l for _, l in doc.lines) + '\n'
    with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text)
    out = ['# Labels for %s.txt (format: tests/ImportCorpus/README.md)' % name]
    for note in notes:
        out.append('# ' + note)
    if one_line:
        out.append('one_line_per_paragraph: true')
    out.append('articles:')
    for i, a in enumerate(arts, 1):
        rs = doc.ranges(i)
        assert rs, (name, i)
        out.append('  - title: %s' % q(a['title']))
        out.append('    authors: [%s]' % ', '.join(q(x) for x in a['authors']))
        out.append('    date: %s' % a['date'])
        out.append('    kind: %s' % a['kind'])
        out.append('    publication: %s' % q(a['publication']))
        out.append('    volume: %s' % ('null' if a.get('volume') is None else a['volume']))
        out.append('    issue: %s' % ('null' if a.get('issue') is None else a['issue']))
        out.append('    text: [%s]' % ', '.join(str(s) if s == e else '%d-%d' % (s, e) for s, e in rs))
    with open(os.path.join(HERE, name + '.labels.yml'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(out) + '\n')
    side = os.path.join(HERE, name + '.yml')
    if sidecar:
        with open(side, 'w', encoding='utf-8') as fh:
            fh.write(''.join('%s: %s\n' % (k, v) for k, v in sidecar.items()))
    elif os.path.exists(side):
        os.remove(side)
