using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Originals;
using Publisher.Core.Import.Sidecars;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import;

/// <summary>What reading one seed produced.</summary>
public sealed record SeedResult(
    SeedSummary Summary,
    IReadOnlyList<ImportedDraft> Drafts,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<FixupAction> Fixes,
    IReadOnlyList<DroppedPiece> Dropped)
{
    /// <summary>The seed's decoded text before any rule ran (line <c>n</c> is seed line <c>n</c>), for the review report.</summary>
    public string? Text { get; init; }
}

/// <summary>
/// The per-seed stage: decode → text rules → choose a format → read drafts → apply the sidecar → infer what can be.
/// Its result depends only on its arguments (the seed's bytes, its sidecar's text, the config and the rules), so
/// seeds can be read in parallel or cached by content hash.
/// </summary>
public static class SeedStage
{
    /// <param name="seedPath">Project-relative path of the seed (forward slashes).</param>
    /// <param name="sidecarText">The sidecar's text, or null when the seed has none.</param>
    public static SeedResult Read(byte[] bytes, string seedPath, string? sidecarText, string sidecarPath,
        ImportConfig config, FixupPipeline pipeline, IReadOnlyList<IRawFormat> formats)
    {
        var diagnostics = new List<Diagnostic>();
        var fixes = new List<FixupAction>();
        var seedStart = new SourceLocation(seedPath, 1);
        string? decoded = null;
        SeedResult Nothing(IReadOnlyList<DroppedPiece>? dropped = null, string? format = null, double confidence = 0) =>
            new(new SeedSummary(seedPath, format, confidence, 0), [], diagnostics, fixes, dropped ?? []) { Text = decoded };

        var (text, pageFacts) = SeedOriginals.Convert(bytes, seedPath, diagnostics, fixes);
        decoded = text;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSeedEmpty, "seed file is empty; nothing to import", seedStart));
            return Nothing();
        }

        SeedSidecar? sidecar = null;
        if (sidecarText is null)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SidecarMissing,
                $"no sidecar {sidecarPath}: the publication, site address, date and original URL that the text does not give stay unknown, and relative links stay text",
                seedStart));
        else
            sidecar = SidecarFile.Parse(sidecarText, sidecarPath, diagnostics);

        // A crawler's metadata block is read (and blanked, keeping the line count) before anything else looks at the text.
        var (crawler, pageText) = CrawlerFrontMatter.Read(text);
        text = pageText;
        var block = crawler;
        if (pageFacts is not null) crawler = pageFacts.Into(crawler);
        var shape = DocumentShape.Classify(text);
        if (block is not null) shape = DocumentShape.WithClipperBlock(shape);

        var context = new FixupContext
        {
            SourcePath = seedPath,
            SiteUrl = sidecar?.Site,
            OwnPublication = config.Site?.Publication,
            OwnPublications = config.Site?.Publications ?? [],
            SeedPublication = sidecar?.Publication,
            Outlets = config.Outlets,
            Tags = config.Tags,
        };
        var unstripped = text;
        text = FixupRunner.RunText(text, pipeline.TextRules, context, diagnostics, fixes);

        var source = new RawSource(seedPath)
        {
            Crawler = crawler,
            Url = sidecar?.Url ?? crawler?.Url?.Value,
            TitleTypeLines = pageFacts?.TitleTypeLines ?? new HashSet<int>(),
            SectionLabelLines = pageFacts?.SectionLabelLines ?? new HashSet<int>(),
            BylineLines = pageFacts?.BylineLines ?? new HashSet<int>(),
            UnstrippedText = unstripped,
            Structure = IssueStructure.Read(unstripped),
        };
        var candidates = RawFormats.Ranked(text, formats, source);
        if (candidates.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportFormatUnknown,
                $"no reader recognises this text ({string.Join(", ", formats.Select(f => f.Name))}); nothing was imported from it", seedStart));
            return Nothing();
        }
        var (format, confidence) = candidates[0];
        if (confidence < RawFormats.Confident)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportFormatUnknown,
                $"no reader is confident about this text; read as {format.Name} (confidence {confidence:0.00}): check the result", seedStart));

        RawReadResult read;
        try
        {
            read = format.Read(text, source);
        }
        catch (Exception e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportSeedUnreadable,
                $"the {format.Name} reader failed ({e.GetType().Name}: {e.Message}); nothing was imported from this seed", seedStart));
            return Nothing(format: format.Name, confidence: confidence);
        }
        // A shape can be misjudged (a web page that prints its issue's volume line looks like a whole issue): when the
        // most confident reader finds no article, the next reader that sees its shape reads the text instead.
        if (read.Drafts.Count == 0 && NextReading(candidates, text, source) is { } next)
        {
            // Say why the first reader found nothing, so the editor can tell a misjudged shape from a missed article start.
            var why = read.Diagnostics.FirstOrDefault(d => d.Code == DiagnosticCodes.ImportNoArticles) is { } none ? $" ({none.Message})" : "";
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportFormatUnknown,
                $"the text looked like a {format.Name} (confidence {confidence:0.00}) but that reader found no article in it{why}; read as {next.Format.Name} instead (confidence {next.Confidence:0.00}): check the result", seedStart));
            (format, confidence, read) = next;
        }
        diagnostics.AddRange(read.Diagnostics);
        fixes.AddRange(read.Actions);

        var drafts = format is WholeIssueFormat ? IssuePublication(read.Drafts, read.Dropped, unstripped, config, fixes) : read.Drafts;
        drafts = ProperPublicationNames(drafts, PrintedWhere(format), config, fixes);
        if (format is not WholeIssueFormat) drafts = OwnPublicationFromAddress(drafts, source.Url, config, fixes);
        if (block is not null) drafts = CrawlerMetadataApplier.Apply(drafts, crawler!, seedPath, diagnostics);
        drafts = WithoutTitleNumbers(drafts, fixes);
        drafts = drafts.Select(d => d with { Shape = shape.Kind }).ToList();
        diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportDocumentShape, shape.Kind switch
        {
            DocumentShapeKind.Web => $"read as web text, one paragraph per line; page breaks are not rejoined ({shape.Evidence})",
            DocumentShapeKind.Pdf => $"read as PDF text; paragraphs split by page breaks are rejoined ({shape.Evidence})",
            _ => $"the text's shape is unclear; paragraphs split by page breaks are rejoined as in PDF text ({shape.Evidence})",
        }, seedStart));
        if (sidecar is not null)
        {
            sidecar = WithProperPublication(sidecar, config, fixes);
            drafts = SidecarApplier.Apply(drafts, sidecar, diagnostics);
        }
        drafts = EstimateIssueDates(drafts, config, diagnostics);

        var imported = new List<ImportedDraft>();
        foreach (var draft in drafts)
        {
            var d = draft;
            if (string.IsNullOrWhiteSpace(d.Title))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportTitleMissing, "article has no title; called 'Untitled' until an editor names it", d.Origin));
                d = d with { Title = "Untitled" };
            }
            imported.Add(new ImportedDraft(d, format.TextFidelity, InferYear(d, config), format.Name));
        }
        return new SeedResult(new SeedSummary(seedPath, format.Name, confidence, imported.Count), imported, diagnostics, fixes, read.Dropped) { Text = decoded };
    }

    /// <summary>The first reading after the most confident one that finds an article, or null.</summary>
    private static (IRawFormat Format, double Confidence, RawReadResult Read)? NextReading(
        IReadOnlyList<(IRawFormat Format, double Confidence)> candidates, string text, RawSource source)
    {
        foreach (var (format, confidence) in candidates.Skip(1))
        {
            RawReadResult read;
            try
            {
                read = format.Read(text, source);
            }
            catch (Exception)
            {
                continue; // the first reader's own result (and its diagnostics) stands
            }
            if (read.Drafts.Count > 0) return (format, confidence, read);
        }
        return null;
    }

    /// <summary>
    /// A publication name as printed ("MILITANT LEADERSHIP MONITOR", "TM") in its proper form: one of site.yml's own
    /// publications when it matches its name or an alias (<see cref="OwnPublicationName"/>), else an outlet's
    /// spelling, else Title Case (<see cref="PublicationName"/>). Each own publication recognised and each change is
    /// reported once per seed, at its first article.
    /// </summary>
    private static IReadOnlyList<ArticleDraft> ProperPublicationNames(IReadOnlyList<ArticleDraft> drafts, string printedWhere, ImportConfig config, List<FixupAction> fixes)
    {
        var result = new List<ArticleDraft>(drafts.Count);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in drafts)
        {
            if (draft.Publication is not { } printed) { result.Add(draft); continue; }
            var (proper, action) = ProperName(printed, printedWhere, config, draft.Origin);
            if (action is not null && reported.Add(printed)) fixes.Add(action);
            result.Add(proper == printed ? draft : draft with { Publication = proper });
        }
        return result;
    }

    /// <summary>
    /// A whole issue's publication, decided once for every article (<see cref="MastheadName"/>): the name its masthead
    /// prints, through letter spacing, stacked lines, a publisher's name over the periodical's and a date where the
    /// reader looked for the name; a masthead line the reader set aside counts too. Reported when it differs from the
    /// name the reader took.
    /// </summary>
    private static IReadOnlyList<ArticleDraft> IssuePublication(IReadOnlyList<ArticleDraft> drafts, IReadOnlyList<DroppedPiece> dropped, string text,
        ImportConfig config, List<FixupAction> fixes)
    {
        if (drafts.Count == 0) return drafts;
        var publications = config.Site?.Publications ?? [];
        var taken = drafts.Select(d => d.Publication).OfType<string>().FirstOrDefault();
        var setAside = dropped.Where(p => p.Kind == "masthead").Select(p => (p.Text, p.Location.Line));
        var decision = MastheadName.Decide(taken, SeedText.Lines(text).Select(l => l.Text).ToList(), publications, setAside);
        var name = decision?.Name;
        if (name == taken) return drafts;
        var at = decision is { Line: > 0 } ? new SourceLocation(drafts[0].Origin.Path, decision.Line) : drafts[0].Origin;
        var own = OwnPublicationName.Match(name, publications) is not null;
        fixes.Add(new FixupAction(own ? FixupActionKinds.OwnPublication : FixupActionKinds.NormalizedPublication,
            name is null
                ? $"publication '{taken}' left empty: it does not read as a name (a date or glyphs where the masthead's name stands)"
                : $"publication '{name}' read from the masthead" + (taken is null ? "" : $" rather than '{taken}'") + $": {decision!.Why}", at)
        {
            Before = taken,
            After = name,
            Reason = "one decision for the issue's masthead name, used for every article of the issue",
        });
        return drafts.Select(d => d with { Publication = name }).ToList();
    }

    /// <summary>
    /// A page whose address files it under one of site.yml's own publications (<see cref="OwnPublicationName.InAddress"/>)
    /// belongs to it, whatever site name the page prints (its publisher's): reported.
    /// </summary>
    private static IReadOnlyList<ArticleDraft> OwnPublicationFromAddress(IReadOnlyList<ArticleDraft> drafts, string? url, ImportConfig config, List<FixupAction> fixes)
    {
        var publications = config.Site?.Publications ?? [];
        if (drafts.All(d => OwnPublicationName.Match(d.Publication, publications) is not null) || OwnPublicationName.InAddress(url, publications) is not { } found) return drafts;
        var result = new List<ArticleDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (OwnPublicationName.Match(draft.Publication, publications) is not null) { result.Add(draft); continue; }
            fixes.Add(new FixupAction(FixupActionKinds.OwnPublication, $"publication '{found.Publication.Name}' read from the page's address (folder '/{found.Folder}/')", draft.Origin)
            {
                Before = draft.Publication,
                After = found.Publication.Name,
                Reason = $"the address files the page under site.yml's own publication {found.Publication.Name}; the name the page prints{(draft.Publication is null ? "" : $" ('{draft.Publication}')")} is its publisher's site",
            });
            result.Add(draft with { Publication = found.Publication.Name });
        }
        return result;
    }

    /// <summary>The sidecar's publication ("TM") as site.yml or the outlet list spells it, reported like a printed one.</summary>
    private static SeedSidecar WithProperPublication(SeedSidecar sidecar, ImportConfig config, List<FixupAction> fixes)
    {
        if (sidecar.Publication is not { } given) return sidecar;
        var (proper, action) = ProperName(given, "the sidecar", config, new SourceLocation(sidecar.Path, 1));
        if (action is not null) fixes.Add(action);
        return proper == given ? sidecar : sidecar with { Publication = proper };
    }

    private static (string Proper, FixupAction? Action) ProperName(string printed, string printedWhere, ImportConfig config, SourceLocation at)
    {
        // "THE SANVARO GAZETTE — Published by Authority": the name without its tagline, fields or legal form.
        if (PublicationName.WithoutTail(printed) is { } bare)
        {
            var (named, why) = ProperName(bare, printedWhere, config, at);
            return (named, new FixupAction(why?.Kind ?? FixupActionKinds.NormalizedPublication, $"{printed} → {named}", at)
            {
                Before = printed,
                After = named,
                Reason = "what follows the name (a tagline, fields or a company's legal form) is not part of it; " + (why?.Reason ?? "the name is kept as printed"),
            });
        }
        if (OwnPublicationName.Match(printed, config.Site?.Publications ?? []) is { } own)
        {
            var how = own.ByAlias ? $"its alias '{own.MatchedName}'" : "its name";
            return (own.Publication.Name, new FixupAction(FixupActionKinds.OwnPublication,
                $"publication '{printed}' read from {printedWhere}, matched site.yml's '{own.Publication.Name}' ({how}): filed as the archive's own, not press", at)
            {
                Before = printed == own.Publication.Name ? null : printed,
                After = printed == own.Publication.Name ? null : own.Publication.Name,
                Reason = $"site.yml lists {own.Publication.Name} among the archive's own publications; names are compared ignoring case, spaces and punctuation",
            });
        }
        var proper = PublicationName.Proper(printed, config.Site?.Publication, config.Outlets);
        if (proper == printed) return (printed, null);
        return (proper, new FixupAction(FixupActionKinds.NormalizedPublication, $"{printed} → {proper}", at)
        {
            Before = printed,
            After = proper,
            Reason = "the publication's name as the outlet list or Title Case spell it; it is not one of site.yml's publications, so it is press",
        });
    }

    /// <summary>A running number before a title ("3 — Title", "No. 4 – Title": <see cref="TitleNumber"/>) is dropped from it, and reported.</summary>
    private static IReadOnlyList<ArticleDraft> WithoutTitleNumbers(IReadOnlyList<ArticleDraft> drafts, List<FixupAction> fixes)
    {
        if (drafts.All(d => TitleNumber.Strip(d.Title) is null)) return drafts;
        var result = new List<ArticleDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (TitleNumber.Strip(draft.Title) is not { } title) { result.Add(draft); continue; }
            fixes.Add(new FixupAction(FixupActionKinds.TitleNumber, $"{draft.Title} → {title}", draft.Origin)
            {
                Before = draft.Title,
                After = title,
                Reason = "a number and a dash (or full stop) before the title is the item's running number in its digest or issue, not part of the title",
            });
            result.Add(draft with { Title = title });
        }
        return result;
    }

    /// <summary>Where a reader takes the publication from, for the report ("the masthead").</summary>
    private static string PrintedWhere(IRawFormat format) => format.Name switch
    {
        "whole-issue" => "the masthead",
        "web-article" => "the 'Publication:' line",
        "web-scrape" or "digest" => "the page's site name",
        _ => "the text",
    };

    /// <summary>
    /// An article of an own publication whose text and sidecar give no date but give volume and issue is dated by
    /// <see cref="IssueDateEstimate"/>, listed in <c>inferred</c> with the estimate's reason, and an info says so once per issue.
    /// </summary>
    private static IReadOnlyList<ArticleDraft> EstimateIssueDates(IReadOnlyList<ArticleDraft> drafts, ImportConfig config, List<Diagnostic> diagnostics)
    {
        var result = new List<ArticleDraft>(drafts.Count);
        var reported = new HashSet<(int, int)>();
        foreach (var draft in drafts)
        {
            if (draft.Date is not null || draft.Volume is not { } volume || draft.Issue is not { } issue
                || config.Site?.OwnPublication(draft.Publication) is not { } own
                || IssueDateEstimate.Of(own, volume, issue) is not { } estimate)
            {
                result.Add(draft);
                continue;
            }
            if (reported.Add((volume, issue)))
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportIssueDateEstimated,
                    $"no date in the text or sidecar; dated {estimate.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} by {estimate.Reason}", draft.Origin));
            result.Add(draft with
            {
                Date = estimate.Date,
                Inferred = draft.Inferred.Contains(Formats.WholeIssueFormat.InferredDate, StringComparer.Ordinal) ? draft.Inferred : [.. draft.Inferred, Formats.WholeIssueFormat.InferredDate],
                InferredFrom = [.. draft.InferredFrom, InferredValue.Date(estimate.Date, estimate.Reason, draft.Origin)],
            });
        }
        return result;
    }

    /// <summary>
    /// The year of an undated article of one of the site's own publications, from its volume number and that
    /// publication's <c>first_volume_year</c>; used for the article's folder and listed in <c>inferred</c>.
    /// </summary>
    private static int? InferYear(ArticleDraft draft, ImportConfig config)
    {
        if (draft.Date is not null || draft.Volume is not { } volume) return null;
        if (config.Site?.OwnPublication(draft.Publication) is not { FirstVolumeYear: { } first }) return null;
        return first + volume - 1;
    }
}
