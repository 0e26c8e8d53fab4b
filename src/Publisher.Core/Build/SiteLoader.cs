using Publisher.Core.Build.Lint;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>
/// Reads <c>input/</c> into a <see cref="Site"/>: site.yml, tags.yml, authors/*.md and every Markdown file
/// under articles/ (any depth, read in parallel). Problems become diagnostics; an article that cannot be
/// used (no title, no date, an explicit slug another file has) is left out with an error so the build fails visibly.
/// </summary>
public static class SiteLoader
{
    /// <param name="includeDrafts"><c>--drafts</c>: articles with <c>draft: true</c> are in the site (marked); otherwise left out.</param>
    public static Site? Load(string inputDir, DiagnosticBag diagnostics, string? baseUrlOverride = null, bool includeDrafts = false) =>
        Load(inputDir, diagnostics, baseUrlOverride, includeDrafts, names: null, inputs: null);

    /// <param name="names">The name-variants lint's uses from the previous build (an unchanged article is not scanned again); null: scan every article.</param>
    /// <param name="inputs">What reading each article file gave the previous build (an unchanged file is not parsed or linted again); null: read every file.</param>
    /// <param name="otherInputs">Given: every input file besides the articles (site.yml, tags.yml, authors/*.md) is added to it, path and text, as read.</param>
    internal static Site? Load(string inputDir, DiagnosticBag diagnostics, string? baseUrlOverride, bool includeDrafts, NameUseCache? names, InputManifest? inputs,
        FramedHash? otherInputs = null)
    {
        var config = ReadConfig(inputDir, diagnostics, baseUrlOverride, otherInputs);
        if (config is null) return null;

        var tagDefinitions = ReadTagDefinitions(inputDir, diagnostics, otherInputs);
        var profiles = ReadProfiles(inputDir, diagnostics, otherInputs);
        var (documents, bodies, footnoteWarnings) = ReadArticles(inputDir, diagnostics, inputs);

        var authors = new AuthorResolver(profiles);
        var tags = new TagResolver(tagDefinitions);
        var claims = documents.Where(d => d.FrontMatter.Date is not null).Select(ArticleSlugs.ClaimOf).ToList();
        var found = new List<Diagnostic>();
        foreach (var doc in documents)
            if (doc.FrontMatter.Slug is { } written && !string.Equals(Slug.From(written), written, StringComparison.Ordinal))
                found.Add(Diagnostic.Warning(DiagnosticCodes.SlugInvalid,
                    $"slug '{written}' is not URL-safe (lower-case letters, digits, hyphens); using '{Slug.From(written)}'", doc.LocationOf(KnownKeys.Article.Slug)));
        var slugs = ArticleSlugs.Assign(claims, found);
        diagnostics.AddRange(found);

        var today = ArticleLint.Today();
        var archiveWarnings = new List<Diagnostic>(footnoteWarnings);
        // One body decoded at a time: the archive's bodies are never all held as strings.
        if (names is null) NameVariants.Check(documents.Count, i => documents[i] with { Body = bodies[i].ToString() }, archiveWarnings);
        else NameVariants.Check(documents.Count, (i, words) => (documents[i].Path, names.UsesOf(documents[i], bodies[i], words)), archiveWarnings);
        names?.WriteNext(documents.Count);
        diagnostics.AddRange(archiveWarnings);
        var articles = new List<Article>();
        var articlesPrefix = DisplayPath(inputDir, "articles/");
        for (var i = 0; i < documents.Count; i++)
        {
            var doc = documents[i];
            // No date: ArticleFile.Read has reported it. No slug: an explicit duplicate, reported by ArticleSlugs.
            if (doc.FrontMatter.Date is null || !slugs.TryGetValue(doc.Path, out var slug)) continue;
            var warnings = new List<Diagnostic>();
            ArticleLint.Check(doc, config, authors, tags, today, warnings);
            diagnostics.AddRange(warnings);
            var article = ArticleFactory.Create(doc, bodies[i], doc.Path[articlesPrefix.Length..], slug, config, authors, tags, diagnostics);
            if (article is not null) articles.Add(article);
        }

        // Drafts keep their slugs (assigned above with every article) so links to them can be told apart from broken ones.
        var draftUrls = articles.Where(a => a.Draft).Select(a => Permalinks.Article(a.Slug)).ToHashSet(StringComparer.Ordinal);
        var published = includeDrafts ? articles : articles.Where(a => !a.Draft).ToList();
        return SiteAssembler.Assemble(config, published, authors, tags) with { DraftUrls = draftUrls };
    }

