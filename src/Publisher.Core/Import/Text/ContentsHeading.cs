using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The heading a whole issue prints above its contents list: "Contents", "Table of Contents", "In This Issue:",
/// "Inside this issue", "Inside:", "In this edition", "This number" — alone on its line, in any case, with an optional colon.
/// </summary>
public static partial class ContentsHeading
{
    public static bool IsMatch(string line) => Pattern().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:(?:table\s+of\s+)?contents|(?:(?:in|inside)\s+)?this\s+(?:issue|edition|number)|inside\s*:)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
