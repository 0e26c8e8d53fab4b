using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The heading a whole issue prints above its contents list: "Contents", "Table of Contents", "In This Issue:",
/// "Inside this issue", "Inside:", "What's inside", "In this edition", "This number", "In this bulletin" (any of <see cref="NumberingWords.IssueNoun"/>) — alone on its line, in any case, with an optional colon.
/// </summary>
public static partial class ContentsHeading
{
    /// <remarks>A heading in two languages ("SOMMAIRE / CONTENTS") is one when either side is.</remarks>
    public static bool IsMatch(string line) => BilingualLabel.Any(line.Trim(), l => Pattern().IsMatch(l));

    [GeneratedRegex(@"^(?:(?:table\s+of\s+)?contents|(?:(?:in|inside)\s+)?this\s+" + NumberingWords.IssueNoun + @"|inside\s*:|what['’]s\s+inside)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
