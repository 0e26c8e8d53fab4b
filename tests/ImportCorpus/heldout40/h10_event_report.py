"""h10: a research centre's conference report: three authors on one line, glued note markers, a reference list."""
from lib import Doc, web


def build():
    d = Doc("h10_event_report", blank_between=True)
    d.comments = [
        "Choices: 'EVENT REPORT' over the title is a two-word label kept as printed (event report); the date is the",
        "report's publication date, not the days of the event; the programme box (date, venue, speakers) is",
        "furniture; the reference list is text, its 'References' heading is not.",
    ]
    a = d.article(title="Securing the Small Ports: Notes from the Porthaven Roundtable",
                  authors=["Lisette Narv\u00e1ez-Holm", "Gideon Abara", "Pim Westerhuis"], kind="event report",
                  date="2044-06-27", publication="Aubrac Centre for Maritime Studies", volume=None, issue=None)
    d.ls("""
Aubrac Centre for Maritime Studies
Research  Events  People  Publications  Media  Contact
Search the site
Home / Events / Past events
""")
    d.blank()
    d.l("EVENT REPORT")
    d.l("Securing the Small Ports: Notes from the Porthaven Roundtable")
    d.l("Lisette Narv\u00e1ez-Holm, Gideon Abara and Pim Westerhuis")
    d.l("Report published 27.vi.2044 \u00b7 Roundtable held 11\u201312 June 2044, Porthaven")
    d.blank()
    d.ls("""
Event details
Date: 11\u201312 June 2044
Venue: Harbour Master's House, Porthaven
Speakers: 14 practitioners from port authorities, police and insurers
Format: Closed roundtable under the Chatham House Rule
""")
    d.blank()
    d.l("Download the report (PDF, 1.1 MB)")
    d.blank()
    web(d, a, [
        "Over two days in June, fourteen practitioners from port authorities, police forces and marine insurers met "
        "in Porthaven to discuss a question that the recent ferry bombing has made urgent: how can small ports, "
        "with few staff and no scanners, be protected against vehicle-borne devices?1 This report summarises the "
        "discussion without attributing views to individual participants.",
        "The problem",
        "Participants agreed that the risk has moved from the large container terminals, which have invested "
        "heavily in screening since the 2030s, to the small island and river ports that feed them.2 These ports "
        "often have a single ramp, a single officer and a timetable that leaves no room for delay. Several "
        "participants pointed out that an attacker does not need to target the small port itself; it is enough to "
        "load a device there and let the ferry carry it somewhere busier.",
        "What can be done quickly",
        "Three low-cost measures found wide support. The first is to change the order in which vehicles are loaded, "
        "so that unscreened vehicles are placed where a blast would do least harm. The second is to share "
        "passenger and vehicle booking data with the receiving port before departure. The third is to train ramp "
        "staff, many of them seasonal workers, to recognise a short list of warning signs.3",
        "What needs money",
        "Insurers present argued that the cost of portable scanners has fallen far enough for shared units to be "
        "moved between small ports on a rota, and offered to discuss premium reductions for ports that take part. "
        "Police participants were more cautious, noting that a scanner is only as good as the person reading its "
        "images.4",
        "The roundtable will reconvene in December to review progress.",
    ])
    d.l("References")
    d.blank()
    web(d, a, [
        "1. Ferry explosion at Sarrabey: what we know \u2013 Sarrabey Herald, accessed 20 June 2044, "
        "https://sarrabeyherald.example/news/ferry-explosion-what-we-know",
        "2. Screening at container terminals, 2030\u20132043 \u2013 Port Security Review, accessed 21 June 2044, "
        "https://portsecurityreview.example/screening-terminals",
        "3. Guidance for ramp staff on suspicious vehicles \u2013 National Maritime Safety Office, accessed 21 June "
        "2044, https://nmso.example/guidance/ramp-staff",
        "4. Portable scanners: a buyer's guide \u2013 Harbour Technology, accessed 22 June 2044, "
        "https://harbourtech.example/portable-scanners-guide",
    ])
    d.ls("""
Tags: ports \u00b7 ferries \u00b7 screening \u00b7 insurance
Share: LinkedIn \u00b7 Email \u00b7 Copy link
Upcoming events
Maritime Security Winter School \u2013 13 January 2045
Register your interest
Stay informed: sign up for the Centre's monthly bulletin.
\u00a9 Aubrac Centre for Maritime Studies 2044 \u00b7 Registered charity no. 1180442 \u00b7 Privacy \u00b7 Cookies
""")
    return d, None, True
