# heldout31 (blind set, issue 6): `python3 gen.py` rewrites every n*.txt, n*.yml and n*.labels.yml in this folder.
# All text is invented. Whole issues are in gen_issues.py; web pages and the email are below, written with
# corpusgen.write: a line starting with '>' is article text (the '>' is dropped).
import os
import textwrap
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import gen_issues as G
from corpusgen import write


def L(pub, title, authors, date, kind, volume="null", issue="null"):
    return dict(title=title, authors=authors, date=date, kind=kind, publication=pub, volume=volume, issue=issue)


def arts(paras):
    return ['>' + p for p in paras]


def gapped(paras):
    out = []
    for p in paras:
        out += ['>' + p, '']
    return out[:-1]


# ------------------------------------------------------------------ n04: TM feature, clipped with a crawler block
def n04():
    f = G.TM_F1
    lines = [
        "---",
        'title: "Salt Roads and Fuel Drums: How the Wadi Front Pays for Its Return to Eastern Qaradun - The Jamestown Foundation"',
        "source: https://jamestown.example/program/salt-roads-and-fuel-drums-wadi-front-eastern-qaradun/",
        "author: unknown",
        "published: 2032-08-06",
        "created: 2032-08-09",
        'description: "Eighteen months after government forces declared the eastern districts of Qaradun province cleared, the Wadi Front is again collecting money on the roads..."',
        "tags:",
        '  - "clippings"',
        "---",
        "",
        "[Skip to content](#main)",
        "",
        "Programs · Terrorism Monitor · Militant Leadership Monitor · Eurasia Daily Monitor · China Brief · Events · Donate",
        "",
        "# Salt Roads and Fuel Drums: How the Wadi Front Pays for Its Return to Eastern Qaradun",
        "",
        "Publication: Terrorism Monitor Volume: 30 Issue: 15",
        "",
        "By: Marten Achebe-Solvik",
        "",
        "August 6, 2032 04:12 PM Age: 3 days",
        "",
        "![Salt trucks queue at a checkpoint on the plateau road](https://jamestown.example/wp-content/uploads/2032/08/salt-trucks.jpg)",
        "",
        "Salt trucks queue on the plateau road east of Tessul (Source: Qaradun Evening Post)",
        "",
        ">" + f[0].replace(" [1]", "[[1]](#_edn1)"),
        "",
        ">" + f[1],
        "",
        ">" + f[2].replace(" [2]", "[[2]](#_edn2)"),
        "",
        ">**" + f[3] + "**",
        "",
        ">" + f[4].replace(" [3]", "[[3]](#_edn3)"),
        "",
        ">" + f[5].replace(" [4]", "[[4]](#_edn4)"),
        "",
        "* * *",
        "",
        ">[[1]](#_ednref1) " + G.TM_F1_NOTES[0][4:],
        "",
        ">[[2]](#_ednref2) " + G.TM_F1_NOTES[1][4:],
        "",
        ">[[3]](#_ednref3) " + G.TM_F1_NOTES[2][4:],
        "",
        ">[[4]](#_ednref4) " + G.TM_F1_NOTES[3][4:],
        "",
        "Share: [Facebook](https://facebook.example/sharer) [X](https://x.example/intent) [Email](mailto:?subject=Salt%20Roads)",
        "",
        "## Related Articles",
        "",
        "* [Drone Strikes Resume Against Militant Camps in the Hazarbal Valley](https://jamestown.example/program/drone-strikes-resume-hazarbal/)",
        "* [The Wadi Front After the Offensive: A Group in Retreat?](https://jamestown.example/program/wadi-front-after-offensive/)",
        "",
        "Sign up for our newsletters and get the latest analysis delivered to your inbox. [Subscribe](https://jamestown.example/subscribe/)",
        "",
        "© 2032 The Jamestown Foundation · Privacy Policy · Terms of Use",
    ]
    write("n04_tm_web_clipper_salt_roads", lines,
          L("Terrorism Monitor", G.TM_F1_TITLE, [G.TM_F1_AUTHOR], "2032-08-06", "feature", 30, 15),
          sidecar="url: https://jamestown.example/program/salt-roads-and-fuel-drums-wadi-front-eastern-qaradun/",
          one_line=True)