    private static SiteConfig? ReadConfig(string inputDir, DiagnosticBag diagnostics, string? baseUrlOverride, FramedHash? otherInputs)
    {
        var path = DisplayPath(inputDir, "site.yml");
        if (!File.Exists(Path.Combine(inputDir, "site.yml")))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.InputMissing,
                $"no site.yml in '{inputDir}' (is --input the folder with site.yml, tags.yml and articles/?)", SourceLocation.File(path)));
            return null;
        }
        var found = new List<Diagnostic>();
        var config = ReadText(Path.Combine(inputDir, "site.yml"), path, diagnostics, otherInputs) is { } text
            ? ConfigFiles.ReadSite(text, path, found)
            : null;
        diagnostics.AddRange(found);
        if (config is null || baseUrlOverride is null) return config;
        if (!Uri.TryCreate(baseUrlOverride, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ConfigInvalid, $"--base-url must be an absolute http(s) address, not '{baseUrlOverride}'"));
            return null;
        }
        return config with { BaseUrl = baseUrlOverride.TrimEnd('/') + "/" };
    }

    private static IReadOnlyList<TagDefinition> ReadTagDefinitions(string inputDir, DiagnosticBag diagnostics, FramedHash? otherInputs)
    {
        var full = Path.Combine(inputDir, "tags.yml");
        if (!File.Exists(full)) return [];
        var path = DisplayPath(inputDir, "tags.yml");
        var found = new List<Diagnostic>();
        var tags = ReadText(full, path, diagnostics, otherInputs) is { } text ? ConfigFiles.ReadTags(text, path, found) : [];
        diagnostics.AddRange(found);
        return tags;
    }

    private static IReadOnlyList<AuthorProfile> ReadProfiles(string inputDir, DiagnosticBag diagnostics, FramedHash? otherInputs)
    {
        var dir = Path.Combine(inputDir, "authors");
        if (!Directory.Exists(dir)) return [];
        var profiles = new List<AuthorProfile>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(dir, "*.md").OrderBy(f => f, StringComparer.Ordinal))
        {
            var path = DisplayPath(inputDir, "authors/" + Path.GetFileName(file));
            if (ReadText(file, path, diagnostics, otherInputs) is not { } text) continue;
            var found = new List<Diagnostic>();
            var profile = ConfigFiles.ReadAuthor(text, path, found);
            diagnostics.AddRange(found);
            if (profile is null) continue;
            if (seen.TryGetValue(profile.Slug, out var other))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DuplicateAuthor,
                    $"author slug '{profile.Slug}' is already used by {other}; this profile is ignored", new SourceLocation(path, 1)));
                continue;
            }
            seen.Add(profile.Slug, path);
            profiles.Add(profile);
        }
        return profiles;
    }

    /// <summary>
    /// Reads and parses every article in parallel; the result is in path order whatever the timing. Each body is
    /// kept as UTF-8 (<see cref="CompactText"/>) and its document without it: holding 50,000 bodies as strings until
    /// the articles are made doubled the reading phase's memory. The footnote checks, which need only the one body,
    /// run as it is read; their warnings come back in path order. A file the manifest has (the same path and bytes) is
    /// not decoded, parsed or linted again: its document and diagnostics are the previous build's; one whose length and
    /// time are what the manifest recorded (and settled) is not even read: its body is read only if something needs it.
    /// </summary>
    private static (IReadOnlyList<ArticleDocument> Documents, IReadOnlyList<CompactText> Bodies, IReadOnlyList<Diagnostic> FootnoteWarnings) ReadArticles(
        string inputDir, DiagnosticBag diagnostics, InputManifest? inputs)
    {
        var dir = Path.Combine(inputDir, "articles");
        if (!Directory.Exists(dir)) return ([], [], []);
        var relative = Directory.GetFiles(dir, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();
        var documents = new ArticleDocument?[relative.Length];
        var bodies = new CompactText?[relative.Length];
        var footnotes = new IReadOnlyList<Diagnostic>?[relative.Length];
        Parallel.For(0, relative.Length, PerCore.Options, i =>
        {
            var path = DisplayPath(inputDir, "articles/" + relative[i]);
            var full = Path.Combine(dir, relative[i]);
            // Its length and time before it is read: a file changed after this is seen by the next build.
            var stat = inputs?.Stat(full);
            if (inputs?.TryUnchanged(full, path, stat) is not { } read)
            {
                if (ReadBytes(full, path, diagnostics) is not { } bytes) return;
                read = InputManifest.ReadArticle(inputs, bytes, path, stat);
            }
            if (read.Document is { } doc)
            {
                footnotes[i] = read.Footnotes;
                bodies[i] = read.Body;
                documents[i] = doc;
            }
            diagnostics.AddRange(read.Found);
        });
        inputs?.WriteNext(relative.Length);
        var kept = Enumerable.Range(0, relative.Length).Where(i => documents[i] is not null).ToArray();
        return (kept.Select(i => documents[i]!).ToList(), kept.Select(i => bodies[i]!).ToList(), kept.SelectMany(i => footnotes[i]!).ToList());
    }

    /// <summary>A file's bytes (decoded as <see cref="TextFile.Read"/> decodes, by <see cref="InputManifest"/>), or null with an error.</summary>
    private static byte[]? ReadBytes(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"cannot read file: {e.Message}", SourceLocation.File(displayPath)));
            return null;
        }
    }

    private static string? ReadText(string fullPath, string displayPath, DiagnosticBag diagnostics, FramedHash? otherInputs = null)
    {
        try
        {
            var text = TextFile.Read(fullPath);
            otherInputs?.Add(displayPath);
            otherInputs?.Add(text);
            return text;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"cannot read file: {e.Message}", SourceLocation.File(displayPath)));
            return null;
        }
    }

    /// <summary>The path diagnostics print: the input folder as given, then forward slashes.</summary>
    internal static string DisplayPath(string inputDir, string relative) =>
        (inputDir.Replace('\\', '/').TrimEnd('/') + "/" + relative).Replace("//", "/");
}
