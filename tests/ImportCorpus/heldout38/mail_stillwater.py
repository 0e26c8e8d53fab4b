"""b04: a plain-text email newsletter (Stillwater Security Letter, 10 April 2042), hard-wrapped at 72."""
from lib import Article, RawFile

PUB = "Stillwater Security Letter"
DATE = "2042-04-10"


def build():
    f = RawFile("b04", width=72)
    f.furn("From: Stillwater Security Letter <letter@stillwater-letter.example>",
           "To: subscriber-list@stillwater-letter.example",
           "Date: Thu, 10 Apr 2042 06:30:12 +0000",
           "Subject: Stillwater Security Letter: ransom talks, a dock strike, and a book on river pirates",
           "Reply-To: desk@stillwater-letter.example", "",
           "View this email in your browser: https://stillwater-letter.example/archive/2042-04-10", "",
           "========================================================================",
           "STILLWATER SECURITY LETTER",
           "Issue #88 | Thursday 10 April 2042",
           "========================================================================", "",
           "IN THIS ISSUE", "",
           "* Commentary: The ransom question nobody in Corvane wants to answer",
           "* News: Dockworkers in Port Sennet strike over armed escorts",
           "* Review: \"River of Knives\" by Oskar Delacroix-Unwin", "",
           "------------------------------------------------------------------------", "",
           "COMMENTARY", "")

    f.start(Article("The ransom question nobody in Corvane wants to answer", ["Tamsin Oyelaran-Wick"], DATE,
                    "commentary", PUB))
    f.furn("The ransom question nobody in Corvane wants to answer", "by Tamsin Oyelaran-Wick", "")
    f.paras(
        "Every family in the hill districts around Corvane knows someone who has paid a ransom. Very few will say "
        "so in public, and the provincial government, which has made paying kidnappers a crime, would rather not "
        "hear it. The result is a silence that suits the kidnappers best of all.",
        "The law was meant to dry up the market. Instead it has pushed payments into the hands of middlemen, who "
        "take a share of each ransom and have every reason to keep the trade going. Families who might once have "
        "gone to the police now go to a broker instead, because the broker will not arrest them.",
        "There is a better way. Other provinces have allowed families to report payments without fear of "
        "prosecution, on condition that they tell investigators how the money was handed over. Those reports have "
        "led to the arrest of brokers and, in a few cases, of the kidnappers themselves. Corvane's legislators "
        "should look at that record before they renew the law next month.")
    f.blank()
    f.furn("------------------------------------------------------------------------", "", "NEWS", "")

    f.start(Article("Dockworkers in Port Sennet strike over armed escorts", ["Felix Amadi-Roth", "Saoirse Nwankwo"],
                    DATE, "news", PUB))
    f.furn("Dockworkers in Port Sennet strike over armed escorts", "Reporting by Felix Amadi-Roth and Saoirse Nwankwo",
           "")
    f.paras(
        "About nine hundred dockworkers at Port Sennet stopped work on Tuesday, demanding that the port authority "
        "withdraw the armed private guards it hired last month to escort container trucks out of the port.",
        "The union says the guards have threatened drivers and dockers alike, and that one worker was beaten on "
        "the night of April 3 after refusing to let a guard search his bag. The port authority says the guards "
        "were hired after a series of thefts of drone parts and electronics from the container yard, and that "
        "any complaint will be investigated.",
        "By Wednesday evening more than forty ships were waiting at anchor outside the port. Talks between the "
        "union and the port authority are due to resume on Friday.")
    f.blank()
    f.furn("------------------------------------------------------------------------", "", "REVIEW", "")

    f.start(Article("A history of the river pirates, told from the riverbank", ["Gwendolyn Paik-Sorensen"], DATE,
                    "review", PUB))
    f.furn("A history of the river pirates, told from the riverbank", "Reviewed by Gwendolyn Paik-Sorensen", "",
           "River of Knives: Piracy and Power on the Lower Vessa, 1990-2040. By Oskar Delacroix-Unwin.",
           "Harbourgate Press, 2042. 312 pp.", "")
    f.paras(
        "Most books about piracy are written from the deck of the ship that is attacked. Oskar Delacroix-Unwin's "
        "history of the river pirates of the Lower Vessa is written from the riverbank, and it is the better for "
        "it. Drawing on oral histories collected over a decade, it shows how piracy grew out of the ordinary "
        "economy of the river villages, and how it shrank again when that economy changed.",
        "The book is strongest on the 2010s, when the river gangs briefly controlled the grain trade, and weakest "
        "on the recent past, where the author relies too heavily on official sources. Even so, anyone who wants "
        "to understand why armed groups take root on some coasts and not on others will find much to think about "
        "here.")
    f.blank()
    f.furn("========================================================================", "",
           "You are receiving this email because you subscribed to the Stillwater Security Letter.",
           "Forward this email to a friend: https://stillwater-letter.example/forward",
           "Unsubscribe: https://stillwater-letter.example/unsubscribe?u=88f2c1",
           "Update your preferences: https://stillwater-letter.example/preferences?u=88f2c1", "",
           "Stillwater Security Letter, 14 Rope Walk, Lindenhaven LH2 7QP",
           "Copyright (c) 2042 Stillwater Media. All rights reserved.")
    f.write(choices=[
        "'Issue #88' counts the letter's sends: volume and issue stay empty (README, Numbers).",
        "the review's book-details lines (title, author, publisher, pages) are not text.",
        "each piece's kind is the section label printed over it (COMMENTARY, NEWS, REVIEW).",
    ])
    return f
