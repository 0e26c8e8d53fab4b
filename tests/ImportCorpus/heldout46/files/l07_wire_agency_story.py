from lib import Doc

d = Doc("l07_wire_agency_story", blank=True, web=True,
        sidecar="url: https://www.nordline.example/world/karsvik-harbour-arrests-2048-07-09/",
        notes=["A wire agency's story; section label World News -> news. The dateline opens the first paragraph and stays",
               "in the text. Editing and additional-reporting credits are not authors and not text (furniture)."])
a = d.art("Police in Karsvik Arrest Five Over Plot to Attack Harbour Festival", ["Yusuf Marren", "Petra Lundqvist-Obi"],
          "2048-07-09", "news", "Nordline")
d.lines_("""
Nordline
World | Business | Markets | Sustainability | Legal | Breakingviews | More
My View
Sign In
Register
World News
Police in Karsvik Arrest Five Over Plot to Attack Harbour Festival
By Yusuf Marren and Petra Lundqvist-Obi
July 9, 2048 6:42 PM UTC Updated 2 hours ago
Listen to article
3 minute read
""")
for t in [
 "KARSVIK, July 9 (Nordline) - Police in the northern port city of Karsvik arrested five men on Thursday on suspicion of planning an attack on the city's harbour festival, which opens on Saturday and usually draws more than 100,000 visitors, the city's police chief said.",
 "The men, aged between 19 and 34, were detained in raids on three addresses in the Osterhamn district before dawn, Chief Superintendent Lise Haugvik told reporters. Officers seized two homemade devices, a quantity of fertiliser and several mobile phones, she said.",
 "\"We believe we have disrupted a serious plan at an early stage,\" Haugvik said. \"There is no information at this time to suggest that others were involved, but the investigation is continuing.\"",
 "She declined to say whether the suspects were linked to any organised group. A government official, speaking on condition of anonymity because he was not authorised to discuss the case, said at least two of the men had been in contact online with supporters of an armed movement abroad.",
 "The festival will go ahead as planned, with additional police on the streets and checks at the entrances to the harbour area, the mayor's office said in a statement.",
 "Karsvik raised its terrorism threat level to \"substantial\" in March after a series of arrests elsewhere in the country. The national security service said last month that it was monitoring more than 400 people it considered a potential threat, up from around 300 a year earlier.",
]:
    d.p(a, t)
d.gap()
d.lines_("""
Reporting by Yusuf Marren and Petra Lundqvist-Obi in Karsvik; Additional reporting by Anders Mwangi-Falk in Stennholm; Editing by Tomas Ekwueme

Our Standards: The Nordline Trust Principles.

Suggested Topics:
Europe
Crime
Security

Acquire Licensing Rights

Read Next
Court frees two suspects in Stennholm arson case
Festival season brings record visitor numbers to the north coast
Government to review threat level system after criticism

Nordline, the news and media division of Nordline Holdings, is the world's largest multimedia news provider, reaching billions of people worldwide every day.

All quotes delayed a minimum of 15 minutes.
\u00a9 2048 Nordline. All rights reserved
""")
