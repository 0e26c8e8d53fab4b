using Publisher.Cli.Commands;

namespace Publisher.Tests.Import;

/// <summary>What import does with the third-party scrapes (002, 004), seen through the files and report it produces.</summary>
public class ScrapeImportTests
{
    [Fact]
    public void A_social_handle_moved_out_of_the_body_goes_to_the_author_profile_as_a_link()
    {
        using var project = new ImportFixture().WithSampleProject("002_");

        project.Import();

        Assert.Equal("---\nname: Paul Iddon\nslug: paul-iddon\n---\n\nTwitter: [@pauliddon](https://twitter.com/pauliddon)\n",
            project.Read("input/authors/paul-iddon.md"));
        Assert.DoesNotContain("pauliddon", project.Read(project.ArticleFiles().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void Dropped_body_boilerplate_is_reported_at_its_seed_line_although_the_scrape_separates_paragraphs_by_single_newlines()
    {
        using var project = new ImportFixture().WithSampleProject("002_");

        var report = project.Import();

        Assert.Equal(
        [
            "3: photo caption", "4: short-url label", "33: photo caption", "44: pull quote", "57: photo caption",
            "68: CMS field label", "70: CMS placeholder", "89: pull quote",
        ], report.AllDropped.Select(d => $"{d.Location!.Line}: {d.What}"));
    }

    [Fact]
    public void The_summary_lists_a_dropped_list_with_its_further_lines_indented_under_it()
    {
        using var project = new ImportFixture().WithSampleProject("004_");

        var lines = ImportCommand.DroppedLines(project.Import()).ToList();

        var at = lines.FindIndex(l => l.StartsWith("  dropped related-content list at seeds/004_af0b2f38f9835f15.txt:75: RECOMMENDED", StringComparison.Ordinal));
        Assert.True(at >= 0, string.Join('\n', lines));
        Assert.Equal("      BRIEF ANALYSIS", lines[at + 1]);
        Assert.All(lines, l => Assert.True(l.StartsWith("  dropped ", StringComparison.Ordinal) || l.StartsWith("      ", StringComparison.Ordinal), l));
    }

    [Theory]
    [InlineData("Short Url", "Short Url")]
    [InlineData("RECOMMENDED\nBRIEF ANALYSIS\nFeb 11, 2022", "RECOMMENDED (+2 lines)")]
    public void A_table_cell_shows_the_first_line_and_how_many_more(string text, string cell) =>
        Assert.Equal(cell, ImportCommand.FirstLineOf(text));
}
