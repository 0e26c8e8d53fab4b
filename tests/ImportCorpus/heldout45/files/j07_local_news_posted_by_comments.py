from lib import Doc


def build():
    d = Doc('j07_local_news_posted_by_comments', blank=True, web=True)
    d.sidecar = 'url: https://www.wrenfieldledger.example.com/local-news/2047/06/03/harbour-warehouse-fire-arson-arrests/\n'
    d.notes = ['The section label "Local News" names the kind news. The closing appeal for information is the story\'s',
               'own text; the standing news-tip prompt, the comments and all furniture are not.']
    a = d.art('Two Arrested After Harbour Warehouse Fire Linked to Extortion Racket', ['Deb Kallisto'],
              '2047-06-03', 'news', 'The Wrenfield Ledger')
    d.f('This site uses cookies to personalise content and ads. Manage preferences   Accept all')
    d.f('The Wrenfield Ledger')
    d.f('News   Sport   Business   Opinion   What\'s On   Obituaries   Subscribe')
    d.f('Local News')
    d.f('Two Arrested After Harbour Warehouse Fire Linked to Extortion Racket')
    d.f('Posted June 3, 2047 by Deb Kallisto')
    d.f('Tweet  Share  Email  Comments (4)')
    d.f('Fire crews at the Keel Street warehouse on Saturday night. Photo: Ledger staff')
    d.t(a, 'Two men have been arrested in connection with the fire that destroyed a seafood warehouse on Keel Street early on Sunday, police confirmed on Monday.',
        'Detectives believe the blaze was started deliberately after the warehouse\'s owner refused to make payments to a group that has been demanding money from businesses around the harbour since the winter.',
        'The men, aged 24 and 31, were arrested at addresses in Wrenfield and nearby Pellow on Monday morning. Both remain in custody.',
        '"This was not a random act," said Detective Inspector Ruth Anselm. "We believe it was intended to send a message to other business owners. The message we want to send back is that we will find those responsible."',
        'No one was injured in the fire, but the warehouse and its stock, valued at more than two hundred thousand dollars, were lost. Neighbouring businesses were evacuated for several hours.',
        'The owner, who asked not to be named, told the Ledger he had received three visits since February from men demanding a monthly "insurance" payment. He said he reported the visits to police in April.',
        'At least four other harbour businesses have reported similar demands this year, according to the Wrenfield Harbour Traders\' Association.',
        'Anyone with information about the fire is asked to call Wrenfield police on 0555 013 2290, quoting reference WF-4471.')
    d.f('Got a story? Email newsdesk@wrenfieldledger.example.com or message us on 0555 013 8800.')
    d.f('Related stories')
    d.f('Harbour traders meet police over protection demands')
    d.f('Council approves new CCTV for Keel Street')
    d.f('4 Comments')
    d.f('Sign in to comment')
    d.f('harbourlad77 \u00b7 June 3, 2047 at 9:14 am')
    d.f('About time. Everyone down the harbour has known about this for months.')
    d.f('Reply')
    d.f('M. Treloar \u00b7 June 3, 2047 at 10:02 am')
    d.f('Hope the owner gets back on his feet. Best fish on the coast.')
    d.f('Reply')
    d.f('Load more comments')
    d.f('\u00a9 2047 Wrenfield Ledger Media Ltd. All rights reserved.  Terms  |  Privacy  |  Contact us')
    return d
