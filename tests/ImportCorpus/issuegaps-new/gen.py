# Writes three invented whole issues and their labels (all text invented for this corpus).
import textwrap
def wrap(p, w=72): return textwrap.wrap(p, w)

def build(name, head, arts, tail, pub, vol, iss, date, sidecar_date=None):
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
        if a.get('notes'):
            lines += ["Notes"]
            start = len(lines) + 1
            lines += a['notes']
            ranges.append(f"{start}-{len(lines)}" if len(lines) > start else f"{start}")
            lines.append("")
        lines += a.get('after', [""])
        labels.append((a, ranges))
    lines += tail
    open(name + ".txt", "w").write("\n".join(lines) + "\n")
    with open(name + ".labels.yml", "w") as f:
        f.write(f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)\none_line_per_paragraph: false\narticles:\n")
        for a, ranges in labels:
            authors = ", ".join(f'"{x}"' for x in a['authors'])
            f.write(f'  - title: "{a["title"]}"\n    authors: [{authors}]\n    date: {date}\n    kind: {a["kind"]}\n')
            f.write(f'    publication: "{pub}"\n    volume: {vol}\n    issue: {iss}\n    text: [{", ".join(ranges)}]\n')
    with open(name + ".yml", "w") as f:
        f.write(f"publication: {pub}\n")
        if sidecar_date: f.write(f"date: {sidecar_date}\n")

# g01: capitals masthead with pipes and a full date in capitals; a feature; unsigned briefs in capitals under BRIEFS;
# notes, then the contributors under their label in one block.
build("g01_pipes_briefs_contributors",
  ["LOWLAND CORRIDOR REVIEW", "VOLUME 5 | ISSUE 12 | OCTOBER 3, 2026", "", ""],
  [dict(title="Toll Gates on the Salt Road", authors=["Mirela Ostrowska-Dane"], kind="feature",
        before=["Toll Gates on the Salt Road", "By Mirela Ostrowska-Dane", ""],
        paras=["Drivers on the salt road between Arvel and the coast now stop at four gates in a single morning, and only one of them belongs to the highway authority. The other three are run by men in borrowed uniforms who hand out receipts printed on a home computer. [1]",
               "The gates appeared after the district council ran out of money to pay its road wardens. Some of the former wardens now work the unofficial gates, and drivers say they recognise faces they used to see at the weigh station.",
               "Hauliers have tried to take the matter to court, but the case has been adjourned five times because no official will say in writing who owns the land on which the gates stand. [2]"],
        notes=["[1] Author's interviews with hauliers, Arvel, September 2026.", "[2] Arvel District Court, list of adjourned hearings, September 2026."],
        after=["", "BRIEFS", ""]),
   dict(title="Ferry Crews Walk Out at Pellmouth", authors=[], kind="brief",
        before=["FERRY CREWS WALK OUT AT PELLMOUTH", ""],
        paras=["Crews on the three ferries that link Pellmouth with the islands stopped work on Monday after a deckhand was beaten by passengers who had been refused boarding without tickets, and the islands were cut off for two days.",
               "The operator has promised to hire guards for the evening crossings, which the crews say is the first time a promise has come with a date attached."]),
   dict(title="Quarry Explosives Missing in the Ardent Hills", authors=[], kind="brief",
        before=["QUARRY EXPLOSIVES MISSING IN", "THE ARDENT HILLS", ""],
        paras=["An inventory at a limestone quarry in the Ardent Hills found that forty kilograms of blasting charges had left the store without a signature, and police have opened an inquiry into the night watchmen employed there since the spring."],
        after=["ABOUT THE CONTRIBUTORS",
               "Mirela Ostrowska-Dane is a transport economist at the Ferrand Institute in Arvel.", ""])],
  ["Lowland Corridor Review is published by the Ferrand Institute."],
  "Lowland Corridor Review", 5, 12, "2026-10-03")

