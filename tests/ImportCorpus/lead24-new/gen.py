"""Writes lead24-new: four invented raw files, their labels and sidecars. python3 gen.py"""
import textwrap

def para(text, width=70, indent=""):
    return textwrap.wrap(" ".join(text.split()), width, initial_indent=indent, subsequent_indent=indent,
                         break_on_hyphens=False)

class Doc:
    def __init__(self):
        self.lines = []  # (article index or None, text)
    def f(self, *lines):          # furniture / title / byline lines
        for l in lines: self.lines.append((None, l))
    def t(self, a, *lines):       # article text lines
        for l in lines: self.lines.append((a, l))
    def p(self, a, text, width=70, indent=""):
        self.t(a, *para(text, width, indent)); self.f("")
    def ranges(self, a):
        out, start, last = [], None, None
        for i, (tag, l) in enumerate(self.lines, 1):
            if tag == a:
                if start is None: start = i
                last = i
            elif tag is None and l.strip() == "" and start is not None:
                continue
            elif start is not None:
                out.append((start, last)); start = None
        if start is not None: out.append((start, last))
        return ", ".join(str(s) if s == e else f"{s}-{e}" for s, e in out)

def q(s): return '"' + s.replace('"', '\\"') + '"'

def write(name, doc, arts, sidecar=None, one_line=False):
    with open(name + ".txt", "w") as fh:
        fh.write("\n".join(l for _, l in doc.lines) + "\n")
    y = [f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)"]
    if one_line: y.append("one_line_per_paragraph: true")
    y.append("articles:")
    for i, a in enumerate(arts):
        y += [f"  - title: {q(a['title'])}",
              "    authors: [" + ", ".join(q(x) for x in a['authors']) + "]",
              f"    date: {a['date']}", f"    kind: {a['kind']}", f"    publication: {q(a['pub'])}",
              f"    volume: {a.get('vol') or 'null'}", f"    issue: {a.get('iss') or 'null'}",
              f"    text: [{doc.ranges(i)}]"]
    with open(name + ".labels.yml", "w") as fh: fh.write("\n".join(y) + "\n")
    if sidecar:
        with open(name + ".yml", "w") as fh: fh.write(sidecar)