# ------------------------------------------------------------------ n05: MLM feature, text-mode browser dump
def n05():
    f = G.MLM_F1
    fix = lambda s: s.replace("doubled in June.1", "doubled in June.[13]1").replace("weeks later.2", "weeks later.[14]2").replace("abroad.3 The", "abroad.[15]3 The")
    lines = [
        "   [1]Skip to main content",
        "   [2]The Jamestown Foundation",
        "",
        "     * [3]Programs",
        "     * [4]Analysis",
        "     * [5]Events",
        "     * [6]About",
        "     * [7]Support Us",
        "",
        "   [8]Search ____________________ [9]Go",
        "",
        "Yusuf Ardalan Kerimov: The Engineer Behind a Drone Workshop in the Oruzi Borderlands",
        "",
        "   Publication: [10]Militant Leadership Monitor  Volume: 23  Issue: 7",
        "   July 2032 05:00 AM",
        "   By: [11]Selin Marwick-Adeyemi",
        "",
        "   [12]Print this article",
        "",
    ]
    # lynx -dump wraps at the terminal's width, with the body indented three spaces
    wrapl = lambda p, ind: [">" + ind + l for l in textwrap.wrap(p, 74 - len(ind))] + [""]
    for k, p in enumerate(f):
        lines += wrapl(p, "  ") if k in (2, 5) else wrapl(fix(p), "   ")
    lines += ["   Notes", ""]
    for n in G.MLM_F1_NOTES:
        lines += wrapl(n.replace("1. ", "[16]1. ", 1) if n.startswith("1.") else n, "   ")
    lines += ["   " + l for l in textwrap.wrap(G.MLM_F1_BIO, 71)] + [
        "",
        "   Share: [17]Facebook [18]X [19]LinkedIn [20]Email",
        "",
        "   Related",
        "     * [21]Succession Questions After the Death of a Veteran Commander in the Oruzi Hills",
        "     * [22]Hamdou Ag Irzaman: A Smuggler's Son Who Became the Front's Negotiator",
        "",
        "   (c) 2032 The Jamestown Foundation. All rights reserved. [23]Privacy",
        "",
        "References",
        "",
        "   1. https://jamestown.example/#main",
        "   2. https://jamestown.example/",
        "   3. https://jamestown.example/programs/",
        "   4. https://jamestown.example/analysis/",
        "   5. https://jamestown.example/events/",
        "   6. https://jamestown.example/about/",
        "   7. https://jamestown.example/donate/",
        "   8. https://jamestown.example/search/",
        "   9. https://jamestown.example/search/?go",
        "  10. https://jamestown.example/programs/mlm/",
        "  11. https://jamestown.example/analyst/selin-marwick-adeyemi/",
        "  12. https://jamestown.example/program/yusuf-ardalan-kerimov-drone-workshop/print/",
        "  13. https://jamestown.example/program/yusuf-ardalan-kerimov-drone-workshop/#_edn1",
        "  14. https://jamestown.example/program/yusuf-ardalan-kerimov-drone-workshop/#_edn2",
        "  15. https://jamestown.example/program/yusuf-ardalan-kerimov-drone-workshop/#_edn3",
        "  16. https://jamestown.example/program/yusuf-ardalan-kerimov-drone-workshop/#_ednref1",
        "  17. https://facebook.example/sharer.php?u=jamestown.example",
        "  18. https://x.example/intent/tweet?url=jamestown.example",
        "  19. https://linkedin.example/shareArticle?url=jamestown.example",
        "  20. mailto:?subject=Yusuf%20Ardalan%20Kerimov",
        "  21. https://jamestown.example/program/succession-questions-oruzi-hills/",
        "  22. https://jamestown.example/program/hamdou-ag-irzaman-negotiator/",
        "  23. https://jamestown.example/privacy/",
    ]
    write("n05_mlm_web_lynx_kerimov", lines,
          L("Militant Leadership Monitor", G.MLM_F1_TITLE, [G.MLM_F1_AUTHOR], "2032-07-01", "feature", 23, 7),
          sidecar=None, one_line=False)


