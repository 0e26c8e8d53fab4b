from lib import Doc

SD = "Stillwater Dispatch"


def build():
    d = Doc("h05_email_stillwater_dispatch", blank=True, width=70)
    D = "2046-04-17"
    r = d.art("The Night the Ferry Did Not Come: Waiting Out a Blockade in Cape Orlen", ["Nadia Felsworth"], D, "reportage", SD, None, None)
    n = d.art("Three Things I Got Wrong About the Harbour Strike", ["Callum Rhee-Bastable"], D, "notebook", SD, None, None)
    d.comment("A plain-text email; the date is the mail header's (Tue, 17 Apr 2046). The newsletter's 'No. 43' under its masthead with no volume is no issue: volume and issue empty.")
    d.comment("'REPORTAGE' and 'NOTEBOOK' are each the label over one piece: kinds reportage and notebook (one-word labels, kept as printed).")
    d.comment("The notebook is signed only by the editor's sign-off line '-- Callum', resolved to the full name the masthead's 'Edited by' line prints.")
    d.f("From: Stillwater Dispatch <dispatch@stillwater-letters.example>\nTo: reader@example.net\n"
        "Date: Tue, 17 Apr 2046 06:30:12 +0000\n"
        "Subject: The Night the Ferry Did Not Come / Three things I got wrong\n"
        "List-Unsubscribe: <https://stillwater-letters.example/u/8fd2c1>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8")
    d.f("Having trouble reading this? Open it on the web:\nhttps://stillwater-letters.example/dispatch/43")
    d.f("==================================================================")
    d.f("STILLWATER DISPATCH\nLetters from the edges of the news\nNo. 43 -- Tuesday 17 April 2046\nEdited by Callum Rhee-Bastable")
    d.f("==================================================================")
    d.f("Good morning, and welcome to the new readers who joined after last\nweek's letter. This week: a long dispatch from Cape Orlen, and my notes\non a story I covered badly.")
    d.f("------------------------------------------------------------------")
    d.f("REPORTAGE")
    d.f("The Night the Ferry Did Not Come: Waiting Out a Blockade in Cape Orlen")
    d.f("By Nadia Felsworth in Cape Orlen")
    d.p(r, "The ferry to Cape Orlen is supposed to arrive at half past seven. On the evening I waited for it, the "
           "quay filled slowly with people carrying what they could: a woman with a crate of eggs, two boys with "
           "a mattress, an old man holding a birdcage with no bird in it. By nine it was clear the ferry was not "
           "coming, and nobody seemed surprised.")
    d.p(r, "For six weeks the road out of the cape has been blocked by men who say they represent the fishing "
           "cooperatives and who the regional police say represent nobody but themselves. They stop lorries, "
           "take a fee and let most of them through. The ferry, the only other way out, has run on fewer than "
           "half the scheduled nights since March.")
    d.p(r, "In the cape's only hotel, the owner has turned the dining room into a dormitory for stranded "
           "drivers. She keeps a ledger of who owes what and does not expect to be paid. \"They will pay when "
           "the road opens,\" she told me, \"or they will not, and I will still be here.\"")
    d.p(r, "What struck me most was how quickly a blockade becomes ordinary. Children walk to school past the "
           "men at the barrier and wave. The men wave back. The arrangement has its own etiquette, and everyone "
           "in Cape Orlen seems to know it except the government in the capital, which has announced three "
           "times that the road is open.")
    d.p(r, "The ferry came the next night, two hours late. The man with the birdcage was first on board.")
    d.f("------------------------------------------------------------------")
    d.f("NOTEBOOK")
    d.f("Three Things I Got Wrong About the Harbour Strike")
    d.p(n, "In January I wrote that the harbour strike would be over within a week. It lasted five. Here, in the "
           "spirit of keeping myself honest, are three things I got wrong.")
    d.p(n, "First, I underestimated the strike fund. I assumed the dockers could not afford to stay out for long. "
           "I had not reckoned with the fishing families who fed them, a solidarity I should have seen coming.")
    d.p(n, "Second, I took the port authority's figures at face value. Its count of ships waiting offshore was "
           "half the number the pilots' association gave, and the pilots were right.")
    d.p(n, "Third, I wrote about the strike as if it were only about wages. It was also about the night shifts "
           "that the new cranes made possible, and the dockers said so from the first day. I was not listening.")
    d.f("-- Callum")
    d.f("------------------------------------------------------------------")
    d.f("Forwarded this email? Subscribe at https://stillwater-letters.example/join\n"
        "Stillwater Dispatch is written in Cape Mallory and sent every Tuesday.\n"
        "You are receiving it because you signed up at stillwater-letters.example.\n"
        "Unsubscribe: https://stillwater-letters.example/u/8fd2c1\n"
        "Stillwater Letters Ltd, 9 Tidewater Lane, Cape Mallory")
    d.sidecar = None
    return d
