using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Originals;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Originals;

/// <summary>
/// What a PDF's type and placement say beside its words, on invented issues printed by headless Chromium
/// (<c>TypeCases/*.html</c>, <c>regenerate.sh</c>): section labels set apart above a title and bylines in their own type
/// under it, a running header or page number printed only once, a "Notes" heading under two short columns, and a note
/// marker at the end of a paragraph's last line before a page break.
/// </summary>
public class PdfTypeFactsTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "Publisher.Tests", "Import", "Originals", "TypeCases");

    private static (string[] Lines, PageFacts? Facts, List<FixupAction> Fixes) Read(string name)
    {
        var fixes = new List<FixupAction>();
        var (text, facts) = SeedOriginals.Convert(File.ReadAllBytes(Path.Combine(Folder, name + ".pdf")), "seeds/issue.pdf", new List<Diagnostic>(), fixes);
        return (text.Split('\n'), facts, fixes);
    }

    private static int LineOf(string[] lines, string text) => Array.FindIndex(lines, l => l.Trim('\f') == text) + 1;

    private static IReadOnlyList<string> Dropped(List<FixupAction> fixes) =>
        fixes.Where(f => f.Kind == FixupActionKinds.DroppedPdfRunningLine).Select(f => f.Detail).ToList();

    [Fact]
    public void Labels_in_small_capitals_above_a_title_and_italic_names_under_it_are_marked_by_their_type()
    {
        // Given / When
        var (lines, facts, _) = Read("single");

        // Then
        Assert.Equal([LineOf(lines, "B R I E F S"), LineOf(lines, "A N A L Y S I S")], facts!.SectionLabelLines.Order());
        Assert.Equal([LineOf(lines, "Teodora Vasquez-Lind"), LineOf(lines, "Anselm Okafor-Reyes")], facts.BylineLines.Order());
    }

    [Fact]
    public void A_label_the_catalogue_does_not_know_is_marked_when_set_apart_above_a_title_and_a_masthead_line_is_not()
    {
        // Given / When
        var (lines, facts, _) = Read("twocol");

        // Then
        Assert.Equal([LineOf(lines, "MARKET WATCH"), LineOf(lines, "COUNTRY PROFILE")], facts!.SectionLabelLines.Order());
        Assert.DoesNotContain(facts.SectionLabelLines, n => lines[n - 1].Contains("Volume", StringComparison.Ordinal));
    }

    [Fact]
    public void A_running_header_printed_once_is_dropped_by_its_place_and_type_and_the_masthead_stays()
    {
        // Given / When
        var (single, _, singleFixes) = Read("single");
        var (twocol, _, twocolFixes) = Read("twocol");

        // Then
        Assert.Equal(["Estuary Affairs Review · Spring 2030", "2"], Dropped(singleFixes));
        Assert.Equal(["Highland Trade Monitor — Volume 12, Issue 8", "— 2 —"], Dropped(twocolFixes));
        Assert.Equal("Volume 7 · Issue 2 · April 9, 2030", single[2]);
        Assert.Equal("Volume 12 | Issue 8 | September 3, 2032", twocol[2]);
    }

    [Fact]
    public void A_notes_heading_under_two_short_columns_is_read_after_both()
    {
        // Given / When
        var (lines, _, _) = Read("twocol");

        // Then: the heading stands between the brief's last paragraph and its notes
        var notes = LineOf(lines, "Notes");
        Assert.StartsWith("by one of the large mills.", lines[notes - 3], StringComparison.Ordinal);
        Assert.StartsWith("[1] Upper Glens", lines[notes + 1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_whose_last_line_ends_in_a_note_marker_ends_at_the_page_break()
    {
        // Given / When
        var (lines, _, _) = Read("spaced");

        // Then: a blank line between "… paid for.[2]" and the next page's unindented paragraph
        var end = Array.FindIndex(lines, l => l.EndsWith("paid for.[2]", StringComparison.Ordinal));
        Assert.True(end > 0);
        Assert.Equal("", lines[end + 1]);
        Assert.StartsWith("\fHydrologists", lines[end + 2], StringComparison.Ordinal);
    }

    [Fact]
    public void The_section_label_the_type_marks_gives_the_kind_of_the_article_under_it()
    {
        // Given
        using var project = new ImportFixture().WithSampleProject("none-");
        File.Copy(Path.Combine(Folder, "twocol.pdf"), project.Temp.Combine("seeds", "issue.pdf").EnsureFolder());
        File.WriteAllText(project.Temp.Combine("seeds", "issue.yml"), "publication: Highland Trade Monitor\n");

        // When
        project.Import();

        // Then
        var articles = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, a => a.Contains("kind: market watch", StringComparison.Ordinal) && a.Contains("Wool Buyers", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Contains("kind: country profile", StringComparison.Ordinal) && a.Contains("Coastal Ferries", StringComparison.Ordinal));
        Assert.DoesNotContain(articles, a => a.Contains("MARKET WATCH", StringComparison.Ordinal) || a.Contains("COUNTRY PROFILE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_letter_spaced_label_of_two_words_keeps_its_word_break_and_names_the_kind_and_a_large_marker_stays_a_marker()
    {
        // Given
        var (lines, _, _) = Read("lettered");
        using var project = new ImportFixture().WithSampleProject("none-");
        File.Copy(Path.Combine(Folder, "lettered.pdf"), project.Temp.Combine("seeds", "issue.pdf").EnsureFolder());
        File.WriteAllText(project.Temp.Combine("seeds", "issue.yml"), "publication: Northern Straits Monitor\n");

        // When
        project.Import();

        // Then: each letter is its own word in the text layer; the wider gap between the words is written as two spaces
        Assert.Contains("H A R B O U R  W A T C H", lines.Select(l => l.Trim('\f')));
        Assert.Contains("T R A D E  L E D G E R", lines.Select(l => l.Trim('\f')));
        // and a note marker set at 85% of the body size, raised, is a marker at its sentence's end, not a line of its own
        Assert.Contains(lines, l => l.EndsWith("upstream ended.[1]", StringComparison.Ordinal));
        // and so are markers at that size glued to the word before them, inside a sentence and before its full stop
        Assert.Contains(lines, l => l.Contains("south[1] who", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("to salt[2].", StringComparison.Ordinal));
        var articles = project.ArticleFiles().Select(project.Read).ToList();
        Assert.Equal(2, articles.Count);
        Assert.Contains(articles, a => a.Contains("kind: harbour watch", StringComparison.Ordinal) && a.Contains("Second Tug", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.Contains("kind: trade ledger", StringComparison.Ordinal) && a.Contains("Salt Fish", StringComparison.Ordinal));
    }
}
