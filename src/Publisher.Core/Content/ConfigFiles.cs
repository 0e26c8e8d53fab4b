using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Content;

/// <summary>Readers for the editor-maintained files in <c>input/</c>: site.yml, tags.yml, outlets.yml, authors/*.md.</summary>
public static class ConfigFiles
{
    public static SiteConfig? ReadSite(string text, string path, List<Diagnostic> diagnostics)
    {
        var fields = YamlFields.Parse(TextFile.Normalize(text), path, 1, diagnostics);
        if (fields is null) return null;
        var title = fields.String("title");
        var baseUrl = fields.String("base_url");
        var publication = fields.String("publication") ?? title;
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(baseUrl))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigInvalid, "site.yml needs 'title' and 'base_url'", new SourceLocation(path, 1)));
            return null;
        }
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigInvalid, $"'base_url' must be an absolute http(s) address, not '{baseUrl}'", fields.LocationOf("base_url")));
            return null;
        }
        return new SiteConfig
        {
            Title = title.Trim(),
            Description = fields.String("description")?.Trim() ?? "",
            BaseUrl = baseUrl.TrimEnd('/') + "/",
            Publication = publication!.Trim(),
            FirstVolumeYear = fields.Int("first_volume_year"),
            Language = fields.String("language") ?? "en",
            PageSize = fields.Int("page_size") is { } size and > 0 ? size : 20,
            Copyright = fields.String("copyright"),
        };
    }

    public static IReadOnlyList<TagDefinition> ReadTags(string text, string path, List<Diagnostic> diagnostics)
    {
        var fields = YamlFields.Parse(TextFile.Normalize(text), path, 1, diagnostics);
        if (fields is null) return [];
        var tags = new List<TagDefinition>();
        foreach (var entry in fields.Mappings("tags"))
        {
            var name = entry.String("name")?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigInvalid, "tag entry has no 'name' and is skipped", entry.LocationOf("name")));
                continue;
            }
            tags.Add(new TagDefinition
            {
                Name = name,
                Slug = entry.String("slug")?.Trim() is { Length: > 0 } slug ? UrlSafe(slug, $"tag '{name}'", entry.LocationOf("slug"), diagnostics) : Slug.From(name),
                Kind = entry.String("kind"),
                Aliases = entry.List("aliases"),
                Description = entry.String("description"),
            });
        }
        return tags;
    }

    public static IReadOnlyList<Outlet> ReadOutlets(string text, string path, List<Diagnostic> diagnostics)
    {
        var fields = YamlFields.Parse(TextFile.Normalize(text), path, 1, diagnostics);
        if (fields is null) return [];
        var outlets = new List<Outlet>();
        foreach (var entry in fields.Mappings("outlets"))
        {
            var name = entry.String("name")?.Trim();
            var url = entry.String("url")?.Trim();
            if (string.IsNullOrEmpty(name) || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigInvalid, "outlet entry needs 'name' and an absolute 'url'; skipped", entry.LocationOf("name")));
                continue;
            }
            outlets.Add(new Outlet { Name = name, Url = url!, Aliases = entry.List("aliases") });
        }
        return outlets;
    }

    /// <summary>Reads <c>authors/&lt;slug&gt;.md</c>; the file name gives the slug unless the front matter says otherwise.</summary>
    public static AuthorProfile? ReadAuthor(string text, string path, List<Diagnostic> diagnostics)
    {
        var split = FrontMatterSplitter.Split(text);
        if (split.Yaml is null)
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FrontMatterMissing, "author profile has no front matter with 'name'", new SourceLocation(path, 1)));
            return null;
        }
        var fields = YamlFields.Parse(split.Yaml, path, split.YamlStartLine, diagnostics);
        var name = fields?.String("name")?.Trim();
        if (fields is null || string.IsNullOrEmpty(name))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RequiredFieldMissing, "author profile has no 'name'", new SourceLocation(path, split.YamlStartLine)));
            return null;
        }
        return new AuthorProfile
        {
            Name = name,
            Slug = fields.String("slug")?.Trim() is { Length: > 0 } slug
                ? UrlSafe(slug, "author profile", fields.LocationOf("slug"), diagnostics)
                : UrlSafe(Path.GetFileNameWithoutExtension(path), "author profile (from its file name)", new SourceLocation(path, 1), diagnostics),
            Aliases = fields.List("aliases"),
            Bio = split.Body.Trim('\n'),
        };
    }

    /// <summary>
    /// A slug becomes a folder of the site (<c>tags/&lt;slug&gt;/</c>): anything but lower-case letters, digits and
    /// hyphens ("../x", "C:\\x", "A") could leave the output folder or clash on a case-insensitive disk, so it is made safe.
    /// </summary>
    private static string UrlSafe(string slug, string what, SourceLocation location, List<Diagnostic> diagnostics)
    {
        var safe = Slug.From(slug);
        if (!string.Equals(safe, slug, StringComparison.Ordinal))
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SlugInvalid,
                $"slug '{slug}' of the {what} is not URL-safe (lower-case letters, digits, hyphens); using '{safe}'", location));
        return safe;
    }

    public static string WriteAuthor(AuthorProfile author) =>
        "---\n" + new YamlWriter().Add("name", author.Name).Add("slug", author.Slug).Add("aliases", author.Aliases).ToString()
        + "---\n\n" + author.Bio.Trim('\n') + "\n";
}
