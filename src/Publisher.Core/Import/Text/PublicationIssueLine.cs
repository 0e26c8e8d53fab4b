using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A publication's name with the volume (when it prints one) and issue of one of its numbers.</summary>
public sealed record PublicationIssue(string Publication, int? Volume, int Issue)
{
    /// <summary>"volume 7, issue 3", or "issue 22" for a periodical that numbers its issues only.</summary>
    public string Numbers => Volume is { } volume ? $"volume {volume}, issue {Issue}" : $"issue {Issue}";

    /// <summary>The front matter it gives, as the report shows it ("publication: …; volume: 7; issue: 3").</summary>
    public string Fields => Volume is { } volume ? $"publication: {Publication}; volume: {volume}; issue: {Issue}" : $"publication: {Publication}; issue: {Issue}";

    /// <summary>The line as a reader would print it ("Harbour Review — Vol. 7, Issue 3", "Coast Monitor No. 22").</summary>
    public string Printed => Volume is { } volume ? $"{Publication} — Vol. {volume}, Issue {Issue}" : $"{Publication} No. {Issue}";
}

/// <summary>
/// The line a publisher's own web page prints under an article's title to say where it appeared: a publication's
/// name, then its volume and issue ("Harbour Review — Vol. 7, Issue 3", "The Steppe Bulletin | Volume 12, No. 4",
/// "Delta Quarterly, Vol 3 Number 11"). Any name; "Vol."/"Volume" and "Issue"/"No."/"Number". Without a volume the name
/// must end in a periodical's word ("Thessmark Coast Monitor No. 22", "Harbour Review, Issue 4", "Coast Monitor Edition 31"). Pure.
/// </summary>
public static partial class PublicationIssueLine
{
    public static PublicationIssue? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length > 120) return null;
        var m = Shape().Match(text);
        if (!m.Success && IssueOnly().Match(text) is { Success: true } issueOnly && IsPeriodicalName(issueOnly.Groups["name"].Value.Trim()))
            m = issueOnly;
        if (!m.Success) return null;
        var name = m.Groups["name"].Value.Trim();
        if (name.Length < 3 || !name.Any(char.IsLetter) || TextLines.WordCount(name) > 8) return null;
        return new PublicationIssue(name,
            m.Groups["v"].Success ? int.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture) : null,
            int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A periodical's own name ("Thessmark Coast Monitor"), not a numbered series of one genre ("Policy Brief No. 7",
    /// "Situation Report No. 3"): its last word a periodical's, the name no genre the catalogue knows.
    /// </summary>
    private static bool IsPeriodicalName(string name) =>
        SiteMasthead.EndsWithPeriodicalNoun(name) && SectionLabels.KnownKind(name) is null && Genres.Of(name) is null;

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

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N} .&'’\-]*?)\s*(?:[—–|·,:]\s*|\s)(?:Issue|Edition|No\.?|Number|Nr\.?)\s*(?<n>\d{1,4})\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex IssueOnly();
}
