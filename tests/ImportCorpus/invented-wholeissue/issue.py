import sys, random, textwrap
sys.path.insert(0,'/tmp/wigen')
from gen import *
def build(folder, name, seed, pub, masthead, date_iso, vol, iss, contents, briefs, features, wrap=True, blank=True,
          brief_label=None, brief_in_contents="BRIEFS", title_wrap=True, by_prefix=False, footer=None, tagline=None, publisher_line=None, sidecar=None, notes_heading="Notes"):
    r=random.Random(seed); d=Doc(); arts=[]
    d.add(pub.upper())
    if tagline: d.add(tagline)
    d.add(masthead)
    if publisher_line: d.add(publisher_line)
    d.blank()
    page=[1]
    def foot():
        page[0]+=1; return footer(page[0])
    # contents
    if contents:
        d.add(contents['heading']); d.blank()
        entries=[]
        if briefs and brief_in_contents: entries.append((brief_in_contents, briefs[0][1], 1))
        for k,(t,a) in enumerate(features): entries.append((t, a, 3+3*k))
        for t,a,pg in entries:
            au=" and ".join(a) if isinstance(a,list) else a
            st=contents['style']
            if st=='dotted':
                ls=textwrap.wrap(t,52) if len(t)>60 else [t]
                for l in ls[:-1]: d.add(l)
                d.add(ls[-1]+" "+"."*max(3,60-len(ls[-1]))+f" page {pg}")
                d.add(f"  by {au}")
            elif st=='dash':
                d.add(f"{t} — {au} — {pg}")
            elif st=='pmark':
                d.add(f"p.{pg}")
                ls=textwrap.wrap(t,50) if len(t)>55 else [t]
                for l in ls: d.add(l)
                d.add(au)
        d.blank()
    def article(t, authors, kind, nparas, headings, notes, bio):
        a={'title':t,'authors':authors,'date':date_iso,'kind':kind,'pub':pub,'vol':vol,'iss':iss,'ranges':[]}
        ls=textwrap.wrap(t,58) if (title_wrap and len(t)>62) else [t]
        for l in ls: d.add(l)
        au=" and ".join(authors)
        d.add(("By " if by_prefix else "")+au)
        d.blank()
        paras=[para(r, r.randint(3,5)) for _ in range(nparas)]
        chunks=[paras] if not headings else [paras[:2]]+[paras[2+i*2:4+i*2] for i in range(len(headings))]
        for ci,ch in enumerate(chunks):
            if ci>0:
                s=d.add(headings[ci-1]); a['ranges'].append((s,s)); d.blank()
            emit_paras(d, r, ch, wrap, blank, a['ranges'], footer and foot, 3 if footer else 0)
            if not blank: pass
        if not blank: d.blank()
        if notes:
            d.add(notes_heading); d.blank()
            for i in range(notes):
                s=d.add(f"[{i+1}] Interviews by the author in {r.choice(PLACES)}, {r.choice(['March','May','October'])} {r.randint(2021,2024)}.")
                a['ranges'].append((s,s))
            d.blank()
        if bio:
            d.add(bio); d.blank()
        if footer: d.add(foot()); d.blank()
        arts.append(a)
    if briefs:
        if brief_label: d.add(brief_label); d.blank()
        for t,a in briefs: article(t,[a],'brief',3,[],0, None)
        d.add(f"{briefs[0][1]} is the editor of {pub}."); d.blank()
    for t,a in features:
        authors=a if isinstance(a,list) else [a]
        bio=" ".join(f"{x} is a researcher who studies {r.choice(NOUNS)} in the {r.choice(ADJ)} regions." for x in authors)
        article(t,authors,'feature',6,["Background and Origins","What Comes Next"],3,bio)
    write(folder,name,d,arts,sidecar or f"publication: {pub}\n")
