using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Golden cases for what follows an article's end on pages and messages never seen: an email's header block and
/// signature delimiter, a video page's chapter list and player label, production credits, a role under an author's name.
/// </summary>
public class TrailingFurnitureShapesTests
{
    [Fact]
    public void Reads_a_mail_header_with_a_folded_subject_and_its_date()
    {
        string[] lines =
        [
            "From: Harbour Letters <letters@harbour.example>",
            "Sent: Monday, 3 March 2031 08:02",
            "To: readers@lists.harbour.example",
            "Subject: [Harbour] Notice: the spring meeting moves to",
            "  the old customs house",
            "",
            "The spring meeting will be held at the old customs house.",
        ];
        var block = MailHeader.Read(lines);
        Assert.NotNull(block);
        Assert.Equal("Notice: the spring meeting moves to the old customs house", block.Subject);
        Assert.Equal(3, block.SubjectLine);
        Assert.Equal([0, 1, 2, 3, 4], block.Lines);
        Assert.Equal(new DateOnly(2031, 3, 3), block.Date?.Date);
    }

    [Fact]
    public void Reads_a_fax_cover_sheet_and_a_forwarded_message()
    {
        var fax = MailHeader.Read(["FAX COVER SHEET", "", "To:   The Editor", "From: Port Authority", "Date: 2 May 2031", "Re:   Your report on the dredging contract", "", "Dear Editor,"]);
        Assert.Equal("Your report on the dredging contract", fax?.Subject);
        Assert.Equal([0, 2, 3, 4, 5], fax?.Lines);
        var forwarded = MailHeader.Read(["-------- Original Message --------", "From: A Lee <a@x.example>", "Subject: Fwd: Minutes of the board", ""]);
        Assert.Equal("Minutes of the board", forwarded?.Subject);
    }

    [Theory]
    [InlineData("Press Office")]
    [InlineData("News Desk")]
    public void A_signature_of_an_office_names_no_author(string line) =>
        Assert.Null(Signature.Names([line]));

    [Theory]
    [InlineData("Subject: Only one field\n\nText follows.")]
    [InlineData("Date: 4 May 2030\nPlace: Lisbon\n\nThe minutes of the meeting.")]
    [InlineData("Note: this is a page\nSubject: a line in the text")]
    public void Leaves_text_that_is_no_mail_header(string text) =>
        Assert.Null(MailHeader.Read(text.Split('\n')));

    [Theory]
    [InlineData("-- ", true)]
    [InlineData("--", true)]
    [InlineData("---", false)]
    [InlineData("-- Ann", false)]
    public void Knows_the_signature_delimiter(string line, bool expected) =>
        Assert.Equal(expected, MailHeader.IsSignatureDelimiter(line));

    [Theory]
    [InlineData("00:00 Introduction", true)]
    [InlineData("(1:04:10) – Questions from the audience", true)]
    [InlineData("12:30 · Why the port matters", true)]
    [InlineData("[00:02:15] MAREK HOLT: And who does the talking?", false)]
    [InlineData("02:15 ANNA: We met in the spring. It rained all week. Nobody came.", false)]
    [InlineData("The meeting began at 10:30 in the town hall.", false)]
    public void Tells_chapter_entries_from_transcript_turns(string line, bool expected) =>
        Assert.Equal(expected, ChapterList.IsEntry(line));

    [Fact]
    public void Keeps_the_segments_of_show_notes_that_have_no_transcript()
    {
        var body = string.Join("\n\n",
            "This week we ask who pays for the new sea wall, and why the town council and the port authority each say it is the other's job to find the money for it.",
            "In this episode:",
            "(00:00) A walk along the old wall",
            "(06:30) The council's budget, line by line",
            "(21:10) What the port authority says");
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("(06:30) The council's budget", result.Text);
    }

    [Theory]
    [InlineData("[00:02:15] MAREK HOLT: And who does the talking?", true)]
    [InlineData("Lena Varga-Holt: Tomas, let's begin with the harbour. What did you see there?", true)]
    [InlineData("ANNA SOLBERG: We met in the spring, and it rained all week.", true)]
    [InlineData("Share: Copy link · Email · Mastodon", false)]
    [InlineData("Kidnap insurance: does it make things worse?", false)]
    [InlineData("Listen On: Apple Podcasts, Spotify and others", false)]
    public void Knows_speaker_turns_with_or_without_a_time_code(string line, bool expected) =>
        Assert.Equal(expected, ChapterList.IsSpeakerTurn(line));

    [Fact]
    public void Drops_a_chapter_list_over_a_transcript_of_untimed_turns()
    {
        var body = string.Join("\n\n",
            "This week we ask who pays for the new sea wall, and why the town council and the port authority each say it is the other's job to find the money for it.",
            "Chapters",
            "(00:00) A walk along the old wall",
            "(06:30) The council's budget, line by line",
            "(21:10) What the port authority says",
            "Transcript",
            "Lena Varga-Holt: Tomas, let's begin with the wall itself. How old is it, and who built it in the first place?",
            "Tomas Brekke: It was built in 1952 by the harbour board, which no longer exists, and that is half of the problem.");
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.DoesNotContain("(06:30) The council's budget", result.Text);
        Assert.Contains(result.Actions, a => a.Detail.StartsWith("chapter list: Chapters", StringComparison.Ordinal));
        Assert.Contains("Tomas Brekke: It was built in 1952", result.Text);
    }

