using Publisher.Core.Import.Formats;

namespace Publisher.Tests.Import.Formats;

/// <summary>
/// Whole issues in layouts the issue reader had not met (mastheads in capitals with pipes or a season, unsigned
/// briefs under a section label, footnote-starred bios, contents as bullets, contributors under a label after the
/// notes). Invented text.
/// </summary>
public class WholeIssueGapsTests
{
    private static IReadOnlyList<Publisher.Core.Import.ArticleDraft> Read(string text) =>
        new WholeIssueFormat().Read(text, new RawSource("seeds/issue.txt")).Drafts;

    private const string Prose1 = """
        The harbour authority in Kelvar closed the northern quay for three days after dock workers found a crate of
        detonators among a shipment of farm machinery, and the police have since questioned two customs officers.
        """;

    private const string Prose2 = """
        Fishing crews along the Dosso coast say that armed men have begun to demand a share of every catch landed at
        night, and several boats now stay in port rather than pay what the crews call the moon tax.
        """;

    [Fact]
    public void A_capitals_masthead_with_pipes_gives_its_numbers_and_full_date()
    {
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            Detonators on the Northern Quay
            By Tomas Eriksen

            {Prose1}

            The Moon Tax on the Dosso Coast
            By Lucia Ferrant

            {Prose2}
            """);
        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal((3, 8, new DateOnly(2026, 9, 14)), (d.Volume, d.Issue, d.Date)));
    }

    [Fact]
    public void A_short_signed_brief_before_the_first_listed_article_is_kept_as_an_article()
    {
        // Given: contents whose pages follow a gap, listing the brief section and the two features; under them a brief of
        // two short paragraphs signed "By NAME" that the contents name only by its section
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            In this issue
            BRIEF  1
            Detonators on the Northern Quay  2
            The Moon Tax on the Dosso Coast  4

            Ferry Clerk Held Over Forged Manifests
            By Ana Kessler

            Port police held a ferry clerk on Monday over manifests that listed drums of fuel as sacks of flour on
            at least nine crossings to the islands since the spring.

            The clerk denies the charge and says the forms were filled in by the crews themselves, as they have been
            on that route for years.

            Detonators on the Northern Quay
            By Tomas Eriksen

            {Prose1}

            The Moon Tax on the Dosso Coast
            By Lucia Ferrant

            {Prose2}
            """);

