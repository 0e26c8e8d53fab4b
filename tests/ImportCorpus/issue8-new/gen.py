"""Invented whole issues for helper issue8's generality measure (run: python3 gen.py). All names, places and prose invented."""
import os, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


class Issue:
    def __init__(self, name, date, pub, vol, iss):
        self.name, self.lines, self.arts = name, [], []
        self.meta = dict(date=date, pub=pub, vol=vol, iss=iss)

    def x(self, *lines):  # lines that are not article text (masthead, contents, titles, bylines, furniture, bios)
        self.lines.extend(lines)

    def blank(self):
        self.lines.append("")

    def article(self, title, authors, kind="feature"):
        self.arts.append(dict(title=title, authors=authors, kind=kind, ranges=[]))

    def t(self, text, width=72, art=-1):  # a paragraph of article text, wrapped
        for line in textwrap.wrap(text, width):
            self.lines.append(line)
            self.arts[art]["ranges"].append(len(self.lines))

    def write(self):
        with open(os.path.join(HERE, self.name + ".txt"), "w") as f:
            f.write("\n".join(self.lines) + "\n")
        with open(os.path.join(HERE, self.name + ".labels.yml"), "w") as f:
            f.write(f"# Labels for {self.name}.txt (format: tests/ImportCorpus/README.md)\none_line_per_paragraph: false\narticles:\n")
            for a in self.arts:
                spans = []
                for n in a["ranges"]:
                    if spans and spans[-1][1] + 1 >= n: spans[-1][1] = n
                    else: spans.append([n, n])
                text = ", ".join(f"{s}-{e}" if s != e else f"{s}" for s, e in spans)
                authors = ", ".join(f'"{x}"' for x in a["authors"])
                m = self.meta
                title = a["title"].replace('"', '\\"')
                f.write(f'  - title: "{title}"\n    authors: [{authors}]\n    date: {m["date"]}\n    kind: {a["kind"]}\n'
                        f'    publication: "{m["pub"]}"\n    volume: {m["vol"] if m["vol"] is not None else "null"}\n'
                        f'    issue: {m["iss"] if m["iss"] is not None else "null"}\n    text: [{text}]\n')


# n01: contents in columns with the page first and the author last, titles wrapping onto indented lines; no bylines;
# key points under each title; page footers; "Notes on contributors" at the end.
d = Issue("n01_caucasus_columns_page_first", "2029-03-12", "Caucasus Security Brief", 8, 41)
d.x("CAUCASUS SECURITY BRIEF", "Analysis of conflict and security in the South Caucasus", "",
    "No. 41  |  Vol. 8  |  12 March 2029", "",
    "PAGE   ARTICLE                                        CONTRIBUTOR",
    " 1     Shepherds, Sappers and the Unmarked            Nino Abashidze-Kraft",
    "       Minefields of the Northern Slopes",
    " 3     Why Yerevan Is Rethinking Its Railway Deal     Levon Sargsyan-Holt",
    " 5     A Quiet Purge in the Border Guard              Elnur Ganbarov", "")
