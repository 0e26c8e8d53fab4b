"""lead25-new: new cases of the twenty-fifth session's lead rules, written by the lead after the rules and before any run.
Lines starting with "<n>|" are article n's text; the label file is written from them. Run: python3 gen.py"""
import textwrap, re, os

def wrapped(par, width=66):
    return textwrap.wrap(par, width)

def emit(name, lines, arts, sidecar=None, one_line=False):
    out, ranges = [], {}
    for ln in lines:
        m = re.match(r"^(\d)\|(.*)$", ln)
        if m:
            n = int(m.group(1)); out.append(m.group(2)); ranges.setdefault(n, []).append(len(out))
        else:
            out.append(ln)
    open(f"{name}.txt", "w").write("\n".join(out) + "\n")
    def spans(nums):
        res, s, p = [], None, None
        for x in nums:
            if s is None: s = p = x
            elif x == p + 1: p = x
            else: res.append((s, p)); s = p = x
        res.append((s, p))
        # a blank line inside an article's text joins its ranges only when both sides are text
        merged = []
        for a, b in res:
            if merged and all(out[k - 1].strip() == "" for k in range(merged[-1][1] + 1, a)): merged[-1] = (merged[-1][0], b)
            else: merged.append((a, b))
        return ", ".join(f"{a}-{b}" if a != b else f"{a}" for a, b in merged)
    lab = [f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)"]
    if one_line: lab.append("one_line_per_paragraph: true")
    lab.append("articles:")
    for n, a in enumerate(arts, 1):
        lab += [f'  - title: "{a["title"]}"', f'    authors: [{", ".join(chr(34)+x+chr(34) for x in a["authors"])}]',
                f'    date: {a["date"]}', f'    kind: {a["kind"]}', f'    publication: "{a["pub"]}"',
                f'    volume: {a.get("volume", "null")}', f'    issue: {a.get("issue", "null")}', f'    text: [{spans(ranges[n])}]']
    open(f"{name}.labels.yml", "w").write("\n".join(lab) + "\n")
    if sidecar: open(f"{name}.yml", "w").write(sidecar + "\n")

def para(n, text, width=66):
    return [f"{n}|{l}" for l in wrapped(text, width)]

# m01: an email newsletter, pieces between rules of asterisks under capitals labels; a guest essay with its writer's bio
# in the byline's place (its own block); a brief signed at its end by the editor, who bylines the first piece.
rule = "*" * 58
m01 = ["From: The Shoal Letter <letter@shoal.example>", "To: readers@shoal.example",
       "Subject: Shoal Letter #31: pilots, nets and a ferry fare", "Date: Wed, 14 Jun 2034 05:50:00 +0000", "",
       "Open in your browser: https://shoal.example/letter/31", "", rule, "THE SHOAL LETTER",
       "Fishing, ports and trouble on the southern coast", "#31 | Tuesday 13 June 2034", rule, "",
       "Good morning from a rainy Tessel. Three things this week, one of", "them from a guest. Replies always welcome.", "", "Hanne", "",
       rule, "COMMENTARY", "", "The pilots have a point about the night berths", "by Hanne Oduya-Kerr", ""]
m01 += para(1, "The harbour pilots at Tessel have refused since May to bring laden ships to the eastern berths after dark, and the port has called the refusal a strike in all but name. It is not. The pilots say the berths are unlit, the channel markers have not been checked since the winter storms, and two boats have run aground there this year.")
m01 += [""] + para(1, "The port could settle this in a week by fixing the lights and publishing the survey of the channel that it commissioned in March. Instead it has threatened the pilots with fines, which will only harden a dispute that began as a complaint about safety. A port that cannot bring ships in at night loses cargo to its neighbours; a port that loses a ship loses far more.")
m01 += ["", rule, "ESSAY", "", "What the net menders know about the smugglers",
        "Joris Van Heerden-Mbeki is a writer and former deckhand based in", "Marrenhaven. He last wrote for the Letter in March.", ""]
m01 += para(2, "The net menders of Marrenhaven sit in a row along the old quay, and they see every boat that comes in. Over a summer of evenings on that quay I learnt that they also see which boats come in too light for the fish they claim, and which crews pay for their repairs in cash that nobody counts.")
m01 += [""] + para(2, "None of them would call it smuggling. They speak of 'the other trade', and of the men from inland who meet certain boats at the slipway after midnight. They are careful about names, and they have reason to be: one mender who spoke to the police two years ago found her stall burned within the week.")
m01 += [""] + para(2, "What they describe is not a cartel but a habit, a set of small favours that has grown into a route. The coastguard counts seizures; the menders count boats. Their count is the better guide to what is moving along this coast, and nobody official has ever asked for it.")
m01 += ["", rule, "IN BRIEF", "", "Ferry fare to the outer islands frozen", ""]
m01 += para(3, "The regional council voted on Monday to freeze the ferry fare to the outer islands until the end of the year, reversing a rise it approved in February. Councillors cited the cost to islanders who cross for work and hospital visits. The ferry company says it will ask for a subsidy to cover the difference.")
m01 += ["", "Hanne Oduya-Kerr", "", rule, "Know someone who would like the Letter? Forward it on.",
        "You get this letter because you signed up at shoal.example.", "Unsubscribe: https://shoal.example/u/31 | Change preferences",
        "The Shoal Letter, 5 Rope Walk, Tessel"]
