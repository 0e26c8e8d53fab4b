using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A blog's footer line under a post, in parts: "Posted in Collections, Conservation | Ann Lee, Senior Conservator |
/// 2 Comments", "Filed under News · by Ann Lee · 3 March 2026", or in sentences ("Written by Ann Lee. Filed under
/// weeknotes, rivers."). A "Posted in"/"Filed under"/"Categories:" part is
/// the evidence; the other parts are the author (a name, with "by" or a role after a comma), a date, a comment
/// count or tags. Gives the author's names and the date. Pure.
/// </summary>
public static partial class PostFooterLine
{
    public static BylineReading? Read(string line)
    {
        var text = line.Trim();
        if (text.Length > 250) return null;
        var parts = Separator().Split(text).Select(p => p.Trim().TrimEnd('.').Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2 || !parts.Any(p => Filed().IsMatch(p))) return null;
        var names = new List<string>();
        DateReading? date = null;
        foreach (var part in parts)
        {
            if (Filed().IsMatch(part) || Comments().IsMatch(part)) continue;
            if (DateLine.Read(part) is { } reading) { date ??= reading; continue; }
            if (names.Count > 0) return null;
            if (Byline.Read(part, allowBare: true, dateFollows: true) is not { Names.Count: > 0 } byline) return null;
            names.AddRange(byline.Names);
        }
        return names.Count > 0 ? new BylineReading(names, date, Bare: false) : null;
    }

    /// <summary>Whether one of the line's parts is a post's category list ("Categories: …", "Posted in …", "Filed under …").</summary>
    public static bool IsCategoryLine(string line) =>
        line.Trim() is { Length: <= 250 } text
        && Separator().Split(text).Select(p => p.Trim()).Any(p => Category().Match(p) is { Success: true } m && p.Length > m.Length);

    /// <summary>
    /// The genre a post's category line files it under: "Categories: Analysis, Maldora", "Filed under: Field Notes", "Filed in: Analysis",
    /// "Posted in Interviews | 2 Comments" — the first category the genre catalogue names (<see cref="Genres.Of"/>;
    /// a topic such as "Maldora" or "Research" names none, nor a catch-all "News"). Tags and topics are not categories. Null when none names one.
    /// </summary>
    public static GenreEvidence? Genre(string line)
    {
        var text = line.Trim();
        if (text.Length > 250) return null;
        foreach (var part in Separator().Split(text).Select(p => p.Trim()))
        {
            if (Category().Match(part) is not { Success: true } m) continue;
            foreach (var item in part[m.Length..].Split([',', ';', '·', '|', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                // "News", "Society News": a blog's catch-all category, not the post's genre.
                if (Genres.Of(item) is { } kind && kind != ArticleKinds.News)
                    return new GenreEvidence(kind, $"the post's category line files it under '{item}'");
            return null;
        }
        return null;
    }

    [GeneratedRegex(@"^(?:posted\s+in|filed\s+(?:under|in)\s*:?|categor(?:y|ies)\s*:)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Category();

    /// <summary>" | ", " · ", or a sentence's end before a category part ("… NAME. Filed under …").</summary>
    [GeneratedRegex(@"\s+[|·•]\s+|(?<=\.)\s+(?=(?:posted\s+in|filed\s+(?:under|in)|categor(?:y|ies)|tags?|tagged)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:posted|filed)\s+(?:in|under)\s+\S|^(?:categor(?:y|ies)|tags?|tagged(?:\s+with)?|topics?)\s*:?\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex Filed();

    [GeneratedRegex(@"^(?:\d+|no|one|two|leave\s+a)\s+(?:comments?|responses?|replies|thoughts?)$|^comments?\s*\(\d+\)$", RegexOptions.IgnoreCase)]
    private static partial Regex Comments();
}