d.article("Shepherds, Sappers and the Unmarked Minefields of the Northern Slopes", ["Nino Abashidze-Kraft"])
d.x("Shepherds, Sappers and the Unmarked Minefields of the Northern", "Slopes", "")
d.x("- Herders returning to summer pastures have found fields of mines that appear on no official map.", "")
d.t("Every spring the shepherds of the upper valleys drive their flocks to pastures that were front lines three decades ago. This year, two of them did not come back. Their deaths, a week apart in late May, have forced the district authorities to admit that the maps handed over after the war were incomplete.")
d.blank()
d.t("Demining teams funded by foreign donors cleared most of the lower slopes in the 2010s. The upper pastures were left for later, because few people lived there and the cost of working at altitude was high. Herders say they were told the fields were safe.")
d.blank()
d.x("Caucasus Security Brief  ·  No. 41  ·  2", "")
d.t("The district governor has since promised a new survey, but the demining agency says it has neither the staff nor the money to begin before next year. Until then, families will graze their animals where they always have, guided by memory and by the bones of animals that strayed.")
d.blank()
d.x("*  *  *", "")
d.article("Why Yerevan Is Rethinking Its Railway Deal", ["Levon Sargsyan-Holt"])
d.x("Why Yerevan Is Rethinking Its Railway Deal", "")
d.t("When the railway concession was signed fifteen years ago, it was presented as a way to bring investment to a network that had barely changed since the Soviet period. Today the concession is the subject of a parliamentary inquiry, and the government has asked its lawyers whether it can be ended early.")
d.blank()
d.t("The complaints are familiar. Freight rates have risen faster than inflation, passenger services have been cut, and the promised modernisation of the main line to the border has not begun. The operator says the state has not paid the subsidies it owes.")
d.blank()
d.x("Caucasus Security Brief  ·  No. 41  ·  4", "")
d.t("Behind the dispute lies a larger question about which neighbours the country should depend on for its trade. A railway that runs only as far as a closed border is worth little, and the government knows that any new deal will be read abroad as a choice of partners.")
d.blank()
d.x("*  *  *", "")
d.article("A Quiet Purge in the Border Guard", ["Elnur Ganbarov"])
d.x("A Quiet Purge in the Border Guard", "")
d.t("Over the winter, at least nineteen senior officers of the border guard were dismissed, retired early or moved to posts far from the frontier. No official statement has explained the changes, and the officers themselves have said nothing in public.")
d.blank()
d.t("Former colleagues describe the dismissals as the result of an internal investigation into smuggling at two crossing points in the south. Others see a struggle between rival groups inside the security services, each trying to place its own people at the crossings that bring in the most money.")
d.blank()
d.x("NOTES ON CONTRIBUTORS", "")
d.x("Nino Abashidze-Kraft is a researcher who has worked on landmine clearance in the", "region since 2016.", "")
d.x("Levon Sargsyan-Holt is an economist and a former adviser to the ministry of", "transport.", "")
d.x("Elnur Ganbarov is a journalist who covers the security services.", "")
d.x("The Caucasus Security Brief is published monthly by the Tbilisi Policy Circle.")
d.write()

# n02: contents with titles and pages only (a gap before the page); role bylines ("Text and photos:", "Interview by",
# "Reporting by"), a bio straight under one of them, a joint bio closing the last article after its notes.
d = Issue("n02_andean_role_bylines", "2029-05-01", "Andean Narcotics Observer", 3, 5)
d.x("ANDEAN NARCOTICS OBSERVER", "Volume 3 · Issue 5 · May 2029", "",
    "INSIDE", "",
    "The Coca Growers Who Switched to Gold              2",
    "\"The Ports Are Where the Money Is\"                 4",
    "River Patrols in the Putumayo Basin                6", "")
d.article("The Coca Growers Who Switched to Gold", ["Rosa Quispe-Marlow"])
d.x("The Coca Growers Who Switched to Gold", "", "Text and photos: Rosa Quispe-Marlow", "")
d.x("Rosa Quispe-Marlow is a photojournalist based in Cusco.", "")
d.t("In the valleys east of the Andes, farmers who once grew coca now spend their days in muddy pits along the rivers, washing gravel for gold. The change began when eradication teams destroyed their fields three years in a row, and the mining crews arrived offering cash for labour.")
d.blank()
d.t("The work is dangerous and the rivers are poisoned with mercury, but the farmers say it pays better than anything they have grown. The crews are controlled by the same groups that once bought their coca, and the gold leaves the valley by the same roads.")
d.blank()
d.x("ANO 3/5  —  page 3", "")
d.t("Local officials admit they have little power to stop it. The nearest police post is two days away by boat, and its officers depend on the miners for fuel.")
d.blank()
d.article("\"The Ports Are Where the Money Is\"", ["Tomás Villaverde-Ng"], kind="interview")
d.x("\"The Ports Are Where the Money Is\"", "", "Interview by Tomás Villaverde-Ng", "")
d.t("A former customs inspector explains how cocaine leaves the region hidden in legal cargo, and why the inspections have changed so little in a decade.")
d.blank()
d.t("Q: Where does most of the cocaine leave the country? A: Through the container ports. The amounts seized on the roads are small beside what passes through the terminals in sealed boxes of fruit and minerals.")
d.blank()
d.t("Q: Why are so few containers inspected? A: Because each inspection delays a ship, and the terminals are paid to move boxes quickly. An inspector who stops too many containers is soon moved somewhere else.")
d.blank()
d.article("River Patrols in the Putumayo Basin", ["Camila Restrepo-Dahl", "Iván Huamán"])
d.x("River Patrols in the Putumayo Basin", "", "Reporting by Camila Restrepo-Dahl and Iván Huamán", "")
d.t("The navy's river patrols in the Putumayo basin have doubled since last year, but the boats they are meant to stop have simply moved to smaller channels where the patrol boats cannot follow. [1]")
d.blank()
d.t("Commanders say they need lighter boats and better radios. Residents say they need the patrols to stay longer than a day in each village, so that those who talk to them are not punished after they leave. [2]")
d.blank()
d.x("Notes", "")
d.t("[1] Interviews with navy officers in Puerto Leguízamo, March 2029.")
d.t("[2] Interviews with residents of three riverside villages, April 2029.")
d.blank()
d.x("Camila Restrepo-Dahl is a researcher at an institute for border studies. Iván", "Huamán is a journalist who reports from the Amazon lowlands.", "")
d.x("© 2029 Andean Narcotics Observer. All rights reserved.")
d.write()