# g02: season masthead with another separator (date from the sidecar); two signed features; notes; then a label
# "Contributors" with the bios on the lines under it, no blank line; plus IN BRIEF with unsigned capitals briefs.
build("g02_season_inbrief",
  ["THE UPLAND LEDGER", "Vol. 2 — No. 4 — Winter 2026/27", "", ""],
  [dict(title="Who Guards the Reservoirs", authors=["Tobiah Kerr-Mensah"], kind="feature",
        before=["Who Guards the Reservoirs", "By Tobiah Kerr-Mensah", ""],
        paras=["The three reservoirs that supply the upland towns are guarded by a private company whose licence lapsed in the summer, and nobody in the water board can say who signed the extension that let its patrols continue.",
               "Residents of the valley villages say the guards have begun to charge herders for access to the shore, where the animals have drunk for generations, and that the fee doubles for anyone who complains."],
        after=["", "IN BRIEF", ""]),
   dict(title="Bridge Inspectors Threatened at Coldharbour", authors=[], kind="brief",
        before=["BRIDGE INSPECTORS THREATENED AT COLDHARBOUR", ""],
        paras=["Two engineers sent to inspect the cracked road bridge at Coldharbour were turned back by men who said they spoke for the contractor, and the ministry has suspended the inspection until it can send a police escort."]),
   dict(title="Market Fire in Drennick Ruled Arson", authors=[], kind="brief",
        before=["MARKET FIRE IN DRENNICK RULED ARSON", ""],
        paras=["The fire that destroyed forty stalls in the covered market at Drennick was started deliberately, investigators said on Friday, and traders say they had been asked for protection money a week before it."],
        after=["", "Terraces and Tunnels: Smuggling in the High Valleys", "By Ilse Varnado and Kwame Osei-Lindqvist", ""]),
   dict(title="Terraces and Tunnels: Smuggling in the High Valleys", authors=["Ilse Varnado", "Kwame Osei-Lindqvist"], kind="feature",
        before=[],
        paras=["The old irrigation tunnels under the terraces of the high valleys were built to carry water, but several now carry fuel, cigarettes and, according to customs officers, a growing number of weapons. [1]",
               "Farmers who own the terraces say they were never asked. The tunnels open onto their land, and the men who use them at night have told them that the less they see, the better their harvest will be."],
        notes=["[1] Upland customs directorate, annual report, 2026."],
        after=["Contributors",
               "Tobiah Kerr-Mensah is a reporter based in Coldharbour.",
               "Ilse Varnado is a geographer at the University of Maren. Kwame Osei-Lindqvist is a former customs officer.", ""])],
  [],
  "The Upland Ledger", 2, 4, "2026-12-01", sidecar_date="2026-12-01")

# g03: a month-only date in capitals after bullets as separators; a feature with a capitals byline; NEWS IN BRIEF with
# three unsigned briefs (one title wrapped over two lines), the last brief ending the issue.
build("g03_bullets_month_briefs",
  ["MARCHES SECURITY DIGEST", "VOL. 11 • NO. 3 • MARCH 2027", "", ""],
  [dict(title="The Night Markets of Castra", authors=["Oriane Delacroix-Mbeki"], kind="feature",
        before=["The Night Markets of Castra", "ORIANE DELACROIX-MBEKI", ""],
        paras=["After dark the car park behind the bus station in Castra fills with vans selling diesel, medicines and phone cards brought across the hills, and the police post at the entrance closes its shutters at seven.",
               "Traders say the market pays for its own security. A committee of drivers collects a fee from each van and employs a dozen young men to keep order, some of whom served in the border militia before it was disbanded."],
        after=["", "NEWS IN BRIEF", ""]),
   dict(title="Border Post at Vell Reopens", authors=[], kind="brief",
        before=["BORDER POST AT VELL REOPENS", ""],
        paras=["The border post at Vell reopened on Tuesday after a closure of six weeks that followed the shooting of a customs officer, with soldiers now standing beside the customs staff at the barrier."]),
   dict(title="Mayor of Brest-Lindau Resigns After Contract Inquiry", authors=[], kind="brief",
        before=["MAYOR OF BREST-LINDAU RESIGNS AFTER", "CONTRACT INQUIRY", ""],
        paras=["The mayor of Brest-Lindau resigned on Thursday, a day after prosecutors searched the town hall as part of an inquiry into waste-collection contracts awarded to a firm owned by his brother-in-law."]),
   dict(title="Radio Mast Sabotaged Near Orlen", authors=[], kind="brief",
        before=["RADIO MAST SABOTAGED NEAR ORLEN", ""],
        paras=["Cables feeding the regional radio mast near Orlen were cut on Sunday night, silencing the emergency frequency used by mountain rescue teams for most of the following day."])],
  [],
  "Marches Security Digest", 11, 3, "2027-03-01")
