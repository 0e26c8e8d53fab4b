from lib import Doc, write

NAME = "p08_podcast_episode"
TITLE = "The Accountant at the Western Gate"


def build():
    d = Doc()
    d.web("""
THE LONG FUSE
a podcast about the people who live beside wars
Episodes   Hosts   Transcripts   Support the show   Newsletter
Listen on: Podcatcher | Orbit Audio | RSS
EPISODE 112
The Accountant at the Western Gate
Host: Leopoldine Asante-Marsh  \u00b7  Guest: Ottilie Brandvold-Nnaji
Released 19 April 2046  \u00b7  47 min 20 s
\u25b6 Play episode   \u2b07 Download MP3 (43 MB)   \u2197 Share
How does an armed group run a market without ever firing a shot in it? Leopoldine talks to the letter-writer Ottilie Brandvold-Nnaji about a winter spent on a bench in Vessick.
In this episode
00:00 Cold open
02:41 A bench outside the tea stall
14:05 Receipts and ledgers
31:50 What happens when the accountant leaves
44:12 Listener questions
Transcript
This transcript was generated automatically and corrected by a producer. It may contain errors.
> LEOPOLDINE ASANTE-MARSH: Welcome to The Long Fuse. I'm Leopoldine Asante-Marsh, and this week I'm talking to someone who spent a whole winter watching a grain market. Ottilie, why a market?
> OTTILIE BRANDVOLD-NNAJI: Because everybody comes to it. If you want to know who has power in a town on the plateau, you don't go to the town hall. You go to where the grain is weighed, and you watch who people greet first.
> LEOPOLDINE ASANTE-MARSH: And who did they greet first?
> OTTILIE BRANDVOLD-NNAJI: A clerk with a ledger. He sits at the western gate and checks the receipts that the drivers bring from the highway. He never raises his voice. He doesn't need to.
> LEOPOLDINE ASANTE-MARSH: These are the receipts from the Brotherhood's checkpoints.
> OTTILIE BRANDVOLD-NNAJI: Yes. A driver who has paid on the road gets a receipt, and the receipt gets his load a fair price in the market. A driver who hasn't paid finds that nobody wants his grain. So the tax is collected on the road, but it's enforced in the market, by people who would tell you they have nothing to do with any armed group.
> LEOPOLDINE ASANTE-MARSH: That's quite a system.
> OTTILIE BRANDVOLD-NNAJI: It's a government, really. A small one, with one clerk. And the odd thing is that the traders seemed to prefer it to the gendarmes, because they knew what it would cost.
> LEOPOLDINE ASANTE-MARSH: We'll come back to that after the break.
> [BREAK]
> LEOPOLDINE ASANTE-MARSH: Before the break you said the traders preferred the clerk. What happened when he stopped coming?
> OTTILIE BRANDVOLD-NNAJI: For two days there was confusion. Prices swung, drivers argued. On the third day a younger man sat down on the same bench with a new ledger, and everything went back to how it was.
The Long Fuse is an independent production of Saltgrass Audio. Theme music by The Quiet Hours.
Support the show: become a member from 4 a month and hear episodes a week early.
Next episode: Fishing in Convoys (26 April)
Previous episode: The River Has Two Police Forces (12 April)
\u00a9 2046 Saltgrass Audio Ltd. All rights reserved.  Privacy  Cookie settings
""", 0)
    return d


def main():
    d = build()
    arts = [dict(title=TITLE, authors=["Leopoldine Asante-Marsh"], date="2046-04-19", kind="podcast",
                 pub="The Long Fuse", vol=None, iss=None)]
    write(NAME, d, arts, one_line=True, comments=[
        "A podcast's episode page (episode number, host, running time): kind podcast; the show in the masthead is the publication.",
        "Author: the host; the guest is not an author. The episode number is not an issue number.",
        "The chapter list ('00:00 Cold open' ...) and the standfirst are furniture; the transcript (including '[BREAK]') is text.",
        "The transcript's generated-text disclaimer, production credit, membership appeal and next/previous teasers are furniture.",
    ])


if __name__ == "__main__":
    main()
