using Publisher.Core.Build;
using Publisher.Core.Build.Reading;

namespace Publisher.Tests.Build.Reading;

public class TableOfContentsTests
{
    [Theory]
    [InlineData(0, 100_000, false)]
    [InlineData(1, 100_000, false)]
    [InlineData(2, 500, false)]
    [InlineData(2, TableOfContents.LongArticleWords, true)]
    [InlineData(TableOfContents.MinHeadings, 10, true)]
    public void Three_headings_or_a_long_article_with_two_get_a_table_of_contents(int headings, int words, bool shows) =>
        Assert.Equal(shows, TableOfContents.Shows(headings, words));

    [Fact]
    public void Headings_are_demoted_and_carry_the_ids_the_page_gives_them()
    {
        // Given a body whose shallowest heading is an h1, with a subsection and emphasis in a heading
        var parsed = ArticleMarkdown.Parse(ReadingTimeTests.ArticleOf(
            "# Background\n\nText.\n\n## The *first* strike\n\nText.\n\n# What next?\n\nText.\n\n#### Deep\n\nText.\n"));

        // When its contents are listed
        var listed = TableOfContents.Listed(parsed.Headings);

        // Then the h1s are h2s, the h2 an h3; the h4 (now h5) is left out; ids are the rendered ones
        Assert.Equal([new TocEntry(2, "background", "Background"), new TocEntry(3, "the-first-strike", "The first strike"), new TocEntry(2, "what-next", "What next?")], listed);
        var html = ArticleMarkdown.Render(parsed, LinkContext.From(new Permalinks("https://example.org/"), "/articles/harbour-strike/"));
        foreach (var entry in listed) Assert.Contains($"id=\"{entry.Id}\"", html, StringComparison.Ordinal);
    }
}
