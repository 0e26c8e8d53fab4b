"""Writes the kinds24-new cases (invented, written after the kinds24 rules, labelled before any run, measured once): '>' marks article text."""
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
os.chdir(os.path.dirname(os.path.abspath(__file__)))
from corpusgen import write  # noqa: E402

# A coroner's service page saved without an address: its name over a menu of spaced items, a sentence-case label
# over the title, the date after a label.
write('n01_coroner_inquest_summary_no_sidecar', [
    'Westerby Coroner Service',
    'Home   Inquests   Attending an inquest   Reports   Contact',
    'Inquests › Concluded inquests',
    'Inquest summary',
    'Inquest into the deaths of the two ferry guards at Skell Quay',
    'Concluded: 3 June 2032',
    'Senior Coroner: Ms Annika Roe-Balogun',
    '>The inquest heard that the two guards were shot when they challenged a group of men loading crates onto a fishing boat at Skell Quay in the early hours of 11 October 2031.',
    '>The jury found that both men were unlawfully killed. It also found that the quay\'s lighting had been out of order for three weeks and that this had contributed to the deaths.',
    '>The coroner will send a report to the harbour board on the prevention of future deaths.',
    'Page last reviewed: 4 June 2032',
], dict(title='Inquest into the deaths of the two ferry guards at Skell Quay', authors=[], date='2032-06-03', kind='inquest summary',
        publication='Westerby Coroner Service'))

# A police force's witness appeal with an address sidecar: a capitals label right over the title.
write('n02_police_witness_appeal', [
    'In an emergency call 999.',
    'Skip to content',
    'Marrowdale Police',
    'Home   Report   Advice   Appeals   News   Contact us',
    'Home › Appeals',
    'WITNESS APPEAL',
    'Appeal after petrol bombs thrown at the Fenwick Road community centre',
    'Published: 12 June 2032, 09:40 · Reference: MP-3319/32',
    '>Detectives are appealing for witnesses after two petrol bombs were thrown at the Fenwick Road community centre shortly after midnight on Wednesday 10 June.',
    '>One of the bombs broke a window and set fire to a curtain; a caretaker put the fire out before it spread, and nobody was hurt.',
    '>Officers are treating the attack as a hate crime and would like to hear from anyone who was in Fenwick Road between 11pm and 1am, or who has dashcam footage from the area.',
    'Share on Facebook   Share on X   Copy link',
    '© Marrowdale Police 2032',
], dict(title='Appeal after petrol bombs thrown at the Fenwick Road community centre', authors=[], date='2032-06-12', kind='witness appeal',
        publication='Marrowdale Police'),
    sidecar='url: https://www.marrowdale.police.example/appeals/fenwick-road-community-centre')

# A consultancy's note without a sidecar: its name over a menu button, a label line with a reference code and a date.
write('n03_consultancy_risk_assessment_code_line', [
    'Calder Reach Advisory',
    '☰ Menu    Search',
    'RISK ASSESSMENT  |  CRA-RA-32-007  |  2 July 2032',
    'Distribution: clients in the Tessaly region',
    'Renewed kidnapping threat to engineers on the Tessaly dam project',
    'Prepared by the Calder Reach analysis team',
    '>Two kidnappings of foreign engineers in the Tessaly highlands since April, both on the road between the dam site and the provincial capital, suggest that the armed group active in the area has returned to ransom as a source of income.',
    '>We assess that engineers who travel the road by day in marked vehicles face a high risk of abduction over the next three months.',
    '>Clients should move staff by air where possible and avoid fixed travel times on the highland road.',
    'This assessment is confidential to Calder Reach clients.',
], dict(title='Renewed kidnapping threat to engineers on the Tessaly dam project', authors=[], date='2032-07-02', kind='risk assessment',
        publication='Calder Reach Advisory'))

# A government statistics office's dataset page without a sidecar: the office's name over its menu bar, "Data release"
# as the label over the title.
write('n04_statistics_data_release_no_sidecar', [
    'Skip to main content',
    'Varnholm Statistics Office',
    'Statistics | Data | Methods | About us | Contact',
    'Home > Data > Justice',
    'Data release',
    'Terrorism arrests and outcomes, year ending March 2032',
    'Release date: 18 June 2032',
    '>There were 214 arrests for terrorism-related offences in the year ending March 2032, 12% fewer than in the previous year.',
    '>Of those arrested, 81 were charged, and 37 of the cases that reached court by the end of the period ended in a conviction.',
    '>Arrests of people under 18 rose for the third year running, to 29.',
    'Download the tables (CSV, 84 KB)',
    'Next release: June 2033',
], dict(title='Terrorism arrests and outcomes, year ending March 2032', authors=[], date='2032-06-18', kind='data release',
        publication='Varnholm Statistics Office'))

# A newspaper page without a sidecar whose headline is its first line, over a share bar: the headline stays the title
# (no genre printed: a feature by convention).
write('n05_headline_over_share_bar_no_sidecar', [
    'Ferry crews walk out after a second assault on the night boat',
    'Share | Email | Print',
    'By Oskar Delmar-Achebe',
    '22 June 2032',
    '>Crews on the night ferry between Harl and the mainland stopped work on Sunday after a deckhand was beaten by a group of passengers who had been refused boarding with unmarked crates.',
    '>It was the second assault on the crossing in a month. The union says the operator has ignored its requests for security staff on the late sailings.',
    '>The operator said it would meet the union on Tuesday and had asked the police to board the night boat until then.',
    'More from Coast & Islands',
    '© The Harl Islander 2032',
], dict(title='Ferry crews walk out after a second assault on the night boat', authors=['Oskar Delmar-Achebe'], date='2032-06-22', kind='feature',
        publication='The Harl Islander'))
