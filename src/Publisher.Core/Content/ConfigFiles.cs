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
        UnknownKeys.Report(fields, KnownKeys.Site.All, "site.yml", diagnostics);
        var title = fields.String(KnownKeys.Site.Title);
        var baseUrl = fields.String(KnownKeys.Site.BaseUrl);
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(baseUrl))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigInvalid, "site.yml needs 'title' and 'base_url'", new SourceLocation(path, 1)));
            return null;
        }
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigInvalid, $"'base_url' must be an absolute http(s) address, not '{baseUrl}'", fields.LocationOf(KnownKeys.Site.BaseUrl)));
            return null;
        }
        return new SiteConfig
        {
            Title = title.Trim(),
            Description = fields.String(KnownKeys.Site.Description)?.Trim() ?? "",
            BaseUrl = baseUrl.TrimEnd('/') + "/",
            Publications = ReadPublications(fields, title.Trim(), diagnostics),
            Language = fields.String(KnownKeys.Site.Language) ?? "en",
            PageSize = fields.Int(KnownKeys.Site.PageSize) is { } size and > 0 ? size : 20,
            Copyright = fields.String(KnownKeys.Site.Copyright),
            Kinds = fields.List(KnownKeys.Site.Kinds).Select(k => k.Trim().ToLowerInvariant()).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
            FeedLimits = ReadFeedLimits(fields, diagnostics),
        };
    }

    /// <summary>
    /// site.yml's <c>feeds:</c> — <c>limit</c> (site and publication feeds) and <c>tag_and_author_limit</c> (which
    /// defaults to <c>limit</c>): a whole number of articles, or <c>all</c>. Anything else is a warning and the default stands.
    /// </summary>
    private static FeedLimits ReadFeedLimits(YamlFields fields, List<Diagnostic> diagnostics)
    {
        var feeds = fields.Mapping(KnownKeys.Site.Feeds);
        if (feeds is null) return new FeedLimits();
        UnknownKeys.Report(feeds, KnownKeys.Feeds.All, "feeds", diagnostics);
        var site = ReadLimit(feeds, KnownKeys.Feeds.Limit, FeedLimits.Default, diagnostics);
        return new FeedLimits(site, ReadLimit(feeds, KnownKeys.Feeds.TagAndAuthorLimit, site, diagnostics));
    }

    private static int? ReadLimit(YamlFields feeds, string key, int? fallback, List<Diagnostic> diagnostics)
    {
        var text = feeds.String(key)?.Trim();
        if (text is null) return fallback;
        if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase)) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit > 0) return limit;
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigInvalid,
            $"feeds '{key}: {text}' should be a whole number of articles above 0 (or 'all'); the feeds carry the newest {Describe(fallback)} instead",
            feeds.LocationOf(key)));
        return fallback;
    }

    private static string Describe(int? limit) => limit is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "articles, all of them";

    /// <summary>
    /// site.yml's <c>publications</c> list; the first site.yml's single <c>publication</c> (and <c>first_volume_year</c>)
    /// is read as a one-entry list, with a warning that says how to update. With neither, the site's title stands in.
    /// </summary>
    private static IReadOnlyList<PublicationConfig> ReadPublications(YamlFields fields, string siteTitle, List<Diagnostic> diagnostics)
    {
        var legacyName = fields.String(KnownKeys.Site.LegacyPublication)?.Trim();
        var legacyYear = fields.Int(KnownKeys.Site.LegacyFirstVolumeYear);
        var publications = new List<PublicationConfig>();
        foreach (var entry in fields.Mappings(KnownKeys.Site.Publications))
        {
            UnknownKeys.Report(entry, KnownKeys.Publication.Entry, "publication entry", diagnostics);
            var name = entry.String(KnownKeys.Publication.Name)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigInvalid, "publication entry has no 'name' and is skipped", entry.Start));
                continue;
            }
            var slug = entry.String(KnownKeys.Publication.Slug)?.Trim() is { Length: > 0 } given
                ? UrlSafe(given, $"publication '{name}'", entry.LocationOf(KnownKeys.Publication.Slug), diagnostics)
                : Slug.From(name);
            if (publications.FirstOrDefault(p => p.Slug == slug || p.IsNamed(name)) is { } earlier)
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigInvalid,
                    $"publication '{name}' has the same name or slug as '{earlier.Name}' above and is skipped", entry.LocationOf(KnownKeys.Publication.Name)));
                continue;
            }
            publications.Add(new PublicationConfig
            {
                Name = name,
                Slug = slug,
                Aliases = entry.List(KnownKeys.Publication.Aliases),
                FirstVolumeYear = entry.Int(KnownKeys.Publication.FirstVolumeYear),
                Description = entry.String(KnownKeys.Publication.Description)?.Trim() ?? "",
                Frequency = ReadFrequency(entry, diagnostics),
            });
        }
        if (publications.Count > 0)
        {
            if (legacyName is not null || legacyYear is not null)
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigOutdated,
                    "'publication' and 'first_volume_year' at the top of site.yml are ignored when 'publications' lists the archive's publications; delete them",
                    fields.LocationOf(legacyName is not null ? KnownKeys.Site.LegacyPublication : KnownKeys.Site.LegacyFirstVolumeYear)));
            return publications;
        }
        var single = legacyName is { Length: > 0 } ? legacyName : siteTitle;
        if (legacyName is not null)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigOutdated,
                $"'publication: {legacyName}' names a single publication; list the archive's own publications under 'publications:' instead " +
                $"(each with name, slug, aliases, first_volume_year, description, frequency), e.g. 'publications:' / '  - name: {legacyName}'",
                fields.LocationOf(KnownKeys.Site.LegacyPublication)));
        return [new PublicationConfig { Name = single, Slug = Slug.From(single), FirstVolumeYear = legacyYear }];
    }

    private static PublicationFrequency? ReadFrequency(YamlFields entry, List<Diagnostic> diagnostics)
    {
        var text = entry.String(KnownKeys.Publication.Frequency)?.Trim();
        if (text is null) return null;
        if (Enum.TryParse<PublicationFrequency>(text, ignoreCase: true, out var frequency) && Enum.IsDefined(frequency) && !text.All(char.IsDigit)) return frequency;
        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigInvalid,
            $"frequency '{text}' is not one of weekly, fortnightly, monthly; it is ignored", entry.LocationOf(KnownKeys.Publication.Frequency)));
        return null;
    }

    public static IReadOnlyList<TagDefinition> ReadTags(string text, string path, List<Diagnostic> diagnostics)
    {
        var fields = YamlFields.Parse(TextFile.Normalize(text), path, 1, diagnostics);
        if (fields is null) return [];
        UnknownKeys.Report(fields, KnownKeys.Tag.File, "tags.yml", diagnostics);
        var tags = new List<TagDefinition>();
        foreach (var entry in fields.Mappings(KnownKeys.Tag.List))
        {
            UnknownKeys.Report(entry, KnownKeys.Tag.Entry, "tag entry", diagnostics);
            var name = entry.String(KnownKeys.Tag.Name)?.Trim();
            if (string.IsNullOrEmpty(name))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigInvalid, "tag entry has no 'name' and is skipped", entry.Start));
                continue;
            }
            tags.Add(new TagDefinition
            {
                Name = name,
                Slug = entry.String(KnownKeys.Tag.Slug)?.Trim() is { Length: > 0 } slug ? UrlSafe(slug, $"tag '{name}'", entry.LocationOf(KnownKeys.Tag.Slug), diagnostics) : Slug.From(name),
                Kind = entry.String(KnownKeys.Tag.Kind),
                Aliases = entry.List(KnownKeys.Tag.Aliases),
                Description = entry.String(KnownKeys.Tag.Description),
            });
        }
        return tags;
    }

    public static IReadOnlyList<Outlet> ReadOutlets(string text, string path, List<Diagnostic> diagnostics) =>
        ReadOutletsConfig(text, path, diagnostics).Outlets;

    /// <summary>Reads <c>outlets.yml</c>: the outlet list and whether import may link a citation's outlet when its link is missing.</summary>
    public static OutletsConfig ReadOutletsConfig(string text, string path, List<Diagnostic> diagnostics)
    {
        var fields = YamlFields.Parse(TextFile.Normalize(text), path, 1, diagnostics);
        if (fields is null) return new OutletsConfig([]);
        UnknownKeys.Report(fields, KnownKeys.Outlet.File, "outlets.yml", diagnostics);
        var outlets = new List<Outlet>();
        foreach (var entry in fields.Mappings(KnownKeys.Outlet.List))
        {
            UnknownKeys.Report(entry, KnownKeys.Outlet.Entry, "outlet entry", diagnostics);
            var name = entry.String(KnownKeys.Outlet.Name)?.Trim();
            var url = entry.String(KnownKeys.Outlet.Url)?.Trim();
            if (string.IsNullOrEmpty(name) || !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ConfigInvalid, "outlet entry needs 'name' and an absolute 'url'; skipped", entry.LocationOf(KnownKeys.Outlet.Name)));
                continue;
            }
            outlets.Add(new Outlet { Name = name, Url = url!, Aliases = entry.List(KnownKeys.Outlet.Aliases) });
        }
        return new OutletsConfig(outlets, fields.Bool(KnownKeys.Outlet.LinkMissingCitations) ?? true);
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
        var name = fields?.String(KnownKeys.Author.Name)?.Trim();
        if (fields is null || string.IsNullOrEmpty(name))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RequiredFieldMissing, "author profile has no 'name'", new SourceLocation(path, split.YamlStartLine)));
            return null;
        }
        UnknownKeys.Report(fields, KnownKeys.Author.All, "author profile", diagnostics);
        return new AuthorProfile
        {
            Name = name,
            Slug = fields.String(KnownKeys.Author.Slug)?.Trim() is { Length: > 0 } slug
                ? UrlSafe(slug, "author profile", fields.LocationOf(KnownKeys.Author.Slug), diagnostics)
                : UrlSafe(Path.GetFileNameWithoutExtension(path), "author profile (from its file name)", new SourceLocation(path, 1), diagnostics),
            Aliases = fields.List(KnownKeys.Author.Aliases),
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
        "---\n" + new YamlWriter().Add(KnownKeys.Author.Name, author.Name).Add(KnownKeys.Author.Slug, author.Slug).Add(KnownKeys.Author.Aliases, author.Aliases).ToString()
        + "---\n\n" + author.Bio.Trim('\n') + "\n";
}
