from lib import Doc

LS = "Littoral Security Monitor"


def build():
    d = Doc("h04_sibling_littoral_monitor", blank=False, width=82, sidecar="publication: Littoral Security Monitor")
    D = "2046-03-01"
    fr = d.art("Night Fishing Bans and the Pirates Who Profit From Them in the Gulf of Semmeret", ["Annelise Brakwater"], D, "field report", LS, 7, 2)
    b1 = d.art("Forged Crew Certificates Turn Up in Three Ports", ["Joss Tamberline"], D, "brief", LS, 7, 2)
    b2 = d.art("Coast Guard Buys Six Patrol Boats From a Shipyard It Once Blacklisted", ["Joss Tamberline"], D, "brief", LS, 7, 2)
    b3 = d.art("Island Council Closes Its Only Fuel Jetty After a Hijacking", ["Mireille Donkor"], D, "brief", LS, 7, 2)
    d.comment("An invented sibling monitor; the masthead prints the month only: dated the first of March 2046.")
    d.comment("'FIELD REPORT' is a two-word label the catalogue does not fold: field report. 'BRIEFS' over the run of three: brief.")
    d.comment("Each brief is signed only at its end by a dash and a full name; the report's byline is 'NAME, Place'.")
    d.comment("'Captain (retd)' is an honorific kept out of the name; the field report's bio comes after its sources.")
    d.block("F1", "Littoral Security Monitor | March 2046 | page 2 of 4\n\f")
    d.block("F2", "LittoralSecurityMonitor\u00b7Vol7\u00b7No2\n3")
    d.f("LITTORAL SECURITY MONITOR")
    d.f("Piracy, smuggling and coastal security in the Semmeret and the Outer Shoals")
    d.f("Vol. 7, No. 2 \u2014 March 2046")
    d.f("Published monthly by the Ostermoor Maritime Institute")
    d.f("THIS MONTH: Field report from the Gulf of Semmeret (p. 1) | Briefs (p. 3) | Contributors (p. 4)")
    d.f("FIELD REPORT")
    d.f("Night Fishing Bans and the Pirates Who Profit From Them in the Gulf of Semmeret")
    d.f("Annelise Brakwater, Port Haldis")
    d.p(fr, "Every evening at six, a siren sounds over the harbour at Port Haldis and the fishing boats that have not "
            "yet returned are, in the eyes of the law, outlaws. The night fishing ban was imposed in 2044 to make it "
            "easier for the coast guard to spot the fast skiffs used by pirate crews. Two years on, fishermen say it has "
            "done the opposite: the only boats on the water after dark now belong to people willing to break the law, "
            "and the pirates have learned to hide among them.(1)")
    d.t(fr, "The price of a permit")
    d.p(fr, "The ban has exceptions. Boats may fish at night with a permit issued by the harbour office, and permits are "
            "in short supply. Several skippers described paying an intermediary for a place on the list, a payment that "
            "in some cases went to men who also sell fuel to the pirate crews.(2) A skipper who has fished from Port "
            "Haldis for thirty years put it simply: the men who sell the permits and the men who steal our engines drink "
            "in the same ^F1 bar.")
    d.p(fr, "Coast guard officers in the port do not dispute that permits are traded, but argue that the ban has still "
            "reduced the number of attacks on merchant shipping in the gulf. The figures they cite show a fall from "
            "nineteen boardings in 2043 to eleven in 2045.(3) Fishermen point out that attacks on their own boats, which "
            "are rarely reported, have moved in the opposite direction.")
    d.t(fr, "What would help")
    d.p(fr, "Nobody in Port Haldis wants the pirates back on the open water in daylight. What the fishermen ask for is a "
            "permit system run in the open, with the list of licensed boats posted at the harbour office, and a radio "
            "channel on which they can report suspicious skiffs without giving their names. Both could be in place "
            "before the autumn ^F2 season.")
    d.f("Sources:")
    d.t(fr, "(1) Interviews by the author with skippers and crew, Port Haldis, January 2046.")
    d.t(fr, "(2) Ibid.; see also Haldis Harbour Office, Notice to Fishermen no. 7/2045.")
    d.t(fr, "(3) Semmeret Coast Guard, Annual Maritime Security Statement 2045, table 4.")
    d.f("Captain (retd) Annelise Brakwater commanded a patrol flotilla in the Outer Shoals before\n"
        "joining the Ostermoor Maritime Institute as a visiting researcher.")
    d.f("BRIEFS")
    d.f("Forged Crew Certificates Turn Up in Three Ports")
    d.p(b1, "Port state inspectors in Haldis, Vennick and Lorsby found forged certificates of competency among the crews of "
            "four coastal tankers in February. The forgeries were of good quality and carried the stamp of a maritime "
            "academy that closed in 2041. Inspectors suspect a single supplier.")
    d.f("-- Joss Tamberline")
    d.f("Coast Guard Buys Six Patrol Boats From a Shipyard It Once Blacklisted")
    d.p(b2, "The Semmeret Coast Guard has ordered six fast patrol boats from the Kellin yard, which it excluded from tenders "
            "in 2042 after two hulls cracked in heavy seas. The yard says the faults have been corrected. The first boats "
            "are due in September.")
    d.f("-- Joss Tamberline")
    d.f("Island Council Closes Its Only Fuel Jetty After a Hijacking")
    d.p(b3, "The council of Tessing Island closed the island's only fuel jetty on 19 February after armed men seized a "
            "supply barge moored there and sailed it toward the Outer Shoals. The barge was found empty two days later. "
            "Islanders are rationing fuel until the jetty reopens under guard.")
    d.f("-- Mireille Donkor")
    d.f("CONTRIBUTORS")
    d.f("Joss Tamberline edits the briefs section. Mireille Donkor reports from the Outer Shoals.")
    d.f("Next issue: April 2046. Subscriptions: ostermoor-maritime.example/lsm")
    d.f("Littoral Security Monitor | March 2046 | page 4 of 4")
    return d
