using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Content;

/// <summary>A file <c>publisher new</c> writes: its path relative to the folder it belongs in, and its text.</summary>
public sealed record ScaffoldFile(string RelativePath, string Text);

/// <summary>
/// The files <c>publisher new</c> writes, with their front matter filled in. Pure: values in, paths and text out;
/// the command decides where they go and never overwrites an existing file.
/// </summary>
public static class Scaffolds
{
    /// <summary>The kind a new article gets (the build's default too).</summary>
    public const string DefaultKind = "feature";

    public const string ArticleBody =
        "Write the article here in Markdown. Fill in `summary`, `tags` and `authors` above (an author needs a profile " +
        "in `authors/`, `publisher new author \"Name\"` makes one); `publisher check` lists what is still missing. " +
        "The article is a draft: `publisher serve --drafts` previews it, and deleting the `draft: true` line publishes it.";

    /// <summary>What <c>publisher new</c> prints after writing articles, which are drafts.</summary>
    public const string DraftNote =
        "New articles are drafts ('draft: true'): 'publisher serve --drafts' previews them; delete that line to publish.";

    /// <summary><c>articles/&lt;year&gt;/&lt;slug&gt;.md</c>, or under <paramref name="folder"/> when given.</summary>
    public static ScaffoldFile Article(string title, DateOnly date, string? publication, int? volume = null, int? issue = null,
        IReadOnlyList<string>? authors = null, string? kind = null, string? folder = null)
    {
        var slug = Slug.From(title);
        var frontMatter = new ArticleFrontMatter
        {
            Title = title.Trim(),
            Slug = slug,
            Authors = authors ?? [],
            Date = date,
            Publication = publication,
            Volume = volume,
            Issue = issue,
            Kind = kind ?? DefaultKind,
            // As `hugo new` does: a new article is a draft until the editor says it is ready, so a placeholder never goes live.
            Draft = true,
        };
        var directory = folder ?? $"articles/{Year(date)}";
        return new ScaffoldFile($"{directory}/{slug}.md", ArticleFile.Write(frontMatter, ArticleBody));
    }

    /// <summary>
    /// One article file per title in the folder of an issue (<c>articles/&lt;year&gt;/&lt;publication&gt;-&lt;volume&gt;-&lt;issue&gt;/</c>),
    /// each with the publication, volume, issue and date filled in; without titles, one article to rename.
    /// </summary>
    public static IReadOnlyList<ScaffoldFile> Issue(PublicationConfig publication, int volume, int issue, DateOnly date,
        IReadOnlyList<string> titles)
    {
        var folder = $"articles/{Year(date)}/{publication.Slug}-{Number(volume)}-{Number(issue)}";
        var wanted = titles.Count > 0 ? titles : [$"{publication.Name} {Number(volume)}-{Number(issue)} first article"];
        return wanted.Select(t => Article(t, date, publication.Name, volume, issue, folder: folder)).ToList();
    }

    /// <summary><c>authors/&lt;slug&gt;.md</c> with the name and a bio to write.</summary>
    public static ScaffoldFile Author(string name)
    {
        var profile = new AuthorProfile
        {
            Name = name.Trim(),
            Slug = Slug.From(name),
            Bio = $"Write {name.Trim()}'s bio here in Markdown: who they are and what they write about.",
        };
        return new ScaffoldFile($"authors/{profile.Slug}.md", ConfigFiles.WriteAuthor(profile));
    }

    private static string Year(DateOnly date) => Number(date.Year);

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
