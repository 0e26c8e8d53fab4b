"""Writes the pages22-new cases (invented; single web pages with a republication note or a standfirst over a block of
page metadata, laid out in ways heldout32 does not use, written after the pages22 rules and labelled before any run):
'>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402

write("q01_essay_reprint_note_above_byline", [
    "THE LAMPLIGHT",
    "Essays, arguments and long reads",
    "Sections: Essays · Reviews · Letters · About",
    "ESSAY",
    "What the tide tables never told us",
    "*Originally published in The Quellmark Review on 2 March 2033. Reprinted by arrangement with the author.*",
    "Words by Oriel Stanhope-Baptiste",
    "Reading time: 7 minutes",
    ">My grandmother kept the tide tables in a drawer beside the bread, and she trusted them more than she trusted the radio. Every morning she would look up the hour of high water and plan the day around it: when to take the boat out, when to mend the nets, when to send us children down to the rock pools.",
    ">The tables were printed by the harbour office in a thin blue booklet, and for most of her life they were right. What they could not tell her was that the sea itself was changing, a few millimetres a year, until the spring tides began to reach the doorstep of the net loft.",
    ">I thought of her last winter when the storm surge came up the slipway and into the lower street. The tables had predicted a high tide, as they always do. They had not predicted the wind, or the rain that had been falling on the hills for a week, or the sandbar that the dredgers had stopped clearing.",
    ">We like to think of risk as something a table can hold. It is more like a conversation between the things we measure and the things we have stopped paying attention to.",
    "Oriel Stanhope-Baptiste writes about coastal towns and the people who stay in them.",
    "Share this essay",
    "© 2033 The Lamplight Trust",
], dict(title="What the tide tables never told us", authors=["Oriel Stanhope-Baptiste"], date="2033-03-02", kind="essay",
        publication="The Quellmark Review"), sidecar="url: https://lamplight.example/essays/what-the-tide-tables-never-told-us")

write("q02_council_notice_summary_then_fields", [
    "Skip to content",
    "Harrowgate Vale District Council",
    "Residents | Business | Planning | Council and democracy",
    "Home > News > Notices",
    "Temporary closure of the Millbrook footbridge",
    "The footbridge over the Millbrook at Fenner Lane will close for eight weeks from Monday while engineers replace its decking and handrails, the council has announced.",
    "Department: Highways and Bridges",
    "Date issued: 17 January 2033",
    ">Engineers found during a routine inspection in December that several of the timber boards on the bridge deck had softened and that two sections of the handrail were loose at their fixings. The bridge was declared safe for use in the short term but must be repaired before the spring.",
    ">A signed diversion will run along Orchard Row and across the road bridge at Copley Street. The council has asked the bus operator to add a stop on Orchard Row for the length of the works.",
    ">Residents with questions about access to their homes during the works can contact the highways team through the council's online form.",
    "Was this page useful? Yes / No",
    "Follow us on social media",
    "Harrowgate Vale District Council, Town Hall, Market Square",
], dict(title="Temporary closure of the Millbrook footbridge", authors=[], date="2033-01-17", kind="notice",
        publication="Harrowgate Vale District Council"))

write("q03_blog_republished_from_institute", [
    "Ferrow Notes — a blog about ports, ships and the people on them",
    "Home / Archive / About",
    "Posted 28 January 2033",
    "Why container dwell times are rising again",
    "by Callum Ibekwe-Thornbury",
    "This post was first published by the Tessel Institute on 20 January 2033.",
    "Tags: ports, logistics",
    ">Container dwell times at the main terminals of the eastern seaboard rose for the third quarter in a row at the end of last year, after two years in which they had fallen steadily. The average box now waits a little over six days between being lifted off a ship and leaving the terminal gate.",
    ">Three things seem to be driving the rise. Customs inspections have become more frequent since the new risk rules came in; rail slots out of the terminals have been cut while the main line is rebuilt; and importers, burned by shortages two years ago, are using the terminals as cheap storage.",
    ">None of these is a crisis on its own. Together they add up to a system that has lost the slack it needs to absorb the next shock.",
    "2 comments",
    "Older post / Newer post",
], dict(title="Why container dwell times are rising again", authors=["Callum Ibekwe-Thornbury"], date="2033-01-20", kind="blog",
        publication="Tessel Institute"))

write("q04_trade_journal_standfirst_byline_date", [
    "MARINE ENGINEERING WEEKLY",
    "News | Features | Jobs | Events | Subscribe",
    "Shipyard at Orrin Point wins order for six harbour tugs",
    "The yard's first new-build contract in four years will keep about 300 workers employed until the end of 2035, its owners said on Tuesday.",
    "Reporting by Tamsin Achterberg-Lowe",
    "8 February 2033",
    ">The Orrin Point yard, which has survived for the past four years on repair and conversion work, has signed a contract with a regional towage company for six tugs of a new hybrid design, with an option for two more.",
    ">The first two hulls are due to be laid down in the autumn. The yard's managing director said the order would allow it to take on apprentices again for the first time since the closure of its training school.",
    ">The towage company said it had chosen the yard partly because of its closeness to the harbours where the tugs will work, which will make warranty repairs quicker and cheaper.",
    "Related: Orrin Point yard warns of job losses (2029)",
    "Copyright 2033 Keelhaul Media Ltd",
], dict(title="Shipyard at Orrin Point wins order for six harbour tugs", authors=["Tamsin Achterberg-Lowe"], date="2033-02-08", kind="news",
        publication="Marine Engineering Weekly"))

write("q05_opinion_reprint_version_note_no_date", [
    "The Brackenford Echo",
    "Opinion",
    "Commentary",
    "A levy on empty shops will not fill them",
    "Marguerite Osei-Lindqvist",
    "5 March 2033",
    "A version of this commentary originally appeared in the Lantern Bay Gazette.",
    ">Every high street in the county has the same gap-toothed look: a charity shop, a bookmaker, two vape stores and a row of windows papered over with faded notices. The council's answer, a levy on landlords who leave their shops empty for more than a year, is popular and will do almost nothing.",
    ">Landlords keep shops empty because the rents they are holding out for are written into their loans. A levy that costs less than the fall in value they would have to admit is a fee, not an incentive.",
    ">What would work is duller: letting the council take over long-empty units on short leases and offer them to local businesses at rents they can afford.",
    "Marguerite Osei-Lindqvist is a former chair of the county traders' association.",
    "Comments are closed.",
], dict(title="A levy on empty shops will not fill them", authors=["Marguerite Osei-Lindqvist"], date="2033-03-05", kind="commentary",
        publication="Lantern Bay Gazette"))
