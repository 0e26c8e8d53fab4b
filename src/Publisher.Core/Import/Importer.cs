using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Originals;
using Publisher.Core.Import.Sidecars;
using Publisher.Core.Import.Text;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Import;

/// <summary>
/// <c>publisher import</c>: seeds (ordinal order) → per seed: text rules, format, drafts, sidecar
/// (<see cref="SeedStage"/>) → archive for self-citations and paragraphs repeated across seeds → draft rules → duplicate merge → slugs and paths
/// (<see cref="ArticleIdentities"/>) → self-citations get final addresses (<see cref="SelfCitationTargets"/>) → tags and
/// file plan (<see cref="ArticlePlanner"/>) → safe writes (<see cref="ImportWriter"/>). Problems are diagnostics, never exceptions.
/// </summary>
public static class Importer
{
    /// <param name="progress">Called before each seed is read and before each later stage (progress display).</param>
    public static ImportReport Run(ImportOptions options, Action<ImportProgress>? progress = null)
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
        var seedFiles = Directory.GetFiles(seedsDir).Where(SeedOriginals.IsSeed).Select(f => (Full: f, Display: Display(options.ProjectRoot, f)))
            .OrderBy(f => f.Display, StringComparer.Ordinal).ToList();
        foreach (var seedFile in seedFiles)
        {
            progress?.Invoke(new ImportProgress($"Reading {seedFile.Display}", seedFile.Display, seeds.Count, seedFiles.Count));
            seeds.Add(ReadSeed(seedFile.Full, seedFile.Display, options, config));
        }
        void Stage(string step) => progress?.Invoke(new ImportProgress(step, null, seedFiles.Count, seedFiles.Count));
        foreach (var seed in seeds) diagnostics.AddRange(seed.Diagnostics);
        var fixes = seeds.SelectMany(s => s.Fixes).ToList();

        Stage("Reading the articles already imported");
        var existing = ReadExistingArticles(options.ProjectRoot, inputDir, diagnostics);
        var drafts = seeds.SelectMany(s => s.Drafts).ToList();
        var archive = BuildArchive(existing, drafts);
        var articleOf = ArticleNumbers(drafts);
        var repeated = RepeatedParagraphs.Find(seeds.Select(s => s.Drafts.Select(d => (d.Draft.Body, articleOf[d]))));

