import random, sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
from gen import *
r=random.Random(7)
SUBJ=["Local officials","The militia's commanders","Fishing cooperatives","Two provincial governors","Smuggling crews","Residents of the river towns","Army engineers","The regional police","Aid workers","Boat owners"]
VERB=["have begun to negotiate","complained for months about","quietly accepted","tried to regulate","paid regularly for","refused to discuss","described in interviews","reported a sharp rise in","turned a blind eye to","organised patrols against"]
OBJ=["the informal tolls on cargo barges","the new checkpoints near the ferry crossings","the movement of fuel across the border","protection payments collected at night","the recruitment of unemployed young men","the cost of passage for traders","the seizure of outboard engines","the ransom demands that followed each raid","the lists of boats allowed to sail","the rules set by the armed committee"]
TAIL=["since the floods of last spring","according to three people familiar with the matter","even after the governor's announcement","in the districts furthest from the capital","although the figures remain disputed","while the national army was redeployed elsewhere","despite repeated promises of reform","as prices for diesel doubled","in at least four market towns","during the long dry season"]
def sent():
    return f"{r.choice(SUBJ)} {r.choice(VERB)} {r.choice(OBJ)} {r.choice(TAIL)}."
def para(n=None): return " ".join(sent() for _ in range(n or r.randint(3,5)))

def emit(d, a, text, width, pagebreak=None):
    lines=hyph_wrap(text,width,r)
    for i,l in enumerate(lines):
        if pagebreak and i==len(lines)//2:
            for fl in pagebreak(): d.add(fl)
        s=d.add(l); a['ranges'].append((s,s))
    d.blank()

# ---------- Issue A: new sibling monitor ----------
d=Doc(); W=70; arts=[]
page=[1]
def brk():
    page[0]+=1
    return ["", "Riverine Security Review · Winter 2026" + " "*14 + str(page[0]), ""]
d.add("RIVERINE SECURITY REVIEW"); d.add("A quarterly journal on armed groups along the great rivers"); d.add("Vol. 3 | Iss. 7 | Winter 2026"); d.blank()
d.add("IN THIS NUMBER"); d.blank()
d.add("Boatmen, Bandits and the Toll Economy of the Upper"); d.add("Kessa River"); d.add("    Ilona Marchetti-Varga · page 2")
d.add("Why the Delta Ceasefire Keeps Failing"); d.add("    Oyelaran Fadipe and Mette Skovgaard · page 5"); d.blank()
for fl in brk(): d.add(fl)
a={'title':"Boatmen, Bandits and the Toll Economy of the Upper Kessa River",'authors':["Ilona Marchetti-Varga"],'date':"2026-12-01",'kind':"feature",'pub':"Riverine Security Review",'vol':3,'iss':7,'ranges':[]}
d.add("BOATMEN, BANDITS AND THE TOLL ECONOMY OF THE UPPER"); d.add("KESSA RIVER"); d.blank(); d.add("ILONA MARCHETTI-VARGA"); d.blank()
for k in range(3): emit(d,a,para()+(" [1]" if k==0 else ""),W)
s=d.add("Who Sets the Price"); a['ranges'].append((s,s)); d.blank()
emit(d,a,para(6)+" [2]",W,pagebreak=brk)
emit(d,a,para(),W)
s=d.add("Notes"); d.blank()
for t in ["[1] Interviews with barge owners in Tesk and Moravia Landing, September 2026.","[2] Figures compiled by the author from ferry ledgers seen in October 2026."]:
    s=d.add(t); a['ranges'].append((s,s))
