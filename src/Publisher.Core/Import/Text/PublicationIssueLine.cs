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

    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}\p{N} .&'’\-]*?)\s*(?:[—–|·,:]|\s-)\s*Vol(?:ume|\.)?\s*(?<v>\d{1,3})\s*[,;·|]?\s*(?:Issue|No\.?|Number|Nr\.?)\s*(?<n>\d{1,4})\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
