namespace Publisher.Core.Import.Text;

/// <summary>
/// The kind a page's schema.org type names (JSON-LD <c>@type</c>, microdata <c>itemtype</c>): a specific type says what
/// the piece is ("OpinionNewsArticle" → opinion, "AnalysisNewsArticle" → analysis, "ReviewNewsArticle" → review); a
/// platform's default type ("NewsArticle", "BlogPosting") is printed by every post of a newsletter or blog platform
/// whatever the piece is, so it is weak: used only when nothing on the page names a kind. "Article" and unknown types
/// say nothing. A full type address ("https://schema.org/NewsArticle") is read by its last segment. Pure.
/// </summary>
public static class SchemaTypeGenre
{
    private static readonly Dictionary<string, (string Kind, bool Weak)> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OpinionNewsArticle"] = (ArticleKinds.Opinion, false),
        ["AnalysisNewsArticle"] = (ArticleKinds.Analysis, false),
        ["BackgroundNewsArticle"] = (ArticleKinds.Explainer, false),
        ["ReviewNewsArticle"] = (ArticleKinds.Review, false),
        ["Review"] = (ArticleKinds.Review, false),
        ["ReportageNewsArticle"] = (ArticleKinds.News, false),
        ["Report"] = (ArticleKinds.Report, false),
        ["ScholarlyArticle"] = (ArticleKinds.Report, false),
        ["LiveBlogPosting"] = (ArticleKinds.LiveBlog, false),
        ["PressRelease"] = (ArticleKinds.PressRelease, false),
        ["PodcastEpisode"] = (ArticleKinds.Podcast, false),
        ["NewsArticle"] = (ArticleKinds.News, true),
        ["BlogPosting"] = (ArticleKinds.Blog, true),
    };

    /// <summary>The kind of the most specific of the types given (a specific type before a platform's default), or null.</summary>
    public static (GenreEvidence Evidence, bool Weak)? Of(IEnumerable<string> types)
    {
        var known = types.Select(Bare).Where(Types.ContainsKey).Select(t => (Type: t, Types[t].Kind, Types[t].Weak)).ToList();
        if (known.Count == 0) return null;
        var best = known.OrderBy(k => k.Weak).First();
        return (new GenreEvidence(best.Kind, best.Weak
            ? $"the page's schema.org type '{best.Type}' (a platform's default for every post; nothing on the page names a kind)"
            : $"the page's schema.org type '{best.Type}'"), best.Weak);
    }

    /// <summary>"https://schema.org/NewsArticle", "schema:NewsArticle", " NewsArticle " → "NewsArticle".</summary>
    private static string Bare(string type)
    {
        var t = type.Trim();
        var cut = Math.Max(t.LastIndexOf('/'), t.LastIndexOf(':'));
        return cut >= 0 ? t[(cut + 1)..] : t;
    }
}
