using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The items of a digest (<see cref="DigestItems"/>) and the mail-header pieces it leans on. Invented text.</summary>
public class DigestItemsTests
{
    private static readonly string Prose = string.Join('\n', Enumerable.Repeat(
        "The harbour board met on Tuesday and heard that the new berths will not open before the winter storms arrive.", 5));

    [Fact]
    public void Finds_the_messages_of_a_mailing_list_digest_and_leaves_its_preamble_and_footer_out()
    {
        var lines = $"""
            Send Coastwatch-L submissions to
                coastwatch-l@lists.example

            Today's Topics:
               1. Berth delays (Ann Lee)
               2. Dredging data (Bo Park)

            ----------------------------------------------------------------------

            Message: 1
            Date: Mon, 3 Mar 2031 09:00:00 +0000
            From: Ann Lee <ann@port.example>
            Subject: [Coastwatch-L] Berth delays

            {Prose}

            ------------------------------

            Message: 2
            Date: Mon, 3 Mar 2031 11:00:00 +0000
            From: "Park, Bo" <bo@port.example>
            Subject: [Coastwatch-L] Dredging data

            {Prose}

            ------------------------------

            End of Coastwatch-L Digest, Vol 4, Issue 2
            """.Split('\n');

        var items = DigestItems.Read(lines);

        Assert.NotNull(items);
        Assert.Equal(2, items.Count);
        Assert.Equal("Date: Mon, 3 Mar 2031 09:00:00 +0000", lines[items[0].Start]);
        Assert.Equal("The harbour board met on Tuesday and heard that the new berths will not open before the winter storms arrive.", lines[items[1].End]);
        Assert.All(items, i => Assert.Equal(-1, i.UrlLine));
    }

    [Fact]
    public void Finds_the_numbered_items_of_a_feed_digest_with_their_addresses()
    {
        var lines = $"""
            Your daily digest: Harbour Forum - Analysis

            ==========================================
            1. Why the Berths Are Late
            https://www.harbour-forum.example/analysis/why-the-berths-are-late
            By Ann Lee
            3 March 2031

            {Prose}
            ==========================================
            2. The Dredging Data Nobody Reads
            By Bo Park
            2 March 2031

            {Prose}
            ==========================================
            Unsubscribe: https://digest.example/u/1
            """.Split('\n');

        var items = DigestItems.Read(lines);

        Assert.NotNull(items);
        Assert.Equal(["1. Why the Berths Are Late", "2. The Dredging Data Nobody Reads"], items.Select(i => lines[i.Start]));
        Assert.Equal("https://www.harbour-forum.example/analysis/why-the-berths-are-late", items[0].Url(lines));
        Assert.Null(items[1].Url(lines));
    }

    [Fact]
    public void A_newsletter_whose_ruled_sections_have_no_byline_date_or_address_is_no_digest()
    {
        var lines = $"""
            ------------------------------------------
            A WORD FROM THE CHAIR
            ------------------------------------------

            {Prose}

            ------------------------------------------
            OUR SUMMER FAIR
            ------------------------------------------

            {Prose}
            """.Split('\n');

        Assert.Null(DigestItems.Read(lines));
    }

    [Fact]
    public void One_piece_between_rules_is_no_digest_and_a_short_notice_is_no_piece()
    {
        var lines = $"""
            Why the Berths Are Late
            By Ann Lee

            {Prose}
            ------------------------------------------
            Correction
            By the editors

            An earlier version of this note gave the wrong date for the board's meeting.
            """.Split('\n');

        Assert.Null(DigestItems.Read(lines));
    }

    [Theory]
    [InlineData("Ann Lee <ann@port.example>", "Ann Lee")]
    [InlineData("\"Park, Bo\" <bo@port.example>", "Bo Park")]
    [InlineData("bo@port.example (Bo Park)", "Bo Park")]
    [InlineData("bo@port.example", null)]
    [InlineData("\"Harbour Board, Press Office\" <press@port.example>", "Harbour Board, Press Office")]
    public void Reads_the_display_name_of_a_sender(string value, string? expected) =>
        Assert.Equal(expected, MailHeader.DisplayName(value));

    [Theory]
    [InlineData("Subject: [Coastwatch-L] Berth delays", "Coastwatch-L")]
    [InlineData("Subject: Re: [Coastwatch-L] Berth delays", "Coastwatch-L")]
    [InlineData("Subject: [Estuary Letter #58] Oyster beds", null)]
    [InlineData("Subject: Berth delays", null)]
    public void Reads_the_list_tag_of_a_subject(string line, string? expected) =>
        Assert.Equal(expected, EmailHeaderLine.ListTag(line));

    [Fact]
    public void A_mail_header_under_blanked_lines_is_still_at_the_top()
    {
        var block = MailHeader.Read(["", "", "", "", "", "From: Ann Lee <ann@port.example>", "Subject: Berth delays", "", "Text."]);

        Assert.Equal("Berth delays", block?.Subject);
        Assert.Equal("Ann Lee", block?.Sender);
        Assert.Equal(5, block?.SenderLine);
    }
}
