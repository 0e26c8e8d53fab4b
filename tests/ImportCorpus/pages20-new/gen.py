"""Writes the pages20-new cases (invented after the pages20 rules, labelled before any run): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402

# A tribunal's decision summary: reference, panel and decision-date fields between the headline and the text; a feedback line.
write('n01_tribunal_decision_summary_fields', [
    'Ports Appeals Tribunal',
    'Home | Decisions | Hearings | Guidance | Contact us',
    'This site uses cookies to remember your settings. Accept | Settings',
    'Decisions > 2032 > Summaries',
    'Decision summary',
    'Kestrel Freight Ltd v Harbour Security Authority',
    'Tribunal reference: PAT/2032/0417',
    'Panel: Judge Amara Lindqvist, Tobias Ferreira, Ruth Okonjo-Baptiste',
    'Decision date: 3 November 2032',
    '>The appeal',
    '>Kestrel Freight appealed against an order excluding two of its drivers from the container terminal at Velling for twelve months on the ground that they posed a security risk.',
    '>The company argued that the Authority had relied on anonymous reports that neither the drivers nor the company had been allowed to see.',
    '>The decision',
    '>The tribunal allows the appeal in part. The order against the first driver is set aside; the order against the second is upheld for six months.',
    '>The tribunal was satisfied that the material against the second driver was specific and had been put to him in substance at interview [para 27]. No such material existed for the first driver [para 33].',
    'This summary is not part of the decision. The full written decision is the only authoritative text.',
    'Download the full decision (PDF, 31 pages)',
    'Was this page helpful?  Yes  No  Report an error on this page',
    'Ports Appeals Tribunal | Accessibility | Privacy | Crown copyright',
], dict(title='Kestrel Freight Ltd v Harbour Security Authority', authors=[], date='2032-11-03',
        kind='decision summary', publication='Ports Appeals Tribunal'),
    sidecar='url: https://www.ports-tribunal.example/decisions/2032/pat-2032-0417-summary')

# An assembly's written answer: the question's "Tabled on" line, then "Answered by NAME, ROLE" and "Answered on DATE" after it.
write('n02_assembly_written_answer_tabled_on', [
    'States Assembly of Orrin',
    'Members | Business | Committees | Record | Visit',
    'Home > Record > Written questions > WQ.212/2032',
    'Harbour Patrols: Night Cover',
    'Asked by Deputy Oriel Castellanos-Hughes (St Brelade East)',
    'Tabled on 6 May 2032',
    '>To ask the Minister for Home Affairs how many nights in 2031 the harbour patrol boat was not at sea because of crew shortages, and what is being done to recruit more crew.',
    'Answered by Lucan Adeyemi-Frost, Minister for Home Affairs',
    'Answered on 20 May 2032',
    '>The harbour patrol boat was unable to put to sea on 41 nights in 2031 because of crew shortages, compared with 17 nights in 2030.',
    '>Eight new crew members completed their training in April and a further six are due to complete it in September, after which the shortage should be resolved.',
    'Print this answer | Download as PDF',
    'Related written questions',
    'Harbour Patrols: Budget (WQ.188/2032)',
    'States Assembly of Orrin | Terms of use | Cookies',
], dict(title='Harbour Patrols: Night Cover', authors=['Oriel Castellanos-Hughes', 'Lucan Adeyemi-Frost'], date='2032-05-20',
        kind='written question', publication='States Assembly of Orrin'))

# A magazine's obituary closed by an en-dash signature in capitals, the writer's note under it, and a feedback line.
write('n03_review_obituary_capitals_signature', [
    'THE HARBOUR REVIEW',
    'Essays  Reviews  Obituaries  Letters  Subscribe',
    'Obituary',
    'Tomasz Ekwueme-Lind, 1946-2032',
    'A harbour master who kept the smugglers guessing',
    'Published 12 August 2032',
    '>Tomasz Ekwueme-Lind, who has died aged 86, was harbour master at Skarholm for twenty-six years and in that time was threatened, bribed and once shot at, without ever seeming to notice.',
    '>He came to the sea late, after a career as a schoolteacher, and brought to the job a teacher\'s habit of knowing exactly who was where and why.',
    '>His reports on the cigarette boats of the 1980s were read in three ministries and ignored in all of them until the night the coastguard lost a cutter.',
    '>He is survived by his wife, Agnieszka, and by two sons.',
    '– MAREIKE OSTROWSKI-BALOGUN',
    'Mareike Ostrowski-Balogun is a writer and former coastguard officer.',
    'Did you find this article useful?  Yes  No  Tell us what we got wrong',
    'Share: Email  Print',
    'The Harbour Review | Subscriptions | Advertise | © 2032',
], dict(title='Tomasz Ekwueme-Lind, 1946-2032', authors=['Mareike Ostrowski-Balogun'], date='2032-08-12',
        kind='obituary', publication='The Harbour Review'),
    sidecar='url: https://www.harbourreview.example/obituaries/tomasz-ekwueme-lind')

# A monitoring group's press review: roman endnote markers after full stops, an "Endnotes" list, the site's furniture after it.
write('n04_press_review_roman_endnotes', [
    'Caspian Media Watch',
    'Reviews | Archive | About us | Newsletter',
    'Press review',
    'What the Tarvan papers said about the pipeline strike',
    'By Rosalind Ohanian-Berg',
    '14.10.2032',
    '>The pro-government daily Tarvan Times called the strike on the pipeline pumping station an act of foreign sabotage and demanded that the border be closed.[i]',
    '>The independent weekly Kuryer took a different line, noting that the station had been attacked twice before by a local group with grievances over land.[ii]',
    '>Only one paper, the regional Sahil Xabar, reported that the station\'s guards had not been paid for three months before the attack.[iii]',
    'Endnotes',
    '>[i] Tarvan Times, 09.10.2032, p. 1.',
    '>[ii] Kuryer, 11.10.2032, pp. 4-5.',
    '>[iii] Sahil Xabar, 12.10.2032, p. 2.',
    'Share: X | Facebook | Email',
    'Related reviews',
    'The border crossings in the southern press',
    'Caspian Media Watch is an independent project. All translations are our own. © 2032',
], dict(title='What the Tarvan papers said about the pipeline strike', authors=['Rosalind Ohanian-Berg'], date='2032-10-14',
        kind='press review', publication='Caspian Media Watch'),
    sidecar='url: https://www.caspianmediawatch.example/reviews/tarvan-papers-pipeline-strike')

# A conference's page for one paper: "Presenting authors" over name-and-university lines, chair, abstract and the panel's other papers.
write('n05_conference_paper_presenting_authors', [
    'NSRC 2032 - Nordic Security Research Conference - Aarvik, 12-14 May 2032',
    'Programme | Keynotes | Papers | Travel | Register',
    'Papers > Panel 4C: Borders and mobility',
    'Paper',
    'Counting crossings: what ferry manifests tell us about irregular travel',
    'Panel 4C: Borders and mobility',
    'Wednesday 13 May 2032, 09:30-11:00, Hall Nordlys',
    'Chair: Henrike Baptiste-Sorensen (Aarvik University)',
    'Presenting authors',
    'Joakim Oyelaran-Lind, University of Tromsholm',
    'Saskia Vermeulen, Centre for Border Studies, Ghent',
    'Abstract',
    '>Ferry companies are required to keep passenger manifests, but these are rarely used by researchers. We obtained eleven years of manifests for three routes across the northern straits.',
    '>Comparing the manifests with border records, we estimate that between two and four per cent of passengers on the night routes travelled under names that appear nowhere else in the records.',
    '>We discuss what this means for estimates of irregular travel and for the privacy of passengers whose data such research relies on.',
    'Keywords: borders; ferries; irregular migration; data',
    'Other papers in this panel',
    'Seasonal workers and the visa calendar - Ines Karlsson',
    'Add to my programme',
    'NSRC 2032 is hosted by Aarvik University. Contact: papers@nsrc2032.example',
], dict(title='Counting crossings: what ferry manifests tell us about irregular travel',
        authors=['Joakim Oyelaran-Lind', 'Saskia Vermeulen'], date='2032-05-13', kind='paper',
        publication='Nordic Security Research Conference'))

# A county court's press summary: "Judgment date:" under a citation and a judges field; the note after; a feedback line.
write('n06_county_court_press_summary_judgment_date', [
    'Courts of Aldermere',
    'Find a judgment | Press summaries | Court lists | About us',
    'Home › Press summaries',
    'PRESS SUMMARY',
    'Aldermere Ferry Company v Director of Port Police',
    'Citation: [2032] ALC 58',
    'Judges: Judge Patience Holloway-Idris, Judge Marten Sokolov',
    'Judgment date: 21 September 2032',
    '>Background',
    '>The ferry company challenged a direction of the Director of Port Police requiring it to search every vehicle boarding its night crossings to the islands.',
    '>What the court decided',
    '>The court dismissed the challenge. The direction was made on intelligence of a specific threat to the night crossings and was limited to three months [para 19].',
    '>The court noted that the direction must be reviewed before it is renewed, and that the company must be consulted on any renewal [para 26].',
    'NOTE: This summary is provided to help in understanding the decision. It does not form part of the reasons for the decision.',
    'Is this page useful?  Yes  No  Report a problem with this page',
    'Courts of Aldermere | Privacy | Cookies | Accessibility',
], dict(title='Aldermere Ferry Company v Director of Port Police', authors=[], date='2032-09-21',
        kind='press summary', publication='Courts of Aldermere'))
