# Invented whole-issue fragments and scraped pages for meta16 (kinds from evidence in other wordings: an editor's
# sidecar kind over an issue's unlabelled pieces, a run's section label before an issue title, a post's category line,
# a series code between a page's label and its title). Labels written before any import run. Run: python3 gen.py
import os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from corpusgen import write, Issue  # noqa: E402

# 1. An issue of a quarterly whose editor says its pieces are commentaries; the last piece is filed "Briefs:" in its title.
i = Issue('m01_quarterly_sidecar_kind_briefs_prefix')
pub = 'Upland Water Security Quarterly'
i.add('UPLAND WATER SECURITY QUARTERLY'); i.add('Volume 3, Issue 2 · June 2032'); i.add()
i.add('In this issue')
i.add('Who Owns the Reservoir Keys? .......... 1')
i.add('The Irrigation Courts of the Karsten Valley .......... 2')
i.add('Briefs: Pump Station Guards Disarmed at Orlo .......... 3'); i.add()
i.add('Who Owns the Reservoir Keys?'); i.add('By Henrike Osei-Lindqvist'); i.add()
for p in ['When the upper dam at Vessa was finished in 2029, the provincial water board kept one set of keys to the outlet gates and handed the other to the valley cooperative. Three years later nobody can say with certainty who holds the second set, and the gates have been opened four times without the board being told.',
          'The cooperative says its chairman keeps the keys in a safe at the pumping station. Farmers downstream say they have seen the gates opened at night by men who are not members of the cooperative, and that the water released on those nights reached only the orchards of two families.',
          'None of this is yet a security problem in the usual sense. But control of water in the upper valley has been contested by armed men before, and a gate that opens without a record is an invitation to whoever can pay for the key.']:
    i.para(p, 0); i.add()
i.add('— 1 —'); i.add()
i.add('The Irrigation Courts of the Karsten Valley'); i.add('By Matthias Abara-Kovac'); i.add()
for p in ['For two centuries, disputes over water in the Karsten valley were settled by an irrigation court of seven elders who met on the steps of the church in Lower Karsten every Thursday. The court still meets, but its rulings have lost their force since the province built the canal in 2024.',
          'Farmers who lose before the elders now take their case to the canal authority, which does not recognise the court, and the authority rules in favour of whoever holds a metered connection. Those without one have started to dig their own channels, and the elders say they have been threatened when they tried to close them.',
          'The province could restore the court by giving its rulings a place in the canal regulations. It has been asked to do so three times and has not answered.']:
    i.para(p, 1); i.add()
i.add('— 2 —'); i.add()
i.add('Briefs: Pump Station Guards Disarmed at Orlo'); i.add('By Ines Tavora-Blackwood'); i.add()
for p in ['Four guards at the Orlo pumping station were disarmed on the night of May 14 by a group of about ten men who arrived in two pickup trucks, the water board said. The men took the guards\u2019 rifles and radios and left without damaging the pumps.',
          'The board has asked the provincial police to post officers at the station until new guards can be hired.']:
    i.para(p, 2); i.add()
i.add('— 3 —')
arts = [dict(title='Who Owns the Reservoir Keys?', authors=['Henrike Osei-Lindqvist'], kind='commentary'),
        dict(title='The Irrigation Courts of the Karsten Valley', authors=['Matthias Abara-Kovac'], kind='commentary'),
        dict(title='Pump Station Guards Disarmed at Orlo', authors=['Ines Tavora-Blackwood'], kind='brief')]
for a in arts: a.update(date='2032-06-01', publication=pub, volume=3, issue=2)
i.write(arts, 'publication: Upland Water Security Quarterly\nkind: commentary\n')

# 2. An issue of a monthly with no sidecar kind: two pieces under no label (features) and one "In Brief:" piece.
i = Issue('m02_monthly_in_brief_title_prefix')
pub = 'Delta Crime Observer'
i.add('DELTA CRIME OBSERVER'); i.add('Vol. 11 · No. 5 · May 2032'); i.add()
i.add('CONTENTS')
i.add('The Sand Dredgers of the Lower Arm .......... 1')
i.add('Checkpoints for Hire on the Coast Road .......... 2')
i.add('In Brief: Customs Launch Seized Off Tamsa Point .......... 3'); i.add()
i.add('The Sand Dredgers of the Lower Arm'); i.add('By Oluwaseun Marchetti'); i.add()
for p in ['Sand taken from the riverbed of the lower arm of the delta is worth more by the tonne this year than the rice grown beside it. The dredgers who take it work at night, without licences, and pay the villages along the bank to look the other way.',
          'Fishermen say the dredging has changed the channel so much that boats run aground where the water was deep a year ago. The district office has issued eleven stop orders since January. None has been obeyed.',
          'The dredging is not new, but its scale is. Four barges worked the lower arm in 2030; fishermen counted twenty-two in April.']:
    i.para(p, 0); i.add()
