NAME = "g03_mlm_issue_month_only"
WIDTH = 84
COMMENTS = [
    "Whole Militant Leadership Monitor issue (a sibling monitor in input/site.yml; masthead in capitals, proper form used).",
    "Only month and year printed: date is the first of the month. BRIEF (singular) over the short first piece; PROFILE",
    "(singular) printed over each of the other two, so both are profiles (the piece's own label decides).",
    "The asterisk byline's bio ('* NAME is ...') after the Notes is not text, nor is the co-authors' closing bio.",
    "The 'LEADERSHIP AT A GLANCE' box in the second profile (Name / Born / Role lines) repeats facts of the text: furniture.",
]
PUB = "Militant Leadership Monitor"
D = "2046-10-01"
ARTICLES = [
    dict(title="Vigil Commander Reported Killed in Gallowmere Raid Resurfaces in Audio Message",
         authors=["Hanne Quarrington"], date=D, kind="brief", publication=PUB, volume=17, issue=10),
    dict(title="Calloran Vesk: The Ferryman Who Became the Crescent Vigil's Quartermaster",
         authors=["Ezeoma Tallis-Brandt"], date=D, kind="profile", publication=PUB, volume=17, issue=10),
    dict(title="Idris Maelcombe and the Second Generation of the Harrow Front",
         authors=["Hanne Quarrington", "Sefton Alabi"], date=D, kind="profile", publication=PUB, volume=17, issue=10),
]
FURN = {
    "A": ["", "Militant Leadership Monitor | October 2046 | calderashby.example", "", "2", ""],
    "B": ["", "4", "", "MILITANTLEADERSHIPMONITOR  Vol.XVII\u25e6Issue10", ""],
    "C": ["", "Militant Leadership Monitor | October 2046 | calderashby.example", "", "6", ""],
}
BODY = r"""
= MILITANT LEADERSHIP MONITOR
= THE CALDER ASHBY FOUNDATION
=
= VOLUME XVII  ◦  ISSUE 10  ◦  OCTOBER 2046
=
= CONTENTS
= 1   BRIEF  Vigil Commander Reported Killed in Gallowmere Raid Resurfaces in Audio Message
= 2   PROFILE  Calloran Vesk: The Ferryman Who Became the Crescent Vigil's Quartermaster
= 5   PROFILE  Idris Maelcombe and the Second Generation of the Harrow Front
=
= BRIEF
=
= Vigil Commander Reported Killed in Gallowmere Raid Resurfaces in Audio Message
=
= By Hanne Quarrington
=
@1
p An audio message released on September 19 by a channel linked to the Crescent Vigil appears to show that Tamsin Orlebar, a commander the police said had been killed in a raid on a safe house in Gallowmere in July, is alive. The fourteen-minute recording, in which a speaker identifying himself as Orlebar praises the escape of prisoners from Gallowmere and mocks the police for announcing his death, was examined by two journalists who had interviewed him before his arrest in 2041 and who both said the voice was his.

p The police have not commented on the recording, but a spokesman said in August that the body recovered from the safe house had not yet been formally identified. If Orlebar survived, the raid will have removed a safe house but not the man it was meant to catch, and the Vigil will have gained a story of survival of the kind its propaganda prizes.

= PROFILE
=
= Calloran Vesk: The Ferryman Who Became the Crescent Vigil's Quartermaster
=
= Ezeoma Tallis-Brandt*
=
@2
p Calloran Vesk did not set out to become a militant. Born in 2011 in the marsh village of Pellow Staithe, he spent his twenties running a small ferry between the villages of the Northern Sound, carrying passengers, post and, according to the police, a good deal of untaxed tobacco.¹ He had no known political views and, people who knew him say, little interest in religion.

p That changed after 2040, when the ferry service was taken over by a company from the capital and Vesk lost both his boat and his licence. Within two years he was known in the marsh villages as a man who could find a boat for anyone who needed one, no questions asked, and by 2044 the police believed he was arranging transport for the Crescent ^A Vigil's couriers.² His knowledge of the tides and channels of the sound, which few of the group's young leaders share, made him indispensable.

> The quartermaster

p Court documents from the trial of two Vigil members in 2046 describe Vesk as the person who supplied the boats used in at least four attacks, and who arranged for radios to be bought in small numbers from shops along the coast so as not to attract attention.³ He is not believed to have taken part in any of the attacks himself, and he has never appeared in the group's propaganda. His role is rather that of a quartermaster: the man who makes operations possible without ever being seen to lead them.

p Vesk's importance to the Vigil lies in the connections he brings. He knows the fishing families, the harbour masters and the smugglers of the sound, and he has relationships with all of them that predate the group by decades. Arresting him would deprive the group of more than a supplier; it would cut it off from the economy of the marsh villages, on which much of its strength de|pends.

= Notes
=
> ¹ Northern Sound police, record of a customs offence, 2036, cited in court documents (see note 3).
> ² Interviews with residents of Pellow Staithe, August 2046.
> ³ Northern Sound district court, judgment in the Hesketh Bank case, June 2046, paragraphs 41-58.
=
= * Ezeoma Tallis-Brandt is a journalist and researcher who has covered the Northern Sound for the regional press since
= 2037.
=
= PROFILE
=
= Idris Maelcombe and the Second Generation of the Harrow Front
=
= Hanne Quarrington and Sefton Alabi
=
@3
p When the founders of the Harrow Front were killed or captured in the offensives of 2038 and 2039, many observers predicted the end of the movement. Instead, a younger generation of commanders took over, and the most prominent of them is Idris Maelcombe, who is now widely regarded as the group's leader in the lowland districts.

= LEADERSHIP AT A GLANCE
= Name: Idris Maelcombe
= Born: c. 2019, Dunmere
= Role: Lowland commander, Harrow Front
=
p Maelcombe grew up in the salt town of Dunmere, the son of a pan worker, and joined the Front at the age of seventeen. He spent the years after 2039 in the highlands, where he earned a reputation for discipline and for an interest in the group's finances that set him apart from its older, more ^B ideological commanders. Former members describe him as quiet, methodical and unforgiving of mistakes.

p Under his direction, the Front has returned to the lowlands with a strategy built on revenue rather than territory. The salt and diesel tolls described in the October 2 issue of Terrorism Monitor bear his mark: they are modest, regular and enforced with a mixture of receipts and threats. His critics within the movement accuse him of turning a cause into a business. His supporters reply that without money there would be no cause at all.

p Whether Maelcombe can hold the Front together is uncertain. The burning of the grain depots on the Orvath corridor in September, which alienated many smallholders, was reportedly carried out against his wishes by a faction loyal to one of the old commanders. How he responds to this challenge will show whether the second generation of the Harrow Front is a leadership ^C or merely a treasury.

=
= Hanne Quarrington is the Editor of Militant Leadership Monitor. Sefton Alabi is a research assistant at the Calder
= Ashby Foundation.
=
= The views expressed in Militant Leadership Monitor are those of the authors. (c) 2046 The Calder Ashby Foundation.
"""
