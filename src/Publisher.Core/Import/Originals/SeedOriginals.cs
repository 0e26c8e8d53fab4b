using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;

namespace Publisher.Core.Import.Originals;

/// <summary>
/// The originals an editor may drop into <c>seeds/</c>, by file ending, and how each becomes the seed text the text
/// importer reads. Everything after this step (text rules, formats, sidecars, the review report) sees only that text:
/// line <c>n</c> of it is what diagnostics and the report call line <c>n</c> of the seed. A reader for a richer original
/// (a PDF, a saved web page) records what it decided (furniture dropped by position, metadata taken from the page) as
/// fix-up actions, so the editor sees it in the report.
/// </summary>
public static class SeedOriginals
{
    /// <summary>The file endings <c>publisher import</c> reads from <c>seeds/</c> (lower case, with the dot).</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".html", ".htm", ".pdf"];

    public static bool IsSeed(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant(), StringComparer.Ordinal);

    /// <summary>The seed's text, or an empty text (with a diagnostic) when nothing can be read from the original.</summary>
    public static string ToText(byte[] bytes, string seedPath, List<Diagnostic> diagnostics, List<FixupAction> fixes) =>
        Convert(bytes, seedPath, diagnostics, fixes).Text;

    /// <summary>The seed's text and what a saved web page's markup or a PDF's type says beyond that text (<see cref="PageFacts"/>).</summary>
    public static (string Text, PageFacts? Facts) Convert(byte[] bytes, string seedPath, List<Diagnostic> diagnostics, List<FixupAction> fixes) =>
        Path.GetExtension(seedPath).ToLowerInvariant() switch
        {
            ".pdf" => PdfOriginal.ReadWithFacts(bytes, seedPath, diagnostics, fixes),
            ".html" or ".htm" => HtmlOriginal.Convert(bytes, seedPath, diagnostics, fixes),
            _ => (TextOriginal.Decode(bytes, seedPath, diagnostics), null),
        };
}
