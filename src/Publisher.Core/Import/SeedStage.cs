using System.Text;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
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
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        var text = decoded = Decode(bytes, seedPath, diagnostics);
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
        var shape = DocumentShape.Classify(text);

        var context = new FixupContext
        {
            SourcePath = seedPath,
            SiteUrl = sidecar?.Site,
            OwnPublication = config.Site?.Publication,
            SeedPublication = sidecar?.Publication,
            Outlets = config.Outlets,
            Tags = config.Tags,
        };
        text = FixupRunner.RunText(text, pipeline.TextRules, context, diagnostics, fixes);

        var (format, confidence) = RawFormats.Choose(text, formats);
        if (format is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportFormatUnknown,
                $"no reader recognises this text ({string.Join(", ", formats.Select(f => f.Name))}); nothing was imported from it", seedStart));
            return Nothing();
        }
        if (confidence < RawFormats.Confident)
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportFormatUnknown,
                $"no reader is confident about this text; read as {format.Name} (confidence {confidence:0.00}): check the result", seedStart));

        RawReadResult read;
        try
        {
            read = format.Read(text, new RawSource(seedPath) { Crawler = crawler, Url = sidecar?.Url ?? crawler?.Url?.Value });
        }
        catch (Exception e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportSeedUnreadable,
                $"the {format.Name} reader failed ({e.GetType().Name}: {e.Message}); nothing was imported from this seed", seedStart));
            return Nothing(format: format.Name, confidence: confidence);
        }
        diagnostics.AddRange(read.Diagnostics);
        fixes.AddRange(read.Actions);

        var drafts = ProperPublicationNames(read.Drafts, config, fixes);
        if (crawler is not null) drafts = CrawlerMetadataApplier.Apply(drafts, crawler, seedPath, diagnostics);
        drafts = drafts.Select(d => d with { Shape = shape.Kind }).ToList();
        diagnostics.Add(Diagnostic.Info(DiagnosticCodes.ImportDocumentShape, shape.Kind switch
        {
            DocumentShapeKind.Web => $"read as web text, one paragraph per line; page breaks are not rejoined ({shape.Evidence})",
            DocumentShapeKind.Pdf => $"read as PDF text; paragraphs split by page breaks are rejoined ({shape.Evidence})",
            _ => $"the text's shape is unclear; paragraphs split by page breaks are rejoined as in PDF text ({shape.Evidence})",
        }, seedStart));
        if (sidecar is not null) drafts = SidecarApplier.Apply(drafts, sidecar, diagnostics);

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

    /// <summary>
    /// A publication name as printed ("REBEL LEADERSHIP MONITOR") in its proper form: the site's or an outlet's
    /// spelling, else Title Case (<see cref="PublicationName"/>); each change is reported at the article.
    /// </summary>
    private static IReadOnlyList<ArticleDraft> ProperPublicationNames(IReadOnlyList<ArticleDraft> drafts, ImportConfig config, List<FixupAction> fixes)
    {
        var result = new List<ArticleDraft>(drafts.Count);
        foreach (var draft in drafts)
        {
            if (draft.Publication is not { } printed) { result.Add(draft); continue; }
            var proper = PublicationName.Proper(printed, config.Site?.Publication, config.Outlets);
            if (proper == printed) { result.Add(draft); continue; }
            fixes.Add(new FixupAction(FixupActionKinds.NormalizedPublication, $"{printed} → {proper}", draft.Origin)
            {
                Before = printed,
                After = proper,
                Reason = "the publication's name as the site, the outlet list or Title Case spell it",
            });
            result.Add(draft with { Publication = proper });
        }
        return result;
    }

    /// <summary>
    /// The year of an undated article of the site's own publication, from its volume number and the site's
    /// <c>first_volume_year</c>; used for the article's folder and listed in <c>inferred</c>.
    /// </summary>
    private static int? InferYear(ArticleDraft draft, ImportConfig config)
    {
        if (draft.Date is not null || draft.Volume is not { } volume || config.Site?.FirstVolumeYear is not { } first) return null;
        if (draft.Publication is null || TextShapes.NormalizeForMatch(draft.Publication) != TextShapes.NormalizeForMatch(config.Site.Publication)) return null;
        return first + volume - 1;
    }

    /// <summary>
    /// UTF-8 (BOM and CRLF dropped), or UTF-16 when the seed starts with a UTF-16 byte order mark; bytes that are not
    /// UTF-8 are read as Latin-1 with a warning, and a broken UTF-16 unit becomes U+FFFD with a warning, so no text is lost
    /// without a word.
    /// </summary>
    private static string Decode(byte[] bytes, string seedPath, List<Diagnostic> diagnostics)
    {
        if (Utf16ByBom(bytes) is { } utf16)
        {
            var units = bytes.AsSpan(2);
            try
            {
                return TextFile.Normalize(utf16.Strict.GetString(units));
            }
            catch (DecoderFallbackException)
            {
                var text = TextFile.Normalize(utf16.Lenient.GetString(units));
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSeedUnreadable,
                    $"seed is UTF-16 with broken characters (a lone surrogate or a cut last byte); each was replaced by '\uFFFD'",
                    new SourceLocation(seedPath, LineOf(text, text.IndexOf('\uFFFD')))));
                return text;
            }
        }
        try
        {
            return TextFile.Normalize(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportSeedUnreadable,
                "seed is not valid UTF-8; read as Latin-1 (check accented letters)", new SourceLocation(seedPath, line)));
            return TextFile.Normalize(Encoding.Latin1.GetString(bytes));
        }
    }

    private static (Encoding Strict, Encoding Lenient)? Utf16ByBom(byte[] bytes) =>
        bytes is [0xFF, 0xFE, ..] && !(bytes is [_, _, 0, 0, ..]) ? (new UnicodeEncoding(false, false, true), new UnicodeEncoding(false, false, false))
        : bytes is [0xFE, 0xFF, ..] ? (new UnicodeEncoding(true, false, true), new UnicodeEncoding(true, false, false))
        : null;

    private static int LineOf(string text, int index) => index < 0 ? 1 : 1 + text.AsSpan(0, index).Count('\n');
}
