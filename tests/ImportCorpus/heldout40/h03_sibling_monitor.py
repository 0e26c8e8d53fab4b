"""h03: a whole issue of an invented sibling monitor (Borderlands Security Monitor), month and year only."""
from lib import Doc

DATE = "2044-10-01"


def build():
    d = Doc("h03_sibling_monitor", width=74)
    d.comments = [
        "Choices: the masthead prints only 'October 2044', so the date is 2044-10-01; the publication is written as",
        "the name in proper case (the masthead prints capitals); ASSESSMENT over one long piece is the kind",
        "'assessment' (the issue's own label for the piece), BRIEFS over the two short pieces is 'brief'; the",
        "'— NAME' signature line and 'Compiled by NAME' are bylines; the bio after ENDNOTES is a bio, not a note.",
    ]
    page = [1]

    def furniture(mangled):
        page[0] += 1
        return ["", "Borderlands Security Monitor \u2014 October 2044 \u2014 p. " + str(page[0])]

    d.furniture = furniture
    meta = dict(date=DATE, publication="Borderlands Security Monitor", volume=3, issue=10)
    a1 = d.article(title="The Quarry Wars: Armed Smuggling Crews on the Ostrevin Frontier",
                   authors=["Aurelio Dunmore-Ashe"], kind="assessment", **meta)
    b1 = d.article(title="Border Guards Find a Tunnel Under the Kelvey Customs Yard", authors=["Signe Kallberg-Otu"],
                   kind="brief", **meta)
    b2 = d.article(title="A New Militia Registers as a Hunting Club", authors=["Mattias Oduya"], kind="brief", **meta)

    d.ls("""
Published by the Vantorre Institute for Frontier Studies
BORDERLANDS SECURITY MONITOR
Independent reporting from the edges of the state
Vol. 3 \u00b7 No. 10                                                  October 2044
""")
    d.blank()
    d.ls("""
Inside this issue
  p. 1   Assessment \u2014 The Quarry Wars: Armed Smuggling Crews on the Ostrevin Frontier
  p. 4   Brief \u2014 Border Guards Find a Tunnel Under the Kelvey Customs Yard
  p. 5   Brief \u2014 A New Militia Registers as a Hunting Club
""")
    d.blank()
    d.l("ASSESSMENT")
    d.blank()
    d.l("The Quarry Wars: Armed Smuggling Crews on the Ostrevin Frontier")
    d.blank()
    d.l("Aurelio Dunmore-Ashe, Regional Director")
    d.blank()
    d.para(a1, "The limestone quarries along the Ostrevin frontier were once a quiet source of building stone for "
           "both sides of the border. Over the past two years they have become the bases of armed crews that move "
           "fuel, cigarettes and, increasingly, weapons across a line that the two border services patrol only "
           "by day.\u00b9")
    d.para(a1, "The crews are not ideological. Most of their members are former quarry workers who lost their "
           "jobs when the largest operator closed its pits in 2042. What makes them a security concern is their "
           "customers: at least two of the weapons consignments seized this year were destined for a militant "
           "cell in the capital, and one crew leader told investigators that he had carried \u201cpeople with "
           "beards and no luggage\u201d across the line more than once.\u00b2")
    d.para(a1, "The quarries offer everything a smuggler needs. Their tunnels and galleries run for kilometres, "
           "some of them under the border itself, and their access roads are built for heavy trucks. The crews "
           "have fitted several galleries with generators and radio repeaters, and in the spring a joint patrol "
           "found a store of explosives that had been taken from the quarries\u2019 own blasting stock.\u00b3")
    d.para(a1, "The two governments have responded by announcing joint night patrols, but neither border service "
           "has the vehicles or the staff to sustain them. A more durable answer would start with the quarries "
           "themselves: sealing the deepest galleries, securing the remaining explosives, and giving the former "
           "workers a reason to stay out of the crews. Until then the frontier will remain a market, and "
           "militants will remain ^ among its customers.")
    d.l("ENDNOTES")
    d.blank()
    d.para(a1, "1. Frontier Police of Ostrevin, annual report on cross-border crime, 2044.")
    d.para(a1, "2. Record of interview with a detained crew leader, cited in the indictment of June 2044.")
    d.para(a1, "3. Joint Border Commission, statement on the seizure at Gallery Nine, April 2044.")
    d.para(None, "Aurelio Dunmore-Ashe directs the Vantorre Institute\u2019s frontier programme. He previously "
           "served for twelve years in the customs service of Ostrevin.")
    d.page()
    d.l("BRIEFS")
    d.blank()
    d.l("Border Guards Find a Tunnel Under the Kelvey Customs Yard")
    d.blank()
    d.para(b1, "Border guards at Kelvey discovered on September 18 a tunnel running about ninety metres from a "
           "warehouse on the far side of the border to a drainage shaft inside the customs yard. The tunnel was "
           "lined with timber, lit by cable and fitted with a rail for small carts.")
    d.para(b1, "Officials said the tunnel had probably been used for several months to move goods past the "
           "inspection lanes, and that the yard\u2019s drainage shaft had been opened with keys rather than forced. "
           "Three customs employees have been suspended while the investigation continues.\u2074")
    d.l("\u2014 Signe Kallberg-Otu")
    d.blank()
    d.l("Endnote")
    d.blank()
    d.para(b1, "4. Kelvey Border Guard, press statement, September 19, 2044.")
    d.l("A New Militia Registers as a Hunting Club")
    d.blank()
    d.l("Compiled by Mattias Oduya")
    d.blank()
    d.para(b2, "A group of about a hundred armed men in the hill district of Sarn has registered with the "
           "provincial authorities as a hunting association, giving its members the right to hold rifles "
           "legally. Local residents say the club has held no hunts; instead its members man roadblocks on the "
           "district\u2019s main road and collect a \u201cconservation fee\u201d from passing traders.")
    d.para(b2, "The provincial governor has said that the registration was lawful and that complaints should be "
           "taken to the police. The police station in Sarn has four officers.")
    d.page()
    return d, {"publication": "Borderlands Security Monitor"}, False
