using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>What a details block says about the piece, and how many lines (the label included) it spans.</summary>
public sealed record DetailsBlockReading(string? Publication, int? Volume, int? Issue, DateReading? Date, IReadOnlyList<string> Authors, int Lines);

/// <summary>
/// The block of facts a publisher's web page prints after an article instead of above it: a label ("Details",
/// "Article details", "About this article", "Publication information") and then one field a line — "Publication:
/// NAME", "Volume: 24", "Issue: 25", "Published: December 23, 2026 09:00 AM", "Author: NAME". At least two of these
/// fields must be read; the block ends at the first line that is not a field. Pure.
/// </summary>
public static partial class DetailsBlock
{
    private const int MinFields = 2;

    /// <param name="lines">The page's lines from the label on.</param>
    public static DetailsBlockReading? Read(IReadOnlyList<string> lines)
    {
        if (lines.Count < 3 || !Label().IsMatch(lines[0].Trim())) return null;
        string? publication = null;
        int? volume = null, issue = null;
        DateReading? date = null;
        var authors = new List<string>();
        var read = 0;
        var k = 1;
        for (; k < lines.Count; k++)
        {
            var m = Field().Match(lines[k].Trim());
            if (!m.Success) break;
            var key = m.Groups["key"].Value.Trim().ToLowerInvariant();
            var value = m.Groups["value"].Value.Trim();
            if (PublicationKey().IsMatch(key) && TextLines.WordCount(value) <= 8) { publication ??= value; read++; }
            else if (key is "volume" or "vol" or "vol." && Number(value) is { } v) { volume ??= v; read++; }
            else if (key is "issue" or "number" or "no" or "no." && Number(value) is { } n) { issue ??= n; read++; }
            else if (DateKey().IsMatch(key) && (DateLine.Read(value) ?? DateLine.FindIn(value)) is { } d) { date ??= d; read++; }
            else if (AuthorKey().IsMatch(key) && Names(value) is { } names) { authors.AddRange(names.Where(n => !authors.Contains(n, StringComparer.Ordinal))); read++; }
        }
        return read >= MinFields ? new DetailsBlockReading(publication, volume, issue, date, authors, k) : null;
    }

    private static int? Number(string value) =>
        TextShapes.ParseNumber(value.Trim().TrimEnd('.')) is { } n and > 0 and < 10000 ? n : null;

    private static List<string>? Names(string value)
    {
        var names = PersonNames.Split(value);
        return names.Count > 0 && names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) ? names.ToList() : null;
    }

    [GeneratedRegex(@"^(?:(?:article|publication|page|post)\s+)?(?:details|information|info|metadata)\s*:?$|^about\s+this\s+(?:article|publication|piece|paper)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?<key>\p{L}[\p{L} .]{0,24}?)\s*:\s+(?<value>\S.*)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?:publication|published\s+in|journal|series|newsletter|periodical)$")]
    private static partial Regex PublicationKey();

    [GeneratedRegex(@"^(?:published(?:\s+on)?|publication\s+date|date(?:\s+published)?|posted|issued|released)$")]
    private static partial Regex DateKey();

    [GeneratedRegex(@"^(?:authors?|by|written\s+by|contributors?)$")]
    private static partial Regex AuthorKey();
}
