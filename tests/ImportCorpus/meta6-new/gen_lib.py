"""Writes the meta6-dev cases (invented) and their labels: lines marked '>' are article text."""
import os

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