        // Then: the brief is an article of its own by its author, not text dropped before the first article, and the
        // contents did not take its title and byline for a fourth entry
        var brief = Assert.Single(drafts, d => d.Body.Contains("manifests that listed drums of fuel"));
        Assert.Equal(["Ana Kessler"], brief.Authors);
        Assert.Equal(3, drafts.Count);
    }

    [Theory]
    // Issue 6 (gen6a): a season is a date, the 1st of its first month, marked inferred (the sidecar may give the day).
    [InlineData("VOLUME 3 / ISSUE 2 / SPRING 2027", "2027-03-01")]
    [InlineData("Vol. 3 · No. 2 · Winter 2026/27", "2026-12-01")]
    [InlineData("VOLUME 3 :: ISSUE 2 :: AUTUMN 2026", "2026-09-01")]
    public void A_season_masthead_gives_its_numbers_and_dates_the_issue_to_the_season(string volumeLine, string date)
    {
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            {volumeLine}

            Detonators on the Northern Quay
            By Tomas Eriksen

            {Prose1}

            The Moon Tax on the Dosso Coast
            By Lucia Ferrant

            {Prose2}
            """);
        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Equal((3, 2, (DateOnly?)DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), true),
            (d.Volume, d.Issue, d.Date, d.Inferred.Contains(WholeIssueFormat.InferredDate))));
    }

    [Fact]
    public void Contributors_printed_under_their_label_after_the_notes_go_to_their_authors()
    {
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            Detonators on the Northern Quay
            By Tomas Eriksen

            {Prose1}

            The Moon Tax on the Dosso Coast
            By Lucia Ferrant

            {Prose2} [1]

            Notes
            [1] Interviews with boat owners, Dosso, August 2026.

            ABOUT THE CONTRIBUTORS
            Tomas Eriksen is a researcher at the Brandt Institute for Maritime Studies.
            Lucia Ferrant is a journalist based in Porto Velho who covers the fisheries.
            """);
        Assert.Equal(2, drafts.Count);
        Assert.DoesNotContain("CONTRIBUTORS", drafts[1].Body + drafts[1].Notes, StringComparison.Ordinal);
        Assert.DoesNotContain("Brandt", drafts[1].Body + drafts[1].Notes, StringComparison.Ordinal);
        Assert.Contains("Brandt Institute", drafts[0].AuthorBio, StringComparison.Ordinal);
        Assert.Contains("Porto Velho", drafts[1].AuthorBio, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsigned_briefs_in_capitals_under_a_briefs_label_each_open_a_brief()
    {
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            The Moon Tax on the Dosso Coast
            By Lucia Ferrant

            {Prose2}

            BRIEFS

            DETONATORS FOUND ON THE NORTHERN QUAY

            {Prose1}

            MILITIA COMMANDER DETAINED IN THE HILLS

            Police in the hill town of Varne detained a commander of the Red Ridge militia on Tuesday, two weeks after
            he was filmed at a checkpoint where lorry drivers were made to pay a fee to pass.
            """);
        Assert.Equal(3, drafts.Count);
        Assert.Equal("Detonators Found on the Northern Quay", drafts[1].Title);
        Assert.Equal("Militia Commander Detained in the Hills", drafts[2].Title);
        Assert.All(drafts.Skip(1), d => Assert.Equal(("brief", 0), (d.Kind, d.Authors.Count)));
        Assert.DoesNotContain("MILITIA", drafts[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_with_a_byline_in_capitals_in_the_same_block_opens_the_first_article()
    {
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOL. 3 • NO. 8 • SEPTEMBER 2026

            Detonators on the Northern Quay
            TOMAS ERIKSEN-VAHL

            {Prose1}

            IN BRIEF

            MILITIA COMMANDER DETAINED IN THE HILLS

            {Prose2}
            """);
        Assert.Equal(2, drafts.Count);
        Assert.Equal(("Detonators on the Northern Quay", "Tomas Eriksen-Vahl"), (drafts[0].Title, drafts[0].Authors.Single()));
        Assert.Contains("detonators among a shipment", drafts[0].Body, StringComparison.Ordinal);
        Assert.Equal("brief", drafts[1].Kind);
    }

    [Fact]
    public void A_brief_signed_at_its_end_over_its_footnotes_is_credited_to_its_signer()
    {
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            IN BRIEF

            Detonators on the Northern Quay

            {Prose1}

            — Maren Oduya-Strand

            ________________
            ¹ Port authority statement, 2 September 2026.

            FEATURE

            The Moon Tax on the Dosso Coast
            By Lucia Ferrant

            {Prose2}
            """);
        var brief = Assert.Single(drafts, d => d.Title == "Detonators on the Northern Quay");
        Assert.Equal(["Maren Oduya-Strand"], brief.Authors);
        Assert.DoesNotContain("Maren Oduya-Strand", brief.Body);
    }

    [Fact]
    public void A_capitals_label_over_a_bylined_title_is_the_next_pieces_label_and_its_writer_bylines_each_brief_in_the_run()
    {
        // Given (heldout28 j04's shape): a feature closed by its bio, then "SHORT READS" (a label the catalogue does not
        // know, shaped like a name) over two briefs by one writer; the feature has a subheading
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            Detonators on the Northern Quay
            By Tomas Eriksen

            {Prose1}

            Where the Money Went

            {Prose2}

            Tomas Eriksen is a researcher at the Kelvar Institute who studies port security.

            SHORT READS

            The Moon Tax on the Dosso Coast
            Ilse Marrow-Okafor

            {Prose2}

            Ferry Crews Ask for Escorts on the Northern Crossing
            Ilse Marrow-Okafor

            {Prose1}
            """);

        // Then
        Assert.Equal(["Detonators on the Northern Quay", "The Moon Tax on the Dosso Coast", "Ferry Crews Ask for Escorts on the Northern Crossing"],
            drafts.Select(d => d.Title).ToArray());
        Assert.Equal(["Tomas Eriksen"], drafts[0].Authors);
        Assert.All(drafts.Skip(1), d => Assert.Equal(["Ilse Marrow-Okafor"], d.Authors));
    }

    [Fact]
    public void An_interview_the_contents_list_by_its_subject_opens_at_its_title_though_its_introduction_is_short()
    {
        // Given (heldout21 p04's shape): contents "Section — subject — page"; the interview's title quotes its subject, a
        // two-sentence introduction, then questions and answers
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            THIS ISSUE
            From the quays — Detonators on the Northern Quay — 1
            Conversation — Admiral (ret.) Ines Moravec-Tull — 4

            FROM THE QUAYS

            Detonators on the Northern Quay
            By Tomas Eriksen

            {Prose1}

            {Prose2}

            CONVERSATION

            “Ports Are Front Lines Now”: A Conversation With Admiral (ret.) Ines Moravec-Tull

            Admiral Moravec-Tull commanded the coastal district until 2024. She spoke with Tomas Eriksen.

            HSR: What changed in the ports after the war?

            Moravec-Tull: Everything that used to be guarded by distance is now guarded by nobody, and the people who
            run the quays know it better than the ministries do, because they see the boats come in every night.
            """);

        // Then
        Assert.Equal(["Detonators on the Northern Quay", "“Ports Are Front Lines Now”: A Conversation With Admiral (ret.) Ines Moravec-Tull"],
            drafts.Select(d => d.Title).ToArray());
        Assert.Equal("interview", drafts[1].Kind);
        Assert.DoesNotContain("Moravec-Tull:", drafts[0].Body);
    }

    [Fact]
    public void A_title_printed_right_under_a_bio_with_no_blank_line_opens_the_piece_its_byline_names()
    {
        // Given (heldout25 d02's shape): no blank lines, paragraphs set apart by their indents; a feature's bio, then the
        // next title wrapped over two lines and a bare name line
        var drafts = Read("""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026
            Detonators on the Northern Quay
            By Tomas Eriksen
               The harbour authority in Kelvar closed the northern quay for three days after dock workers found a crate
            of detonators among a shipment of farm machinery, and the police have since questioned two customs officers.
               The crate had passed two inspections. Officials say the paperwork named a farm cooperative that does not
            exist, and that the same forwarding agent had shipped four other crates to the quay since the spring.
               Tomas Eriksen is a researcher at the Kelvar Institute who studies port security.
            The Moon Tax: How Armed Crews Came to Share in Every Catch Landed on
            the Dosso Coast
            Ilse Marrow-Okafor
               Fishing crews along the Dosso coast say that armed men have begun to demand a share of every catch landed
            at night, and several boats now stay in port rather than pay what the crews call the moon tax.
               The men arrive by motorbike after dark and weigh the catch themselves, crews say, and a boat that refuses
            finds its nets cut the next morning.
            """);
        Assert.Equal(["Detonators on the Northern Quay", "The Moon Tax: How Armed Crews Came to Share in Every Catch Landed on the Dosso Coast"],
            drafts.Select(d => d.Title).ToArray());
        Assert.Equal(["Ilse Marrow-Okafor"], drafts[1].Authors);
        Assert.DoesNotContain("Moon Tax", drafts[0].Body);
    }

    [Theory]
    // Issue 6 (heldout18 b14): a parliament's research briefing saved by a crawler, numbered sections and a contents list.
    [InlineData("https://research.assembly.example/briefings/rb-0311/", 0.0)]
    [InlineData("https://research.assembly.example/briefings/rb-0311.pdf", 0.95)]
    public void A_crawlers_block_naming_a_web_page_says_the_text_is_no_printed_issue(string url, double expected)
    {
        var text = """
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            In This Issue
            Detonators on the Northern Quay ........ 1
            The Moon Tax on the Dosso Coast ........ 3
            """;
        var source = new RawSource("seeds/page.txt") { Crawler = new Publisher.Core.Import.CrawlerMetadata { Url = new Publisher.Core.Import.CrawlerField<string>(url, 3) } };
        Assert.Equal(expected, new WholeIssueFormat().Detect(text, source));
    }

    [Fact]
    public void A_quoted_title_right_under_a_known_section_label_opens_an_unsigned_piece_the_contents_list_by_its_subject()
    {
        // Given (lead19-new p05's shape): the interview's title quotes its subject and names nobody; a running line
        // between the last article's text and the label
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            Detonators on the Northern Quay
            By Tomas Eriksen

            {Prose1}

            Harbour Security Review  |  Volume 3  |  4

            CONVERSATION

            ‘Ports Are Front Lines Now’

            Rear Admiral Ines Moravec-Tull commanded the coastal district until 2024 and now advises the ports authority.
            She spoke with Tomas Eriksen about the quays.

            HSR: What changed in the ports after the war?

            Moravec-Tull: Everything that used to be guarded by distance is now guarded by nobody.
            """);

        // Then
        Assert.Equal(["Detonators on the Northern Quay", "‘Ports Are Front Lines Now’"], drafts.Select(d => d.Title).ToArray());
        Assert.Equal("interview", drafts[1].Kind);
        // No byline: the introduction names the interviewer.
        Assert.Equal(["Tomas Eriksen"], drafts[1].Authors);
    }

    [Theory]
    // Issue 6 (heldout29 j04): a brief under a singular label, after a closed article, credited to an organisation's staff;
    // the credit under its title, or apart from it by a blank line.
    [InlineData("\n", "BRIEF", "brief")]
    [InlineData("\n\n", "BRIEF", "brief")]
    // lead19-new p06: a label in capitals the catalogue does not know.
    [InlineData("\n\n", "AROUND THE HARBOUR", null)]
    public void A_piece_credited_to_an_organisations_staff_under_a_label_opens_an_article_without_authors(string betweenTitleAndCredit, string label,
        string? kind)
    {
        var drafts = Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            Detonators on the Northern Quay
            By Tomas Eriksen

            {Prose1}

            Tomas Eriksen is a researcher at the Kelvar Institute who studies port security.

            {label}

            The Moon Tax on the Dosso Coast{betweenTitleAndCredit}Harbour Review staff

            {Prose2}
            """);
        Assert.Equal(2, drafts.Count);
        Assert.Equal("The Moon Tax on the Dosso Coast", drafts[1].Title);
        Assert.Empty(drafts[1].Authors);
        if (kind is not null) Assert.Equal(kind, drafts[1].Kind);
        Assert.DoesNotContain("staff", drafts[0].Body);
    }
}

/// <summary>Invented prose for the issues of the tests below.</summary>
internal static class InventedBriefs
{
    public const string Detonators = """
        The harbour authority in Kelvar closed the northern quay for three days after dock workers found a crate of
        detonators among a shipment of farm machinery, and the police have since questioned two customs officers.
        """;

    public const string DetonatorsMore = "The shipment had been declared as spare parts for tractors, and its papers named a company that closed last year.";

    public const string MoonTax = """
        Fishing crews along the Dosso coast say that armed men have begun to demand a share of every catch landed at
        night, and several boats now stay in port rather than pay what the crews call the moon tax.
        """;

    public const string MoonTaxMore = "The coast guard says it has too few boats to patrol the fishing grounds after dark, and the crews have stopped asking.";

    public const string LongRoad = """
        When the new road to the northern mines opened in the spring, officials promised that convoys would no longer
        need escorts, but the escorts are back and the companies that hire them are paying more than they did before.
        """;

    public const string LongRoadMore = "The companies say the escorts cost them a fifth of what they earn on each load, and several have stopped sending trucks.";
}

/// <summary>
/// Briefs under a section label, each closed by its author's bare name, the last over its notes; the author's bio
/// later in the issue (seventeenth session). The name between two briefs signs the one above, not the one below.
/// </summary>
public class BriefsSignedByBareNamesTests
{
    [Fact]
    public void Each_brief_takes_the_name_that_closes_it()
    {
        var drafts = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            BRIEFS

            DETONATORS ON THE NORTHERN QUAY

            {InventedBriefs.Detonators}

            {InventedBriefs.DetonatorsMore}

            Ilse Varro-Denholm

            The Moon Tax on the Dosso Coast

            {InventedBriefs.MoonTax}

            {InventedBriefs.MoonTaxMore}

            Ilse Varro-Denholm

            Notes
            [1] Interview with a boat owner, Dosso, August 2026.

            Ilse Varro-Denholm is the Editor of Harbour Security Review.

            The Long Road North
            By Tomas Eriksen

            {InventedBriefs.LongRoad}
            """, new RawSource("seeds/issue.txt")).Drafts;
        Assert.Equal(["Detonators on the Northern Quay", "The Moon Tax on the Dosso Coast", "The Long Road North"],
            drafts.Select(d => d.Title).ToArray());
        Assert.Equal(["Ilse Varro-Denholm"], drafts[0].Authors);
        Assert.Equal(["Ilse Varro-Denholm"], drafts[1].Authors);
    }
}