i.add('1'); i.add()
i.add('Checkpoints for Hire on the Coast Road'); i.add('By Annelie Strand-Mwangi'); i.add()
for p in ['Drivers on the coast road between Tamsa and the ferry port now pass through six checkpoints, only two of which belong to the police. The other four are kept by men in uniforms that belong to no service, who charge a fee for each axle.',
          'Haulage firms say they have stopped complaining because complaints lead to longer waits. One firm now pays a monthly sum to a man in Tamsa who, it says, guarantees that its lorries pass without being stopped.']:
    i.para(p, 1); i.add()
i.add('2'); i.add()
i.add('In Brief: Customs Launch Seized Off Tamsa Point'); i.add('By Rafael Okonkwo-Berg'); i.add()
for p in ['A customs launch was boarded and taken by armed men off Tamsa Point on May 3, the coastal authority said. Its crew of three were put ashore unharmed near the lighthouse.',
          'The launch was found burnt out two days later in a creek on the western side of the delta.']:
    i.para(p, 2); i.add()
i.add('3')
arts = [dict(title='The Sand Dredgers of the Lower Arm', authors=['Oluwaseun Marchetti'], kind='feature'),
        dict(title='Checkpoints for Hire on the Coast Road', authors=['Annelie Strand-Mwangi'], kind='feature'),
        dict(title='Customs Launch Seized Off Tamsa Point', authors=['Rafael Okonkwo-Berg'], kind='brief')]
for a in arts: a.update(date='2032-05-01', publication=pub, volume=11, issue=5)
i.write(arts, 'publication: Delta Crime Observer\n')

# 3. A water NGO's blog on a hosted platform: the category line under the title names the genre.
write('m03_ngo_blog_category_explainer', [
    'Skip to content',
    'Riverkeepers of the Amsel',
    'Protecting the river since 1998',
    'Home   About   Our work   Blog   Donate',
    'What happens when a weir is removed?',
    'Posted on 14 March 2032 by Dorothea Finch-Adeyemi',
    'Categories: Explainers, Weirs, Fish passage',
    '>Every few months someone asks us why we campaign to take weirs out of the river rather than simply building fish passes around them. The short answer is that a fish pass helps fish, while removing a weir helps the whole river.',
    '>A weir holds back a pool of slow water upstream. Silt settles in that pool, the water warms in summer, and the fish and insects that need fast, cool water disappear from a stretch that can run for a kilometre or more.',
    '>When the weir goes, the river cuts back through the silt within a season or two. Gravel beds return, and with them the trout and the mayflies that the pool had pushed out.',
    '>Removal is not always possible. Some weirs protect bridges or water intakes, and some are listed buildings. But where a weir no longer serves any purpose, taking it out is usually cheaper than maintaining it.',
    'Share this:',
    'Facebook',
    'Email',
    'Like this:',
    'Related',
    'Our volunteers counted 400 salmon redds this winter',
    'Leave a comment',
    '\u00a9 2032 Riverkeepers of the Amsel. Registered charity.',
], dict(title='What happens when a weir is removed?', authors=['Dorothea Finch-Adeyemi'], date='2032-03-14', kind='explainer',
        publication='Riverkeepers of the Amsel'),
    sidecar='url: https://riverkeepers-amsel.example/2032/03/14/what-happens-when-a-weir-is-removed/')

# 4. A historian's personal blog: a footer line under the post files it under Interviews.
write('m04_personal_blog_filed_under_interview', [
    'Notes from the Salt Archive',
    'A historian of the coast, writing between archives',
    'Talking to the last ferryman of Skellow',
    'By Casimir Ndiaye-Holm',
    '22 April 2032',
    '>Anselm Varga ran the chain ferry across the Skellow estuary for thirty-one years, until the bridge opened in 2019. I visited him at his house above the old slipway to ask what the crossing had been like in the years when the smugglers used it.',
    '>He remembered the nights when lorries crossed without lights and the customs men waited on the far bank. He never asked what the lorries carried, he said, because the ferry took whoever paid the fare.',
    '>What struck me most was how ordinary he made it sound. For him the smugglers were customers like any other, and the customs men were neighbours who sometimes came to dinner.',
    'Filed under: Interviews, Estuary history',
    'Tags: ferries, smuggling, oral history',
    '2 Comments',
    'Blog at Wordmill.example.',
], dict(title='Talking to the last ferryman of Skellow', authors=['Casimir Ndiaye-Holm'], date='2032-04-22', kind='interview',
        publication='Notes from the Salt Archive'),
    sidecar='url: https://saltarchive.wordmill.example/2032/04/22/last-ferryman-of-skellow/')

