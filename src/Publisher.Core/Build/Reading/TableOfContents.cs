namespace Publisher.Core.Build.Reading;

/// <summary>One heading of an article body: its level after demotion (2 or 3), its id and its text.</summary>
public sealed record TocEntry(int Level, string Id, string Text);

/// <summary>When an article gets a table of contents, and which of its headings it lists.</summary>
public static class TableOfContents
{
    /// <summary>Three headings make a structure worth listing.</summary>
    public const int MinHeadings = 3;

    /// <summary>A long article (about ten minutes' reading) is worth a contents list from two headings.</summary>
    public const int LongArticleWords = 2300;

    /// <summary>The headings listed: sections and subsections (h2, h3) that have an id.</summary>
    public static IReadOnlyList<TocEntry> Listed(IEnumerable<TocEntry> headings) =>
        headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0 && h.Text.Length > 0).ToList();

    /// <summary>The one definition of "this article gets a table of contents".</summary>
    public static bool Shows(int listedHeadings, int words) =>
        listedHeadings >= MinHeadings || (listedHeadings >= 2 && words >= LongArticleWords);
}
