"""Writes authors19-new: invented scraped pages for bylines and bios (issue 6). Lines starting with '+' are article text."""
import json

FILES = {
"c01_archive_blog_posted_role": dict(
    url="https://blog.harrowfordarchives.example/2031/06/02/the-lighthouse-logbooks/",
    label=dict(title="The lighthouse logbooks and the winter of the wreckers", authors=["Maelis Fenwright-Osei"], date="2031-06-02",
               kind="blog", publication="Harrowford County Archives"),
    lines="""Harrowford County Archives
Visit   Collections   Learning   Blog   Contact
Blog
The lighthouse logbooks and the winter of the wreckers
Posted on 2nd June 2031 by Maelis Fenwright-Osei, Oral History Coordinator (Coastal Memory Project)
+Three logbooks from the Skerrow light arrived at the archive last spring, donated by the grandson of the last keeper to serve on the rock.
+They cover the winter of 1911, when a gang on the mainland was accused of showing false lights to draw ships onto the reef, and the keepers' entries are the only daily record of what was seen from the tower.
+The entries are short and practical: wind, visibility, lamps lit and extinguished. But on four nights the keeper noted lights on the shore \"where no house stands\", and on one of them a schooner went aground within the hour.
+We have now digitised all three volumes, and they can be read in the searchroom or online through the catalogue.
Share this post
Tags: lighthouses, oral history, shipwrecks
© 2031 Harrowford County Archives""",
),
"c02_wire_credit_only": dict(
    url="https://www.meridianwire.example/world/africa/ferry-operators-suspend-night-crossings-2031-05-18/",
    label=dict(title="Ferry operators suspend night crossings after second hijacking on Lake Tavuni", authors=["Odile Brannigan-Kuti", "Rasmus Oyelaran"],
               date="2031-05-18", kind="news", publication="Meridian Wire"),
    lines="""Meridian Wire
World   Business   Markets   Sustainability   More
Ferry operators suspend night crossings after second hijacking on Lake Tavuni
May 18, 2031 4:12 PM UTC
+PORT SAVAL, May 18 (Meridian Wire) - Ferry operators on Lake Tavuni suspended all night crossings on Sunday after armed men seized a passenger vessel for the second time in a month, the regional transport authority said.
+The vessel, carrying around 140 passengers and a cargo of maize, was boarded shortly after midnight about 20 km from the port of Saval and released at dawn after the crew handed over cash and mobile phones.
+\"We cannot ask our crews to sail in the dark until the lake police can escort us,\" said Hawa Mensimah, who chairs the operators' association.
+The authority said patrols would be doubled from Monday, but did not say when night crossings could resume.
(Reporting by Odile Brannigan-Kuti in Port Saval; Additional reporting by Lucien Tabbart and Nnamdi Corrie; Writing by Rasmus Oyelaran; Editing by Greer Halloway)
Our Standards: The Meridian Wire Trust Principles.""",
),
"c03_lawblog_site_account_guest": dict(
    url="https://quayside-legal-notes.example/2031/04/22/guest-post-harbour-detention-powers/",
    label=dict(title="Harbour detention powers and the new maritime security bill", authors=["Benedek Oduro-Valtonen"], date="2031-04-22",
               kind="blog", publication="Quayside Legal Notes"),
    lines="""Quayside Legal Notes
Commentary on maritime and public law
Home   About   Authors   Submissions
22 April 2031
Harbour detention powers and the new maritime security bill
Posted by Quayside Legal Notes in Maritime law, Legislation
Guest post by Dr Benedek Oduro-Valtonen, School of Law, University of Carrowmore
+The maritime security bill now before the assembly would give harbour masters a power to detain any vessel they reasonably suspect of carrying people or goods for an armed group.
+The power is wide, and the bill says little about how long a vessel may be held or who reviews the decision. A detention that lasts weeks can ruin a small operator even if no charge follows.
+Other coastal states have attached such powers to a short time limit and a right to apply to a court. The bill should do the same before it reaches its final stage.
Benedek Oduro-Valtonen is a lecturer in maritime law at the University of Carrowmore.
Quayside Legal Notes is edited by members of the Carrowmore Maritime Law Society. Views are the authors' own.""",
),
"c04_essay_honours_bio": dict(
    url="https://www.saltmarshreview.example/essays/what-the-courts-learned-from-the-harbour-trials/",
    label=dict(title="What the courts learned from the harbour trials", authors=["Imogen Achterberg-Sowah"], date="2031-03-11",
               kind="essay", publication="The Saltmarsh Review"),
    lines="""THE SALTMARSH REVIEW
Essays   Reviews   Podcast   Subscribe
ESSAY
What the courts learned from the harbour trials
11 March 2031
+Ten years ago the first of the harbour trials opened in a converted warehouse, because no courtroom in the city was large enough for thirty defendants and their lawyers.
+The trials were meant to show that the state could deal with an armed group through the ordinary courts. They did show that, but at a cost nobody had foreseen: four years of hearings, two collapsed cases and a generation of witnesses who never want to testify again.
+The lesson the judges drew was not that such trials are impossible, but that they must be smaller, faster and kinder to the people who give evidence.
Dame Imogen Achterberg-Sowah DBE KC was lead counsel for the prosecution in the second harbour trial and now sits as a judge of the appeal court.
More essays
© The Saltmarsh Review 2031""",
),
"c05_ngo_briefing_authorship_note": dict(
    url="https://www.tidelinetrust.example/publications/briefings/fishing-families-and-the-exclusion-zones/",
    label=dict(title="Fishing families and the exclusion zones", authors=["Saoirse Mbatha-Kellan", "Ilari Fontaine"], date="2031-02-27",
               kind="briefing", publication="Tideline Trust"),
    lines="""Tideline Trust
Our work   Publications   News   Donate
Publications / Briefings
BRIEFING
Fishing families and the exclusion zones
27 February 2031
+Since the navy declared three exclusion zones off the southern coast, fishing families in eleven villages have lost access to the grounds they have worked for generations.
+We interviewed 64 households between October and December. Most reported that their catch had halved, and a third had sold or mortgaged a boat.
+Families told us that they were not consulted before the zones were declared and do not know when they will be lifted.
+We ask the ministry to publish the boundaries and the review date of each zone, and to pay compensation to the households that have lost their income.
This briefing was researched and written by Saoirse Mbatha-Kellan and Ilari Fontaine of the Trust's coastal communities team. It was reviewed by our policy director.
Download the briefing (PDF, 1.2 MB)
Tideline Trust is a registered charity.""",
),
}

for name, spec in FILES.items():
    raw = spec["lines"].split("\n")
    text_lines = [i + 1 for i, l in enumerate(raw) if l.startswith("+")]
    lines = [l[1:] if l.startswith("+") else l for l in raw]
    with open(name + ".txt", "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(name + ".yml", "w", encoding="utf-8") as f:
        f.write(f"url: {spec['url']}\n")
    lab = spec["label"]
    lo, hi = text_lines[0], text_lines[-1]
    assert text_lines == list(range(lo, hi + 1)), name
    with open(name + ".labels.yml", "w", encoding="utf-8") as f:
        f.write(f"# Labels for {name}.txt (format: tests/ImportCorpus/README.md)\none_line_per_paragraph: true\narticles:\n")
        f.write(f"  - title: {json.dumps(lab['title'], ensure_ascii=False)}\n")
        f.write(f"    authors: {json.dumps(lab['authors'], ensure_ascii=False)}\n")
        f.write(f"    date: {lab['date']}\n    kind: {lab['kind']}\n    publication: {json.dumps(lab['publication'], ensure_ascii=False)}\n")
        f.write(f"    volume: null\n    issue: null\n    text: [{lo}-{hi}]\n")
