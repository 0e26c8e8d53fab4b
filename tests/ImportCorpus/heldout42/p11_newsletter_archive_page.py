from lib import Doc, write

NAME = "p11_newsletter_archive_page"
TITLE = "Why Sanctions Lists Miss the Cattle"


def build():
    d = Doc()
    d.web("""
The Ledger Line
Sanctions, shipping and the money behind armed groups
Subscribe  Sign in
Home  Archive  About  Search
\u2190 Back to the archive
ESSAY
Why Sanctions Lists Miss the Cattle
Frozen accounts are easy to count. Herds are not.
Ines Kowalczyk-Bamba
Aug 21, 2046
\u2661 38   \U0001F4AC 6   \u21bb Share
> Every quarter, the finance ministry publishes a table of assets frozen under its sanctions lists. The table for the second quarter of 2046 counts accounts, vehicles and two apartments in Ferncastle. It does not count a single cow.[1]
> That omission matters more than it seems. Court records from the Port Anselby inquiry show that the Crescent Vanguard moved a large part of its wealth into livestock after the raids of 2045, and the ledgers seized at Harl list herds worth many times the balances frozen in the same year.[2] A sanctions regime that sees only what a bank can freeze is blind to what the group now owns.
> What would counting the cattle take?
> Not much that is new. Livestock markets on the coastal plain already record sales for tax purposes, and veterinary services tag animals against disease. Linking those records to the sanctions lists would let officials see when a listed person's relatives begin to buy herds. It would not freeze a single animal, but it would show where the money has gone.[3]
> The objection is that the records are kept on paper, in district offices, by clerks who have never seen a sanctions list. That is true, and it is the argument for starting with the three markets through which most of the plain's cattle pass.
> Notes
> 1. Ministry of Finance, Quarterly Report on Frozen Assets, Q2 2046. \u21a9
> 2. Prosecution request for detention, Port Anselby inquiry, 30 January 2046. \u21a9
> 3. On veterinary tagging on the plain, see Provincial Veterinary Service, Annual Report 2045. \u21a9
Thanks for reading The Ledger Line! Subscribe for free to receive new posts and support my work.
Type your email\u2026  Subscribe
Previous issue: The Ferry Fund Nobody Proposed (Aug 7)  |  Next issue: What a Receipt Is Worth (Sep 4)
From the archive
What a Receipt Is Worth \u00b7 Sep 4, 2046
The Ferry Fund Nobody Proposed \u00b7 Aug 7, 2046
Couriers, Not Shops \u00b7 Jul 24, 2046
See all
6 Comments
Discussion about this post is for subscribers.
\u00a9 2046 Ines Kowalczyk-Bamba \u00b7 Privacy \u00b7 Terms \u00b7 Collection notice
Quillfeed is the home for independent writing. Start your own newsletter
""", 0)
    # the notes heading is not text: release it
    d.lines = [(t, None if t == "Notes" else o) for t, o in d.lines]
    return d


def main():
    d = build()
    arts = [dict(title=TITLE, authors=["Ines Kowalczyk-Bamba"], date="2046-08-21", kind="essay",
                 pub="The Ledger Line", vol=None, iss=None)]
    write(NAME, d, arts, one_line=True, comments=[
        "A newsletter's web archive page for one letter. Kind: ESSAY, printed over the title. No number is printed: volume and issue null.",
        "The subtitle under the title is a standfirst (not text). 'What would counting the cattle take?' is a subheading (text).",
        "Notes end in back-arrows; the notes are text, their heading is not. The archive list and previous/next lines are furniture.",
    ], sidecar="url: https://ledgerline.quillfeed.example/p/why-sanctions-lists-miss-the-cattle")


if __name__ == "__main__":
    main()
