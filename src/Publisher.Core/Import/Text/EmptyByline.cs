using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A byline label with no name after it ("By:", "Author:", "Written by"): the place an article's missing author
/// belongs, so a missing-author warning can point there instead of at the title.
/// </summary>
public static partial class EmptyByline
{
    public static bool Is(string line) => Label().IsMatch(line);

    /// <summary>
    /// The 1-based number of the first empty byline among <paramref name="lines"/> (the seed's lines, 1-based
    /// <paramref name="first"/> to <paramref name="last"/> inclusive), or null when there is none.
    /// </summary>
    public static int? Find(IReadOnlyList<string> lines, int first, int last)
    {
        for (var n = Math.Max(first, 1); n <= Math.Min(last, lines.Count); n++)
            if (Is(lines[n - 1])) return n;
        return null;
    }

    [GeneratedRegex(@"^\s*(?:by|written\s+by|authors?|byline)\s*:?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
