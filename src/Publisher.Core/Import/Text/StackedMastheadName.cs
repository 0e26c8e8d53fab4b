namespace Publisher.Core.Import.Text;

/// <summary>
/// A masthead name set as a logo, one or two words a line in capitals ("HARBOUR" / "WATCH" / "QUARTERLY"): the
/// lines are one name. Pure.
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
        return count >= 2 ? count : 1;
    }

    private static bool IsLogoLine(string line)
    {
        var text = line.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= MaxWordsPerLine
            && text.Any(char.IsLetter) && !text.Any(char.IsLower) && !text.Any(char.IsDigit)
            && words.All(w => w.All(c => char.IsLetter(c) || c is '&' or '-' or '\'' or '’'));
    }
}