/// <summary>A section's label with its compiler's credit under it, over briefs that print no byline (seventeenth session).</summary>
public class SectionCreditTests
{
    [Theory]
    [InlineData("Compiled by Rosa Ilunga-Marr", "Rosa Ilunga-Marr")]
    [InlineData("Edited by Dr Piet Aalto and Ines Borrow", "Piet Aalto|Ines Borrow")]
    [InlineData("Compiled by the editors", null)]
    [InlineData("Edited for length and clarity.", null)]
    public void Reads_the_names_a_section_credit_gives(string line, string? names) =>
        Assert.Equal(names, Publisher.Core.Import.Text.SectionCredit.Read(line) is { } read ? string.Join('|', read) : null);

    [Fact]
    public void The_briefs_of_a_credited_section_take_its_compiler_as_their_author()
    {
        var drafts = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            BRIEFS
            Compiled by Rosa Ilunga-Marr

            DETONATORS ON THE NORTHERN QUAY

            {InventedBriefs.Detonators}

            {InventedBriefs.DetonatorsMore}

            THE MOON TAX ON THE DOSSO COAST

            {InventedBriefs.MoonTax}

            {InventedBriefs.MoonTaxMore}

            ANALYSIS

            The Long Road North
            By Tomas Eriksen

            {InventedBriefs.LongRoad}

            {InventedBriefs.LongRoadMore}
            """, new RawSource("seeds/issue.txt")).Drafts;
        Assert.Equal(["Detonators on the Northern Quay", "The Moon Tax on the Dosso Coast", "The Long Road North"], drafts.Select(d => d.Title).ToArray());
        Assert.Equal(["Rosa Ilunga-Marr"], drafts[0].Authors);
        Assert.Equal(["Rosa Ilunga-Marr"], drafts[1].Authors);
        Assert.Equal(["Tomas Eriksen"], drafts[2].Authors);
        Assert.Contains(drafts[0].InferredFrom, v => v.Field == "authors" && v.Reason.Contains("BRIEFS", StringComparison.Ordinal));
    }
}

/// <summary>Unsigned briefs whose titles are set in title case, not capitals (seventeenth session).</summary>
public class TitleCaseBriefsTests
{
    [Fact]
    public void A_run_whose_first_brief_has_a_title_case_title_opens_a_brief_at_each_such_title()
    {
        var drafts = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            VOLUME 3 | ISSUE 8 | SEPTEMBER 14, 2026

            BRIEFS

            Detonators on the Northern Quay

            {InventedBriefs.Detonators}

            The Moon Tax on the Dosso Coast

            {InventedBriefs.MoonTax}

            The Long Road North
            By Tomas Eriksen

            {InventedBriefs.LongRoad}

            {InventedBriefs.LongRoadMore}
            """, new RawSource("seeds/issue.txt")).Drafts;
        Assert.Equal(["Detonators on the Northern Quay", "The Moon Tax on the Dosso Coast", "The Long Road North"], drafts.Select(d => d.Title).ToArray());
        Assert.Equal("brief", drafts[1].Kind);
    }
}