# ------------------------------------------------------------------ n06: newsletter email with two pieces
RD_LEAD = [
    "The ceasefire that has kept the ferry corridor between Port Elsan and the Marrat islands quiet since March is "
    "fraying, and it is worth being precise about why. It is not, as some of the coverage this week suggested, "
    "because Harakat al-Sahil has decided to return to war. The group's broadcasts over the past month have been "
    "careful to blame the coast guard for every incident and to present its own fighters as defenders of the "
    "fishermen. That is the language of a group that wants to keep the truce while raising its price.",
    "The real pressure comes from the fishing licences. When the ceasefire was agreed, the provincial government "
    "promised to suspend the new licensing rules that had pushed hundreds of small boat owners out of the trade. The "
    "suspension was never published, and in July the coast guard began to enforce the rules again, seizing boats and "
    "nets in three villages. For the fishermen, this looked like a breach of the deal; for the insurgents, it was an "
    "opportunity.",
    "Three things to watch in the coming weeks. First, whether the provincial council votes on the licensing "
    "suspension at its session at the end of the month, as its chair has promised. Second, whether the elders who "
    "brokered the truce are still willing to travel to the islands; two of them told me they would not go again "
    "without guarantees for their safety. Third, whether the group resumes its night broadcasts on the Marrat "
    "frequencies, which it stopped in March. A return of those broadcasts would be the clearest sign that it has "
    "given up on the talks.",
    "None of this means that renewed fighting is inevitable. But a ceasefire that rests on an unpublished promise is "
    "only as strong as the officials who remember making it.",
]
RD_GUEST = [
    "Over the past ten years, the courts of Vendria have tried more than two hundred people who travelled to join "
    "armed groups abroad and later came home. Together with a small team of law students, I have spent the past year "
    "reading the published judgments in these cases, and the picture they paint is rather different from the one that "
    "dominates public debate.",
    "The first surprise is how few of the returnees were convicted of violent offences. Fewer than one in five "
    "judgments found that the defendant had taken part in fighting; most convictions were for membership, for "
    "travelling with the intention of joining a group, or for sending money. Sentences have lengthened markedly since "
    "2027, but the evidence on which they rest has not grown stronger. In many cases the prosecution relied almost "
    "entirely on the defendant's own social media posts.",
    "The second surprise concerns women. Courts have become much more willing to treat women who travelled as "
    "participants rather than as dependants, and the judgments since 2029 describe their roles in far more detail: "
    "running households for fighters, recruiting other women online, managing money. This is welcome in so far as it "
    "reflects the evidence, but it also means that women who were coerced or trafficked have had great difficulty "
    "persuading courts to take their circumstances into account.",
    "Finally, the judgments say remarkably little about what happens after sentence. Only a handful mention "
    "rehabilitation programmes, and none of those we read set out conditions for supervision after release. If the "
    "aim is to prevent reoffending, that silence is the most worrying finding of all.",
]


