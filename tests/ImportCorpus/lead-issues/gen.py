import textwrap, os, sys, random
out=sys.argv[1]; os.makedirs(out, exist_ok=True)
class Doc:
    def __init__(s): s.lines=[]
    def add(s,t): s.lines.append(t); return len(s.lines)
    def blank(s): s.lines.append("")
def hyph_wrap(text, width, r):
    # wrap, then break some long words at the line end with a hyphen
    words=text.split(); lines=[]; cur=""
    for w in words:
        if len(cur)+1+len(w)<=width: cur=(cur+" "+w).strip(); continue
        room=width-len(cur)-2
        if len(w)>=9 and room>=4 and r.random()<0.6:
            cut=min(room, len(w)-3)
            for k in range(cut,3,-1):
                if w[k-1] not in "aeiou" and w[k] not in "aeiou" and w[:k].isalpha():
                    lines.append(cur+" "+w[:k]+"-"); cur=w[k:]; break
            else:
                lines.append(cur); cur=w
        else:
            lines.append(cur); cur=w
    if cur: lines.append(cur)
    return lines
def labels(path, arts, olpp):
    with open(path,'w') as f:
        f.write(f"# Labels for {os.path.basename(path).replace('.labels.yml','.txt')} (format: tests/ImportCorpus/README.md)\n")
        f.write(f"one_line_per_paragraph: {'true' if olpp else 'false'}\narticles:\n")
        for a in arts:
            rs=[]
            for s,e in a['ranges']:
                if rs and rs[-1][1]+1>=s: rs[-1]=(rs[-1][0],e)
                else: rs.append((s,e))
            txt=", ".join(f"{s}-{e}" if s!=e else f"{s}" for s,e in rs)
            au=", ".join(f'"{x}"' for x in a['authors'])
            f.write(f"  - title: \"{a['title']}\"\n    authors: [{au}]\n    date: {a['date']}\n    kind: {a['kind']}\n    publication: \"{a['pub']}\"\n    volume: {a['vol'] if a['vol'] is not None else 'null'}\n    issue: {a['iss'] if a['iss'] is not None else 'null'}\n    text: [{txt}]\n")
