using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Letter-spaced display type as a PDF's text layer gives it: "B R I E F S", "N E W S  I N  B R I E F" (one space
/// between letters, two or more between words). <see cref="Collapse"/> gives the words ("BRIEFS", "NEWS IN BRIEF");
/// any other text is returned as it is. Pure.
/// </summary>
public static partial class LetterSpacing
{
    public static string Collapse(string text)
    {
        var trimmed = text.Trim();
        if (!Spaced().IsMatch(trimmed)) return text;
        return string.Join(' ', WordGap().Split(trimmed).Select(w => w.Replace(" ", "", StringComparison.Ordinal)));
    }

    /// <summary>
    /// A line whose letter-spaced words sit among other parts ("V O L U M E  3  ·  I S S U E  4"): each run of three or
    /// more single letters apart by single spaces becomes one word ("VOLUME 3  ·  ISSUE 4"); the rest is kept as it is.
    /// </summary>
    public static string CollapseRuns(string text) =>
        SpacedRun().Replace(text, m => m.Value.Replace(" ", "", StringComparison.Ordinal));

    [GeneratedRegex(@"(?<![\p{L}\p{N}] ?)\p{L}(?: \p{L}){2,}(?! ?[\p{L}\p{N}])")]
    private static partial Regex SpacedRun();

    /// <summary>At least three single letters each followed by one space; words apart by two spaces or more.</summary>
    [GeneratedRegex(@"^\p{L}(?:\s{1,3}\p{L}){2,}$")]
    private static partial Regex Spaced();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex WordGap();
}
