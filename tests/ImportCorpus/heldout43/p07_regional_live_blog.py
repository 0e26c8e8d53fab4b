NAME = "p07_regional_live_blog"
SIDECAR = {"url": "https://westholmcourier.example/news/live/ferry-terminal-evacuated-live"}
ONE_LINE = True
COMMENTS = [
    "A regional newspaper's live blog saved with no blank lines. Its own label 'Live blog' over the title -> live blog.",
    "Entries are text with their headlines (headings inside the text); the time stamps, 'Pinned', the key-events index,",
    "the refresh prompt, 'Share this post' lines and the advert are furniture. The page names no site section word.",
    "Date: 'Started 06:58 Saturday 24 October 2046'; the 'Updated' line is later the same day.",
]
PUB = "Westholm Evening Courier"
ARTICLES = [
    dict(title="Ferry terminal evacuated after suspicious package found: live updates",
         authors=["Saoirse Mbeki-Lund", "Teodor Halloran"], date="2046-10-24", kind="live blog", publication=PUB,
         volume=None, issue=None),
]
BODY = r"""
= Skip to main content
= Westholm Evening Courier
= Your city. Your news. Since 1891.
= News | Sport | What's On | Property | Obituaries | Jobs | E-edition
= Subscribe from £1 a week | Sign in
= News › Westholm
= Live blog
= Ferry terminal evacuated after suspicious package found: live updates
= Saoirse Mbeki-Lund and Teodor Halloran
= Started 06:58 Saturday 24 October 2046 · Updated 13:41
= Refresh for the latest updates
= Key events
= 13:20 Army bomb disposal team declares package safe
= 10:05 Morning sailings cancelled
= 07:30 Cordon extended to Harbour Road
= Pinned
= 13:20
@1
> Army bomb disposal team declares package safe
> The package found at the ferry terminal has been examined by an army bomb disposal team and declared safe, Westholm police say. The terminal will reopen to foot passengers at 14:00 and to vehicles from 15:00.
> A police spokeswoman said the bag contained "personal belongings and nothing of concern" and thanked passengers for their patience.
= Share this post
= 11:47
> "We've been here since six," says a family from Arnside
> Among those waiting in the car park are the Pellinger family, who were due to sail to the islands for a wedding. "We've been here since six with two small children and no information," Dara Pellinger told the Courier. "We understand why they closed it, but someone could have come out and talked to us."
= Share this post
= ADVERTISEMENT
= 10:05
> Morning sailings cancelled
> The ferry operator has cancelled the 09:30 and 11:00 sailings to the islands. Passengers with tickets for those crossings can rebook free of charge or claim a refund, the company says.
= Share this post
= 07:30
> Cordon extended to Harbour Road
> Police have extended the cordon to include Harbour Road between the roundabout and the fish market. Drivers are being diverted through Chandlers Way, and buses on routes 4 and 12 will not stop at the terminal.
= Share this post
= 06:58
> Terminal closed after bag found near ticket hall
> Good morning. Westholm ferry terminal has been closed and staff evacuated after a bag was found unattended near the ticket hall shortly after 06:00. Police say they are treating it as a precaution. We will bring you updates here as we get them.
= Share this post
= Have you been affected? Tell us: newsdesk@westholmcourier.example
= Most read
= 1. Council confirms new parking charges for the seafront
= 2. Westholm Rovers sign striker from Arnside on loan
= 3. Fish market to close for a month of repairs
= Westholm Evening Courier is part of the Northgate Press group. © 2046 Northgate Press Ltd.
= Privacy notice | Cookie settings | Terms | Complaints | Contact us
"""
