import random, textwrap, sys, os
PLACES=["Korvath","Ellisund","Maraveno","Tessaly Gap","Ouradi","Branmoor","Sitka Vale","Pellinor","Durrow","Aquilae","Nerith","Coldwater Reach","Vantor","Imbrel","Saskeen","Halloway Basin"]
NOUNS=["convoys","checkpoints","militias","smugglers","recruiters","ferries","fuel depots","radio stations","tax collectors","border posts","river crossings","cattle markets","clinics","courts","mining camps","cooperatives"]
VERBS=["control","tax","protect","disrupt","monitor","supply","recruit from","negotiate with","patrol","seize"]
ADJ=["remote","contested","northern","coastal","upland","eastern","rural","forested","arid","sprawling"]
def sentence(r, seed):
    p=r.choice(PLACES); n=r.choice(NOUNS); v=r.choice(VERBS); a=r.choice(ADJ); n2=r.choice(NOUNS); p2=r.choice(PLACES)
    forms=[f"In the {a} districts around {p}, armed groups now {v} the {n} that once answered to the provincial government.",
      f"Officials in {p} say the {n} of {p2} have become harder to {v} since the spring, when fighting moved south.",
      f"Residents describe a slow change in which the {n} learned to {v} the {n2} without open violence.",
      f"The pattern in {p} is not new, but its scale is larger than in any year since local records began in {r.randint(1990,2015)}.",
      f"Analysts who follow the {a} borderlands argue that the {n} matter more than the fighters who {v} them.",
      f"According to traders interviewed in {p2}, payments to the {n} rose by about a third over the past year.",
      f"None of this means that the state has vanished from {p}; it means that it competes with others who {v} the {n2}."]
    return r.choice(forms)
def para(r, n):
    return " ".join(sentence(r,0) for _ in range(n))

class Doc:
    def __init__(s): s.lines=[]; s.arts=[]
    def add(s, text=""): s.lines.append(text); return len(s.lines)
    def blank(s): s.add("")
def emit_paras(doc, r, paras, wrap, blank_between, cur, footer=None, footer_every=0):
    ranges=cur
    for i,p in enumerate(paras):
        if wrap:
            ls=textwrap.wrap(p, 66)
        else:
            ls=[p]
        start=len(doc.lines)+1
        for l in ls: doc.add(l)
        ranges.append((start,len(doc.lines)))
        if blank_between: doc.blank()
        if footer and footer_every and (i+1)%footer_every==0 and i+1<len(paras):
            if not blank_between: doc.blank()
            doc.add(footer()); doc.blank()
    return ranges
def rng_str(ranges):
    # merge adjacent ranges (allow blank lines/headings between) - keep as list
    out=[]
    for a,b in ranges:
        out.append(f"{a}-{b}" if a!=b else f"{a}")
    return "["+", ".join(out)+"]"
def write(folder, name, doc, arts, sidecar, web=False):
    os.makedirs(folder, exist_ok=True)
    open(f"{folder}/{name}.txt","w").write("\n".join(doc.lines)+"\n")
    open(f"{folder}/{name}.yml","w").write(sidecar)
    y="# invented\n"+("one_line_per_paragraph: true\n" if web else "")+"articles:\n"
    for a in arts:
        y+=f"  - title: \"{a['title']}\"\n    authors: [{', '.join(chr(34)+x+chr(34) for x in a['authors'])}]\n    date: {a['date']}\n    kind: {a['kind']}\n    publication: \"{a['pub']}\"\n    volume: {a['vol']}\n    issue: {a['iss']}\n    text: {rng_str(a['ranges'])}\n"
    open(f"{folder}/{name}.labels.yml","w").write(y)