common = dict(date="2034-06-13", pub="The Shoal Letter")
emit("m01_email_letter_asterisk_rules_bio_in_byline_place", m01, [
    dict(title="The pilots have a point about the night berths", authors=["Hanne Oduya-Kerr"], kind="commentary", **common),
    dict(title="What the net menders know about the smugglers", authors=["Joris Van Heerden-Mbeki"], kind="essay", **common),
    dict(title="Ferry fare to the outer islands frozen", authors=["Hanne Oduya-Kerr"], kind="brief", **common)])

# m02: a PDF issue whose masthead line prints the body's name ("… Centre for Coastal Affairs") and the periodical's after
# a bar; two briefs under a plural label, each signed at its end by one writer; a feature with its byline under its title;
# a running footer with page numbers.
m02 = ["ORRIN CENTRE FOR COASTAL AFFAIRS | HARBOUR SECURITY BULLETIN", "Analysis of crime and conflict in the ports of the south",
       "Vol. 5, No. 2 — May 2034", "", "CONTENTS", "Briefs .......................................... 1",
       "Ledgers of the Ferry Cartel: Inside the Tessel Route .............. 2", "   Ravi Amundsen-Kole", "", "BRIEFS", "",
       "Customs Dogs Withdrawn From the Northern Quay", ""]
m02 += para(1, "The customs service withdrew its dog teams from the northern quay at Port Orrin in April after two handlers were threatened by men who said they spoke for the stevedores' association. The association denies any link. Officials say searches of containers on that quay have fallen by half since the teams left, and that smugglers are likely to notice.")
m02 += ["", "Tamsin Okafor-Ruud", "", "A Coastguard Cutter Is Fired On Near Kell Point", ""]
m02 += para(2, "A coastguard cutter came under fire from a fast boat off Kell Point on the night of April 22, the first such attack in the area for three years. Nobody was hurt. The coastguard believes the boat was carrying fuel from the islands and says it will add night patrols, though it has only two cutters for the whole of the southern coast.")
m02 += ["", "Tamsin Okafor-Ruud", "", "Harbour Security Bulletin · May 2034 · 1", "", "Ledgers of the Ferry Cartel: Inside the Tessel Route", "",
        "By Ravi Amundsen-Kole", ""]
m02 += para(3, "For most of the last decade the passenger ferries between Tessel and the outer islands carried more than passengers. Court records from two trials this spring show that a network of crew members, freight agents and at least one port official moved cigarettes, fuel and cash on the ferries for six years, and kept careful accounts of every load.")
m02 += [""] + para(3, "The accounts are what make the case unusual. Investigators recovered three ledgers from a freight office in Tessel, written in a simple code that a clerk later explained to the court. They record payments to crew members by the crossing, a monthly sum to a customs officer, and a fixed share sent to a man the ledgers call only 'the owner'.")
m02 += ["", "Harbour Security Bulletin · May 2034 · 2", ""] + para(3, "The network did not need violence to work. It needed reliable people in a few places, and the ferries gave it a timetable that nobody questioned. When the customs officer was transferred in 2032, the ledgers show a gap of two months and then payments to a new name.")
m02 += [""] + para(3, "The trials have ended the network, but not the route. The ferries still run, the freight agents still operate, and the court heard nothing about who 'the owner' was. Until the port checks the freight it carries as closely as the passengers, the route will find new people to run it.")
m02 += ["", "Harbour Security Bulletin is published by the Orrin Centre for Coastal Affairs.", "", "Harbour Security Bulletin · May 2034 · 3"]
common = dict(date="2034-05-01", pub="Harbour Security Bulletin", volume=5, issue=2)
emit("m02_pdf_issue_body_bar_periodical_signed_briefs", m02, [
    dict(title="Customs Dogs Withdrawn From the Northern Quay", authors=["Tamsin Okafor-Ruud"], kind="brief", **common),
    dict(title="A Coastguard Cutter Is Fired On Near Kell Point", authors=["Tamsin Okafor-Ruud"], kind="brief", **common),
    dict(title="Ledgers of the Ferry Cartel: Inside the Tessel Route", authors=["Ravi Amundsen-Kole"], kind="feature", **common)])

# m03: a personal site's post: a logo in lower case, a dated fields line with the post's collection, a signature with the
# given name only, the full name only in the footer's note about the site.
m03 = ["driftwood", "a former lighthouse keeper writes about the coast", "home · dispatches · photographs · about", "",
       "The night the buoy lights went out", "23.06.2034 · dispatches · 4 min read", "",
       "1|When the lights on the channel buoys off Sennet went dark last Thursday, the harbour office said it was a fault in the new solar panels. By Saturday it had changed its story: someone had cut the cables on four buoys, one after another, in a single night.",
       "", "1|I kept the light at Sennet Head for twenty-two years, and in all that time nobody touched the buoys. They were the one thing on this coast that everyone agreed on. Fishermen, smugglers and the coastguard all needed them, and all of them knew it.",
       "", "1|So the question the harbour office has not asked is who gains from a dark channel. Not the fishermen, who lost two nights at sea. Not the ferry, which waited at the quay. Someone wanted a few hours in which no boat could see another, and someone knew exactly which cables to cut.",
       "", "1|The lights are back now. I hope the harbour office is watching them.", "", "— Ilse", "",
       "Tags: Sennet, buoys, the channel", "4 comments", "Leave a comment", "",
       "driftwood is kept by Ilse Marwick-Obi, who kept the Sennet Head light until 2031.", "Made with a text editor · RSS"]
emit("m03_personal_site_given_name_signature", m03, [
    dict(title="The night the buoy lights went out", authors=["Ilse Marwick-Obi"], date="2034-06-23", kind="dispatch", pub="driftwood")],
    sidecar="url: https://driftwood-sennet.example/2034/06/23/buoy-lights/", one_line=True)
