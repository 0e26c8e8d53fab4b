NAME = "p09_embassy_statement"
SIDECAR = {"url": "https://castrellan-embassy.example/en/news/statement-detained-crew-vellmouth"}
ONE_LINE = True
COMMENTS = [
    "An embassy's statement page, blank lines between. The embassy prints its own name and navigation; the copyright",
    "line's ministry is its parent and is not the publication. Label 'STATEMENT' -> statement. Issued by the press office,",
    "signed by nobody: authors []. The photo caption naming the ambassador is furniture, not a byline; the '###' end mark,",
    "the standing 'About the Embassy' paragraph, media contact and the language switch are furniture.",
]
PUB = "Embassy of the Republic of Castrellan in Vellaria"
ARTICLES = [
    dict(title="Statement on the detention of the crew of the fishing vessel Santa Ilaria at Vellmouth", authors=[],
         date="2046-10-29", kind="statement", publication=PUB, volume=None, issue=None),
]
BODY = r"""
= English | Castrellano
=
= Embassy of the Republic of Castrellan in Vellaria
=
= The Embassy | Consular Services | Visas | News and Statements | Trade | Culture | Contact
=
= Home / News and Statements
=
= STATEMENT
=
= Statement on the detention of the crew of the fishing vessel Santa Ilaria at Vellmouth
=
= Issued: 29 October 2046
=
= Ambassador Selene Varga-Horne at the Embassy, October 2046.
=
@1
> The Embassy of the Republic of Castrellan has been informed by the authorities of Vellaria that the seven crew members of the fishing vessel Santa Ilaria, registered in the port of Alcerra, were detained at Vellmouth on 26 October in connection with an investigation into the supply of radio equipment.

> Consular officers visited the crew on 27 and 28 October. All seven are in good health and have been able to contact their families. The Embassy has asked the Vellarian authorities to inform it without delay of any charges and to ensure that the crew have access to interpreters and to lawyers of their choosing.

> "We respect the independence of Vellaria's courts and we share its concern about armed groups operating at sea," said Ambassador Selene Varga-Horne. "We also expect our citizens to be treated fairly, and we will follow this case closely until it is resolved."

> The Embassy is in contact with the families of the crew in Alcerra and will provide further information when it is available. Families seeking assistance may call the consular section on the number below.

= ###
=
= Media enquiries: press@castrellan-embassy.example | Consular emergencies: +00 21 555 0190
=
= About the Embassy: The Embassy of the Republic of Castrellan represents Castrellan's interests in Vellaria and provides consular services to Castrellan citizens.
=
= Share: Facebook | X | Email
=
= © 2046 Ministry of Foreign Affairs of the Republic of Castrellan | Accessibility | Privacy
"""
