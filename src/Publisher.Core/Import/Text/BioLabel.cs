using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The label printed over or before an author bio: a line of its own ("About the author", "## Contributors",
/// "ABOUT THE CONTRIBUTORS", "Contributors to this issue", "About our contributors") or a lead-in to the bio's first sentence ("About the authors: Ann Lee is …",
/// "ABOUT THE AUTHOR — Ann Lee is …"). Pure.
/// </summary>
internal static partial class BioLabel
{
    /// <summary>True when the whole line is a bio label.</summary>
    public static bool IsLabelLine(string line) => BilingualLabel.Any(line.Trim(), l => LabelLine().IsMatch(l));

    /// <summary>True when the line opens with a bio's lead-in ("About the author: NAME is …").</summary>
    public static bool HasLeadIn(string line) => LeadIn().IsMatch(line);

    /// <summary>The text without a leading "About the author(s):" lead-in ("The author, NAME, …" read as "NAME …"); the text itself when it has none.</summary>
    public static string WithoutLeadIn(string text)
    {
        var match = LeadIn().Match(text);
        if (match.Success) return text[match.Length..];
        // "The author, Dr. Ann Lee, directs …": the name set between commas after the words for the writer.
        var appositive = AppositiveLeadIn().Match(text);
        return appositive.Success ? $"{appositive.Groups["name"].Value} {text[appositive.Length..]}" : text;
    }

    [GeneratedRegex(@"^\s*[*_]*(?i:the\s+(?:authors?|writer))\s*,\s+(?<name>\p{Lu}[^,.;]{0,50}(?:\.\s+\p{Lu}[^,.;]{0,50})?)\s*,\s+(?=\p{Ll})")]
    private static partial Regex AppositiveLeadIn();

    private const string Label = @"(?:about\s+(?:the|our)\s+(?:authors?|contributors?|writers?)|(?:our\s+)?contributors?(?:\s+(?:to|in)\s+this\s+" + NumberingWords.IssueNoun + @")?|notes\s+on\s+(?:the\s+|our\s+)?contributors?|authors?['’]?\s+bios?)";

    [GeneratedRegex(@"^(?:#{1,6}\s*)?[*_]*" + Label + @"[*_]*\s*:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^\s*[*_]*about\s+(?:the|our)\s+(?:authors?|contributors?|writers?)[*_]*\s*(?::|—|–|\s-)[*_]*\s+(?=\p{Lu})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();
}