/// <summary>
/// An issue printed one paragraph per line with no blank line anywhere, its contents bulleted with "— by NAME" after
/// each title (seventeenth session).
/// </summary>
public class ParagraphPerLineIssueTests
{
    private const string Para = "Officials in the port city said the new patrols had already stopped three boats carrying fuel, and that the crews had been handed to the police for questioning.";

    [Fact]
    public void Each_line_is_a_paragraph_and_each_titled_piece_an_article()
    {
        var drafts = new WholeIssueFormat().Read($"""
            HARBOUR DAILY MONITOR
            Thursday, August 7, 2031 — Volume 28, Issue 121
            In this issue:
            •  Patrols Return to the Northern Quays — by Ilse Varro-Denholm
            •  The Moon Tax on the Dosso Coast — by Dr. Tomas Eriksen and Rosa Ilunga-Marr
            Patrols Return to the Northern Quays
            Ilse Varro-Denholm
            {Para}
            {Para}
            {Para}
            The Moon Tax on the Dosso Coast
            By Dr. Tomas Eriksen and Rosa Ilunga-Marr
            {Para}
            {Para}
            {Para}
            """, new RawSource("seeds/issue.txt")).Drafts;
        Assert.Equal(["Patrols Return to the Northern Quays", "The Moon Tax on the Dosso Coast"], drafts.Select(d => d.Title).ToArray());
        Assert.Equal(["Tomas Eriksen", "Rosa Ilunga-Marr"], drafts[1].Authors);
    }

