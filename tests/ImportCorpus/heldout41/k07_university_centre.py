"""A university research centre's news page with three authors and a numbered reference list."""

from lib import web

NAME = "k07_university_centre"
TITLE = "New dataset maps a decade of attacks on river shipping"


def build():
    d = web(NAME, sidecar="url: https://www.harwick.ac.vh/littoral-governance/news/2045/new-dataset-river-shipping-attacks")
    d.comments = [
        "Choices: the Centre prints its own name with its own menu under the University's masthead, so the",
        "Centre is the publication; 'NEWS' over the title is the kind; the reference list's items are text,",
        "its heading is not. Honorifics (Dr, Prof.) are not part of the names.",
    ]
    a = d.article(TITLE, ["Amadou Keel", "Hanna Stromberg", "Ivo Laskaris"], "2045-04-04", "news",
                  "Centre for Littoral Governance")
    d.page(f"""
University of Harwick
Study | Research | Alumni | Staff intranet | Give
Centre for Littoral Governance
About the Centre
People
Research themes
Data
News
Events
Contact
You are in: University of Harwick › Centre for Littoral Governance › News

NEWS  |  Data release

{TITLE}

Written by Dr Amadou Keel, Hanna Stromberg and Prof. Ivo Laskaris

Posted on the Centre's pages 04·IV·2045

Estimated reading time: 5 minutes

> Researchers at the Centre for Littoral Governance have published the first open dataset of attacks on river shipping, covering 2,140 incidents on fourteen rivers between 2034 and 2044. The River Incidents Register is free to download and will be updated every six months.

> The register records each incident's date, location, type of vessel and type of attack, together with the source that reported it. Most earlier collections focused on the open sea, where piracy has long been tracked by shipping bodies, and treated rivers as an afterthought.1

> Why rivers matter

> Rivers carry a growing share of regional trade as roads deteriorate and fuel prices rise. The Centre's earlier work showed that barge traffic on the Lanner alone doubled between 2036 and 2042.2 Attacks on that traffic have consequences far beyond the boats themselves, from the price of grain in river towns to the funding of the armed groups that tax the trade.

> The register shows that attacks have become more frequent and more violent. Robbery of cargo remains the most common type of incident, but kidnapping of crew members has risen from 4 per cent of incidents in 2034 to 19 per cent in 2044.3

> How the register was built

> The team combined reports from river police, insurers, local newspapers and boat operators' associations, checking each incident against at least two sources. Where sources disagreed on the date or place of an incident, the register records both and flags the entry.

> "The hardest part was not finding incidents but deciding when two reports described the same one," said Hanna Stromberg, the Centre's data manager. "A robbery can appear in five places with five different dates."

> The register is accompanied by a codebook and by a short paper describing its methods, which has been submitted for peer review.4

References

> 1. Maritime Trade Watch, Annual Piracy and Armed Robbery Report 2044 – Maritime Trade Watch, accessed 28 March 2045, https://maritimetradewatch.org/reports/2044-annual

> 2. Keel, A. and Laskaris, I., Barges and Borders: Inland Trade on the Lanner – Centre for Littoral Governance, accessed 28 March 2045, https://www.harwick.ac.vh/littoral-governance/publications/barges-and-borders

> 3. River Incidents Register, version 1.0 – Centre for Littoral Governance, accessed 2 April 2045, https://data.harwick.ac.vh/rir/v1

> 4. Stromberg, H. et al., Counting Attacks on Rivers: Methods and Sources – Harwick Working Papers, accessed 2 April 2045, https://www.harwick.ac.vh/working-papers/2045-07

Tags: rivers, shipping, data, armed groups

Share: Email · Facebook · LinkedIn · Copy link

Download the River Incidents Register (CSV, 3.4 MB)

More news from the Centre

Centre hosts workshop on inland port security — 14 March 2045

New doctoral studentships in maritime governance — 2 February 2045

Sign up to the Centre's quarterly newsletter

Centre for Littoral Governance, Quayside Building, University of Harwick, Harwick HW2 7LQ

© University of Harwick 2045 | Privacy | Accessibility statement | Freedom of information

This site uses cookies. By continuing to browse you agree to our use of cookies. OK
""", a)
    return d
