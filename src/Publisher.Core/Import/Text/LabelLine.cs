using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>What a genre-and-date label line gives: the kind (and the label word), the date, or both.</summary>
public sealed record LabelLineReading(string? Kind, string? Label, DateReading? Date);

/// <summary>
/// A label line printed over a title that gives the piece's genre and date in parts: "Policy Brief No. 7 | November
/// 2024", "Press release · 14 April 2025", "MARKET ANNOUNCEMENT      Ticker: XYZ" (a field beside the label is set aside), "ANALYSIS — 3 March 2024", "Issue Brief #12". Every part must be a genre
/// label (<see cref="Genres"/>, a number after it allowed) or a date line, and at least one must be a genre. Pure.
/// </summary>
public static partial class LabelLine
{
    public static LabelLineReading? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length is < 4 or > 90) return null;
        string? kind = null, label = null;
        DateReading? date = null;
        var parts = Separator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
        foreach (var part in parts)
        {
            var words = Number().Replace(part, "").Trim();
            if (kind is null && Genres.Of(words) is { } k) { (kind, label) = (k, words); continue; }
            if (kind is null && SeriesName(part) is { } series) { (kind, label) = (series, words); continue; }
            // "SECURITY BULLETIN  |  GSOC-2031-088": a genre noun phrase set in capitals, with a code, date or field beside it
            // (a lone noun phrase may be a masthead, "Harbour Review", and a title-case one a headline with its date, "Daily
            // Incident Report – 3 May"; both are read only where they stand over the title).
            if (kind is null && parts.Length >= 2 && TextShapes.IsCapitalsLabel(part) && Genres.OwnLabel(part) is { } own) { (kind, label) = (own, part); continue; }
            if (date is null && DateLine.Read(part) is { } d) { date = d; continue; }
            // "MARKET ANNOUNCEMENT        Ticker: XYZ": a field printed beside the label says nothing of the genre, nor
            // does the piece's reference code ("GSOC-2031-088").
            if (kind is not null && (PageFieldShape().IsMatch(part) || ReferenceCode().IsMatch(part))) continue;
            return null;
        }
        return kind is null ? null : new LabelLineReading(kind, label, date);
    }

    /// <summary>
    /// A label line in parts with the page's reading time among them ("Insight | 27 Jan 2032 | 9 min read"): read without
    /// the reading time, which says nothing of the genre. Null when no part is a reading time or the rest is no label line.
    /// Kept apart from <see cref="Read"/>, which the title's evidence (and the head model fitted on it) reads as it is.
    /// </summary>
    public static LabelLineReading? ReadBesideReadingTime(string line)
    {
        var parts = Separator().Split(line.Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2 || !parts.Any(Byline.IsReadingTime)) return null;
        var rest = parts.Where(p => !Byline.IsReadingTime(p)).ToList();
        return rest.Count == 0 ? null : Read(string.Join(" | ", rest));
    }

    /// <summary>
    /// A label line in parts ("RISK ASSESSMENT  |  CRA-RA-32-007  |  2 July 2032"): the head of a document's block of
    /// fields, so a "Label: value" line right under it is one of those fields, not a headline.
    /// </summary>
    public static bool HeadsFields(string line) =>
        Read(line) is not null && Separator().Split(line.Trim()).Count(p => p.Trim().Length > 0) >= 2;

    /// <summary>
    /// A line a page prints between its label and its title: the piece's series code ("MSB 2029/03"), its reference code
    /// ("ICMS/PS/2027/19") or its plain date ("9 September 2027"); the label still stands over the title.
    /// </summary>
    public static bool IsCodeOrDateUnderLabel(string line)
    {
        var text = line.Trim();
        return IsSeriesCode(text) || ReferenceCode().IsMatch(text)
            || text.Length <= 40 && DateLine.Read(text) is { Role: DateRole.Plain } && Read(text) is null;
    }

    /// <summary>
    /// A bare series code and number on a line of its own ("MSB 2029/03", "SR 12/2026", "RB 27/041"): the initials of a
    /// series printed under (or over) its name, which names no genre itself.
    /// </summary>
    public static bool IsSeriesCode(string line)
    {
        var text = line.Trim();
        var m = SeriesNumber().Match(text);
        if (!m.Success) return false;
        var name = text[..m.Index].Trim();
        return name.Length is >= 2 and <= 5 && name.All(char.IsUpper) && Genres.OwnLabel(name) is null;
    }

    /// <summary>
    /// The name of a numbered document series, which is the genre a page gives itself ("ANNOUNCEMENT No. 214/2026" →
    /// "announcement", "Field Note #3" → "field note", "Risk Note 26/41" → "risk note"): one to three words in capitals or title case before an explicit
    /// series number ("No.", "#", a "26/41" pair). A bare trailing number ("Chapter 7") is not enough.
    /// </summary>
    private static string? SeriesName(string part)
    {
        var m = SeriesNumber().Match(part);
        if (!m.Success) return null;
        var name = part[..m.Index].Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 4 || !words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]))) return null;
        // "RESEARCH BRIEFING RB 27/041": the series' initials before its number are its code, not a word of its name.
        if (words.Length >= 3 && SiteNameLine.IsAcronymOf(words[^1], string.Join(' ', words[..^1]))) words = words[..^1];
        if (words.Length > 3) return null;
        // "MSB 2029/03", "SR 12/2026": a bare code of initials before the number is the series' code, not its name; the
        // genre is in the name the page prints beside it, if any.
        if (IsSeriesCode(part)) return null;
        name = string.Join(' ', words);
        // "Issue #47", "Volume 3", "Part No. 2": a numbering word names the place in a series, not a genre.
        if (NumberingWords.Contains(words[^1].ToLowerInvariant())) return null;
        return Genres.Short(name.ToLowerInvariant());
    }

    private static readonly HashSet<string> NumberingWords = new(StringComparer.Ordinal)
    {
        "issue", "issues", "volume", "vol", "number", "edition", "part", "chapter", "week", "day", "page", "section", "episode",
    };

    /// <summary>
    /// "No. 214/2026", "#3", a year-and-number pair "26/41", or a reference code of capitals and numbers joined by a
    /// hyphen or slash ("SN-2026/48", "PS-2026-311"); a bare single number is not a series number.
    /// </summary>
    [GeneratedRegex(@"\s+(?:(?:no\.?|number|#)\s*\d+(?:/\d{2,4})?|\d{1,4}/\d{1,4}|(?-i:\p{Lu}{1,5})-\d{2,4}(?:[-/]\d{1,5})+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SeriesNumber();

    /// <summary>A reference code alone: capitals and digits in two to four groups joined by hyphens or slashes ("GSOC-2031-088", "HRP/CB/31").</summary>
    [GeneratedRegex(@"^(?=[\p{Lu}\d\-/]*\d)\p{Lu}[\p{Lu}\d]{0,7}(?:[-/][\p{Lu}\d]{1,8}){1,3}$")]
    private static partial Regex ReferenceCode();

    /// <summary>A short "Label: value" field ("Ticker: XYZ", "Pages: 2").</summary>
    [GeneratedRegex(@"^\p{L}[\p{L} ]{0,24}:\s*\S.{0,30}$")]
    private static partial Regex PageFieldShape();

    /// <summary>A bar, a dot, a dash between spaces, or a wide gap of three spaces or more (parts set in columns).</summary>
    [GeneratedRegex(@"\s+[|·•—–]\s+|\s*[|·•]\s*|\s{3,}")]
    private static partial Regex Separator();

    /// <summary>"No. 7", "#12", "No 3", "7" after the label.</summary>
    [GeneratedRegex(@"\s*(?:(?:no\.?|number|#)\s*\d+(?:/\d{2,4})?|\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