# ---------------------------------------------------------------- f01: plain-text email newsletter
def f01():
    d, R = Doc(), "=" * 70
    d.f("From: Straits Dispatch <letters@straitsdispatch.example>",
        "To: reader@mailbox.example",
        "Subject: Straits Dispatch: ferry fares, pilot strikes and a quiet harbour",
        "Date: Fri, 13 Jan 2034 06:30:12 +0000",
        "",
        "Read it in your browser: https://straitsdispatch.example/letters/2034-01-12",
        "", R,
        "                          STRAITS DISPATCH",
        "        Shipping, ports and the politics of the narrow seas",
        "                      Thursday 12 January 2034", R, "",
        "This week", "",
        "- Ferry fares and the island vote",
        "- Why the harbour pilots walked out",
        "- Is the Orvend canal quietly losing its traffic?", "", "-" * 70, "",
        "ANALYSIS", "",
        "Ferry fares and the island vote", "",
        "By Marit Halloran", "")
    d.p(0, """When the coastal authority raised the return fare to the outer islands by
        a fifth in November, officials called it a technical adjustment to cover fuel. Six weeks
        later it has become the main issue in the by-election for the Skerrow seat, and both large
        parties are now promising to reverse it.""")
    d.p(0, """The arithmetic is not complicated. About four thousand voters live on the
        three outer islands, and most of them cross to the mainland at least once a week for work,
        school or hospital visits. For a household that makes four crossings a week the increase
        costs more than a month's rent over a year. Local councillors say the new fare has already
        pushed two shops on Vella to cut their opening hours.""")
    d.p(0, """What makes the dispute unusual is that the authority has published its
        accounts. They show that the ferries have run at a loss for nine years and that the fare
        rise covers less than a third of the gap. Whoever wins in February will have to find the
        rest from somewhere, and neither campaign has yet said where.""")
    d.f("-" * 70, "", "COMMENTARY", "", "Why the harbour pilots walked out", "",
        "By Tomas Ekwall and Ines Barrowcliffe", "")
    d.p(1, """The strike by harbour pilots at Port Kessand last week lasted only
        thirty-one hours, but it stopped every vessel over eighty metres from entering or leaving
        the port, and it left eleven container ships waiting at anchor off the breakwater.""")
    d.p(1, """The pilots' union says the dispute is about rest periods. Since the port
        extended its night working in the autumn, pilots have been asked to bring in ships on
        consecutive night shifts, sometimes with fewer than eight hours between them. Two near
        misses in the approach channel in December, both reported to the maritime inspectorate,
        gave the union its case.""")
    d.p(1, """The port company answers that it cannot recruit pilots fast enough, because
        training takes four years and the older pilots are retiring. That is true, but it is also
        an argument for keeping the ones it has. A settlement that limits night shifts while the
        company trains more pilots would cost far less than another day of ships at anchor.""")
    d.f("-" * 70, "", "EXPLAINER", "", "Is the Orvend canal quietly losing its traffic?", "")
    d.p(2, """Figures released by the canal board on Monday show that 2,140 vessels used
        the Orvend canal in 2033, down from 2,610 the year before. The board blamed low water in
        the summer months, when draught limits were cut twice.""")
    d.p(2, """Low water explains part of the fall, but not all of it. Traffic was also
        lower in the spring, when levels were normal. Shipping agents point to the new toll scale
        introduced in March, which charges by length rather than tonnage and has made the canal
        dearer for the long, shallow barges that were its main users.""")
    d.p(2, """Some of that traffic has moved to the coastal route, which is longer but now
        cheaper for many cargoes. The board is due to review the toll scale in April.""")
    d.f("-" * 70, "")
    d.f(*para("Straits Dispatch is edited by Corinna Vasquez-Lund. Views expressed are the authors' own."), "")
    d.f(*para("""Tomas Ekwall is a former harbour master at Port Kessand and Ines Barrowcliffe
        researches maritime labour at the University of Tornhaven."""), "")
    d.f("Forward this email to a friend: https://straitsdispatch.example/forward",
        "You are receiving this because you subscribed at straitsdispatch.example.",
        "Unsubscribe | Update your preferences: https://straitsdispatch.example/prefs",
        "Straits Dispatch, 14 Quay Lane, Tornhaven TH2 8PW")
    base = dict(date="2034-01-12", pub="Straits Dispatch")
    write("f01_plaintext_newsletter_boxed_masthead", d, [
        dict(base, title="Ferry fares and the island vote", authors=["Marit Halloran"], kind="analysis"),
        dict(base, title="Why the harbour pilots walked out", authors=["Tomas Ekwall", "Ines Barrowcliffe"],
             kind="commentary"),
        dict(base, title="Is the Orvend canal quietly losing its traffic?", authors=[], kind="explainer")])