    [Fact]
    public void Contents_entries_without_bullets_give_their_authors_after_a_dash_and_by()
    {
        var drafts = new WholeIssueFormat().Read($"""
            HARBOUR DAILY MONITOR
            Volume 28 — Issue 20 — Thursday, January 29, 2031
            In this issue:
            Patrols Return to the Northern Quays — by Ilse Varro-Denholm
            The Moon Tax on the Dosso Coast — by Tomas Eriksen
            Patrols Return to the Northern Quays
            By Ilse Varro-Denholm
            {Para}
            {Para}
            The Moon Tax on the Dosso Coast
            By Tomas Eriksen
            {Para}
            {Para}
            """, new RawSource("seeds/issue.txt")).Drafts;
        Assert.Equal(["Patrols Return to the Northern Quays", "The Moon Tax on the Dosso Coast"], drafts.Select(d => d.Title).ToArray());
    }

    [Fact]
    public void Hard_wrapped_text_is_no_paragraph_per_line_layout()
    {
        var lines = Enumerable.Range(1, 20).Select(i => new Publisher.Core.Import.Text.SeedLine(i,
            i % 2 == 0 ? "had already stopped three boats carrying fuel, and that the crews had" : "Officials in the port city said that the new patrols of the coast guard")).ToList();
        Assert.False(Publisher.Core.Import.Text.ParagraphLines.IsLayout(lines));
    }
}

