# Shared by the gen.py scripts of invented whole issues: an Issue collects lines, remembers which article owns each,
# and writes the raw text, the sidecar and the labels (text ranges counted from the owners). Format: README.md.
import textwrap

def wrap(par, width=68):
    return textwrap.wrap(par, width)

class Issue:
    def __init__(self, name):
        self.name, self.lines, self.owner = name, [], []
    def add(self, text="", art=None):
        for line in (text.split("\n") if text else [""]):
            self.lines.append(line); self.owner.append(art)
    def para(self, text, art, width=68):
        for line in wrap(text, width):
            self.add(line, art)
    def write(self, articles, sidecar):
        with open(self.name + ".txt", "w") as f: f.write("\n".join(self.lines) + "\n")
        with open(self.name + ".yml", "w") as f: f.write(sidecar)
        out = ["# Labels for %s.txt (format: tests/ImportCorpus/README.md)" % self.name, "articles:"]
        for k, a in enumerate(articles):
            nums = [i + 1 for i, o in enumerate(self.owner) if o == k]
            ranges, start, prev = [], None, None
            for n in nums:
                if start is None: start = prev = n; continue
                if n == prev + 1 or all(not self.lines[m - 1].strip() for m in range(prev + 1, n)): prev = n; continue
                ranges.append((start, prev)); start = prev = n
            ranges.append((start, prev))
            text = ", ".join(str(a_) if a_ == b_ else "%d-%d" % (a_, b_) for a_, b_ in ranges)
            out += ['  - title: "%s"' % a["title"], "    authors: [%s]" % ", ".join('"%s"' % n for n in a["authors"]),
                    "    date: %s" % a["date"], "    kind: %s" % a["kind"], '    publication: "%s"' % a["publication"],
                    "    volume: %s" % a["volume"], "    issue: %s" % a["issue"], "    text: [%s]" % text]
        with open(self.name + ".labels.yml", "w") as f: f.write("\n".join(out) + "\n")


# The articles of one issue: (title, authors, kind) each, with the issue's publication, date and numbers.
def arts(pub, date, volume, issue, *items):
    return [dict(title=t, authors=a, kind=k, publication=pub, date=date, volume=volume, issue=issue) for t, a, k in items]


# A web page written as lines, those marked '>' being article text (meta6-dev, meta6-new).
def write(name, lines, labels, sidecar=None, one_line=True):
    text, body = [], []
    for l in lines:
        if l.startswith('>'):
            body.append(len(text) + 1); l = l[1:]
        text.append(l)
    open(name + '.txt', 'w').write('\n'.join(text) + '\n')
    # ranges of consecutive article lines
    ranges, start = [], None
    for i, n in enumerate(body):
        if start is None: start = n
        if i + 1 == len(body) or body[i + 1] != n + 1:
            ranges.append(f'{start}-{n}' if n > start else f'{n}'); start = None
    out = [f'# Labels for {name}.txt (format: tests/ImportCorpus/README.md)']
    if one_line: out.append('one_line_per_paragraph: true')
    out.append('articles:')
    l = labels
    out += [f'  - title: "{l["title"]}"', f'    authors: [{", ".join(chr(34)+a+chr(34) for a in l["authors"])}]',
            f'    date: {l["date"]}', f'    kind: {l["kind"]}', f'    publication: "{l["publication"]}"',
            f'    volume: {l.get("volume", "null")}', f'    issue: {l.get("issue", "null")}', f'    text: [{", ".join(ranges)}]']
    open(name + '.labels.yml', 'w').write('\n'.join(out) + '\n')
    if sidecar: open(name + '.yml', 'w').write(sidecar + '\n')
