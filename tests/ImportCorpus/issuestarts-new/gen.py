# Writes two invented whole issues and their labels (all text invented for this corpus).
import textwrap
def wrap(p, w=72): return textwrap.wrap(p, w)

def build(name, head, arts, tail, pub, vol, iss, date, kinds):
    lines = list(head)
    labels = []
    for a in arts:
        lines += a['before']
        ranges = []
        for para in a['paras']:
            start = len(lines) + 1
            lines += wrap(para)
            ranges.append(f"{start}-{len(lines)}" if len(lines) > start else f"{start}")
            lines.append("")
        lines += a['after']
        labels.append((a, ranges))
    lines += tail
    open(name + ".txt", "w").write("\n".join(lines) + "\n")
    with open(name + ".labels.yml", "w") as f:
        f.write(f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)\none_line_per_paragraph: false\narticles:\n")
        for a, ranges in labels:
            authors = ", ".join(f'"{x}"' for x in a['authors'])
            f.write(f'  - title: "{a["title"]}"\n    authors: [{authors}]\n    date: {date}\n    kind: {a["kind"]}\n')
            f.write(f'    publication: "{pub}"\n    volume: {vol}\n    issue: {iss}\n    text: [{", ".join(ranges)}]\n')
    open(name + ".yml", "w").write(f"publication: {pub}\n")

# n01: bylines ABOVE the titles in capitals with BY, titles in capitals over two lines, a bio mark, bios as notes.
build("n01_marsh_bylines_above",
  ["FENLAND & DELTA OBSERVER", "Number 6 · Volume 4 · 9 February 2027", "",
   "CONTENTS", "Salt Pans and Silent Partners ..................... 2", "A Harbour That Pays Twice ......................... 5", "", ""],
  [dict(title="Salt Pans and Silent Partners: Who Owns the Coastal Evaporation Fields", authors=["Benedikt Aroyo-Lindahl"], kind="feature",
        before=["BY BENEDIKT AROYO-LINDAHL*", "", "SALT PANS AND SILENT PARTNERS: WHO OWNS THE", "COASTAL EVAPORATION FIELDS", ""],
        paras=["The evaporation fields south of Marrowick produce almost all of the coarse salt sold in the delta, and for a decade they have been leased on paper to a cooperative of some two hundred families who still rake the pans by hand in the dry months.",
               "Leases signed since the floods tell a different story. Eleven of the largest pans are now sublet to a trading house whose directors include two former officers of the river militia, and the families who rake them are paid a daily wage instead of a share of the harvest.",
               "Officials in the district office say the arrangement is legal because the cooperative approved it at a general meeting. Members interviewed in three villages say the meeting was held at night, at a week's notice, in a warehouse guarded by men with rifles."],
        after=["* Benedikt Aroyo-Lindahl is a researcher on coastal economies at the Institute for Wetland Studies in Harrowgate.", "", ""]),
   dict(title="A Harbour That Pays Twice", authors=["Ottilie Brankovska", "Samir Halloway-Dunne"], kind="feature",
        before=["BY OTTILIE BRANKOVSKA AND SAMIR HALLOWAY-DUNNE", "", "A HARBOUR THAT PAYS TWICE", ""],
        paras=["Fishing boats entering the harbour at Quellmouth pay a berthing fee to the port authority and a second fee, collected on the quay in cash, to men who say they guarantee that nets and engines will still be there in the morning.",
               "Nobody we spoke to had refused the second fee for long. One owner who did in the spring found his outboard motor at the bottom of the harbour two nights later, and the harbour police recorded the loss as an accident.",
               "The port authority has promised cameras on the quay for three years running. The budget line exists, but the contract has been awarded twice and cancelled twice, each time after a complaint from a bidder that no one could find afterwards."],
        after=["", ""])],
  ["Fenland & Delta Observer · observer.example · All rights reserved"],
  "Fenland & Delta Observer", 4, 6, "2027-02-09", None)

# n02: no contents, a kicker label over every title, titles in title case, articles signed at the end with a dash.
build("n02_steppe_signed_kickers",
  ["HIGH STEPPE QUARTERLY", "Volume 7 | Issue 2 | Summer 2026", "", ""],
  [dict(title="The Herders' Militias of the Upper Plateau", authors=["Aidana Berkimbayeva-Rowe"], kind="analysis",
        before=["ANALYSIS", "The Herders' Militias of the Upper Plateau", ""],
        paras=["Every spring the herders of the upper plateau move their flocks past the old mining towns, and every spring the armed men who escort them grow more numerous, better equipped and less willing to say whom they answer to.",
               "Local administrators describe the escorts as a necessary evil. Rustling rose sharply after the collapse of the state farms, and the rural police have a single vehicle for a district the size of a small country.",
               "The escorts have begun to charge the mining towns as well, for protection of the water pipeline that crosses the pasture, and the towns have begun to pay."],
        after=["— Aidana Berkimbayeva-Rowe, Tarvik", "", ""]),
   dict(title="Smugglers on the Old Railway", authors=["Kestutis Mbatha-Varo"], kind="report",
        before=["FIELD REPORT", "Smugglers on the Old Railway", ""],
        paras=["The railway that once carried ore to the border has not run a scheduled train for six years, yet its sidings at Dunvar are busy every night with handcars and small trucks driven along the track bed.",
               "Customs officers at the border post say they can inspect only the road. The track bed crosses the frontier three kilometres to the north, where the fence was cut long ago and never repaired.",
               "Residents of Dunvar say the handcars carry fuel one way and cigarettes the other, and that the men who run them pay the station master to keep the points greased."],
        after=["— Kestutis Mbatha-Varo", "", "Kestutis Mbatha-Varo reports on the border districts for regional newspapers.", "", ""])],
  ["High Steppe Quarterly · steppe.example"],
  "High Steppe Quarterly", 7, 2, "2026-06-01", None)
