namespace Publisher.Core.Import.Text;

/// <summary>
/// A masthead name set as a logo, one or two words a line in capitals ("HARBOUR" / "WATCH" / "QUARTERLY"): the
/// lines are one name; so is a longer line in capitals over a short one that ends in a periodical's word ("ARCTIC &amp;
/// NORTH ATLANTIC" / "SECURITY MONITOR"). Pure.
/// </summary>
public static class StackedMastheadName
{
    private const int MaxWordsPerLine = 2;
    private const int MaxLines = 4;

    /// <summary>How many lines from <paramref name="start"/> stack into one name: 2–4, or 1 when they do not stack.</summary>
    public static int Length(IReadOnlyList<string> lines, int start)
    {
        var count = 0;
        while (start + count < lines.Count && count < MaxLines && IsLogoLine(lines[start + count])) count++;
        if (count >= 2) return count;
        // "ARCTIC & NORTH ATLANTIC" / "SECURITY MONITOR": a longer first line in capitals over a short one that ends the
        // name with a periodical's word is one name broken over two lines.
        // A first line that ends in such a word itself ("THE VARNHOLT FOUNDATION" over "TERRORISM MONITOR") is a name of its own.
        return start + 1 < lines.Count && IsCapitalsLine(lines[start], MaxWordsFirstOfTwo) && IsLogoLine(lines[start + 1])
            && SiteMasthead.EndsWithPublisherNoun(lines[start + 1]) && !SiteMasthead.EndsWithPublisherNoun(lines[start]) ? 2 : 1;
    }

    private const int MaxWordsFirstOfTwo = 4;

    private static bool IsLogoLine(string line) => IsCapitalsLine(line, MaxWordsPerLine);

    private static bool IsCapitalsLine(string line, int maxWords)
    {
        var text = line.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 && words.Length <= maxWords
            && text.Any(char.IsLetter) && !text.Any(char.IsLower) && !text.Any(char.IsDigit)
            && words.All(w => w.All(c => char.IsLetter(c) || c is '&' or '-' or '\'' or '’'));
    }
}
