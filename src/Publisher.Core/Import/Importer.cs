using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Sidecars;
using Publisher.Core.Import.Text;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Import;

/// <summary>
/// <c>publisher import</c>: seeds (ordinal order) → per seed: text rules, format, drafts, sidecar
/// (<see cref="SeedStage"/>) → archive for self-citations and paragraphs repeated across seeds → draft rules → duplicate merge → tags and file plan
/// (<see cref="ArticlePlanner"/>) → safe writes (<see cref="ImportWriter"/>). Problems are diagnostics, never exceptions.
/// </summary>
public static class Importer
{
    /// <param name="onSeed">Called with each seed's project-relative path before it is read (progress display).</param>
    public static ImportReport Run(ImportOptions options, Action<string>? onSeed = null)
    {
        var diagnostics = new List<Diagnostic>();
        var seedsDir = Path.GetFullPath(options.SeedsDirectory, options.ProjectRoot);
        var inputDir = Path.GetFullPath(options.InputDirectory, options.ProjectRoot);
        var inputDisplay = Display(options.ProjectRoot, inputDir);

        if (!Directory.Exists(seedsDir))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportSeedUnreadable, $"seeds folder {Display(options.ProjectRoot, seedsDir)} does not exist"));
            return Report([], [], [], [], diagnostics);
        }

        var config = ReadConfig(options.ProjectRoot, inputDir, diagnostics);

        var seeds = new List<SeedResult>();
        foreach (var seedFile in Directory.GetFiles(seedsDir, "*.txt").Select(f => (Full: f, Display: Display(options.ProjectRoot, f)))
                     .OrderBy(f => f.Display, StringComparer.Ordinal))
        {
            onSeed?.Invoke(seedFile.Display);
            seeds.Add(ReadSeed(seedFile.Full, seedFile.Display, options, config));
        }
        foreach (var seed in seeds) diagnostics.AddRange(seed.Diagnostics);
        var fixes = seeds.SelectMany(s => s.Fixes).ToList();

        var existing = ReadExistingArticles(options.ProjectRoot, inputDir, diagnostics);
        var drafts = seeds.SelectMany(s => s.Drafts).ToList();
        var archive = BuildArchive(existing, drafts);
        var repeated = RepeatedParagraphs.Find(seeds.Select(s => s.Drafts.Select(d => d.Draft.Body)));

        var fixedDrafts = new List<ImportedDraft>();
        foreach (var imported in drafts)
        {
            var draft = imported.Draft;
            var context = new FixupContext
            {
                SourcePath = draft.Origin.Path,
                FirstLine = draft.BodyStartLine,
                LineMap = draft.BodyLineMap,
                SiteUrl = draft.SiteUrl,
                OwnPublication = config.Site?.Publication,
                Outlets = config.Outlets,
                Tags = config.Tags,
                Archive = archive,
                RepeatedParagraphs = repeated,
            };
            fixedDrafts.Add(imported with { Draft = FixupRunner.RunDraft(draft, options.Pipeline.DraftRules, context, diagnostics, fixes) });
        }

        var merged = DuplicateMerger.Merge(fixedDrafts, diagnostics);
        foreach (var article in merged) WarnAboutGaps(article, diagnostics);

        var planned = ArticlePlanner.Plan(merged, existing, config.Tags, options.TagMatcher, diagnostics);
        var outcomes = ImportWriter.Write(inputDir, inputDisplay, planned, options.Force, diagnostics);
        return Report(seeds.Select(s => s.Summary).ToList(), outcomes, fixes, seeds.SelectMany(s => s.Dropped).ToList(), diagnostics);
    }

    private static SeedResult ReadSeed(string fullPath, string display, ImportOptions options, ImportConfig config)
    {
        var sidecarFull = SidecarFile.PathFor(fullPath);
        var sidecarDisplay = SidecarFile.PathFor(display);
        try
        {
            var bytes = File.ReadAllBytes(fullPath);
            var sidecarText = File.Exists(sidecarFull) ? TextFile.Read(sidecarFull) : null;
            return SeedStage.Read(bytes, display, sidecarText, sidecarDisplay, config, options.Pipeline, options.Formats);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var diagnostic = Diagnostic.Error(DiagnosticCodes.ImportSeedUnreadable, $"cannot read seed: {e.Message}", new SourceLocation(display));
            return new SeedResult(new SeedSummary(display, null, 0, 0), [], [diagnostic], [], []);
        }
    }

    private static void WarnAboutGaps(ImportedDraft article, List<Diagnostic> diagnostics)
    {
        var draft = article.Draft;
        if (draft.Authors.Count == 0)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportAuthorMissing,
                $"\"{draft.Title}\" names no author; written with 'authors: []' (add one to the article or to the seed's sidecar)", draft.Origin));
        if (draft.Date is null)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportDateMissing,
                article.InferredYear is { } year
                    ? $"\"{draft.Title}\" has no date; filed under {year} (inferred from volume {draft.Volume}); add 'date' to the seed's sidecar"
                    : $"\"{draft.Title}\" has no date; filed under 'undated' (add 'date' to the seed's sidecar)",
                draft.Origin));
    }

    private static ImportConfig ReadConfig(string root, string inputDir, List<Diagnostic> diagnostics)
    {
        string? Read(string name, bool required)
        {
            var path = Path.Combine(inputDir, name);
            if (File.Exists(path)) return TextFile.Read(path);
            diagnostics.Add(new Diagnostic(required ? Severity.Warning : Severity.Info, DiagnosticCodes.ImportConfigMissing,
                $"{Display(root, path)} not found; import goes on without it"));
            return null;
        }
        var site = Read("site.yml", required: true) is { } siteText ? ConfigFiles.ReadSite(siteText, Display(root, Path.Combine(inputDir, "site.yml")), diagnostics) : null;
        var tags = Read("tags.yml", required: false) is { } tagsText ? ConfigFiles.ReadTags(tagsText, Display(root, Path.Combine(inputDir, "tags.yml")), diagnostics) : [];
        var outlets = Read("outlets.yml", required: false) is { } outletsText ? ConfigFiles.ReadOutlets(outletsText, Display(root, Path.Combine(inputDir, "outlets.yml")), diagnostics) : [];
        return new ImportConfig(site, tags, outlets);
    }

    /// <summary>Front matter of every <c>articles/**.md</c> already in the input folder (for slugs and self-citations).</summary>
    private static IReadOnlyList<ExistingArticle> ReadExistingArticles(string root, string inputDir, List<Diagnostic> diagnostics)
    {
        var articlesDir = Path.Combine(inputDir, "articles");
        if (!Directory.Exists(articlesDir)) return [];
        var result = new List<ExistingArticle>();
        foreach (var file in Directory.GetFiles(articlesDir, "*.md", SearchOption.AllDirectories)
                     .Select(f => (Full: f, Relative: Path.GetRelativePath(inputDir, f).Replace('\\', '/')))
                     .OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            // Build checks these files; here only their titles and slugs matter, so their own problems are not repeated.
            var ignored = new List<Diagnostic>();
            ArticleDocument? document = null;
            try { document = ArticleFile.Read(TextFile.Read(file.Full), Display(root, file.Full), ignored); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
            if (document is null)
            {
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportArchiveUnreadable,
                    "existing article could not be read; self-citations cannot link to it", new SourceLocation(Display(root, file.Full))));
                continue;
            }
            var slug = document.FrontMatter.Slug ?? Path.GetFileNameWithoutExtension(file.Full);
            result.Add(new ExistingArticle(file.Relative, slug, document.FrontMatter));
        }
        return result;
    }

    /// <summary>The archive the rules see: articles being imported (with their planned slugs) plus the other existing ones.</summary>
    private static IReadOnlyList<ArchiveEntry> BuildArchive(IReadOnlyList<ExistingArticle> existing, IReadOnlyList<ImportedDraft> drafts)
    {
        var entries = new List<ArchiveEntry>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts.Select(d => d.Draft))
        {
            var slug = Slug.From(d.Title);
            if (slugs.Add(slug)) entries.Add(new ArchiveEntry(d.Title, slug, d.Date, d.Publication, d.Volume, d.Issue));
        }
        foreach (var e in existing)
            if (slugs.Add(e.Slug))
                entries.Add(new ArchiveEntry(e.FrontMatter.Title, e.Slug, e.FrontMatter.Date, e.FrontMatter.Publication, e.FrontMatter.Volume, e.FrontMatter.Issue));
        return entries.OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();
    }

    private static ImportReport Report(IReadOnlyList<SeedSummary> seeds, IReadOnlyList<FileOutcome> files, IReadOnlyList<FixupAction> fixes,
        IReadOnlyList<DroppedPiece> dropped, List<Diagnostic> diagnostics)
    {
        var bag = new DiagnosticBag();
        bag.AddRange(diagnostics);
        return new ImportReport { Seeds = seeds, Files = files, Fixes = fixes, Dropped = dropped, Diagnostics = bag.Sorted() };
    }

    private static string Display(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');
}
