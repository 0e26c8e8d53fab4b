"""c06: a think tank's analysis, one line per paragraph with a blank line after each, a numbered reference list."""
from lib import Doc

TITLE = "The Fixers: How Militant Drone Programs Buy What Sanctions Are Meant to Stop"


def build():
    d = Doc("c06", one_line_per_paragraph=True, comments=[
        "ANALYSIS over the title is the kind; the line of three names is the byline.",
        "the reference list's entries are text (they become footnotes); the 'References' heading is not.",
        "the disclaimer, topics and related teasers after the references are furniture.",
    ])
    a = d.article(TITLE, ["Ines Varga", "Tobias Reinholt", "Amara Chukwuemeka"], "2043-01-14", "analysis",
                  "Colbrook Institute for Security Policy")

    def line(text, owner=None):
        d.add(text, owner)
        d.blank()

    for t in ["Colbrook Institute for Security Policy", "Research  Experts  Events  Podcasts  About  Support us",
              "Search the site", "ANALYSIS", TITLE, "Ines Varga, Tobias Reinholt and Amara Chukwuemeka",
              "Jan 14, 2043 | 9 min read", "Share this: Email  LinkedIn  Bluesky  Copy link"]:
        line(t)
    for p in [
        "Every drone that has struck a police post on the Ombassi coast in the past year was built from parts "
        "that are, on paper, controlled. Motors, flight controllers and radio modules of the types recovered "
        "from the wreckage all appear on the export lists of at least two regional sanctions regimes.1 Yet the "
        "parts keep arriving.",
        "The reason is not a failure of the lists but of what they list. Sanctions name entities: companies, "
        "individuals, vessels. The drone programs of armed groups in the region rely instead on fixers, "
        "people who buy on behalf of others and who rarely appear in the same transaction twice.",
        "How the fixers work",
        "A typical purchase, reconstructed from customs files in three countries, passes through a "
        "hobby-electronics retailer, a freight forwarder and a trading company registered a few weeks "
        "earlier.2 None of the three is sanctioned, and none of them, individually, does anything unusual. "
        "The pattern is visible only when the transactions are put side by side, which no single customs "
        "service is in a position to do.",
        "The fixers are paid well for this. Court papers from Port Ilvane describe a commission of a "
        "quarter of the order's value, paid in cash on delivery.3 For a broker in a port city, a few such "
        "orders a year are a comfortable living.",
        "What would work better",
        "Three changes would make the fixers' work harder. Customs services could share data on small "
        "consignments of listed components, which are currently below the threshold for reporting. Retailers "
        "could be required to record the end user of bulk orders, as pharmacies already are for certain "
        "medicines. And prosecutors could use the conspiracy provisions that already exist, rather than "
        "waiting for a named entity to appear on a list.4",
        "None of these would stop a determined buyer. All of them would raise the price, and a drone that "
        "costs three times as much is a drone that fewer groups can afford to lose.",
    ]:
        line(p, a)
    line("References")
    for r in [
        "1. Consolidated List of Controlled Dual-Use Items – Regional Export Control Secretariat, accessed 9 January "
        "2043, https://export-controls.example/lists/dual-use-2042",
        "2. Customs Cooperation Bulletin No. 14 – Gulf Customs Forum, accessed 10 January 2043, "
        "https://gulfcustoms.example/bulletins/14",
        "3. Judgment in the Matter of Harlan Osei and Others – Port Ilvane High Court, accessed 11 January 2043, "
        "https://courts.example/ilvane/2042/osei",
        "4. Conspiracy and Attempt in Sanctions Cases: A Practitioner's Note – Colbrook Institute, accessed 12 "
        "January 2043, https://colbrook.example/notes/conspiracy-sanctions",
    ]:
        line(r, a)
    for t in ["The views expressed in this analysis are those of the authors and do not necessarily reflect "
              "those of the Colbrook Institute for Security Policy.",
              "Topics: Drones, Sanctions, Ombassi Gulf",
              "You might also like",
              "Counting the Cost of Coastal Insurgency",
              "Export Controls After the Harnby Ruling",
              "Get our weekly briefing. Sign up",
              "\u00a9 2043 Colbrook Institute for Security Policy. Registered charity no. 1188420. Privacy | Accessibility",
              "This site uses cookies. By continuing to browse you agree to our use of cookies. OK"]:
        line(t)
    return d
