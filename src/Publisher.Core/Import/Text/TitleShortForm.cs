namespace Publisher.Core.Import.Text;

/// <summary>
/// How surely a short line names a title printed elsewhere, as a shared notes section or a running head names an
/// article: 3 for the whole title (words compared as <see cref="TextShapes.NormalizeForMatch"/> compares them), 2 for
/// its main part before a colon or a dash, or its first words (two or more), 1 when nearly all the words are shared
/// (<see cref="TextShapes.WordSimilarity"/> 0.8 or more, or every word of two or more of the line's in the title);
/// 0 otherwise. Pure.
/// </summary>
internal static class TitleShortForm
{
    private const double CloseSimilarity = 0.8;
    private const int MinShortWords = 2;

    public static int Score(string line, string title)
    {
        var shortForm = Words(line);
        var full = Words(title);
        if (shortForm.Length == 0 || full.Length == 0) return 0;
        if (shortForm.SequenceEqual(full)) return 3;
        var main = MainPart(title);
        if (main is not null && Words(main).SequenceEqual(shortForm)) return 2;
        if (shortForm.Length >= MinShortWords && shortForm.Length < full.Length && full.Take(shortForm.Length).SequenceEqual(shortForm)) return 2;
        if (TextShapes.WordSimilarity(line, title) >= CloseSimilarity) return 1;
        return shortForm.Length >= MinShortWords && shortForm.All(full.Contains) ? 1 : 0;
    }

    private static string[] Words(string text) => TextShapes.NormalizeForMatch(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"The Karst Camps" of "The Karst Camps: How a Militia Recruits" (or "… — How …").</summary>
    private static string? MainPart(string title)
    {
        var cut = title.IndexOfAny([':', '—', '–']);
        return cut > 0 ? title[..cut] : null;
    }
}
