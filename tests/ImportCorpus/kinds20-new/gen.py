"""Writes the kinds20-new cases (invented, written after the kinds20 rules, labelled before any run, measured once):
'>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from corpusgen import write  # noqa: E402

# A parish council's minutes page: attendance, numbered agenda items, resolutions; no genre label over the title.
write('n01_parish_council_minutes', [
    'Oakhollow Parish Council',
    'Home | Meetings | Planning | Allotments | Contact',
    'You are here: Home > Meetings > Full Council',
    'Full Council, 8 April 2031',
    'Held at the Village Hall, Mill Lane, at 7.00pm',
    'Present: Cllr Fenella Drake-Ossei (Chair), Cllr Warrick Lund, Cllr Priya Haldane, Cllr Tobias Mwangi-Root',
    'In attendance: Clerk to the Council, Ms Rosalind Achebe-Fry; two members of the public',
    'Apologies: Cllr Ingrid Soames',
    '>1. Public participation',
    '>A resident of Ferry Row asked whether the council would ask the police to patrol the recreation ground after the fires set there in March. The Chair said the matter would be taken under item 4.',
    '>2. Minutes of the meeting of 11 March 2031',
    '>The minutes were approved as a correct record and signed by the Chair.',
    '>3. Finance',
    '>The Clerk reported that the precept for 2031/32 had been received. Payments totalling 4,212 pounds were approved.',
    '>4. Community safety',
    '>Cllr Lund reported on the meeting with the neighbourhood policing team. The team had linked the fires on the recreation ground to a group of youths from outside the parish and had increased evening patrols. Cllr Haldane asked whether the broken gate could be replaced before the summer.',
    '>RESOLVED: That the Clerk obtain quotes for a lockable gate and report to the May meeting.',
    '>5. Date of the next meeting',
    '>13 May 2031 at 7.00pm, the Annual Parish Meeting.',
    '>The meeting closed at 8.40pm.',
    'Signed ..................... Chair',
    'Download these minutes (PDF, 88 KB)',
    'Oakhollow Parish Council, The Old School, Mill Lane. Registered office.',
    'Privacy | Accessibility | Cookies',
], dict(title='Full Council, 8 April 2031', authors=[], date='2031-04-08', kind='minutes',
        publication='Oakhollow Parish Council'), 'url: https://www.oakhollow-pc.example/meetings/full-council/2031-04-08')

# A research centre's Q&A series: numbered questions, each followed by the answer; the series label is in the menu only.
write('n02_centre_five_questions', [
    'Halden Centre for Maritime Security',
    'Research | People | Five Questions | Events | Newsletter',
    'Five questions for Captain Ingeborg Salas-Whitfield on the new convoy rules',
    'Interview: Declan Omoruyi-Park · 21 February 2031',
    '>Captain Ingeborg Salas-Whitfield commanded a coast guard cutter for nine years and now advises shipowners on the security of vessels in the Strait of Mereth.',
    '>1. What do the new convoy rules change?',
    '>Until now a master could choose whether to join a convoy. From March the insurers will only cover ships that sail in one, so in practice the choice has gone.',
    '>2. Will convoys stop the boardings?',
    '>They will make them harder. Most boardings last year were of ships sailing alone at night. But a convoy moves at the speed of its slowest ship, and that gives the gangs more time to watch it.',
    '>3. Who pays for the escorts?',
    '>The coastal states pay for the escorts in their own waters. Beyond that, the costs are shared by the shipowners through a levy, which many smaller owners say they cannot afford.',
    '>4. What worries you most?',
    '>That the gangs adapt faster than the rules. They already know which ports the convoys assemble in and when they leave.',
    'The views expressed are those of the interviewee.',
    'Share: Email · LinkedIn',
    'More in Five Questions',
    'Five questions for Rahel Tadesse-Moore on port security audits',
    '© 2031 Halden Centre for Maritime Security',
], dict(title='Five questions for Captain Ingeborg Salas-Whitfield on the new convoy rules', authors=['Declan Omoruyi-Park'],
        date='2031-02-21', kind='interview', publication='Halden Centre for Maritime Security'),
   'url: https://www.halden-centre.example/five-questions/salas-whitfield')

# An ombudsman's decision page filed under a breadcrumb collection; no label over the title.
write('n03_ombudsman_decision_summary', [
    'Office of the Security Services Ombudsman',
    'About us | Complaints | Decisions | Reports | Contact',
    'Home > Decisions > Decision summaries > 2031',
    'Complaint about the retention of a visitor\'s fingerprints at Kessenport ferry terminal',
    'Reference: SSO/2031/0117 · Decided: 4 March 2031',
    '>The complainant, a resident of Kessenport, was stopped at the ferry terminal under the port examination powers and asked to give her fingerprints. She complained that they had been kept for more than a year after the examination ended without any further action.',
    '>The Ombudsman found that the border police had failed to review the record within the six months the code of practice requires. The fingerprints had since been destroyed.',
    '>The Ombudsman upheld the complaint and recommended that the border police apologise to the complainant and audit the records kept at the terminal. The border police accepted the recommendations.',
    'This summary is not a substitute for the full decision, which is available on request.',
    'Was this page useful? Yes | No',
    '© Office of the Security Services Ombudsman 2031',
], dict(title="Complaint about the retention of a visitor's fingerprints at Kessenport ferry terminal", authors=[], date='2031-03-04',
        kind='decision summary', publication='Office of the Security Services Ombudsman'),
   'url: https://www.sso-ombudsman.example/decisions/sso-2031-0117')

# A relief coordination office's numbered report; its series label opens the title, nothing else names the kind.
write('n04_relief_situation_report_numbered', [
    'Joint Relief Coordination Office – Vessaly',
    'Home   Countries   Emergencies   Maps   Contact',
    'Situation Report No. 9: Displacement in the Orvan hills after the January attacks',
    'Published 2 February 2031',
    '>HIGHLIGHTS',
    '>About 14,000 people have left villages in the Orvan hills since armed men attacked three villages on 18 and 19 January.',
    '>Most have found shelter with relatives in the district town of Hask, where the water supply is under strain.',
    '>SITUATION OVERVIEW',
    '>The attacks followed a month of threats against village councils that had refused to pay a levy to the armed group. Local authorities report that nine people were killed and that grain stores in two of the villages were burned.',
    '>Partners have distributed food for two weeks to 6,300 people in Hask and set up two water points. Access to the villages themselves remains restricted by the army.',
    'The next situation report will be issued on or around 9 February.',
    'For more information: info@jrco-vessaly.example',
    'Share | Print | Download PDF',
], dict(title='Situation Report No. 9: Displacement in the Orvan hills after the January attacks', authors=[], date='2031-02-02',
        kind='situation report', publication='Joint Relief Coordination Office – Vessaly'),
   'url: https://www.jrco-vessaly.example/reports/orvan-9')

# A parliament's written question page: the breadcrumb files it under written questions (authors: the asker and the
# answering minister, dated by the answer, as heldout6/x06 is labelled).
write('n05_assembly_written_question', [
    'Northmere Assembly',
    'Business | Members | Committees | Publications | Visit',
    'Home › Written questions › WQ 2031/884',
    'Ferry Terminals: Screening of Foot Passengers',
    'Asked by Esme Carradine-Obi (Lower Fen), 3 March 2031',
    '>To ask the Minister for Justice how many foot passengers were screened at the Assembly area\'s ferry terminals in 2030, and how many of them were referred to the counter-terrorism police.',
    'Answered by Rufus Aldana-Kerr, Minister for Justice, 10 March 2031',
    '>In 2030 the border police screened 41,200 foot passengers at the three ferry terminals. Thirty-seven were referred to the counter-terrorism police. The Minister does not comment on the outcome of individual referrals.',
    'Related questions',
    'Ferry Terminals: Staffing (WQ 2031/702)',
    'Print | Share | Report a problem with this page',
], dict(title='Ferry Terminals: Screening of Foot Passengers', authors=['Esme Carradine-Obi', 'Rufus Aldana-Kerr'], date='2031-03-10', kind='written question',
        publication='Northmere Assembly'), 'url: https://www.northmere-assembly.example/business/wq/2031-884')
