using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// The family of shapes that decide whether a whole issue is recognised at all: masthead numbers in any order and
/// dress, contents lists in several shapes, section labels as kinds, and sentence ends before a signature. Invented
/// variants, written before the rules were changed.
/// </summary>
public class IssueShapeFamilyTests
{
    [Theory]
    [InlineData("Edition 22 (Volume 3, number 2)                 April 20, 2028", 3, 2)]
    [InlineData("Edition 9 (Vol. 1, No. 4)", 1, 4)]
    [InlineData("No. 14 (Volume 2) · 3 May 2028", 2, 14)]
    [InlineData("N° 12 · Volume 5 · Spring 2028", 5, 12)]
    [InlineData("Issue #7, Vol. 4 — July 2028", 4, 7)]
    [InlineData("VOLUME THREE  ::  NUMBER TWO", 3, 2)]
    [InlineData("Vol. IX — Iss. XII — 1 August 2028", 9, 12)]
    [InlineData("V O L U M E  3  ·  I S S U E  4", 3, 4)]
    [InlineData("Volume3 Issue4 | May 2028", 3, 4)]
    [InlineData("Vol.6/No.3", 6, 3)]
    [InlineData("Volume 4, Issue 2 (Whole Number 38)", 4, 2)]
    [InlineData("Volume 7 Number 1 January–February 2028", 7, 1)]
    public void Masthead_numbers_are_read_in_any_order_and_dress(string line, int volume, int issue)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue), (read!.Volume, read.Issue));
    }

    [Theory]
    [InlineData("Edition 22 (Volume 3, number 2)                 April 20, 2028", "")]
    [InlineData("No. 14 (Volume 2) · 3 May 2028", "")]
    [InlineData("RED RIVER MONITOR                          Vol. 6 / No. 3", "RED RIVER MONITOR")]
    [InlineData("Gulf Watch — Edition 5 (Volume 2, Number 1)", "Gulf Watch")]
    public void A_running_count_or_bracket_before_the_numbers_is_no_publication_name(string line, string before) =>
        Assert.Equal(before, VolumeIssueLine.Parse(line)!.Before);

    [Theory]
    [InlineData("The volume of trade rose in issue after issue.")]
    [InlineData("Volume 3 of the report, Issue 2 of the series, was published late last year by the ministry.")]
    [InlineData("[4] Harbour Review, Vol. 3, No. 2, May 2027.")]
    [InlineData("Edition 22")]
    public void Sentences_and_citations_are_no_masthead(string line) =>
        Assert.Null(VolumeIssueLine.Parse(line));

    [Theory]
    [InlineData("12th June 2028", 2028, 6, 12)]
    [InlineData("June 12th, 2028", 2028, 6, 12)]
    [InlineData("April 20, 2028", 2028, 4, 20)]
    [InlineData("May 2028", 2028, 5, 1)]
    [InlineData("Published 19 March 2047", 2047, 3, 19)]
    [InlineData("Issued: 4 May 2046", 2046, 5, 4)]
    public void Masthead_dates_with_ordinals_are_read(string line, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), MastheadDate.Parse(line)!.Date);

    [Theory]
    [InlineData("Updated 19 March 2047")]
    [InlineData("Published in Pell, 19 March 2047, by the harbour board")]
    public void A_date_under_another_label_or_in_a_sentence_is_no_masthead_date(string line) =>
        Assert.Null(MastheadDate.Parse(line));

    [Theory]
    [InlineData("BRIEFING", ArticleKinds.Briefing)]
    [InlineData("BRIEFINGS", ArticleKinds.Briefing)]
    [InlineData("BRIEF", ArticleKinds.Brief)]
    [InlineData("BRIEFS", ArticleKinds.Brief)]
    [InlineData("IN BRIEF", ArticleKinds.Brief)]
    [InlineData("ANALYSIS", ArticleKinds.Analysis)]
    [InlineData("ANALYSES", ArticleKinds.Analysis)]
    [InlineData("COMMENTARY", ArticleKinds.Commentary)]
    [InlineData("COMMENTARIES", ArticleKinds.Commentary)]
    [InlineData("FEATURE", ArticleKinds.Feature)]
    [InlineData("FEATURES", ArticleKinds.Feature)]
    [InlineData("PROFILE", ArticleKinds.Profile)]
    [InlineData("INTERVIEW", ArticleKinds.Interview)]
    [InlineData("B R I E F I N G", ArticleKinds.Briefing)]
    [InlineData("PERSPECTIVE", "perspective")]
    [InlineData("PERSPECTIVES", "perspective")]
    public void Section_labels_of_an_issue_give_kinds_singular_or_plural(string label, string kind) =>
        Assert.Equal(kind, SectionLabels.IssueKind(label));

    [Theory]
    [InlineData("IN FOCUS")]
    [InlineData("SPOTLIGHT")]
    [InlineData("PERSPECTIVES")]
    public void Section_labels_outside_the_catalogue_still_name_a_kind(string label) =>
        Assert.NotNull(SectionLabels.IssueKind(label));

    [Theory]
    [InlineData("small amounts to avoid scrutiny (The Coast Ledger, February 22). [1]")]
    [InlineData("small amounts to avoid scrutiny (The Coast Ledger, February 22).[1]")]
    [InlineData("as the court found.¹")]
    [InlineData("as the court found.[iv]")]
    [InlineData("as the court found. (3)")]
    [InlineData("as the court found.”")]
    public void A_sentence_end_with_a_note_marker_after_it_ends_a_sentence(string line) =>
        Assert.True(IssueSegmenter.EndsSentence(line));

    [Theory]
    [InlineData("a court in Mombasa convicted four people of financing a cell")]
    [InlineData("Section 4.2")]
    public void Open_lines_end_no_sentence(string line) =>
        Assert.False(IssueSegmenter.EndsSentence(line));
}
