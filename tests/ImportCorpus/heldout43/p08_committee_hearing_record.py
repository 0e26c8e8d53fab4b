NAME = "p08_committee_hearing_record"
ONE_LINE = True
COMMENTS = [
    "A parliamentary committee's hearing record opening with a crawler block (date and author 'unknown'); blank lines between.",
    "The committee is named only in the trail and over the title, with the parliament's own navigation: the parliament",
    "is the publication. Its printed label 'HEARING RECORD' (two words the catalogue is not known to fold) is the kind.",
    "Witnesses and members are speakers, not authors: authors []. Date from 'Meeting date: Tuesday 27 October 2046'.",
    "The question numbers and speaker names open text lines (the record's own text). The standing note that the record",
    "is uncorrected, the 'Watch the meeting' and download lines and the footer are furniture.",
]
PUB = "National Assembly of Vellaria"
ARTICLES = [
    dict(title="Oral evidence: Security at ferry terminals and coastal ports", authors=[], date="2046-10-27",
         kind="hearing record", publication=PUB, volume=None, issue=None),
]
BODY = r"""
= ---
= title: Oral evidence - Security at ferry terminals and coastal ports
= source: https://assembly-vellaria.example/committees/security-borders/hearings/2046-10-27
= date: unknown
= author: unknown
= site_name: National Assembly of Vellaria
= description: unknown
= ---
=
= National Assembly of Vellaria
=
= Members | Business | Committees | Laws | Visit | Education
=
= Search the Assembly website
=
= Home > Committees > Security and Borders Committee > Hearings
=
= HEARING RECORD
=
= Oral evidence: Security at ferry terminals and coastal ports
=
= Security and Borders Committee
=
= Meeting date: Tuesday 27 October 2046
=
= Members present: Wenna Trelawny-Obi (Chair); Gideon Marsh-Okafor; Ptolemy Sands; Beatrix Yuen-Carrow
=
= Witnesses: Commander Aldous Fenn, Coastguard Agency; Helka Brantwood, Chief Executive, Western Isles Ferries
=
= Watch the meeting | Download this record (PDF)
=
@1
> Q1 The Chair: Good morning, and thank you both for coming. The Committee opened this inquiry after the evacuation of the Westholm ferry terminal last Saturday, but our interest is wider than one incident. Commander Fenn, could you tell us how responsibility for security at ferry terminals is divided today?

> Commander Aldous Fenn: Thank you, Chair. In short, it is divided three ways. The operator is responsible for screening passengers and vehicles, the police are responsible for responding to incidents on land, and the Coastguard is responsible for the water and the approaches. In practice, at smaller terminals the operator does very little screening, because the law only requires it on routes over a certain length.

> Q2 Gideon Marsh-Okafor: Is that threshold still sensible, given what we have heard about the use of small ferries by the Crescent Vigil?

> Commander Aldous Fenn: I would say it deserves review. The threshold was set when the main concern was smuggling of goods. It was not designed with the movement of people or weapons by armed groups in mind.

> Q3 Ptolemy Sands: Ms Brantwood, what would it cost your company to screen every vehicle on the island routes?

> Helka Brantwood: We have estimated it at roughly eleven per cent of our operating costs, which would mean either higher fares or fewer sailings. I should add that we already struggle to staff the evening crossings. We have just announced that the last sailing to the outer isles will leave at four o'clock from November.

> Q4 The Chair: We will come back to the evening service, which several Members have raised with us. For now, I thank the witnesses. The Committee will publish its report in the new year.

= This is an uncorrected record. Neither Members nor witnesses have had the opportunity to correct it. The final version will be published when available.
=
= Share this page: Email | X | Print
=
= Was this page useful? Yes / No
=
= National Assembly of Vellaria, Assembly House, Castle Square, Vellmouth
=
= Accessibility | Privacy and cookies | Copyright | Contact the Assembly
"""
