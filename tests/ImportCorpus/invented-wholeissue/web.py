import sys, random
sys.path.insert(0,'/tmp/wigen')
from gen import *
def build_web(folder, name, seed, pub, title, authors, date_iso, date_line, vol, iss, chrome, pubfield_inline=True, headings=True, caption=None, notes=3):
    r=random.Random(seed); d=Doc()
    for c in chrome: d.add(c)
    if pubfield_inline: d.add(f"{title}; Publication: {pub} Volume: {vol} Issue: {iss}")
    else:
        d.add(title); d.add(f"Publication: {pub} Volume: {vol} Issue: {iss}")
    d.add("By: "+" and ".join(authors)); d.add(date_line); d.add("Print"); d.add("Email")
    a={'title':title,'authors':authors,'date':date_iso,'kind':'feature','pub':pub,'vol':vol,'iss':iss,'ranges':[]}
    for k in range(6):
        if headings and k in (2,4):
            s=d.add(["Origins of the Dispute","Looking Ahead"][k//2-1]); a['ranges'].append((s,s)); d.blank()
        if caption and k==3: d.add(caption); d.blank()
        s=d.add(para(r,r.randint(3,5))); a['ranges'].append((s,s)); d.blank()
    if notes:
        d.add("Notes"); d.blank()
        for i in range(notes):
            s=d.add(f"[{i+1}] Report of the regional council of {r.choice(PLACES)}, {r.randint(2020,2024)}."); a['ranges'].append((s,s)); d.blank()
    write(folder,name,d,[a],f"url: https://www.monitor-archive.example/program/{name}/\n", web=True)
