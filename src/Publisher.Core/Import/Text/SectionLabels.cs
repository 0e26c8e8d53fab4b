using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Section labels of an issue ("BRIEF", "BRIEFS", "Analysis", "COMMENTARIES", "IN BRIEF") and the category labels a
/// web page prints near its title ("Brief Analysis", "Op-Ed", "Opinion"), and the article kind each stands for,
/// singular or plural, through one table. A label the table does not know becomes its own kind, singular.
/// </summary>
public static class SectionLabels
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["brief"] = ArticleKinds.Brief,
        ["briefs"] = ArticleKinds.Brief,
        ["in brief"] = ArticleKinds.Brief,
        ["news brief"] = ArticleKinds.Brief,
        ["news briefs"] = ArticleKinds.Brief,
        ["briefing"] = ArticleKinds.Brief,
        ["briefings"] = ArticleKinds.Brief,
        ["feature"] = ArticleKinds.Feature,
        ["features"] = ArticleKinds.Feature,
        ["article"] = ArticleKinds.Feature,
        ["articles"] = ArticleKinds.Feature,
        ["analysis"] = ArticleKinds.Analysis,
        ["analyses"] = ArticleKinds.Analysis,
        ["commentary"] = ArticleKinds.Commentary,
        ["commentaries"] = ArticleKinds.Commentary,
        ["interview"] = ArticleKinds.Interview,
        ["interviews"] = ArticleKinds.Interview,
        ["news"] = ArticleKinds.News,
        ["review"] = ArticleKinds.Review,
        ["reviews"] = ArticleKinds.Review,
        ["book review"] = ArticleKinds.Review,
        ["book reviews"] = ArticleKinds.Review,
        ["profile"] = ArticleKinds.Profile,
        ["profiles"] = ArticleKinds.Profile,
        ["brief analysis"] = ArticleKinds.Analysis,
        ["policy analysis"] = ArticleKinds.Analysis,
        ["news analysis"] = ArticleKinds.Analysis,
        ["policywatch"] = ArticleKinds.Analysis,
        ["opinion"] = ArticleKinds.Opinion,
        ["opinions"] = ArticleKinds.Opinion,
        ["op ed"] = ArticleKinds.Opinion,
        ["op eds"] = ArticleKinds.Opinion,
        ["report"] = ArticleKinds.Report,
        ["reports"] = ArticleKinds.Report,
        ["articles testimony"] = ArticleKinds.Feature,
    };

    /// <summary>The kind a table-known label stands for, or null.</summary>
    public static string? KnownKind(string label) =>
        Kinds.TryGetValue(TextShapes.NormalizeForMatch(label), out var kind) ? kind : null;

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