# ---------------------------------------------------------------- f03: PDF issue, body — periodical on one line
def f03():
    d = Doc()
    foot = lambda n: f"Coastal Security Monitor | Volume 9, Number 2 | {n}"
    d.f("Halvard Centre for Maritime Studies — Coastal Security Monitor",
        "Analysis of crime, conflict and policing at sea",
        "Volume 9, Number 2 · February 2034", "",
        "In this issue", "",
        "Lights Off: Dark Fishing Fleets in the Sorrel Gulf",
        "    Annika Rautio ........................................ 1",
        "Prison Ships and Ransom Ledgers: Inside a Kidnap Network on the Delta",
        "    Obiora Castellane and Freya Lindholm-Adu ............. 3", "",
        "Lights Off: Dark Fishing Fleets in the Sorrel Gulf", "",
        "Annika Rautio", "")
    d.p(0, """For three nights in late December, patrol aircraft over the Sorrel Gulf
        counted between forty and sixty fishing vessels working the shelf edge with their
        transponders switched off. The coast guard of Meridia, which licenses fewer than twenty
        foreign boats in those waters, boarded two of them and found holds full of squid caught
        inside its exclusive zone (Meridian Coast Guard statement, December 30, 2033).[1]""")
    d.p(0, """Dark fishing is not new in the gulf, but its scale has changed. Five years
        ago the fleets were small and stayed near the median line, where a boat could claim it
        had strayed. The vessels seen in December were working well inside the zone, in groups,
        and were supplied at sea by a refrigerated carrier that itself broadcast a false
        position.[2]""")
    # paragraph broken by a page footer mid-sentence
    lines = para("""The coast guard's problem is one of numbers. It has four ocean-going
        cutters, two of which were in dock for most of last year, and its aircraft can stay over
        the shelf edge for only a few hours at a time. Officers say that by the time a cutter
        reaches a group of dark vessels, most have scattered toward the high seas, and the
        carrier has already taken their catch.""")
    d.t(0, *lines[:3]); d.f("", foot(1), "")
    d.t(0, *lines[3:]); d.f("")
    d.p(0, """Meridia has asked its neighbours to share radar data from their coastal
        stations, which would let it see the fleets before they reach the zone. Until that
        happens, the gulf's squid stocks, which support some twelve thousand inshore fishers,
        will continue to be taken at night by boats that do not appear on any map.""")
    d.f("Notes", "")
    d.t(0, "[1] Meridian Coast Guard, \"Statement on boardings in the Sorrel Gulf,\" December 30, 2033.")
    d.t(0, "[2] Interview with a fisheries inspector, Port Amaro, January 9, 2034.")
    d.f("", foot(2), "",
        "Prison Ships and Ransom Ledgers: Inside a Kidnap Network on the Delta", "",
        "Obiora Castellane and Freya Lindholm-Adu", "")
    d.p(1, """Since the middle of 2033, at least nineteen crew members have been taken
        from supply vessels working the oil fields of the Brannoch Delta. Unlike the kidnappings
        of a decade ago, which were the work of many small gangs, the recent abductions appear to
        be run by a single network that holds its captives on two old barges moored in the
        mangrove creeks.[1]""")
    d.p(1, """Former captives describe a system with its own bookkeeping. Each hostage is
        given a number, and a man the captives call the clerk records what the family or company
        has offered and when. Ransoms are paid in cash to intermediaries in the market town of
        Okpara, and the captives are released in the order in which their payments arrive.[2]""")
    d.f(foot(3), "")
    d.p(1, """The network's discipline has made it hard to fight. It avoids killing
        captives, which keeps the shipping companies paying rather than calling for force, and it
        spreads money through the creek villages, which have few other sources of income. The
        navy's raid on one barge in October freed four hostages but found the ledgers gone.""")
    d.p(1, """A lasting answer would need more than raids. Shipping companies could agree
        not to pay through the Okpara intermediaries, and the state could offer the creek villages
        the jobs and clinics they have been promised for twenty years. Neither has happened yet.""")
    d.f("Notes", "")
    d.t(1, "[1] Delta Shipowners' Association, security bulletin, January 2034.")
    d.t(1, "[2] Interviews with three released crew members, Port Harlan, December 2033.")
    d.f("", foot(4))
    base = dict(date="2034-02-01", pub="Coastal Security Monitor", vol=9, iss=2, kind="feature")
    write("f03_pdf_issue_body_dash_periodical", d, [
        dict(base, title="Lights Off: Dark Fishing Fleets in the Sorrel Gulf", authors=["Annika Rautio"]),
        dict(base, title="Prison Ships and Ransom Ledgers: Inside a Kidnap Network on the Delta",
             authors=["Obiora Castellane", "Freya Lindholm-Adu"])])


