using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A publication's name with the volume and issue of one of its numbers.</summary>
public sealed record PublicationIssue(string Publication, int Volume, int Issue);

/// <summary>
/// The line a publisher's own web page prints under an article's title to say where it appeared: a publication's
/// name, then its volume and issue ("Harbour Review — Vol. 7, Issue 3", "The Steppe Bulletin | Volume 12, No. 4",
/// "Delta Quarterly, Vol 3 Number 11"). Any name; "Vol."/"Volume" and "Issue"/"No."/"Number". Pure.
/// </summary>
public static partial class PublicationIssueLine
{
    public static PublicationIssue? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length > 120 || Shape().Match(text) is not { Success: true } m) return null;
        var name = m.Groups["name"].Value.Trim();
        if (name.Length < 3 || !name.Any(char.IsLetter) || TextLines.WordCount(name) > 8) return null;
        return new PublicationIssue(name,
            int.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The publication and numbers a page's browser title prints after the article's title, as journal sites do
    /// ("TITLE - Review of Harbour Studies - Vol. 6, No. 3", "TITLE | Delta Quarterly | Volume 3, Issue 11"): the
    /// shortest tail after a separator that reads as such a line, with at least two words of title before it.
    /// </summary>
    public static PublicationIssue? InTitleSuffix(string title) => SplitTitle(title)?.Issue;

    /// <summary>The article's title and the publication line after it (<see cref="InTitleSuffix"/>), or null.</summary>
    public static (string Title, PublicationIssue Issue)? SplitTitle(string title)
    {
        var separators = TitleSeparator().Matches(title);
        for (var k = separators.Count - 1; k >= 0; k--)
        {
            var at = separators[k];
            if (TextLines.WordCount(title[..at.Index]) < 2) break;
            if (Read(title[(at.Index + at.Length)..]) is { } found) return (title[..at.Index].Trim(), found);
        }
        return null;
    }

    [GeneratedRegex(@"\s+[|–—-]\s+")]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N} .&'’\-]*?)\s*(?:[—–|·,:]|\s-)\s*Vol(?:ume|\.)?\s*(?<v>\d{1,3})\s*[,;·|]?\s*(?:Issue|No\.?|Number|Nr\.?)\s*(?<n>\d{1,4})\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