def n06():
    lines = [
        "From: The Ridgeline Dispatch <dispatch@ridgeline-dispatch.example>",
        "To: reader@monitor-archive.example",
        "Subject: The Ridgeline Dispatch: the ferry truce frays + what court records say about returnees",
        "Date: Thu, 19 Aug 2032 07:02:11 +0000",
        "List-Unsubscribe: <https://ridgeline-dispatch.example/unsubscribe?u=8812>",
        "Content-Type: text/plain; charset=utf-8",
        "",
        "View this email in your browser: https://ridgeline-dispatch.example/archive/2032-08-19",
        "",
        "THE RIDGELINE DISPATCH",
        "Weekly notes on conflict and security on the southern coast",
        "",
        "Good morning, and welcome to the 214 new readers who joined after last week's edition. This week: why the ferry",
        "truce is under strain, and a guest post on a decade of returnee trials.",
        "",
        "=====================================================================",
        "",
        "THIS WEEK'S ANALYSIS",
        "",
        "The ferry truce is fraying. Here is why.",
        "",
        "by Annika Osei-Brandt, editor",
        "",
    ] + gapped(RD_LEAD) + [
        "",
        "=====================================================================",
        "",
        "GUEST POST",
        "",
        "Ten years of returnee trials: what the judgments actually say",
        "",
        "Dr. Rafael Quist-Mbatha",
        "",
    ] + gapped(RD_GUEST) + [
        "",
        "Rafael Quist-Mbatha teaches criminal law at the University of Kastelholm. Guest posts reflect the views of their",
        "authors.",
        "",
        "=====================================================================",
        "",
        "ELSEWHERE",
        "",
        "* Terrorism Monitor on the Wadi Front's salt tolls: https://jamestown.example/program/salt-roads-and-fuel-drums/",
        "* A radio station's account of the Marrat transmitter takeover: https://radiomarrat.example/news/8841",
        "",
        "That's all for this week. If someone forwarded this to you, you can subscribe at",
        "https://ridgeline-dispatch.example/subscribe",
        "",
        "You are receiving this because you signed up at ridgeline-dispatch.example.",
        "Unsubscribe | Update your preferences | The Ridgeline Dispatch, PO Box 118, Port Elsan",
    ]
    # two articles: write the labels by hand around corpusgen.write's single-article format
    _write_multi("n06_email_newsletter_ridgeline", lines, [
        (L("The Ridgeline Dispatch", "The ferry truce is fraying. Here is why.", ["Annika Osei-Brandt"], "2032-08-19", "analysis"), RD_LEAD),
        (L("The Ridgeline Dispatch", "Ten years of returnee trials: what the judgments actually say", ["Rafael Quist-Mbatha"], "2032-08-19", "guest post"), RD_GUEST),
    ], sidecar=None)


def _write_multi(name, lines, labelled, sidecar):
    """Several articles in one web file: each article's lines are the '>' lines whose text is one of its paragraphs."""
    text, owner = [], []
    for l in lines:
        mark = l.startswith('>')
        t = l[1:] if mark else l
        who = None
        if mark:
            for k, (_, paras) in enumerate(labelled):
                if t in paras:
                    who = k
            assert who is not None, t[:60]
        text.append(t); owner.append(who)
    open(name + '.txt', 'w').write('\n'.join(text) + '\n')
    out = [f'# Labels for {name}.txt (format: tests/ImportCorpus/README.md)', 'one_line_per_paragraph: true', 'articles:']
    for k, (l, _) in enumerate(labelled):
        nums = [i + 1 for i, o in enumerate(owner) if o == k]
        ranges, start, prev = [], None, None
        for n in nums:
            if start is None: start = prev = n; continue
            if n == prev + 1 or all(not text[m - 1].strip() for m in range(prev + 1, n)): prev = n; continue
            ranges.append((start, prev)); start = prev = n
        ranges.append((start, prev))
        rs = ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)
        out += [f'  - title: "{l["title"]}"', f'    authors: [{", ".join(chr(34)+a+chr(34) for a in l["authors"])}]',
                f'    date: {l["date"]}', f'    kind: {l["kind"]}', f'    publication: "{l["publication"]}"',
                f'    volume: {l["volume"]}', f'    issue: {l["issue"]}', f'    text: [{rs}]']
    open(name + '.labels.yml', 'w').write('\n'.join(out) + '\n')
    if sidecar: open(name + '.yml', 'w').write(sidecar + '\n')


import gen_pages  # noqa: E402  (n07–n15)

if __name__ == "__main__":
    G.n01(); G.n02(); G.n03()
    if os.path.exists("n02_militant_leadership_monitor_jul2032.yml"):
        os.remove("n02_militant_leadership_monitor_jul2032.yml")  # no sidecar for this issue
    n04(); n05(); n06()
    gen_pages.main()
