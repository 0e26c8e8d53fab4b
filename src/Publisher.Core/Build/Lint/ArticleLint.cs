using System.Reflection;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;
using Publisher.Core.Model;

namespace Publisher.Core.Build.Lint;

/// <summary>
/// Warnings for the likely mistakes in one article's front matter that would otherwise pass silently: a tag
/// tags.yml does not define, an author without a profile (both with the near miss), a kind nobody uses, a date
/// after today or before the publication's first volume, and tags, authors, summary or kind left empty.
/// </summary>
internal static class ArticleLint
{
    /// <summary>The kinds an article may have (front matter <c>kind</c>), in catalogue order.</summary>
    public static readonly IReadOnlyList<string> Kinds = typeof(ArticleKinds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>The built-in kinds, then the ones site.yml's <c>kinds</c> adds.</summary>
    public static IReadOnlyList<string> KnownKinds(SiteConfig config) =>
        config.Kinds.Count == 0 ? Kinds : Kinds.Concat(config.Kinds).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The day a build checks dates against (a date after it is a warning): the one thing a build reads besides its input, theme and settings.</summary>
    public static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow);

    public static void Check(ArticleDocument doc, SiteConfig config, AuthorResolver authors, TagResolver tags, DateOnly today, List<Diagnostic> diagnostics)
    {
        var fm = doc.FrontMatter;
        for (var i = 0; i < fm.Tags.Count; i++)
        {
            var tag = fm.Tags[i].Trim();
            if (tag.Length == 0 || tags.Defines(tag)) continue;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.TagNotDefined,
                $"tag '{tag}' is not in tags.yml, so it gets a page of its own{NearMiss.Hint(tag, tags.KnownNames)} (add it to tags.yml if it is meant)",
                doc.LocationOf(KnownKeys.Article.Tags, i)));
        }
        for (var i = 0; i < fm.Authors.Count; i++)
        {
            var author = fm.Authors[i].Trim();
            if (author.Length == 0 || authors.HasProfile(author)) continue;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.AuthorWithoutProfile,
                $"author '{author}' has no profile in authors/, so the author page has no bio{NearMiss.Hint(author, authors.KnownNames)} (add authors/<slug>.md, or the spelling to a profile's aliases)",
                doc.LocationOf(KnownKeys.Article.Authors, i)));
        }
        var known = KnownKinds(config);
        if (fm.Kind is { } kind && !known.Contains(kind, StringComparer.Ordinal))
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.KindUnknown,
                $"kind '{kind}' is not a known kind, so it gets an issue section of its own{NearMiss.Hint(kind, known)} (known: {string.Join(", ", known)}; add it to site.yml's 'kinds' if it is meant)",
                doc.LocationOf(KnownKeys.Article.Kind)));
        if (fm.Updated is { } updated && fm.Date is { } date && DateOnly.FromDateTime(updated.UtcDateTime) < date)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.UpdatedBeforeDate,
                $"'updated' {Labels.IsoDate(DateOnly.FromDateTime(updated.UtcDateTime))} is before the article's date {Labels.IsoDate(date)}; an article cannot change before it appears (is the year right?)",
                doc.LocationOf(KnownKeys.Article.Updated)));
        CheckDate(doc, config, today, diagnostics);
        CheckEmpty(doc, diagnostics);
    }

    private static void CheckDate(ArticleDocument doc, SiteConfig config, DateOnly today, List<Diagnostic> diagnostics)
    {
        if (doc.FrontMatter.Date is not { } date) return;
        var location = doc.LocationOf(KnownKeys.Article.Date);
        if (date > today)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DateOutOfRange,
                $"date {Labels.IsoDate(date)} is in the future (today is {Labels.IsoDate(today)}); is the year right?", location));
        var own = doc.FrontMatter.Publication is null ? config.Publications[0] : config.OwnPublication(doc.FrontMatter.Publication);
        if (own?.FirstVolumeYear is { } first && date.Year < first)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DateOutOfRange,
                $"date {Labels.IsoDate(date)} is before {own.Name}'s first volume ({first}, site.yml); is the year right?", location));
    }

    private static void CheckEmpty(ArticleDocument doc, List<Diagnostic> diagnostics)
    {
        var fm = doc.FrontMatter;
        var missing = new List<(string Field, string Effect)>();
        if (fm.Tags.Count == 0) missing.Add((KnownKeys.Article.Tags, "it is on no topic page"));
        if (fm.Authors.Count == 0) missing.Add((KnownKeys.Article.Authors, "it is credited to nobody"));
        if (fm.Summary is null) missing.Add((KnownKeys.Article.Summary, "lists and feeds show its first paragraph instead"));
        if (fm.Kind is null) missing.Add((KnownKeys.Article.Kind, $"it is filed as '{ArticleFactory.DefaultKind}'"));
        if (missing.Count == 0) return;
        var names = missing.Select(m => $"'{m.Field}'").ToList();
        var fields = names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
        var effects = string.Join("; ", missing.Select(m => m.Effect));
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ArticleFieldEmpty,
            $"article has no {fields}: {effects}", doc.LocationOf(missing[0].Field)));
    }
}
