using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A running header or footer line a PDF prints at every page: fields joined by separators (· | • —), the last of
/// them the page number ("Harbour Review · May 2026 · 4", "MSM 5/9 ··· 19.XI.2026 ··· p. 3", "Review | page 7"). Only
/// the shape is read, never the wording. Pure.
/// </summary>
internal static partial class RunningHeaderLine
{
    private const int MaxLength = 100;

    public static bool IsMatch(string line)
    {
        var text = line.Trim();
        return text.Length <= MaxLength && Shape().IsMatch(text);
    }

    [GeneratedRegex(@"^\S.*\p{L}.*\s(?:[·|•]+|[—–])\s+(?:(?:p\.?|page)\s*)?\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