/// <summary>
/// Two briefs by the issue's editor, each a title over her bare name in one block, the second after plain prose; the
/// contents list only the section; her bio later in the issue (seventeenth session).
/// </summary>
public class BriefsByTheIssuesEditorTests
{
    [Fact]
    public void A_title_over_the_name_of_an_author_whose_bio_the_issue_prints_opens_an_article()
    {
        var drafts = new WholeIssueFormat().Read($"""
            HARBOUR SECURITY REVIEW
            Volume 3, Issue 8  ▪  September 14, 2026
            IN THIS ISSUE:
            BRIEFS...........................................................1

            BRIEFS

            Detonators on the Northern Quay
            Rosa Ilunga-Marr

            {InventedBriefs.Detonators}

            The Moon Tax on the Dosso Coast
            Rosa Ilunga-Marr

            {InventedBriefs.MoonTax}

            Rosa Ilunga-Marr is the Editor of Harbour Security Review.
            """, new RawSource("seeds/issue.txt")).Drafts;
        Assert.Equal(["Detonators on the Northern Quay", "The Moon Tax on the Dosso Coast"], drafts.Select(d => d.Title).ToArray());
        Assert.Equal(["Rosa Ilunga-Marr"], drafts[1].Authors);
    }
}

/// <summary>A name over its role line, with no blank lines, under a labelled title (issues38-new). Invented text.</summary>
public class NameOverRoleLineTests
{
    [Fact]
    public void A_name_over_a_role_line_under_a_labelled_title_is_the_byline_not_the_titles_last_line()
    {
        var read = new WholeIssueFormat().Read("""
            HARBOUR SECURITY REVIEW
            Vol. 4  ·  Issue 2                                    March 3, 2037

            Contents
            1    FEATURE: Tunnels Under the Salt Works
            2    FEATURE: What the Ferry Strike Cost

            FEATURE
            Tunnels Under the Salt Works
            Odile Marchetti-Vane
            Senior Analyst, Kelvar Maritime Institute
                Smugglers have dug at least three tunnels under the old salt works at Kelvar, the port police said on
            Monday, and one of them reached the customs yard before it was found by a night patrol.
                The police believe the tunnels were used to move fuel and cigarettes past the new scanners at the gate,
            which have cut the trade through the yard itself by more than half since the spring.

            FEATURE
            What the Ferry Strike Cost
            By Lucia Ferrant
                Fishing crews along the Dosso coast say that armed men have begun to demand a share of every catch landed
            at night, and several boats now stay in port rather than pay what the crews call the moon tax.
            """, new RawSource("seeds/issue.txt"));
        var first = read.Drafts.First(d => d.Title.StartsWith("Tunnels", StringComparison.Ordinal));
        Assert.Equal("Tunnels Under the Salt Works", first.Title);
        Assert.Equal(["Odile Marchetti-Vane"], first.Authors);
        // The role under the name is not the text, and the editor sees it dropped.
        Assert.DoesNotContain("Senior Analyst", first.Body, StringComparison.Ordinal);
        Assert.Contains(read.Dropped, d => d.Kind == "author's role" && d.Text == "Senior Analyst, Kelvar Maritime Institute");
    }
}
