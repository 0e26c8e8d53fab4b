using System.Globalization;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Import;

/// <summary>A file import wants to write: its path relative to the input folder (forward slashes) and its exact text.</summary>
/// <param name="IsArticle">True for an article, false for an author profile.</param>
public sealed record PlannedFile(string RelativePath, string Content, bool IsArticle, SourceLocation? Origin = null);

/// <summary>An article already in <c>input/articles/</c>: its path relative to the input folder and its slug.</summary>
public sealed record ExistingArticle(string RelativePath, string Slug, ArticleFrontMatter FrontMatter)
{
    /// <summary>The article's Markdown body: evidence for the spelling the archive uses when a duplicate merge decides.</summary>
    public string Body { get; init; } = "";
}

/// <summary>
/// Turns merged drafts with their identities into article files (<c>articles/&lt;year&gt;/&lt;slug&gt;.md</c>) and author profiles
/// (<c>authors/&lt;slug&gt;.md</c>). Pure: same drafts and archive in, same files out.
/// </summary>
public static class ArticlePlanner
{
    /// <summary>Chooses identities (<see cref="ArticleIdentities"/>) and plans the files in one step.</summary>
    public static IReadOnlyList<PlannedFile> Plan(
        IReadOnlyList<ImportedDraft> drafts,
        IReadOnlyList<ExistingArticle> existing,
        IReadOnlyList<TagDefinition> tags,
        Func<string, string?, string, IReadOnlyList<TagDefinition>, IReadOnlyList<string>> tagMatch,
        List<Diagnostic> diagnostics) =>
        Plan(ArticleIdentities.Assign(drafts, existing, diagnostics), tags, tagMatch);

    public static IReadOnlyList<PlannedFile> Plan(
        IReadOnlyList<ArticleIdentity> identities,
        IReadOnlyList<TagDefinition> tags,
        Func<string, string?, string, IReadOnlyList<TagDefinition>, IReadOnlyList<string>> tagMatch)
    {
        var files = new List<PlannedFile>();
        var bios = new List<(string Author, string Bio, DateOnly? Date, string Path)>();
        var links = new List<(string AuthorSlug, string Line)>();
        var authorNames = new SortedDictionary<string, string>(StringComparer.Ordinal); // slug → name

        foreach (var identity in identities)
        {
            var (imported, slug, relativePath) = identity;
            var draft = imported.Draft;
            var (body, unassignedBios) = BodyWithLeftovers(draft);
            // Without a standfirst the lede stands in as the summary (issue pages and feeds show one), marked inferred.
            var summary = draft.Summary ?? LedeSummary.From(body);
            var inferred = draft.Summary is null && summary is not null ? draft.Inferred.Append("summary") : draft.Inferred;
            var frontMatter = new ArticleFrontMatter
            {
                Title = draft.Title,
                Slug = slug,
                Aliases = identity.Aliases,
                Authors = draft.Authors,
                Date = draft.Date,
                Publication = draft.Publication,
                Volume = draft.Volume,
                Issue = draft.Issue,
                Kind = draft.Kind,
                Tags = tagMatch(draft.Title, draft.Summary, body, tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
                Summary = summary,
                Url = draft.Url,
                Sources = draft.Sources.Order(StringComparer.Ordinal).ToList(),
                // The folder year of an undated article comes from its volume number: say so in 'inferred'.
                Inferred = (draft.Date is null && imported.InferredYear is not null ? inferred.Append("year") : inferred)
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            };
            files.Add(new PlannedFile(relativePath, ArticleFile.Write(frontMatter, body), IsArticle: true, draft.Origin));

            foreach (var author in draft.Authors)
            {
                var authorSlug = Slug.From(author);
                if (!authorNames.TryGetValue(authorSlug, out var known) || string.CompareOrdinal(author, known) < 0)
                    authorNames[authorSlug] = author;
            }
            foreach (var (author, bio) in AssignBios(draft, unassignedBios))
                bios.Add((author, bio, draft.Date, relativePath));
            if (draft.Authors.Count == 1)
                links.AddRange(draft.AuthorLinks.Select(l => (Slug.From(draft.Authors[0]), l)));
        }

        foreach (var (authorSlug, name) in authorNames)
        {
            // The newest article's bio is the most current description of the author.
            var bio = bios.Where(b => Slug.From(b.Author) == authorSlug)
                .OrderByDescending(b => b.Date ?? DateOnly.MinValue).ThenBy(b => b.Path, StringComparer.Ordinal)
                .Select(b => b.Bio).FirstOrDefault() ?? "";
            // Handles from every article of the author, so that a newer bio without one does not lose it.
            var handles = links.Where(l => l.AuthorSlug == authorSlug).Select(l => l.Line)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Where(l => !bio.Contains(l, StringComparison.Ordinal));
            bio = string.Join("\n\n", new[] { bio }.Concat(handles).Where(p => p.Length > 0));
            var profile = new AuthorProfile { Name = name, Slug = authorSlug, Bio = bio };
            files.Add(new PlannedFile($"authors/{authorSlug}.md", ConfigFiles.WriteAuthor(profile), IsArticle: false));
        }
        return files;
    }

    /// <summary>
    /// The body as written: notes the footnote rule did not convert are kept under a "Notes" heading, and a bio
    /// that no author profile can take (the article names no author) stays at the end of the body, as do social
    /// handles when it is not clear whose they are (no author, or several): nothing is lost.
    /// </summary>
    private static (string Body, bool BioKeptInBody) BodyWithLeftovers(ArticleDraft draft)
    {
        var body = draft.Body.Trim('\n');
        var bioInBody = draft.AuthorBio is not null && draft.Authors.Count == 0;
        if (bioInBody) body += "\n\n" + draft.AuthorBio!.Trim('\n');
        if (draft.Authors.Count != 1)
            foreach (var line in draft.AuthorLinks) body += "\n\n" + line;
        if (!string.IsNullOrWhiteSpace(draft.Notes)) body += "\n\n## Notes\n\n" + draft.Notes.Trim('\n');
        return (body, bioInBody);
    }

    /// <summary>
    /// The bio split between the authors sentence by sentence (<see cref="BioParagraph.SplitBetween"/>): each author
    /// gets the sentences that name them; with one author, the whole bio.
    /// </summary>
    private static IEnumerable<(string Author, string Bio)> AssignBios(ArticleDraft draft, bool bioKeptInBody)
    {
        if (draft.AuthorBio is null || bioKeptInBody) return [];
        return BioParagraph.SplitBetween(draft.AuthorBio, draft.Authors);
    }
}