# 5. A seismological service's bulletin page: the genre label, then the series code, then the title.
write('m05_seismic_bulletin_series_code', [
    'NORVALE GEOLOGICAL SURVEY',
    'Home > Hazards > Volcanic activity bulletins',
    'VOLCANIC ACTIVITY BULLETIN',
    'VAB 2032/17',
    'Mount Kestrel: Ash Emissions Continue, Alert Level Unchanged',
    'Issued: 9 May 2032 08:00 local time',
    '>Ash emissions from the summit crater of Mount Kestrel continued during the past week, with plumes rising up to 1.5 kilometres above the crater rim and drifting to the south-east.',
    '>Seismic stations recorded an average of 40 small earthquakes a day beneath the volcano, fewer than in the previous week. Ground deformation measured by satellite shows no significant change.',
    '>The alert level remains at Orange. The exclusion zone of five kilometres around the summit stays in place, and aviation authorities have been informed of the ash hazard.',
    'Next bulletin: VAB 2032/18, 16 May 2032.',
    'Subscribe to bulletins by email',
    '\u00a9 2032 Norvale Geological Survey',
], dict(title='Mount Kestrel: Ash Emissions Continue, Alert Level Unchanged', authors=[], date='2032-05-09', kind='bulletin',
        publication='Norvale Geological Survey'),
    sidecar='url: https://www.ngs.example/hazards/volcanic-activity-bulletins/vab-2032-17')

# 6. A think tank's memo series: a two-word label over a code line, then the title and a byline.
write('m06_thinktank_policy_memo_code', [
    'Halloran Centre for Borderland Studies',
    'Research   Experts   Events   About',
    'POLICY MEMO',
    'PM 9/2032',
    'Closing the Fuel Corridor Without Closing the Border',
    'By Leontine Asare-Whitcombe and Jonas Brandvold',
    '3 February 2032',
    '>Fuel smuggled across the eastern border now supplies roughly a third of the diesel sold in the border provinces, and the armed groups that control the crossings take a cut of every litre.',
    '>Closing the border outright would hurt the traders and farmers who depend on legal crossings far more than it would hurt the smugglers, who have other routes.',
    '>A better approach would combine a lower fuel tax in the border provinces, which removes much of the profit, with targeted inspections at the three crossings the groups use most.',
    'Leontine Asare-Whitcombe is a senior fellow at the Halloran Centre. Jonas Brandvold is a research associate.',
    'Download PDF',
    '\u00a9 2032 Halloran Centre for Borderland Studies',
], dict(title='Closing the Fuel Corridor Without Closing the Border', authors=['Leontine Asare-Whitcombe', 'Jonas Brandvold'],
        date='2032-02-03', kind='policy memo', publication='Halloran Centre for Borderland Studies'),
    sidecar='url: https://halloran-centre.example/research/policy-memos/fuel-corridor')

# 7. A regional paper's website: a review of a book, filed by its category line under the title.
write('m07_regional_paper_category_review', [
    'THE MARRADON GAZETTE',
    'News   Sport   Opinion   Culture   Obituaries',
    'Smugglers of the Northern Shore, by Tove Ekwueme',
    'By Bartholomew Quist',
    'Published 30 June 2032',
    'Category: Books, Reviews',
    '>Tove Ekwueme spent six years on the islands of the northern shore talking to the men and women who moved goods past the customs posts, and her book is the result: a patient, funny and sometimes alarming account of a trade that the islands still do not discuss openly.',
    '>Its best chapters are those about the women who ran the money, keeping accounts in school exercise books and settling debts at church on Sunday.',
    '>The book is weaker on the present day, when the trade passed from families to armed groups, but it is the best account of the islands\u2019 history we are likely to get.',
    '>Smugglers of the Northern Shore is published by Quayside Books.',
    'Most read',
    'Council approves new harbour wall',
    '\u00a9 2032 The Marradon Gazette',
], dict(title='Smugglers of the Northern Shore, by Tove Ekwueme', authors=['Bartholomew Quist'], date='2032-06-30', kind='review',
        publication='The Marradon Gazette'),
    sidecar='url: https://www.marradongazette.example/culture/books/smugglers-of-the-northern-shore')
