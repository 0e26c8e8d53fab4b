from lib import Doc

def build():
    d = Doc("z12_email_digest_two_items", web=True, blank=True)
    pub = "Frontline Digest"
    d.comments = [
        "No sidecar. An email newsletter: 'Issue #142 · Tuesday 11 October 2050' is a send count -> volume and issue",
        "null; date 2050-10-11 for both pieces. Publication: the masthead 'FRONTLINE DIGEST' in capitals and 'Frontline",
        "Digest' in the mail header and footer -> Frontline Digest. ANALYSIS over the first piece -> analysis; REVIEW",
        "over the second (a book review) -> review. The closing bio of the first piece is not text.",
        "Look-alikes (text): 'Volume 41, Issue 4 of the Militant Leadership Monitor' in prose, a paragraph opening",
        "'By her own account,', the subheading 'What the Radio Knew'.",
    ]
    d.fb("From: Frontline Digest <digest@frontlinedigest.example.com>",)
    d.f("To: subscriber@example.org",
        "Subject: Frontline Digest #142: The voice on every phone",
        "Date: Tue, 11 Oct 2050 06:30:00 +0000")
    d.g()
    d.fb("View this email in your browser",
         "FRONTLINE DIGEST",
         "Conflict, read closely. Twice a week.",
         "Issue #142 · Tuesday 11 October 2050",
         "Good morning, and welcome to this week's second digest. Two pieces today: an analysis of propaganda by "
         "radio in the Orlan Delta, and a review of the new paperback edition of a book on smuggling in the Mirrow Gulf.",
         "ANALYSIS")
    t1 = "When the Radio Recruits: Voice Messages and the Sons of Marrah"
    d.art(t1, ["Oskar Hallberg-Nnamdi"], "2050-10-11", "analysis", pub)
    d.fb(t1, "By Oskar Hallberg-Nnamdi")
    d.t("For most of the last decade, analysts of jihadist propaganda have studied videos and written "
        "magazines. In the Orlan Delta, the medium that matters is the voice message: two or three minutes of "
        "speech, recorded on a phone and forwarded from one fisherman to the next.")
    d.t("The Sons of Marrah understood this early. Their best-known voice, Yusra Dembe-Orlan, was profiled in "
        "Volume 41, Issue 4 of the Militant Leadership Monitor in April, and her weekly messages have only "
        "grown in reach since then.")
    d.t("What the Radio Knew")
    d.t("By her own account, Dembe-Orlan learned her craft presenting a morning programme on Carrow's local "
        "radio station. The format has survived the move to phones: a greeting, the news of the week, a "
        "complaint about prices, a story about a named village, and only then a sentence or two about the group.")
    d.t("That structure is what makes the messages hard to counter. Government broadcasts answer the last two "
        "sentences and ignore the rest. Listeners, meanwhile, remember the prices and the villages.")
    d.t("A better answer would start where she starts: with local news that is accurate, delivered in the "
        "delta's own dialects by people the listeners recognise. The station in Carrow is still on the air. "
        "It could be part of that answer.")
    d.fb("Oskar Hallberg-Nnamdi is a media researcher who studies broadcasting in conflict zones.",
         "REVIEW")
    t2 = "Salt and Diesel: A Smuggler's Coast in Close-Up"
    d.art(t2, ["Ines Marchetti-Obi"], "2050-10-11", "review", pub)
    d.fb(t2, "Reviewed by Ines Marchetti-Obi")
    d.t("Jonas Ekwueme's Salt and Diesel: Smuggling on the Southern Coast (Halbrook University Press) is the "
        "rare book about armed groups that spends most of its pages on people who are not in them: harbour "
        "masters, ferry families, fuel traders and the clerks who stamp their papers.")
    d.t("Ekwueme's argument is that the Brigade of the Eleventh Dawn did not create the gulf's smuggling "
        "economy but moved into it, and that any strategy aimed at the Brigade alone will fail. The chapters on "
        "the ferry families are the strongest; the final chapter, on policy, is thinner and more hurried.")
    d.t("Still, readers who want to understand why the Brigade recovered so quickly on the coast will find "
        "more here than in any official report.")
    d.fb("That's all for today. Reply to this email to tell us what you think — we read every message.",
         "— The Frontline Digest team",
         "Forward this email to a friend | Update your preferences | Unsubscribe",
         "Frontline Digest · 22 Quayside Row · Port Lyssa",
         "You are receiving this because you subscribed at frontlinedigest.example.com.")
    return d
