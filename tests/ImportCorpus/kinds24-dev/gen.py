"""Writes the kinds24-dev cases (invented; the shapes the kinds24 rules were fitted to): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402

# A regulator's page: its own label in sentence case right over the title ("Enforcement notice").
write('d01_regulator_sentence_case_label', [
    'This site uses cookies. Accept all · Reject optional cookies',
    'Harbour Conduct Authority',
    'About   Firms   Consumers   News   Publications',
    'Home › News › Enforcement',
    'Enforcement notice',
    'Tessel Shipping Agents fined £610,000 for failing to screen cargo for sanctioned buyers',
    'Published 9 May 2032',
    '>The Harbour Conduct Authority has fined Tessel Shipping Agents £610,000 for failing to check whether the buyers of cargo it handled were on the national sanctions list.',
    '>Between 2029 and 2031 the firm arranged the shipment of machine parts to three companies that were later found to be fronts for an armed group on the northern border.',
    '>The Authority found that the firm had no written screening procedure and that its staff had not been trained to recognise the warning signs.',
    '>Tessel Shipping Agents agreed to settle and qualified for a 30% discount on the fine.',
    'Contact the press office',
    '© Harbour Conduct Authority 2032',
], dict(title='Tessel Shipping Agents fined £610,000 for failing to screen cargo for sanctioned buyers', authors=[], date='2032-05-09',
        kind='enforcement notice', publication='Harbour Conduct Authority'),
    sidecar='url: https://www.harbour-conduct.example/news/enforcement/tessel-shipping-agents')

# A company's security bulletin: the label with its reference code and date on one line over the field block.
write('d02_security_bulletin_code_line', [
    'ORRIN FREIGHT GROUP',
    'Regional Security Desk',
    'SECURITY BULLETIN  |  RSD-2032-041  |  21 May 2032',
    'Region: Lower Vell  |  Risk level: ELEVATED',
    'Armed robbery of two trucks at the Kessa weighbridge',
    'SITUATION',
    '>On the evening of 19 May 2032, four armed men stopped two of the group\'s trucks at the Kessa weighbridge and forced the drivers to unload their cargo of copper cable into a waiting van.',
    '>The drivers were unharmed. Local police believe the robbers knew the trucks\' schedule in advance.',
    'ADVICE',
    '>Until further notice, trucks should not stop at the Kessa weighbridge after 17:00 and should travel in pairs on the Lower Vell road.',
    'Regional Security Desk, Orrin Freight Group',
], dict(title='Armed robbery of two trucks at the Kessa weighbridge', authors=[], date='2032-05-21', kind='security bulletin',
        publication='Orrin Freight Group'))

# A case law service's page saved without an address: its name over the site's menu bar, the title under a label.
write('d03_masthead_over_menu_no_sidecar', [
    'Verdica — the appeals database',
    'Search appeals | Statutes | Topics | My lists | Sign out',
    'Criminal › Terrorism › Appeals',
    'CASE SUMMARY',
    'R v Halloran-Mbeki: conviction for collecting information upheld',
    'Court: Court of Appeal (Criminal Division)',
    'Date of judgment: 14/04/2032',
    'Summary by Inge Vasquez-Orr',
    '>The appellant had downloaded a manual on making explosives and argued that he had done so out of curiosity after reading about an attack in the news.',
    '>The court held that the judge had directed the jury correctly on the defence of reasonable excuse, and that the jury had been entitled to reject it.',
    '>The appeal was dismissed.',
    'Was this summary helpful? Yes / No',
], dict(title='R v Halloran-Mbeki: conviction for collecting information upheld', authors=['Inge Vasquez-Orr'], date='2032-04-14',
        kind='case summary', publication='Verdica'))
