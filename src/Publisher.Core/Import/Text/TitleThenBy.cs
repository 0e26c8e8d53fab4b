namespace Publisher.Core.Import.Text;

/// <summary>
/// A contents entry's title run on into its byline with no leader between them: "Title by NAME" on one line, or a title
/// wrapped over lines whose last line is "By NAME" (unwrapped: "… Title By NAME"). The names after the last "by" (in any
/// case) are the entry's authors when they read as names and at least three words of title stand before them; otherwise
/// the title stays whole ("Killed by Friendly Fire on the Ridge"). Pure.
/// </summary>
internal static class TitleThenBy
{
    private const int MinTitleWords = 3;

    /// <summary>The title and the authors: unchanged when <paramref name="authors"/> already names someone or no byline ends the title.</summary>
    public static (string Title, IReadOnlyList<string> Authors) Split(string title, IReadOnlyList<string> authors)
    {
        if (authors.Count > 0) return (title, authors);
        var at = title.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (at <= 0) return (title, authors);
        var head = title[..at].TrimEnd(' ', ',', '—', '–', '-');
        if (TextLines.WordCount(head) < MinTitleWords || TextShapes.AuthorNames(title[(at + 4)..].Trim()) is not { } names) return (title, authors);
        return (head, names);
    }
}