        Stage($"Applying the rules to {drafts.Count} articles");
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
                OwnPublications = config.Site?.Publications ?? [],
                Outlets = config.Outlets,
                LinkMissingCitationsToOutlet = config.LinkMissingCitationsToOutlet,
                Tags = config.Tags,
                Archive = archive,
                RepeatedParagraphs = repeated,
            };
            fixedDrafts.Add(imported with { Draft = FixupRunner.RunDraft(draft, options.Pipeline.DraftRules, context, diagnostics, fixes) });
        }

        Stage("Merging duplicate versions");
        var seedTexts = seeds.Where(s => s.Text is not null).Select(s => new SeedSource(s.Summary.Path, TextLines.Split(s.Text!.EndsWith('\n') ? s.Text[..^1] : s.Text))).ToList();
        var ownPublications = config.Site?.Publications ?? [];
        var merge = DuplicateMerger.Merge(fixedDrafts, diagnostics, existing.Select(e => new ArchiveText(e.FrontMatter.Sources, e.Body)).ToList(),
            name => OwnPublicationName.Match(name, ownPublications) is not null);
        fixes.AddRange(merge.Actions);
        var merged = merge.Drafts;
        foreach (var article in merged) WarnAboutGaps(article, seedTexts, diagnostics);

        Stage("Choosing slugs and tags");
        // Identity before linking: slugs are final now, so self-citations of articles of this run get their address.
        var identities = ArticleIdentities.Assign(merged, existing, diagnostics);
        var slugOfDraft = SlugOfDraft(drafts, identities);
        identities = identities.Select(i => i with { Imported = i.Imported with { Draft = ResolveCitations(i.Imported.Draft, slugOfDraft) } }).ToList();
        fixes = fixes.Select(f => SelfCitationTargets.Resolve(f, slugOfDraft)).ToList();

        // A title changed in its seed gives the article a new file: the old address becomes an alias of it.
        var renames = ArticleRenames.Find(identities, existing, ImportWriter.IsImportsOwn(inputDir));
        // A file written by an earlier rename keeps its aliases when it is rewritten.
        var aliasesOnFile = existing.ToDictionary(e => e.RelativePath, e => e.FrontMatter.Aliases, StringComparer.Ordinal);
        identities = identities.Select(i => i with
        {
            Aliases = renames.TryGetValue(i.RelativePath, out var rename) ? ArticleRenames.AliasesOf(rename, i.Slug)
                : aliasesOnFile.GetValueOrDefault(i.RelativePath) ?? [],
        }).ToList();
        foreach (var (path, rename) in renames.OrderBy(r => r.Key, StringComparer.Ordinal))
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportArticleRenamed,
                $"the title changed, so the article moves from {JoinDisplay(inputDisplay, rename.OldRelativePath)} to {JoinDisplay(inputDisplay, path)}; its old address /articles/{rename.OldSlug}/ redirects to it (listed under 'aliases:')",
                new SourceLocation(JoinDisplay(inputDisplay, path))));

        var planned = ArticlePlanner.Plan(identities, config.Tags, options.TagMatcher);
        Stage("Writing files");
        var outcomes = ImportWriter.Write(inputDir, inputDisplay, planned, options.Force, diagnostics,
            renames.Select(r => (r.Value.OldRelativePath, r.Key)).ToList());
        Stage("Collecting decisions for the review report");
        var articles = ArticleResults(drafts.Select(d => d.Draft).ToList(), merged, planned, outcomes, seedTexts, inputDisplay);
        fixes.AddRange(InferredValues(identities, planned, articles, inputDisplay));
        return Report(seeds.Select(s => s.Summary).ToList(), outcomes, fixes, seeds.SelectMany(s => s.Dropped).ToList(), diagnostics)
            with { SeedTexts = seedTexts, Articles = articles };
    }

    /// <summary>
    /// Each planned article with the seed lines it came from: a draft spans from its title to the line before the next
    /// draft's title in the same seed (or the seed's last line); a draft merged into another article adds its span there.
    /// </summary>
    private static IReadOnlyList<ArticleResult> ArticleResults(IReadOnlyList<ArticleDraft> read, IReadOnlyList<ImportedDraft> merged,
        IReadOnlyList<PlannedFile> planned, IReadOnlyList<FileOutcome> outcomes, IReadOnlyList<SeedSource> seedTexts, string inputDisplay)
    {
        var spans = new List<(ArticleDraft Draft, SeedSpan Span)>();
        foreach (var seed in read.GroupBy(d => d.Origin.Path, StringComparer.Ordinal))
        {
            var lines = seedTexts.FirstOrDefault(t => t.Path == seed.Key)?.Lines ?? [];
            var ordered = seed.OrderBy(d => d.Origin.Line).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                var last = k + 1 < ordered.Count ? ordered[k + 1].Origin.Line - 1 : lines.Count;
                while (last > ordered[k].Origin.Line && last <= lines.Count && TextLines.IsBlank(lines[last - 1])) last--;
                spans.Add((ordered[k], new SeedSpan(seed.Key, Math.Max(ordered[k].Origin.Line, 1), Math.Max(last, ordered[k].Origin.Line))));
            }
        }

        // Looked up, not searched: a large import has thousands of articles, and each looks at every span.
        var mergedByOrigin = new Dictionary<SourceLocation, ArticleDraft>();
        foreach (var m in merged) mergedByOrigin.TryAdd(m.Draft.Origin, m.Draft);
        var statusByPath = new Dictionary<string, FileStatus>(StringComparer.Ordinal);
        foreach (var o in outcomes) statusByPath.TryAdd(o.RelativePath, o.Status);

        var results = new List<ArticleResult>();
        foreach (var file in planned.Where(f => f.IsArticle && f.Origin is not null))
        {
            if (!mergedByOrigin.TryGetValue(file.Origin!, out var article)) continue;
            var own = spans.Where(s => s.Draft.Origin == article.Origin
                    || (!mergedByOrigin.ContainsKey(s.Draft.Origin) && article.Sources.Contains(s.Draft.Origin.Path, StringComparer.Ordinal)
                        && s.Draft.Origin.Path != article.Origin.Path))
                .Select(s => s.Span).ToList();
            var status = statusByPath.GetValueOrDefault(file.RelativePath, FileStatus.Failed);
            results.Add(new ArticleResult(article.Title, JoinDisplay(inputDisplay, file.RelativePath), status, article.Sources, own, file.Content));
        }
        return results.OrderBy(r => r.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// An <c>inferred-value</c> decision for each value import inferred that the article still has: those the stages
    /// recorded where they decided (<see cref="ArticleDraft.InferredFrom"/>, at the evidence's seed line), then each
    /// other field the article lists under <c>inferred</c> (the lede as summary, the volume's year), at its title line.
    /// </summary>
    /// <remarks>
    /// Evidence outside the article's own seed lines (the issue's masthead, its table of contents, a crawler block) is
    /// named in the reason and the decision is marked at the article's title, so it is listed with the article.
    /// </remarks>
    private static IEnumerable<FixupAction> InferredValues(IReadOnlyList<ArticleIdentity> identities, IReadOnlyList<PlannedFile> planned,
        IReadOnlyList<ArticleResult> articles, string inputDisplay)
    {
        foreach (var file in planned.Where(f => f.IsArticle))
        {
            var document = ArticleFile.Read(file.Content, JoinDisplay(inputDisplay, file.RelativePath), []);
            if (document is null) continue;
            var fm = document.FrontMatter;
            var draft = identities.FirstOrDefault(i => i.Imported.Draft.Origin == file.Origin)?.Imported.Draft;
            var spans = articles.FirstOrDefault(a => a.Path == document.Path)?.Spans ?? [];
            var explained = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in draft?.InferredFrom ?? [])
            {
                if (InferredValue.ValueIn(fm, value.Field) != value.Value || !explained.Add(value.Field)) continue;
                var inArticle = value.Evidence is { } evidence && spans.Any(span => span.Contains(evidence));
                yield return new FixupAction(FixupActionKinds.InferredValue, value.Field, inArticle ? value.Evidence : file.Origin)
                {
                    After = $"{value.Field}: {value.Value}",
                    Reason = inArticle || value.Evidence is null ? value.Reason : $"{value.Reason} ({value.Evidence})",
                };
            }
            foreach (var field in fm.Inferred.Where(f => !explained.Contains(f)))
            {
                var (shown, from) = field switch
                {
                    "summary" => (fm.Summary, "the text gives no summary; its first paragraph (the lede) is used"),
                    "year" => (file.RelativePath.Split('/').ElementAtOrDefault(1), $"no date; the year of volume {fm.Volume} from site.yml's first_volume_year files it"),
                    "date" => (InferredValue.ValueIn(fm, "date"), "the date printed gives the month and year but no day; the 1st of the month is used"),
                    _ => (null, "not printed in the text; import filled it in"),
                };
                yield return new FixupAction(FixupActionKinds.InferredValue, field, file.Origin)
                {
                    After = shown is null ? null : $"{field}: {shown}",
                    Reason = from,
                };
            }
        }
    }

    private static string JoinDisplay(string inputDisplay, string relative) =>
        inputDisplay.Length == 0 ? relative : inputDisplay.TrimEnd('/') + "/" + relative;

    /// <summary>The final slug of the draft at each index of <paramref name="drafts"/> (merged ones share their article's).</summary>
    private static Func<int, string?> SlugOfDraft(IReadOnlyList<ImportedDraft> drafts, IReadOnlyList<ArticleIdentity> identities)
    {
        var byOrigin = new Dictionary<SourceLocation, string>();
        foreach (var identity in identities)
            foreach (var origin in identity.Imported.MergedFrom.Prepend(identity.Imported.Draft.Origin))
                byOrigin.TryAdd(origin, identity.Slug);
        return index => index >= 0 && index < drafts.Count && byOrigin.TryGetValue(drafts[index].Draft.Origin, out var slug) ? slug : null;
    }

    private static ArticleDraft ResolveCitations(ArticleDraft draft, Func<int, string?> slugOfDraft) => draft with
    {
        Body = SelfCitationTargets.Resolve(draft.Body, slugOfDraft),
        Notes = draft.Notes is null ? null : SelfCitationTargets.Resolve(draft.Notes, slugOfDraft),
        AuthorBio = draft.AuthorBio is null ? null : SelfCitationTargets.Resolve(draft.AuthorBio, slugOfDraft),
        Summary = draft.Summary is null ? null : SelfCitationTargets.Resolve(draft.Summary, slugOfDraft),
    };

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

    private static void WarnAboutGaps(ImportedDraft article, IReadOnlyList<SeedSource> seedTexts, List<Diagnostic> diagnostics)
    {
        var draft = article.Draft;
        if (draft.Authors.Count == 0)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportAuthorMissing,
                $"\"{draft.Title}\" names no author; written with 'authors: []' (add one to the article or to the seed's sidecar)",
                BylineOf(draft, seedTexts) ?? draft.Origin));
        if (draft.Date is null)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportDateMissing,
                article.InferredYear is { } year
                    ? $"\"{draft.Title}\" has no date; filed under {year} (inferred from volume {draft.Volume}); add 'date' to the seed's sidecar"
                    : $"\"{draft.Title}\" has no date; filed under 'undated' (add 'date' to the seed's sidecar)",
                draft.Origin));
    }

    /// <summary>An empty byline ("By:") between the title and the body, where a missing author belongs.</summary>
    private static SourceLocation? BylineOf(ArticleDraft draft, IReadOnlyList<SeedSource> seedTexts)
    {
        if (seedTexts.FirstOrDefault(t => t.Path == draft.Origin.Path) is not { } seed) return null;
        var last = draft.BodyStartLine > draft.Origin.Line ? draft.BodyStartLine - 1 : draft.Origin.Line + HeaderLinesWithoutBodyStart;
        return EmptyByline.Find(seed.Lines, draft.Origin.Line + 1, last) is { } line ? new SourceLocation(draft.Origin.Path, line) : null;
    }

    /// <summary>How far below the title to look for a byline when the reader does not say where the body starts.</summary>
    private const int HeaderLinesWithoutBodyStart = 6;

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
        var outlets = Read("outlets.yml", required: false) is { } outletsText
            ? ConfigFiles.ReadOutletsConfig(outletsText, Display(root, Path.Combine(inputDir, "outlets.yml")), diagnostics)
            : new OutletsConfig([]);
        return new ImportConfig(site, tags, outlets.Outlets) { LinkMissingCitationsToOutlet = outlets.LinkMissingCitations };
    }

    /// <summary>Front matter of every <c>articles/**.md</c> already in the input folder (for slugs and self-citations).</summary>
    private static IReadOnlyList<ExistingArticle> ReadExistingArticles(string root, string inputDir, List<Diagnostic> diagnostics)
    {
        var articlesDir = Path.Combine(inputDir, "articles");
        if (!Directory.Exists(articlesDir)) return [];
        var documents = new List<(string Relative, ArticleDocument Document)>();
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
            documents.Add((file.Relative, document));
        }
        // The slugs build gives these files (a title's slug may have been made unique there), so import never reuses one.
        var slugs = ArticleSlugs.Assign(documents.Select(d => ArticleSlugs.ClaimOf(d.Document)).ToList(), []);
        return documents
            .Select(d => new ExistingArticle(d.Relative,
                slugs.TryGetValue(d.Document.Path, out var slug) ? slug : d.Document.FrontMatter.Slug ?? Slug.From(d.Document.FrontMatter.Title),
                d.Document.FrontMatter) { Body = d.Document.Body })
            .ToList();
    }

    /// <summary>
    /// The archive the rules see: the articles being imported, under placeholder slugs (<see cref="SelfCitationTargets"/>)
    /// since theirs are chosen after the merge (a draft another one will merge with is listed once), and the existing articles that are not an earlier import of one of
    /// this run's seeds (those are the same articles again).
    /// </summary>
    /// <summary>Each draft's article: drafts the duplicate merger will take for versions of one article share a number.</summary>
    private static Dictionary<ImportedDraft, int> ArticleNumbers(IReadOnlyList<ImportedDraft> drafts)
    {
        var numbers = new Dictionary<ImportedDraft, int>(ReferenceEqualityComparer.Instance);
        var groups = DuplicateMerger.Groups(drafts.Select(d => d.Draft).ToList());
        for (var g = 0; g < groups.Count; g++)
            foreach (var i in groups[g]) numbers[drafts[i]] = g;
        return numbers;
    }

    private static IReadOnlyList<ArchiveEntry> BuildArchive(IReadOnlyList<ExistingArticle> existing, IReadOnlyList<ImportedDraft> drafts)
    {
        var entries = new List<ArchiveEntry>();
        var seeds = drafts.SelectMany(d => d.Draft.Sources).ToHashSet(StringComparer.Ordinal);
        // Only drafts of the same date can be one entry, so each is compared with the listed drafts of its date only
        // (cheaper than indexing the archive for the duplicate check a second time: the merge does that).
        var listedByDate = new Dictionary<(bool Dated, DateOnly Date), List<(string Slug, ArticleDraft Draft)>>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i].Draft;
            var slug = Slug.From(d.Title);
            var date = (d.Date.HasValue, d.Date.GetValueOrDefault());
            if (!listedByDate.TryGetValue(date, out var sameDate)) listedByDate[date] = sameDate = [];
            // The same article from two seeds (an issue's PDF and its web page) is one entry: the merge makes it one article.
            if (sameDate.Any(other => other.Slug == slug || DuplicateMerger.IsSameArticle(other.Draft, d))) continue;
            sameDate.Add((slug, d));
            entries.Add(new ArchiveEntry(d.Title, SelfCitationTargets.Placeholder(i), d.Date, d.Publication, d.Volume, d.Issue));
        }
        foreach (var e in existing)
            if (!e.FrontMatter.Sources.Any(seeds.Contains))
                entries.Add(new ArchiveEntry(e.FrontMatter.Title, e.Slug, e.FrontMatter.Date, e.FrontMatter.Publication, e.FrontMatter.Volume, e.FrontMatter.Issue));
        return entries;
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
