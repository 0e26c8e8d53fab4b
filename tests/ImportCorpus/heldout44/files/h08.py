from lib import Doc


def build():
    d = Doc("h08_magazine_qa_interview", blank=True)
    d.one_line = True
    a = d.art("\u201cWe Stopped Counting the Drones\u201d: A Trauma Surgeon on Three Years in Edrasa",
              ["Odile Farramond"], "2046-06-03", "interview", "The Lantern Review", None, None)
    d.comment("'INTERVIEW' printed over the title: kind interview. The interviewer named by 'Interview by' is the author; the surgeon interviewed is not.")
    d.comment("The questions (in bold on the site, here plain lines) and the answers are text, with the speaker labels as printed. The pull quote repeats a sentence of an answer: furniture. The editing note is furniture (corpus README, 'Files').")
    d.f("THE LANTERN REVIEW")
    d.f("Politics | Culture | Books | The Archive | Subscribe")
    d.f("INTERVIEW")
    d.f("\u201cWe Stopped Counting the Drones\u201d: A Trauma Surgeon on Three Years in Edrasa")
    d.f("Interview by Odile Farramond")
    d.f("3 June 2046 \u00b7 11 minute read")
    d.t(a, "Dr Saoirse Kinnery-Volk spent three years running the surgical ward of the only functioning hospital in the city of Edrasa. She came home in April. We spoke in her sister's kitchen, where she is writing a book about the ward.")
    d.t(a, "LANTERN: When you arrived, what did you expect?")
    d.t(a, "KINNERY-VOLK: I expected gunshot wounds, because that is what the briefing said. What I found were burns and shrapnel from small drones, dozens a week. The briefing was a year out of date before I read it.")
    d.t(a, "LANTERN: How did the ward change over those three years?")
    d.t(a, "KINNERY-VOLK: We learned to triage by sound. If you heard the buzzing stop, you had about a minute before the first patients would be carried in. We stopped counting the drones after the first winter. There were too many, and counting did not help anyone.")
    d.f("\u201cWe stopped counting the drones after the first winter.\u201d")
    d.t(a, "LANTERN: Who were the patients?")
    d.t(a, "KINNERY-VOLK: Mostly people who had to be outside: water carriers, bakers on their way to work, children sent to queue for bread. The fighters had shelters. The people who fed them did not.")
    d.t(a, "LANTERN: Did either side ever acknowledge what was happening at the hospital?")
    d.t(a, "KINNERY-VOLK: Once. A commander came to the ward with his own son, who had been hit, and he stood by the bed for a long time. He did not say anything. The next week the drones over our street stopped for nine days. Then they started again.")
    d.t(a, "LANTERN: What should people outside Edrasa understand?")
    d.t(a, "KINNERY-VOLK: That cheap weapons are not small weapons. A drone that costs less than a bicycle can close a market for a month. We need rules for them, and we need them before the next city learns what Edrasa learned.")
    d.f("This interview has been edited for length and clarity.")
    d.f("Odile Farramond is a contributing editor at The Lantern Review.")
    d.f("Share this interview\nFacebook\nX\nEmail\nCopy link")
    d.f("Enjoyed this? The Lantern Review is reader-funded. Become a member from \u00a34 a month.")
    d.f("More interviews\n\u201cThe River Decides\u201d: A Ferry Captain on Forty Years Between Two Borders\nThe Last Printer in Hollin Vale")
    d.f("\u00a9 The Lantern Review 2046 \u00b7 Privacy \u00b7 Cookie settings \u00b7 Contact")
    return d
