"""Invented whole issues for helper issue15 (section labels by shape, contents in other orders) (run: python3 gen.py). All names, places and prose invented."""
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


# m01: contents lines "page · SECTION · Title — NAME"; a letterspaced "F I E L D   N O T E S" label over three bylined
# short pieces; a "Dispatch" label in title case between rule lines over one long piece; "IN CONTEXT" over a feature;
# a running footer at a page break; contributors at the end.
d = Issue("m01_danube_letterspaced_sections", "2029-04-04", "The Danube Security Letter", 10, 112)
d.x("THE DANUBE SECURITY LETTER", "Fortnightly notes on security along the lower Danube", "",
    "Issue 112  ·  Volume 10  ·  4 April 2029", "",
    "This issue", "",
    "2 · FIELD NOTES · Ferry Tolls at Calafat; A New Pontoon at Reni; Fishermen and the Mines",
    "4 · DISPATCH · The Night the Grain Barges Stopped — Petra Lungu",
    "6 · IN CONTEXT · Why the Delta Border Is Hard to Police — Andrei Munteanu-Fox", "",
    "F I E L D   N O T E S", "")
d.article("Ferry Tolls Rise at Calafat", ["Ioana Petrescu"], "brief")
d.x("Ferry Tolls Rise at Calafat", "", "By Ioana Petrescu", "")
d.t("The ferry company at Calafat raised its tolls for lorries by a fifth on 20 March, citing the cost of fuel and of new insurance rules. Hauliers say the rise will push more traffic onto the bridge, where queues already reach ten kilometres on busy days.")
d.blank()
d.article("A New Pontoon at Reni", ["Oleh Danylenko"], "brief")
d.x("A New Pontoon at Reni", "", "By Oleh Danylenko", "")
d.t("Port workers at Reni finished a floating pontoon for small tankers in the last week of March. The port authority says it will let two vessels load at once and cut waiting times in the roads, which have grown since the river level fell.")
d.blank()
d.article("Fishermen and the Mines", ["Stela Rusu"], "brief")
d.x("Fishermen and the Mines", "", "By Stela Rusu", "")
d.t("Fishermen in the villages below Isaccea have been told to keep to marked channels after a drifting mine was found in a net in early March. Many say they cannot afford to lose the best grounds, and some have gone out regardless.")
d.blank()
d.x("────────────────────", "Dispatch", "────────────────────", "")
d.article("The Night the Grain Barges Stopped", ["Petra Lungu"], "dispatch")
d.x("The Night the Grain Barges Stopped", "", "By Petra Lungu", "")
d.t("At ten in the evening on 14 March, the radio on the pilot boat went quiet. Somewhere upstream a convoy of twelve grain barges had dropped anchor in the middle of the channel, and nobody on the river knew why. By midnight the queue of vessels behind it stretched past the next bend.")
d.blank()
d.t("The captain of the lead tug later said that he had received an order by telephone to stop and wait for an inspection. The inspectors did not arrive until the morning, and they found nothing. The order, it turned out, had come from an office that has no authority over river traffic.")
d.blank()
d.x("The Danube Security Letter  ·  4 April 2029  ·  5", "")
d.t("Such confusion is not rare on a river shared by several states, each with its own rules and its own officials. What made this night different was the cost: three ships missed their loading slots at the sea port, and the grain traders have asked who will pay.")
d.blank()
d.x("IN CONTEXT", "")
d.article("Why the Delta Border Is Hard to Police", ["Andrei Munteanu-Fox"], "feature")
d.x("Why the Delta Border Is Hard to Police", "", "By Andrei Munteanu-Fox", "")
d.t("The border in the delta runs along channels that shift from year to year. A line drawn on a map in one decade may lie on dry land in the next, and the reeds that cover the islands hide boats as well as they hide birds. Border guards on both sides admit that they see only a part of what passes.")
d.blank()
d.t("Smugglers know the channels better than the patrols do. Most are fishermen who grew up on the water and who carry cigarettes or fuel when the fishing is poor. The larger trade in people and weapons uses the same routes but pays the fishermen to guide it.")
d.blank()
d.t("New sensors paid for by the European Union have helped on the main arms of the river. In the smaller channels, officers say, nothing replaces a boat and a crew who know the area, and both are in short supply.")
d.blank()
d.x("CONTRIBUTORS", "",
    "Ioana Petrescu reports on transport from Craiova. Oleh Danylenko is a journalist in Izmail.",
    "Stela Rusu writes about the fisheries of the delta. Petra Lungu is a river pilot and writer.",
    "Andrei Munteanu-Fox is a researcher on border security in Galați.")
