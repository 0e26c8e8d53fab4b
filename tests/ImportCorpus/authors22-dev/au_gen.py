"""Writes the au_ files of authors22-dev: invented scraped pages for bylines, closing signatures, authors blocks, ranks and
dotted dates (issue 6, branch authors22; written first, fitted to). Lines starting with '+' are article text.
Run: python3 au_gen.py"""
import json

FILES = {
"au_d01_consent_honorific_name": dict(
    url="https://www.ravelinpost.example/pulse/how-river-pilots-read-the-silt-2031/",
    label=dict(title="How river pilots read the silt", authors=["Ottoline Marsh-Adeyemi"], date="2031-04-09",
               kind=None, publication="Ravelin Post"),
    lines="""Ravelin Post
By continuing to browse or clicking Accept, you agree to Ravelin Post's Terms of Use, Privacy Notice, and Cookie Settings.
Accept   Manage
How river pilots read the silt
Dr. Ottoline Marsh-Adeyemi
April 9, 2031
+The pilots who bring barges down the lower Vessa do not trust the charts, and they are right not to: the channel moves every season, and the survey boat comes twice a year.
+Instead they read the colour of the water, the set of the reeds and the way a wake breaks against the bank, skills passed from one pilot to the next over decades.
+When the port authority proposed replacing them with buoys and a tracking app, the pilots asked for one thing: a season on the river with the engineers before anything changes.
Follow   Comment   Repost
© 2031 Ravelin Post""",
),
"au_d02_statement_by_role": dict(
    url="https://www.harbourlightsfund.example/news/statements/detention-of-aid-workers-in-port-kell/",
    label=dict(title="Detained aid workers in Port Kell must be released", authors=["Anselm Quarshie-Lind"], date="2031-02-17",
               kind="statement", publication="Harbour Lights Fund"),
    lines="""Harbour Lights Fund
Who we are   Where we work   News   Donate
News > Statements
Statement
Detained aid workers in Port Kell must be released
Published 17 February 2031
Statement by Anselm Quarshie-Lind, Country Director
+Four of our staff have now been held without charge in Port Kell for eleven days. They were detained at a checkpoint while driving a water truck to the eastern camps.
+We have not been told why they are being held, and their families have not been allowed to see them.
+We call on the authorities to release them at once, or to bring them before a court and let them speak to a lawyer.
For media enquiries, contact press@harbourlightsfund.example""",
),
"au_d03_dashed_signature_letters": dict(
    url="https://www.coastalwardens.example/news/in-memoriam-captain-idris-fenn/",
    label=dict(title="In memoriam: Idris Fenn, harbour master of Skelby", authors=["Rosalind Achebe-Vogt"], date="2031-01-22",
               kind="obituary", publication="Coastal Wardens Society"),
    lines="""Coastal Wardens Society
Home   Members   Journal   Events   News
Obituary
In memoriam: Idris Fenn, harbour master of Skelby
22 January 2031
+Idris Fenn, who kept the port of Skelby open through the blockade winter of 2009, died at home on 14 January. He was 81.
+He joined the harbour service at sixteen as a boatman and never worked anywhere else. Colleagues remember a man who knew every mooring by the sound of its chain.
+In retirement he taught navigation to the sea cadets and wrote a short history of the port that the society published in 2019.
— Professor Rosalind Achebe-Vogt, FCWS
Members may send condolences through the society office.""",
),
"au_d04_authors_block_dash_roles": dict(
    url="https://www.tessarisre.example/insights/port-strikes-and-cargo-cover-2031/",
    label=dict(title="Port strikes and cargo cover: what changes in 2031", authors=["Leopold Nyambura-Frost", "Signe Okwuosa"], date="2031-03-03",
               kind="insight", publication="Tessaris Re"),
    lines="""Tessaris Re
Solutions   Claims   Insights   About   Careers
Insights › Cargo
INSIGHT
Port strikes and cargo cover: what changes in 2031
Published: 3 March 2031  |  4 min read
+Strikes at three of the region's largest container ports cost shippers more in delays last year than any storm.
+Most cargo policies exclude delay, and many exclude loss caused by strikes unless a strikes clause was bought separately.
+From April, our standard wording will include a limited strikes extension for perishable goods, with a waiting period of seventy-two hours.
Authors
Leopold Nyambura-Frost — Head of Marine Underwriting, Rotterdam
Signe Okwuosa — Claims Manager, Cargo
Contact us
This article is for information only and is not advice.""",
),
"au_d05_dotted_date_ranks": dict(
    url="https://www.sentinelforum.example/papers/coastal-militias-and-the-navy/",
    label=dict(title="Coastal militias and the navy: a fragile bargain", authors=["Hallvard Ibekwe", "Maren Castellano-Oduya"], date="2031-03-14",
               kind="paper", publication="Sentinel Forum"),
    lines="""Sentinel Forum
Research   Events   Experts   About
Paper
Coastal militias and the navy: a fragile bargain
Major (retd) Hallvard Ibekwe and Dr Maren Castellano-Oduya
14·03·2031
+For a decade the navy has relied on coastal militias to watch the creeks it cannot patrol, paying them in fuel and in a blind eye to their fishing quotas.
+The bargain has held because both sides gain from it, but it rests on personal ties between a few commanders and militia leaders, most of whom are now close to retirement.
+We argue that the arrangement should either be written down and overseen, or wound up before a new generation inherits it without the trust that made it work.
Download PDF""",
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
        f.write(f"    date: {lab['date']}\n    kind: {lab['kind'] or 'null'}\n    publication: {json.dumps(lab['publication'], ensure_ascii=False)}\n")
        f.write(f"    volume: null\n    issue: null\n    text: [{lo}-{hi}]\n")