    [Theory]
    [InlineData("Chapters", true)]
    [InlineData("Timestamps:", true)]
    [InlineData("In this episode", true)]
    [InlineData("Chapter one", false)]
    public void Knows_chapter_labels(string line, bool expected) =>
        Assert.Equal(expected, ChapterList.IsLabel(line));

    [Theory]
    [InlineData("[Video player: 0:00 / 34:12 · CC · 1x · Full screen]", true)]
    [InlineData("[Audio: 12:04 · Download · Speed 1x]", true)]
    [InlineData("(Player: loading)", true)]
    [InlineData("[Video player: the mayor's speech in full, with the questions that followed it and the vote]", true)]
    [InlineData("Our video player shows 0:00 / 3:10.", false)]
    [InlineData("[1] A note about the video, 2021.", false)]
    public void Knows_a_players_label(string line, bool expected) =>
        Assert.Equal(expected, MediaEmbed.Is(line));

    [Theory]
    [InlineData("Harbour Radio is made by volunteers. Music by Low Tide. Editing by Ines Marlow.", true)]
    [InlineData("Produced by Ola Berg. Mixing by Tom Eide.", true)]
    [InlineData("The show was edited by hand. It took a long time. Music by Low Tide.", false)]
    public void Knows_production_credits(string line, bool expected) =>
        Assert.Equal(expected, ShowNotes.Is(line));

    [Theory]
    [InlineData("Research Assistant", true)]
    [InlineData("Programme Administrator, Energy", true)]
    [InlineData("With assistant", false)]
    public void Knows_junior_roles_under_a_name(string line, bool expected) =>
        Assert.Equal(expected, AuthorRoleLine.Is(line));

    [Fact]
    public void Drops_a_player_label_a_chapter_list_and_a_rail_after_the_end()
    {
        var body = string.Join("\n\n",
            "[Video player: 0:00 / 21:40 · CC · Full screen]",
            "In this episode we talk to a harbour pilot about how ships are brought into the old port at night, what goes wrong when the tide turns early and why the pilots want a new radar mast on the breakwater.",
            "Chapters",
            "00:00 Welcome",
            "04:10 The night shift",
            "15:30 The radar mast",
            "[00:00:05] HOST: Welcome back to the show. Today we are at the harbour with one of the pilots who bring the big ships in after dark.",
            "[00:00:20] GUEST: Thanks. It is a strange job, and most people never see it happen, because it happens when the town is asleep.",
            "Harbour Radio is made by volunteers. Music by Low Tide. Editing by Ines Marlow.",
            "Support the show on our membership page",
            "More episodes",
            "Episode 11: The lighthouse keepers",
            "Episode 10: Ferries in the fog");
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("we talk to a harbour pilot", result.Text);
        Assert.Contains("GUEST: Thanks", result.Text);
        foreach (var gone in new[] { "Video player", "00:00 Welcome", "15:30", "Music by", "Support the show", "More episodes", "Episode 10" })
            Assert.DoesNotContain(gone, result.Text);
    }

    [Fact]
    public void Drops_a_comment_thread_under_its_count_heading_one_line_per_paragraph()
    {
        // Text printed one paragraph per line, no blank lines: the count heading ("3 Comments") is also a platform counter,
        // but under the text it heads the thread, and everything after it goes with it.
        var body = string.Join("\n",
            "Every spring the ferry to the outer islands runs late, and every spring the council promises a second boat that never comes, while the islanders who commute to the mainland lose a day's pay.",
            "This year the ferry company says it has found a second-hand vessel in the north, but the council has not yet agreed to pay for its refit, and the harbour master doubts it will be ready by June.",
            "3 Comments",
            "Tomas Hlavaty-Berg",
            "Apr 3",
            "Same story on our island for ten years now. Nobody in the council takes the ferry.",
            "Reply",
            "Ines Okoro-Lund",
            "Apr 4",
            "Thank you for writing this.",
            "Reply");
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("Every spring the ferry", result.Text);
        Assert.Contains("harbour master doubts it", result.Text);
        foreach (var gone in new[] { "3 Comments", "Same story on our island", "Thank you for writing", "Ines Okoro-Lund" })
            Assert.DoesNotContain(gone, result.Text);
        Assert.Contains(result.Actions, a => a.Detail.Contains("Same story on our island", StringComparison.Ordinal));
    }

    [Fact]
    public void A_counter_bar_over_the_text_opens_no_comment_section()
    {
        var body = string.Join("\n",
            "12 likes",
            "4 Comments",
            "Every spring the ferry to the outer islands runs late, and every spring the council promises a second boat that never comes, while the islanders who commute to the mainland lose a day's pay.",
            "This year the ferry company says it has found a second-hand vessel in the north, but the council has not yet agreed to pay for its refit, and the harbour master doubts it will be ready by June.");
        var result = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("Every spring the ferry", result.Text);
        Assert.Contains("harbour master doubts it", result.Text);
    }
}
