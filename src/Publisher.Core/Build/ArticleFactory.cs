using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>Turns one parsed article file into an <see cref="Article"/>: defaults applied, names resolved to slugs.</summary>
internal static class ArticleFactory
{
    public const string DefaultKind = "feature";

    /// <param name="body">The document's body as the loader holds it (the document itself is kept without it).</param>
    /// <param name="relativePath">The file's path under articles/ ("2021/19-22/togo.md").</param>
    /// <param name="slug">The slug <see cref="ArticleSlugs"/> gave the file.</param>
    public static Article? Create(ArticleDocument doc, CompactText body, string relativePath, string slug, SiteConfig config, AuthorResolver authors, TagResolver tags, DiagnosticBag diagnostics)
    {
        var fm = doc.FrontMatter;
        // ArticleFile.Read has already reported a missing or malformed date as an error.
        if (fm.Date is not { } date) return null;


        // No publication named: the main one. A name (or alias) of an own publication: that one. Anything else: press.
        var own = fm.Publication is null ? config.Publications[0] : config.OwnPublication(fm.Publication);
        if (own is not null && (fm.Volume is null) != (fm.Issue is null))
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.IssueIncomplete,
                fm.Volume is null ? "article has 'issue' but no 'volume'; it is not placed in an issue" : "article has 'volume' but no 'issue'; it is not placed in an issue",
                doc.LocationOf(fm.Volume is null ? "issue" : "volume")));

        var ownUrl = Permalinks.Article(slug);
        var aliases = new List<ArticleAlias>();
        for (var i = 0; i < fm.Aliases.Count; i++)
        {
            var location = doc.LocationOf(KnownKeys.Article.Aliases, i);
            var url = ArticleAliases.Normalize(fm.Aliases[i], out var problem);
            if (url == ownUrl) problem = "it is the article's own address";
            if (problem is not null || url is null)
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.AliasInvalid,
                    $"alias '{fm.Aliases[i]}' is ignored: {problem}", location));
            else if (aliases.All(a => a.Url != url))
                aliases.Add(new ArticleAlias(url, location));
        }

        return new Article
        {
            Slug = slug,
            Draft = fm.Draft,
            Updated = fm.Updated,
            Aliases = aliases,
            DerivedSlugFile = fm.Slug is null ? Path.ChangeExtension(relativePath, null) : null,
            Title = fm.Title,
            Date = date,
            Publication = own?.Name ?? fm.Publication!,
            PublicationSlug = own?.Slug,
            Volume = fm.Volume,
            IssueNumber = fm.Issue,
            Kind = fm.Kind ?? DefaultKind,
            Summary = fm.Summary,
            Url = fm.Url,
            Sources = fm.Sources,
            Authors = fm.Authors.Select(a => a.Trim()).Where(a => a.Length > 0).Select(authors.Resolve).Distinct(StringComparer.Ordinal).ToList(),
            Tags = fm.Tags.Select(t => t.Trim()).Where(t => t.Length > 0).Select(tags.Resolve).Distinct(StringComparer.Ordinal).ToList(),
            BodyText = body,
            SourcePath = doc.Path,
            BodyStartLine = doc.BodyStartLine,
        };
    }
}
