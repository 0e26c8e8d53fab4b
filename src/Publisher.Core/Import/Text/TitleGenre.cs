using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The genre a title names in its own words: a prefix label ("Transcript: …", "Interview: …", "Explainer: …", "Live: …"),
/// a suffix ("… – as it happened", "… – live", "… | Analysis"), or a lead before the colon that ends in a genre of two
/// words or more ("Tessaly travel advice: …"). The title is the page's own word for itself, so this is the strongest
/// evidence of kind a page gives. A news headline's "Report: …" or "Statement: …" cites a source rather than naming the
/// piece's genre, so report, statement and news are not read from a prefix. Pure.
/// </summary>
public static partial class TitleGenre
{
    private static readonly HashSet<string> NotFromTitle = new(StringComparer.Ordinal)
    {
        ArticleKinds.Report, ArticleKinds.Statement, ArticleKinds.News, ArticleKinds.Feature,
    };

    public static GenreEvidence? Of(string title)
    {
        var text = title.Trim();
        // "Field update #7 from Korvath: …", "Situation Report No. 12 – …": a genre label numbering the piece in its series.
        if (Serial().Match(text) is { Success: true } serial && Genres.SeriesLabel(serial.Groups["label"].Value) is { } numbered)
            return new GenreEvidence(numbered, $"the title opens with the series label '{serial.Value.Trim()}'");
        if (Prefix().Match(text) is { Success: true } prefix)
        {
            var label = prefix.Groups["label"].Value.Trim();
            if (KindOfLabel(label) is { } kind)
                return new GenreEvidence(kind, $"the title opens with the genre label '{label}:'");
            if (EndingGenre(label) is { } ending)
                return new GenreEvidence(ending, $"the title's lead '{label}' names the piece's genre");
            // "Daily summary: Day 23 – …": how often a genre appears, then the genre, is the label of a series of pieces.
            if (Genres.OpensWithFrequency(label) && Genres.SeriesLabel(label) is { } often)
                return new GenreEvidence(often, $"the title opens with the series label '{label}:'");
        }
        if (Suffix().Match(text) is { Success: true } suffix && KindOfLabel(suffix.Groups["label"].Value.Trim()) is { } last)
            return new GenreEvidence(last, $"the title ends with the genre label '{suffix.Groups["label"].Value.Trim()}'");
        // "Verdania travel advice", "North Coast situation report": a place's name and a genre of two words or more is
        // the whole title, the page's name for itself.
        if (NamedGenreTitle(text) is { } named)
            return new GenreEvidence(named, $"the title is a name and the genre '{named}'");
        return null;
    }

    /// <summary>
    /// A section label that names a run of pieces ("In Brief: …", "Briefs: …", "News in brief: …") printed as the
    /// title's prefix: the section the piece is filed under, no part of its title. The title without it, the kind the
    /// label names and the label; null when the title opens with no such label or fewer than three words would remain.
    /// </summary>
    public static (string Title, string Kind, string Label)? SectionPrefix(string title)
    {
        var text = title.Trim();
        if (Prefix().Match(text) is not { Success: true } prefix) return null;
        var label = prefix.Groups["label"].Value.Trim();
        if (!Genres.IsPlural(label) || Genres.Of(label) is not { } kind) return null;
        var rest = text[(prefix.Groups["label"].Length + 1)..].Trim();
        return TextLines.WordCount(rest) >= 3 ? (rest, kind, label) : null;
    }

    /// <summary>
    /// Genres an outlet files a piece under by its stance or voice, printed before the headline as a rubric ("Analysis: …",
    /// "Guest post: …", "Opinion: …"). A rubric is the outlet's filing, no part of the headline; a genre that names the
    /// document itself stays in its title ("Transcript: Press conference on …", "Interview: The Port Captain …", "Review:
    /// 'Ransom Economies' by …"), as does a series label with its number ("Weekly Security Bulletin: Week 48 – …").
    /// </summary>
    private static readonly HashSet<string> RubricKinds = new(StringComparer.Ordinal)
    {
        ArticleKinds.Analysis, ArticleKinds.Commentary, ArticleKinds.Opinion, ArticleKinds.OpEd, ArticleKinds.Editorial,
        ArticleKinds.Blog, ArticleKinds.Explainer, ArticleKinds.Essay, ArticleKinds.Insight, ArticleKinds.FactCheck, ArticleKinds.Profile,
        // A news outlet's format label before a headline ("TIMELINE: Two years of …"), filed as "EXPLAINER:" is.
        ArticleKinds.Timeline,
    };

    /// <summary>
    /// A rubric printed as the title's prefix ("Guest post: Study circles and the law", "ANALYSIS: Ports under strain"):
    /// the title without it, the kind it names and the label as printed; null when the title opens with no rubric of one
    /// or two words, or fewer than three words would remain.
    /// </summary>
    public static (string Title, GenreEvidence Genre, string Label)? RubricPrefix(string title)
    {
        var text = title.Trim();
        if (Prefix().Match(text) is not { Success: true } prefix) return null;
        var label = prefix.Groups["label"].Value.Trim();
        if (label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2 || Genres.Of(label) is not { } kind || !RubricKinds.Contains(kind)) return null;
        var rest = text[(prefix.Groups["label"].Length + 1)..].Trim();
        if (TextLines.WordCount(rest) < 3) return null;
        return (rest, new GenreEvidence(kind, $"the title opens with the rubric '{label}:', the outlet's filing of the piece"), label);
    }

    private static string? KindOfLabel(string label)
    {
        if (LiveMark().IsMatch(label)) return ArticleKinds.LiveBlog;
        return Genres.Of(label) is { } kind && !NotFromTitle.Contains(kind) ? kind : null;
    }

    /// <summary>"Tessaly travel advice" → travel advice: the last two or three words, when they are a genre of their own.</summary>
    private static string? EndingGenre(string lead)
    {
        var words = lead.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(3, words.Length - 1); n >= 2; n--)
            if (Genres.Of(string.Join(' ', words[^n..])) is { } kind && !NotFromTitle.Contains(kind)) return kind;
        return null;
    }

    private const int MaxNamedGenreWords = 5;

    private static string? NamedGenreTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 3 or > MaxNamedGenreWords || EndingGenre(title) is not { } kind) return null;
        var lead = words.Length - kind.Split(' ').Length;
        return lead >= 1 && words.Take(lead).All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')) ? kind : null;
    }

    /// <summary>"Field update #7", "Situation Report No. 12", "Flash Update Nr 3": a label and the piece's number in its series.</summary>
    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}\- ]{1,40}?)\s*(?:#\s?|(?:No|Nr|Number)\.?\s?)\d{1,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Serial();

    [GeneratedRegex(@"^(?<label>[\p{L}][\p{L}&'’\- ]{1,40}):\s+\S")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"\S\s+[–—|\-]\s+(?<label>[\p{L}][\p{L}&'’ ]{1,30})$")]
    private static partial Regex Suffix();

    /// <summary>"Live", "LIVE", "Live updates", "Live blog": a live page's mark.</summary>
    [GeneratedRegex(@"^live(?:\s+(?:updates?|coverage|blog))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LiveMark();
}
