using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A blog's footer line under a post, in parts: "Posted in Collections, Conservation | Ann Lee, Senior Conservator |
/// 2 Comments", "Filed under News · by Ann Lee · 3 March 2026", or in sentences ("Written by Ann Lee. Filed under
/// weeknotes, rivers.", "This entry was posted in Dispatches on DATE by Ann Lee."). A "Posted in"/"Filed under"/"Categories:" part is
/// the evidence; the other parts are the author (a name, with "by" or a role after a comma), a date, a comment
/// count or tags. Gives the author's names and the date. Pure.
/// </summary>
public static partial class PostFooterLine
{
    public static BylineReading? Read(string line)
    {
        var text = line.Trim();
        if (text.Length > 250) return null;
        if (PostedSentence().Match(text) is { Success: true } sentence)
            return DateLine.Read(sentence.Groups["date"].Value) is { } posted
                && Byline.Read(sentence.Groups["names"].Value, allowBare: true, dateFollows: true) is { Names.Count: > 0 } signed
                ? new BylineReading(signed.Names, posted with { Role = DateRole.Posted }, Bare: false) : null;
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
        && (PostedSentence().IsMatch(text) || Separator().Split(text).Select(p => p.Trim()).Any(p => Category().Match(p) is { Success: true } m && p.Length > m.Length));

    /// <summary>
    /// The genre a post's category line files it under: "Categories: Analysis, Maldora", "Filed under: Field Notes", "Filed in: Analysis",
    /// "Posted in Interviews | 2 Comments" — the first category the genre catalogue names (<see cref="Genres.Of"/>, or, as
    /// the post's only category, a collection, "Dispatches", <see cref="Genres.FiledInOwnFields"/>;
    /// a topic such as "Maldora" or "Research" names none, nor a catch-all "News"). Tags and topics are not categories. Null when none names one.
    /// </summary>
    public static GenreEvidence? Genre(string line)
    {
        var text = line.Trim();
        if (text.Length > 250) return null;
        if (PostedSentence().Match(text) is { Success: true } sentence) return CategoryGenre(sentence.Groups["categories"].Value.Replace(" and ", ", "));
        foreach (var part in Separator().Split(text).Select(p => p.Trim()))
            if (Category().Match(part) is { Success: true } m) return CategoryGenre(part[m.Length..]);
        return null;
    }

    private static GenreEvidence? CategoryGenre(string categories)
    {
        var items = categories.Split([',', ';', '·', '|', '/'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (var item in items)
            // "News", "Society News": a blog's catch-all category, not the post's genre. A sole category is the post's own
            // collection ("Dispatches"); among others a collection's name may be a topic.
            if ((Genres.Of(item) ?? (items.Length == 1 ? Genres.FiledInOwnFields(item) : null)) is { } kind && kind != ArticleKinds.News)
                return new GenreEvidence(kind, $"the post's category line files it under '{item}'");
        return null;
    }

    /// <summary>
    /// A blog's footer as one sentence: "This entry was posted in Dispatches, Borders on Tuesday, 18 September 2046 by Ann
    /// Lee." (perhaps "and tagged …" after the categories, "Bookmark the permalink." after the name).
    /// </summary>
    [GeneratedRegex(@"^(?:this\s+(?:entry|post|article)\s+was\s+)?posted\s+in\s+(?<categories>.+?)(?:\s+and\s+tagged\s+.+?)?\s+on\s+(?<date>.+?)\s+by\s+(?<names>[^.]+?)\.?(?:\s+bookmark\s+the\s+permalink\.?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PostedSentence();

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