# n03: contents in columns with authors in capitals and two authors on one entry, a bilingual masthead tagline, page
# headers with the issue's fields; bylines in the body missing; "About our contributors" bios, one naming two people.
d = Issue("n03_sahel_columns_capitals", "2029-06-15", "Sahel Borderlands Review", 12, 6)
d.x("SAHEL BORDERLANDS REVIEW", "Revue des confins sahéliens", "", "Volume 12, Number 6            15 June 2029", "",
    "In this number", "",
    "Gold, Guns and the Road to Kidal              A. DIALLO & M. TRAORÉ-BECK      1",
    "The Herders' Truce That Held                  FATOUMATA SANGARÉ              3",
    "Fuel Smugglers on the Niger Bend              OUSMANE KEITA-LORD             4", "")
d.article("Gold, Guns and the Road to Kidal", ["A. Diallo", "M. Traoré-Beck"])
d.x("Gold, Guns and the Road to Kidal", "")
d.t("The road north to Kidal has become the busiest in the region, not because trade has recovered but because the gold sites in the desert need food, fuel and men. Armed groups that once fought over the road now share the tolls collected along it.")
d.blank()
d.t("Drivers say they pay at seven checkpoints between the river and the mines. Each checkpoint belongs to a different group, and each issues its own receipt, which the next checkpoint is expected to respect.")
d.blank()
d.x("SAHEL BORDERLANDS REVIEW  |  Vol. 12, No. 6  |  2", "")
d.t("This arrangement has brought a kind of peace to the road. It has also given the armed groups a steady income that makes any settlement with the state less attractive.")
d.blank()
d.article("The Herders' Truce That Held", ["Fatoumata Sangaré"])
d.x("The Herders' Truce That Held", "")
d.t("When herders and farmers in the inner delta agreed a truce last autumn, few expected it to last beyond the first dry season. Eight months later, the truce has held, and the reasons are worth studying.")
d.blank()
d.t("The agreement was negotiated by village chiefs rather than by outsiders, and it set out where herds could pass and when. Disputes are settled each month at a meeting in the market town, where both sides bring their complaints.")
d.blank()
d.article("Fuel Smugglers on the Niger Bend", ["Ousmane Keita-Lord"])
d.x("Fuel Smugglers on the Niger Bend", "")
d.t("Fuel bought cheaply in one country crosses the river at night in long wooden boats and is sold at twice the price on the other bank. The trade employs hundreds of boatmen and feeds the generators of every town along the bend.")
d.blank()
d.t("Customs officers on both sides know the landing places. Most of them, boatmen say, take a share of each cargo and let the boats pass.")
d.blank()
d.x("ABOUT OUR CONTRIBUTORS", "")
d.x("Aminata Diallo and Moussa Traoré-Beck are researchers at a Bamako policy centre;", "Aminata studies mining and Moussa works on armed groups.", "")
d.x("Fatoumata Sangaré is a mediator who has worked in the inner delta since 2015.", "")
d.x("Ousmane Keita-Lord is a journalist based in Gao.")
d.write()
