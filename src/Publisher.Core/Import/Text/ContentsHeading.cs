using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The heading a whole issue prints above its contents list: "Contents", "Table of Contents", "In This Issue:",
/// "Inside this issue", "Inside:", "What's inside", "In this edition", "This number", "In this bulletin" (any of
/// <see cref="NumberingWords.IssueNoun"/>), an email letter's "In this week's letter", "In this mailing", "This
/// week:" — alone on its line, in any case, with an optional colon (which "This week" and "Today" need, unless read as
/// a label already known to stand over a list: <see cref="IsListLabel"/>).
/// </summary>
public static partial class ContentsHeading
{
    /// <remarks>A heading in two languages ("SOMMAIRE / CONTENTS") is one when either side is.</remarks>
    public static bool IsMatch(string line) => BilingualLabel.Any(line.Trim(), l => Pattern().IsMatch(l));

    /// <summary>
    /// A label over one of a newsletter's lists that names its contents: a heading (<see cref="IsMatch"/>), or the
    /// issue's time without a colon ("THIS WEEK", "Today in brief"), or a daily's "In today's edition".
    /// </summary>
    public static bool IsListLabel(string label) => IsMatch(label) || TimeLabel().IsMatch(label.Trim());

    // "In today's edition" over a daily's list stays a label only (IsListLabel): a daily's recurring blocks ("Numbers of
    // the week") are listed there beside its story, and are no pieces of their own.
    private const string ThisTime = @"(?:this|this\s+(?:week|month)['’]s)";
    private const string IssueTime = @"(?:this\s+(?:issue|week|month|fortnight)|today)";

    [GeneratedRegex(@"^(?:(?:table\s+of\s+)?contents|(?:(?:in|inside)\s+)?this\s+" + NumberingWords.IssueNoun + @"|(?:in|inside)\s+" + ThisTime + @"\s+" + NumberingWords.SendNoun + @"|inside\s*:|what['’]s\s+inside)\s*:?$|^" + IssueTime + @"(?:\s+in\s+brief)?\s*:$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^" + IssueTime + @"(?:\s*:?\s*in\s+brief)?\s*:?$|^(?:in|inside)\s+today['’]s\s+" + NumberingWords.SendNoun + @"\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeLabel();
}
