using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A page's date printed in its head that the header reader did not reach (it stops at a line it cannot place: an
/// author's card, a ticker, a reference number): the first line, from a few lines above the title down to the first
/// paragraph of prose, that is a date line ("28 May 2027", "22.05.2028"), a place and date ("Nairobi, 6 May 2027"), or
/// a short line that opens with a publishing verb and gives a full date ("Posted 2 June 2028 by NAME", "Answered on
/// 24 November 2026", "Issue date: 11 June 2027 | Category: …"). A line of dates elsewhere on the page (a list of
/// other posts, a comment) is after the first prose and never read. Pure.
/// </summary>
public static partial class HeadDate
{
    /// <summary>How many lines above the title a date line may stand (a date over the title, under a reference number).</summary>
    private const int LinesAboveTitle = 3;

    private const int MaxLabelledWords = 20;

    /// <summary>The date, the index of its line in <paramref name="lines"/> and why, or null.</summary>
    /// <param name="lines">The page's non-blank lines.</param>
    /// <param name="title">The index of the title's line in <paramref name="lines"/>.</param>
    /// <param name="standfirsts">The page's standfirst as the crawler block or the header gives it: prose under the title
    /// that is not yet the text ("I served eleven years … Here is how it worked."), passed over.</param>
    public static (DateReading Reading, int At, string Why)? Find(IReadOnlyList<string> lines, int title, IReadOnlyCollection<string>? standfirsts = null)
    {
        for (var i = Math.Max(0, title - LinesAboveTitle); i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (i > title && i <= title + 2 && standfirsts?.Any(s => IsStandfirst(text, s)) == true) continue;
            if (i > title && ProseParagraph.Is(text) && TextLines.WordCount(text) > MaxLabelledWords)
            {
                if (i == title + 1 && IsStandfirstOverMetadata(lines, i)) continue;
                return null;
            }
            if (i == title)
            {
                if (TitleDate(text) is { } dated) return (dated, i, "the title ends with the piece's date");
                continue;
            }
            if (DateLine.Read(text) is { Full: true } line && line.Role != DateRole.Submitted)
                return (line, i, i < title ? "a date line over the title" : "a date line under the title");
            if (i < title) continue;
            if (PlaceDateLine.Read(text) is { } placed) return (placed, i, "a place-and-date line under the title");
            if (Labelled(text) is { } labelled) return (labelled, i, "a line under the title that says when the piece was published");
        }
        return null;
    }

    /// <summary>How many short lines (an issuer, a byline, the date) a standfirst's metadata block may hold.</summary>
    private const int MetadataLinesUnderStandfirst = 3;

    private const int MaxMetadataWords = 10;

    /// <summary>
    /// A summary paragraph right under the title, then a short block of page metadata holding a date ("From: Ministry of
    /// …", "Published 24 November 2032"), then the text: the paragraph is the page's standfirst, and the date under it is
    /// the page's. Without prose after the date the paragraph may be a list's excerpt and the date another post's.
    /// </summary>
    private static bool IsStandfirstOverMetadata(IReadOnlyList<string> lines, int standfirst)
    {
        for (var j = standfirst + 1; j < lines.Count && j <= standfirst + MetadataLinesUnderStandfirst; j++)
        {
            var text = lines[j].Trim();
            if (TextLines.WordCount(text) > MaxMetadataWords && Labelled(text) is null) return false;
            if (DateLine.Read(text) is { Full: true } || Labelled(text) is not null)
                return j + 1 < lines.Count && ProseParagraph.Is(lines[j + 1].Trim());
        }
        return false;
    }

    private static bool IsStandfirst(string line, string standfirst)
    {
        var a = TextShapes.NormalizeForMatch(line);
        var b = TextShapes.NormalizeForMatch(standfirst);
        return b.Length >= 20 && (a == b || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal) && a.Length >= 20);
    }

    /// <summary>"Daily summary: Day 23 – Tuesday 26 January 2027", "Weekly update | 4 March 2027": a title whose last part is a full date.</summary>
    public static DateReading? TitleDate(string title)
    {
        var cut = title.LastIndexOfAny(['–', '—', ':', '|']);
        return cut > 0 && DateLine.Read(title[(cut + 1)..]) is { Full: true, Role: DateRole.Plain } date ? date : null;
    }

    /// <summary>
    /// "https://example.org/blog/2026/11/27/slug", "…/2026-11-27/slug": the year, month and day folders of a page's address,
    /// or a folder that is an ISO date and nothing else, or null ("2026-11-27-story" in a slug may date an event, not the page).
    /// </summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || UrlDay().Match(uri.AbsolutePath) is not { Success: true } m) return null;
        var (y, mo, d) = (Number(m, "y"), Number(m, "m"), Number(m, "d"));
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<m>\d{1,2})/(?<d>\d{1,2})/|/(?<y>(?:19|20)\d{2})-(?<m>\d{2})-(?<d>\d{2})(?=/|$)")]
    private static partial Regex UrlDay();

    /// <summary>"Posted 2 June 2028 by NAME", "Answered on 24 November 2026", "Issue date: 11 June 2027 | Category: …".</summary>
    public static DateReading? Labelled(string text)
    {
        var t = text.Trim().Trim('*', '_').Trim();
        if (TextLines.WordCount(t) > MaxLabelledWords || PublishingVerb().Match(t) is not { Success: true } verb) return null;
        return DateLine.FindIn(t[verb.Length..]) is { Full: true } date ? date with { Role = DateRole.Published } : null;
    }

    /// <summary>
    /// A verb or field that says when the piece came out, at the start of the line, before its date.
    /// A record's reference may stand before it ("Volume 412: debated on Tuesday 6 March 2029", "Ref. 88/2027, issued on …"):
    /// up to three words holding a figure, then a colon or comma; or the piece named as the verb's subject ("Testimony
    /// delivered before the committee on 14 July 2029", "This statement was issued on …").
    /// </summary>
    [GeneratedRegex(@"^(?:(?=[^:,]{0,30}\d)[^\s:,]+(?:\s+[^\s:,]+){0,2}\s*[:,]\s+|(?:(?:this|the)\s+)?\p{L}{3,}\s+(?:(?:was|were|is)\s+)?(?=(?:published|posted|issued|released|delivered|given|broadcast|aired|presented)\b))?(?:(?:first\s+)?(?:published|posted|issued|released|answered|delivered|dated|broadcast|aired|debated|heard|given|presented)|(?:issue|publication|release)\s+date)\b\s*(?:on\b|:)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex PublishingVerb();
}
