using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Section labels of an issue ("BRIEF", "BRIEFS", "Analysis", "COMMENTARIES", "IN BRIEF") and the category labels a
/// web page prints near its title ("Brief Analysis", "Op-Ed", "Opinion"), and the article kind each stands for,
/// singular or plural, through the one genre catalogue (<see cref="Genres"/>). A label the catalogue does not know becomes its own kind, singular.
/// </summary>
public static class SectionLabels
{
    /// <summary>The kind a table-known label stands for, or null.</summary>
    public static string? KnownKind(string label) =>
        Genres.Of(LetterSpacing.Collapse(label));

    /// <summary>"BRIEF"/"BRIEFS" → brief, "ANALYSIS" → analysis; an unknown label → its words, singular ("SPECIAL REPORTS" → special-report).</summary>
    public static string KindOf(string label)
    {
        if (KnownKind(label) is { } known) return known;
        var kind = TextShapes.NormalizeForMatch(label).Replace(' ', '-');
        if (kind.EndsWith('s') && !kind.EndsWith("ss", StringComparison.Ordinal) && !kind.EndsWith("is", StringComparison.Ordinal)
            && !kind.EndsWith("us", StringComparison.Ordinal) && !kind.EndsWith("news", StringComparison.Ordinal))
            kind = kind[..^1];
        return kind.Length == 0 ? ArticleKinds.Feature : kind;
    }
}