d.write()

# m02: contents printed on one line, sections and their pages only ("On the radar 2 · Spotlight 3 · Around the region
# 5"); "ON THE RADAR" over two bylined briefs, the byline a bare name under the title; "Spotlight" in title case between
# "=" rules over one feature; "Around the region" in title case over two briefs (printed in the contents as well);
# a running header at a page break.
d = Issue("m02_horn_inline_sections", "2029-07-01", "Horn of Africa Watch", 3, 7)
d.x("HORN OF AFRICA WATCH", "", "Vol. 3 — No. 7 — July 2029", "",
    "Inside: On the radar 2  ·  Spotlight 3  ·  Around the region 5", "",
    "ON THE RADAR", "")
d.article("Port Fees Cut at Berbera", ["Hodan Warsame"], "brief")
d.x("Port Fees Cut at Berbera", "Hodan Warsame", "")
d.t("The port of Berbera cut its handling fees for transit cargo by twelve per cent in June, in a bid to win back traders who had moved to rival ports. Shipping agents said the cut would matter less than the state of the road inland.")
d.blank()
d.article("Militia Leaders Meet in Garowe", ["Abdirahman Nuur"], "brief")
d.x("Militia Leaders Meet in Garowe", "Abdirahman Nuur", "")
d.t("Leaders of three clan militias met in Garowe at the end of June to discuss a pasture dispute that has cost eleven lives since the spring. Elders who attended said the talks would continue after the rains.")
d.blank()
d.x("=====================", "Spotlight", "=====================", "")
d.article("The Long Road to a Unified Coast Guard", ["Miriam Tesfaye-Lund"], "feature")
d.x("The Long Road to a Unified Coast Guard", "Miriam Tesfaye-Lund", "")
d.t("For more than a decade, foreign donors have tried to build a coast guard for the region's long and exposed coast. They have trained crews, donated boats and built radar stations. Yet the coast is still watched by a patchwork of forces that answer to different authorities and rarely share what they see.")
d.blank()
d.t("The reasons are political rather than technical. Each authority fears that a common force would be controlled by its rivals, and each prefers a small force of its own to a larger one it cannot trust. Donors have learnt to fund each force separately, which keeps them apart.")
d.blank()
d.x("Horn of Africa Watch  |  July 2029  |  4", "")
d.t("Some officers now argue that cooperation should start at sea rather than in the capitals. Crews who meet on the water already exchange radio frequencies and warnings. A shared log of sightings, they say, would do more than another conference.")
d.blank()
d.x("Around the region", "")
d.article("Drought Pushes Herders Toward the Border", ["Ayaan Mohamed"], "brief")
d.x("Drought Pushes Herders Toward the Border", "Ayaan Mohamed", "")
d.t("Herders from the dry plateau have moved their camels toward the border in search of water, aid workers reported in late June. Local officials fear clashes with farmers on the other side if the rains fail again.")
d.blank()
d.article("A New Court for Piracy Cases", ["Samuel Gebre"], "brief")
d.x("A New Court for Piracy Cases", "Samuel Gebre", "")
d.t("A special court for piracy cases opened in the port city in June, funded by a group of donor governments. Its first trial, of six men caught with weapons on a skiff, is due to begin in August.")
d.blank()
d.x("Horn of Africa Watch is published monthly. All rights reserved.")
d.write()
