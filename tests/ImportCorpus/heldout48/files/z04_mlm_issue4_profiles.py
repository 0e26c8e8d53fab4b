from lib import Doc

MLM = "Militant Leadership Monitor"

def build():
    d = Doc("z04_mlm_issue4_profiles", web=False, blank=True, width=76)
    d.sidecar = "publication: Militant Leadership Monitor"
    d.comments = [
        "Date: the masthead prints April 2050 only -> 2050-04-01. Publication as site.yml spells it (masthead in capitals).",
        "BRIEF (singular) over the first piece -> brief; PROFILES (plural) over the other two -> profile.",
        "Bios (the editor's after the brief; one after the Notes of the second piece; one line per co-author after",
        "the third piece's notes) are not text. Look-alikes (text): 'Volume 3 of his memoirs', 'Issue 4 of the",
        "group's bulletin', the subheading 'The Man Behind the Ledger'.",
    ]
    d.blocks = {
        "A": ["Militant Leadership Monitor • April 2050 • 3"],
        "B": ["MilitantLeadershipMonitor•April2050•4"],
        "C": ["5", "MILITANT LEADERSHIP MONITOR | VOLUME XLI, ISSUE 4"],
        "D": ["Militant Leadership Monitor • April 2050 • 6"],
    }
    d.fb("The Brannock Foundation")
    d.fb("MILITANT LEADERSHIP MONITOR")
    d.fb("Volume XLI, Issue 4  |  April 2050")
    d.fb("IN THIS ISSUE")
    d.f("BRIEF: Rahel Tesfandu: The Ridge Covenant's New Treasurer",
        "By Marguerite Osei-Lindqvist",
        "Bastian Kolvar: From Ferry Captain to Brigade Commander",
        "By Jonas Ekwueme",
        "Yusra Dembe-Orlan: The Sons of Marrah's Voice in the Delta",
        "By Anneliese Korth and Tariq Vennholm")
    d.g()
    d.fb("BRIEF")
    t1 = "Rahel Tesfandu: The Ridge Covenant's New Treasurer"
    d.art(t1, ["Marguerite Osei-Lindqvist"], "2050-04-01", "brief", MLM, 41, 4)
    d.fb(t1, "Marguerite Osei-Lindqvist")
    d.t("Few outside the highland provinces had heard of Rahel Tesfandu until February, when a defector's "
        "testimony named her as the Ridge Covenant's chief of finance. A former schoolteacher from the Tavrin "
        "salt country, she is said to have designed the receipt system that the group now uses to tax caravans "
        "on the Kesh-Amar road.")
    d.t("Her appointment is unusual for a group whose senior ranks have been drawn almost entirely from the "
        "clans of the up~per valley. It suggests that the Covenant's leadership values administrative skill over "
        "lineage, at least where money is concerned. The security services have offered a reward for information "
        "on her whereabouts, but she has not been seen in public since 2048.")
    d.n("Marguerite Osei-Lindqvist is the Editor of Militant Leadership Monitor.")
    d.fb("PROFILES")
    t2 = "Bastian Kolvar: From Ferry Captain to Brigade Commander"
    d.art(t2, ["Jonas Ekwueme"], "2050-04-01", "profile", MLM, 41, 4)
    d.fb(t2, "By Jonas Ekwueme")
    d.t("Bastian Kolvar spent twenty years ferrying passengers between the islands of the Mirrow Gulf before "
        "he joined the Brigade of the Eleventh Dawn. Today he is believed to command its southern wing, the "
        "only part of the group that has grown since the arrests of 2047.¹")
    d.t("Kolvar's background shaped his command. He knows the gulf's currents, its harbour masters and its "
        "smuggling families, and he has used that knowledge to turn the ferry routes into the Brigade's supply "
        "lines. A former associate described him as \"a businessman who happens to ^A be at war.\"²")
    d.t("The Man Behind the Ledger")
    d.t("Unlike many of the Brigade's commanders, Kolvar has never appeared in the group's videos. He is said "
        "to dislike the preachers and to tolerate them only because they bring recruits. His own priorities are "
        "logistical: he reportedly keeps a handwritten ledger of every shipment, a habit that investigators "
        "hope will one day make him easier to prosecute.³")
    d.t("Kolvar is reported to have written the first chapters of a memoir while in hiding; one defector "
        "claims to have read Volume 3 of his memoirs, though no copy has surfaced. Whatever its existence, the "
        "claim illustrates the reputation he has acquired along the coast: a man who expects to be remembered.")
    d.fb("Notes")
    d.t("1. Sundrel Regional Court, judgment in the case of Hadrel Osk, November 2049.")
    d.t("2. Interview by the author with a former ferry operator, Vessa, January 2050.")
    d.t("3. Port Lyssa Evening Herald, \"The Captain's Ledger,\" ^B March 2, 2050.")
    d.n("Jonas Ekwueme is a journalist and researcher who covers the Mirrow Gulf. He is the author of "
        "Salt and Diesel: Smuggling on the Southern Coast (Halbrook University Press, 2048).")
    t3 = "Yusra Dembe-Orlan: The Sons of Marrah's Voice in the Delta"
    d.art(t3, ["Anneliese Korth", "Tariq Vennholm"], "2050-04-01", "profile", MLM, 41, 4)
    d.fb(t3, "By Dr. Anneliese Korth and Tariq Vennholm")
    d.t("When the Sons of Marrah want to speak to the people of the Orlan Delta, they speak through Yusra "
        "Dembe-Orlan. A former radio presenter from Carrow, she has become the group's most recognisable voice, "
        "recording weekly messages that circulate on phones across the delta within hours of their release. [1]")
    d.t("Her messages are rarely about religion. She talks about fuel prices, about the militias that tax "
        "the fishermen and about the ceasefire that, in her words, \"made peace for the generals and war for "
        "everyone else.\" The group's own bulletin devoted most of Issue 4 of its second year to transcripts "
        "of her broadcasts. [2]")
    d.t("The security services believe that she is not a commander but that her influence on recruitment is "
        "considerable. Several young men arrested in ^C Carrow this year told interrogators that they had first "
        "contacted the group after hearing her voice. [3]")
    d.t("Silencing her would require more than removing her recordings, which are copied faster than they can "
        "be taken down. It would require offering the delta's listeners a more convincing answer to the "
        "grievances she describes.")
    d.fb("Notes")
    d.t("[1] Delta Voice, \"The Voice on Every Phone,\" January 20, 2050.")
    d.t("[2] Bulletin of the Sons of Marrah, Year 2, Issue 4, circulated February 2050.")
    d.t("[3] Interview with a Carrow police official, March 2050.")
    d.fb("Dr. Anneliese Korth is a senior fellow at the Tarrow Institute of Justice Studies.",
         "Tariq Vennholm is a researcher on radicalisation in the Orlan Delta.")
    d.f(*d.blocks["D"])
    return d
