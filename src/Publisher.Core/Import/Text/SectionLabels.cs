using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Section labels of an issue ("BRIEF", "BRIEFS", "Analysis", "COMMENTARIES", "IN BRIEF") and the category labels a
/// web page prints near its title ("Brief Analysis", "Op-Ed", "Opinion"), and the article kind each stands for,
/// singular or plural, through the one genre catalogue (<see cref="Genres"/>). A label the catalogue does not know becomes its own kind, singular.
/// </summary>
public static class SectionLabels
{
    /// <summary>
    /// A label over a run of pieces ("BRIEFS", "In Brief", "B R I E F S"): each titled piece after it belongs to it until
    /// a piece the contents list, though the contents name only the label.
    /// </summary>
    public static bool OpensRun(string label) => Genres.IsPlural(LetterSpacing.Collapse(label));

    /// <summary>The kind a table-known label stands for, or null.</summary>
    /// <remarks>A label in two languages ("EN BREF / IN BRIEF") stands for the kind either side names.</remarks>
    public static string? KnownKind(string label) =>
        BilingualLabel.Readings(LetterSpacing.Collapse(label)).Select(Genres.Of).FirstOrDefault(k => k is not null);

    /// <summary>
    /// The kind a section label printed in an issue stands for: a catalogue label (<see cref="KnownKind"/>), or two
    /// genre words in capitals ("ANALYSIS BRIEF", "NEWS PROFILE"): a genre qualified by another genre is its head noun's,
    /// the last word's. A compound with any other first word ("SPECIAL REPORT") is no known label. Null otherwise.
    /// </summary>
    public static string? IssueKind(string label)
    {
        // "BRIEF ANALYSIS" over an issue's piece is its short-piece section, whatever genre the brief qualifies (a web
        // page's "Brief Analysis" category, read by KnownKind, names analysis).
        var spaced = LetterSpacing.Collapse(label).Trim();
        if (TextShapes.IsCapitalsLabel(spaced) && spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries) is [var first, var genre]
            && Genres.Of(first) == ArticleKinds.Brief && !Genres.IsPlural(first) && Genres.Of(genre) is not null) return ArticleKinds.Brief;
        // "BRIEFING(S)" names its pieces briefings, a kind of its own (corpus README, "The piece's own label decides").
        if (KnownKind(label) is { } known) return known;
        var collapsed = LetterSpacing.Collapse(label).Trim();
        if (IssueSections.TryGetValue(TextShapes.NormalizeForMatch(collapsed), out var section)) return section;
        // "I N F O C U S": a label set letter by letter loses its word spaces; its letters still spell the section.
        if (SquashedSections.TryGetValue(Squash(collapsed), out var squashed)) return squashed;
        var words = collapsed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !TextShapes.IsCapitalsLabel(collapsed) || !words.All(w => w.All(char.IsLetter))) return null;
        return Genres.Of(words[0]) is not null ? Genres.Of(words[1]) : null;
    }

    /// <summary>
    /// Section names issues print over their longer pieces that no page uses as a genre: a spotlight on one subject is a
    /// feature; a perspective is its own genre (the piece's own label decides, corpus README).
    /// </summary>
    private static readonly Dictionary<string, string> IssueSections = new(StringComparer.Ordinal)
    {
        ["in focus"] = ArticleKinds.Feature, ["focus"] = ArticleKinds.Feature, ["spotlight"] = ArticleKinds.Feature,
        ["special focus"] = ArticleKinds.Feature, ["cover story"] = ArticleKinds.Feature, ["in depth"] = ArticleKinds.Feature,
        ["features"] = ArticleKinds.Feature, ["perspective"] = "perspective", ["perspectives"] = "perspective",
    };

    private static readonly Dictionary<string, string> SquashedSections = IssueSections
        .ToDictionary(p => Squash(p.Key), p => p.Value, StringComparer.Ordinal);

    private static string Squash(string label) => string.Concat(TextShapes.NormalizeForMatch(label).Where(char.IsLetter));

    /// <summary>
    /// A line shaped like a section label whatever its words: one to four words of letters (and "&amp;", "-", "'"), at most
    /// 30 characters, ending no sentence, set apart as a label is — in capitals, letter by letter ("D I S P A T C H"), or in
    /// title or sentence case (then the caller needs more evidence: the contents list it, or the issue prints it again).
    /// </summary>
    public static bool IsLabelShaped(string line)
    {
        var text = LetterSpacing.Collapse(line).Trim();
        return text.Length is >= 3 and <= 30 && char.IsUpper(text[0]) && TextLines.WordCount(text) <= 4
            && text.All(c => char.IsLetter(c) || c is ' ' or '&' or '-' or '\'' or '’');
    }

    /// <summary>"SHORT TAKES", "A R O U N D  T H E  T R U S T": a label-shaped line set in capitals, whatever its words.</summary>
    public static bool IsCapitalsLabelShaped(string line) => IsLabelShaped(line) && TextShapes.IsCapitalsLabel(LetterSpacing.Collapse(line));

    /// <summary>Whether a label-shaped line is set apart by its type: capitals or letter spacing.</summary>
    public static bool IsSetApart(string line) =>
        TextShapes.IsCapitalsLabel(LetterSpacing.Collapse(line)) || LetterSpacing.Collapse(line).Trim() != line.Trim();

    /// <summary>
    /// The kind an issue's section label the catalogue does not know stands for (corpus README, "How kinds and publications
    /// are labelled": issue sections): the genre its words end in, over one piece ("Dispatch" → dispatch,
    /// <see cref="Genres.OwnLabel"/>) or, in the plural, over each piece of a run ("FIELD NOTES" → field note); else over a
    /// run of several pieces a brief ("At a glance", "Roundup", "Leadership notes": a collection, not each piece's genre),
    /// over one piece a feature ("In focus", "Dossier").
    /// </summary>
    public static string UnknownSectionKind(string label, bool run)
    {
        var text = LetterSpacing.Collapse(label).Trim();
        var genre = run && !Genres.EndsInPlural(text) ? null : Genres.OwnLabel(text);
        return genre ?? (run ? ArticleKinds.Brief : ArticleKinds.Feature);
    }

    /// <summary>"BRIEF"/"BRIEFS" → brief, "ANALYSIS" → analysis; an unknown label → its words, singular, in lower case with
    /// spaces as every kind is written ("SPECIAL REPORTS" → special report).</summary>
    public static string KindOf(string label)
    {
        if (IssueKind(label) is { } known) return known;
        var kind = TextShapes.NormalizeForMatch(label);
        if (kind.EndsWith('s') && !kind.EndsWith("ss", StringComparison.Ordinal) && !kind.EndsWith("is", StringComparison.Ordinal)
            && !kind.EndsWith("us", StringComparison.Ordinal) && !kind.EndsWith("news", StringComparison.Ordinal))
            kind = kind[..^1];
        return kind.Length == 0 ? ArticleKinds.Feature : kind;
    }
}