d.blank()
emit(d,a,"Ilona Marchetti-Varga is a researcher at the Centre for River Basin Studies in Lintz, where she works on informal economies and armed governance.",W)
arts.append(a)
for fl in brk(): d.add(fl)
b={'title':"Why the Delta Ceasefire Keeps Failing",'authors':["Oyelaran Fadipe","Mette Skovgaard"],'date':"2026-12-01",'kind':"feature",'pub':"Riverine Security Review",'vol':3,'iss':7,'ranges':[]}
d.add("WHY THE DELTA CEASEFIRE KEEPS FAILING"); d.blank(); d.add("OYELARAN FADIPE AND METTE SKOVGAARD"); d.blank()
for k in range(2): emit(d,b,para(),W)
emit(d,b,para(6),W,pagebreak=brk)
emit(d,b,para(),W)
emit(d,b,"Oyelaran Fadipe is a journalist based in Port Selma. Mette Skovgaard is a former ceasefire monitor and an adviser to the Delta Dialogue Forum.",W)
b['ranges']=b['ranges']
arts.append(b)
open(out+"/m01_riverine_review_caps.txt","w").write("\n".join(d.lines)+"\n")
open(out+"/m01_riverine_review_caps.yml","w").write("url: https://riverine-review.example/issues/3-7.pdf\ndate: 2026-12-01\n")
labels(out+"/m01_riverine_review_caps.labels.yml", arts, False)

# ---------- Issue B: Terrorism Monitor, no contents ----------
d=Doc(); W=76; arts=[]; page[0]=1
def brk2():
    page[0]+=1
    return ["", str(page[0]), "", "TERRORISM MONITOR  |  VOL. XXV  |  ISSUE 3", ""]
d.add("Terrorism Monitor"); d.add("Volume XXV, Issue 3 • January 22, 2027 • Washington, DC"); d.blank()
d.add("BRIEFS"); d.blank()
for title,paras in [("Militia Checkpoints Multiply on the Northern Highway",2),("Kidnap Gang Dismantled in Port Aurel",3)]:
    a={'title':title,'authors':["Kwesi Mbeki-Larsen"],'date':"2027-01-22",'kind':"brief",'pub':"Terrorism Monitor",'vol':25,'iss':3,'ranges':[]}
    d.add(title); d.add("By Kwesi Mbeki-Larsen"); d.blank()
    for k in range(paras): emit(d,a,para(),W, pagebreak=brk2 if (k==1 and paras==3) else None)
    arts.append(a)
c={'title':"The Drone Workshops of the Ridge Front: Supply, Skills and Limits",'authors':["Astrid Holmqvist","Daniel Okonjo-Reyes"],'date':"2027-01-22",'kind':"feature",'pub':"Terrorism Monitor",'vol':25,'iss':3,'ranges':[]}
d.add("The Drone Workshops of the Ridge Front: Supply,"); d.add("Skills and Limits"); d.add("By Astrid Holmqvist & Daniel Okonjo-Reyes"); d.blank()
emit(d,c,para()+" [1]",W); emit(d,c,para(),W)
s=d.add("Supply Lines"); c['ranges'].append((s,s)); d.blank()
emit(d,c,para(6)+" [2]",W,pagebreak=brk2); emit(d,c,para(),W)
s=d.add("Conclusion"); c['ranges'].append((s,s)); d.blank()
emit(d,c,para(),W)
d.add("Notes"); d.blank()
for t in ["[1] Author's interviews with former workshop members, Hallin district, November 2026.","[2] Customs seizure records for the third quarter of 2026, obtained by the authors."]:
    s=d.add(t); c['ranges'].append((s,s))
d.blank()
emit(d,c,"Astrid Holmqvist is an analyst of armed groups' technology at the Nordlys Institute. Daniel Okonjo-Reyes is a journalist covering the Ridge region.",W)
arts.append(c)
d.add("Terrorism Monitor is published twice a month. All rights reserved.")
open(out+"/m02_tm_issue_nocontents.txt","w").write("\n".join(d.lines)+"\n")
open(out+"/m02_tm_issue_nocontents.yml","w").write("url: https://monitor.example/terrorism-monitor/volume-xxv-issue-3/\n")
labels(out+"/m02_tm_issue_nocontents.labels.yml", arts, False)