# ---------------------------------------------------------------- f04: PDF issue, periodical | body; initialled brief
def f04():
    d = Doc()
    d.f("BORDERLANDS REVIEW | Kesterholm Institute for Regional Affairs",
        "Politics and security on the eastern frontier",
        "Vol. 14, No. 3 — March 2034", "",
        "CONTENTS", "",
        "In Brief",
        "  Customs posts reopen at Drevna ................................ 1",
        "The Quiet Militias: Volunteer Units and the State in the Upper Salm",
        "  Mirela Ostrowska-Hahn ......................................... 2", "",
        "IN BRIEF", "",
        "Customs posts reopen at Drevna", "")
    d.p(0, """The two customs posts on the Drevna crossing reopened on February 20
        after eleven months in which the border was closed to goods traffic. Lorries queued for
        nine kilometres on the first morning, and officials on both sides said they expected the
        backlog to take a fortnight to clear.""")
    d.p(0, """The reopening follows an agreement on shared inspections signed in January,
        under which officers of both services work from a single building. Traders welcomed it,
        but the agreement runs for only six months, and neither government has said what happens
        if it is not renewed. (R.T.)""")
    d.f("1", "",
        "The Quiet Militias: Volunteer Units and the State in the Upper Salm", "",
        "By Mirela Ostrowska-Hahn", "")
    d.p(1, """When the volunteer battalions of the Upper Salm were folded into the
        territorial guard three years ago, the government presented the move as the end of a
        dangerous period. The units, raised by local notables during the border clashes of 2029,
        would now answer to the ministry, wear its uniform and draw its pay.""")
    d.p(1, """In practice, little changed. Interviews with guard officers, local officials
        and former volunteers in four districts suggest that most battalions kept their old
        commanders, their old recruiting networks and, in at least two cases, their own stores of
        weapons that were never declared to the ministry.""")
    d.t(1, "Loyalty by district"); d.f("")
    d.p(1, """The commanders' authority rests on things the ministry cannot easily
        replace. They found jobs for returning volunteers, paid for funerals and settled land
        disputes that the courts had left open for years. A battalion's loyalty is to the district
        that raised it, and the commander is the district's broker with the capital.""")
    d.f("2", "")
    d.p(1, """This arrangement has kept the peace, but it has costs. Guard units have been
        accused of running checkpoints for profit on the Salm valley road, and a parliamentary
        inquiry last year found that pay for some three hundred guardsmen went to men who had
        left the service.""")
    d.p(1, """The ministry's new plan, which would rotate commanders between districts
        every two years, is meant to break these ties. The commanders have said they will comply.
        Whether their men will follow a stranger is a question the plan does not answer.""")
    d.f("3", "", "CONTRIBUTORS", "",
        *para("R.T. — Reda Tolvanen is a research fellow at the Kesterholm Institute for Regional Affairs."),
        *para("M.O.-H. — Mirela Ostrowska-Hahn is a journalist based in Salmbruck who covers the eastern districts."),
        "", "Borderlands Review is published monthly by the Kesterholm Institute for Regional Affairs.")
    base = dict(date="2034-03-01", pub="Borderlands Review", vol=14, iss=3)
    write("f04_pdf_issue_periodical_bar_body_initials", d, [
        dict(base, title="Customs posts reopen at Drevna", authors=["Reda Tolvanen"], kind="brief"),
        dict(base, title="The Quiet Militias: Volunteer Units and the State in the Upper Salm",
             authors=["Mirela Ostrowska-Hahn"], kind="feature")],
        sidecar="publication: Borderlands Review\n")


# ---------------------------------------------------------------- f05: text-mode browser dump of one web article
def f05():
    d = Doc()
    I = "   "
    def pp(text): d.t(0, I + " ".join(text.split())); d.f("")
    d.f("   [1]Skip to main content", "",
        "   [2]The Lantern Review", "",
        "   [3]Home [4]Analysis [5]Podcasts [6]About [7]Subscribe", "",
        "   [8]Home > [9]Analysis", "",
        "Salt, Sand and Smugglers: The Trade That Outlived the Border Fence", "",
        "   By [10]Ottilie Marchetti", "",
        "   7 February 2034", "",
        "   Share: [11]Email [12]Facebook [13]Mastodon [14]Copy link", "")
    pp("""When the government of Castravia finished its fence along the southern desert
        border in 2031, ministers promised that it would end the smuggling that had fed the
        markets of the oasis towns for a generation. Three years later the markets are still
        full. What has changed is who runs the trade and what it costs.""")
    pp("""Before the fence, smuggling in the border districts was a family business.
        Pick-up trucks carried fuel south and returned with cigarettes, flour and sometimes
        migrants, and the drivers paid small sums to the patrols they met. The fence, with its
        cameras and its few gates, made that kind of crossing impossible for anyone without
        capital or connections.[15]1""")
    d.t(0, "Who controls the gates"); d.f("")
    pp("""The trade did not stop; it moved to the gates. Traders in the town of Ouarzim
        say that goods now cross in the lorries of a handful of licensed transport firms, several
        of them owned by relatives of senior officers, and that the fee for a container is set
        each month at a cafe near the customs yard.[16]2""")
    pp("""The result is a trade that is smaller, richer and more dangerous to question.
        Two local journalists who reported on the transport firms last year were detained for
        questioning, and one has since left the country. The families who once drove the trucks
        now work as porters and lookouts for the firms, or have left for the coast.[17]3""")
    pp("""None of this was the fence's purpose, but it is its effect. A barrier that was
        meant to close the border has instead concentrated the profits of crossing it in fewer
        hands, and those hands are closer to the state than the smugglers it replaced ever were
        across the borders.[18]4""")
    d.f("Notes", "")
    d.t(0, "    1. [19]^ Interviews with former drivers, Ouarzim and Tamesla, November 2033.",
        "    2. [20]^ Interviews with three traders, Ouarzim, December 2033.",
        "    3. [21]^ Castravian Press Freedom Committee, annual report, January 2034.",
        "    4. [22]^ Ministry of the Interior, border statistics, 2031–2033.")
    d.f("", "Related", "",
        "     * [23]The fuel subsidy and the desert economy",
        "     * [24]Inside the oasis towns' new customs regime", "",
        "   [25]About us | [26]Contact | [27]Privacy | [28]Back to top", "",
        "   © 2034 The Lantern Review. All rights reserved.", "",
        "References", "",
        "   1. https://lanternreview.example/analysis/salt-sand-smugglers/#main",
        "   2. https://lanternreview.example/",
        "   3. https://lanternreview.example/",
        "   4. https://lanternreview.example/analysis/",
        "   5. https://lanternreview.example/podcasts/",
        "   6. /about/",
        "   7. https://lanternreview.example/subscribe/",
        "   8. https://lanternreview.example/",
        "   9. https://lanternreview.example/analysis/",
        "  10. https://lanternreview.example/authors/ottilie-marchetti/",
        "  11. mailto:?subject=Salt%2C%20Sand%20and%20Smugglers",
        "  12. https://www.facebook.example/sharer?u=https://lanternreview.example/analysis/salt-sand-smugglers/",
        "  13. https://social.example/share?text=Salt%2C%20Sand%20and%20Smugglers",
        "  14. https://lanternreview.example/analysis/salt-sand-smugglers/#copy",
        "  15. #fn1", "  16. #fn2", "  17. #fn3", "  18. #fn4",
        "  19. #ref1", "  20. #ref2", "  21. #ref3", "  22. #ref4",
        "  23. https://lanternreview.example/analysis/fuel-subsidy-desert-economy/",
        "  24. https://lanternreview.example/analysis/oasis-towns-customs-regime/",
        "  25. /about/",
        "  26. https://lanternreview.example/contact/",
        "  27. https://lanternreview.example/privacy/",
        "  28. #main")
    write("f05_text_browser_dump_numbered_links", d, [
        dict(title="Salt, Sand and Smugglers: The Trade That Outlived the Border Fence",
             authors=["Ottilie Marchetti"], date="2034-02-07", kind="analysis", pub="The Lantern Review")],
        sidecar="url: https://lanternreview.example/analysis/salt-sand-smugglers/\n", one_line=True)


if __name__ == "__main__":
    f01(); f03(); f04(); f05()
