using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Originals.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Publisher.Core.Import.Originals;

/// <summary>
/// A PDF issue (<c>.pdf</c>) read with PdfPig into the seed text the text importer reads: its lines in reading order
/// across columns, running headers, footers and page numbers left out (each one recorded), paragraphs from the lines'
/// spacing, indents and type, titles apart from their bylines, superscript note numbers as <c>[n]</c>, line-end hyphens
/// resolved with the document's own words, and a form feed at each new page. A PDF that cannot be read (encrypted,
/// damaged, only images) gives a diagnostic and no text, never an exception.
/// </summary>
public static class PdfOriginal
{
    public static string Read(byte[] bytes, string seedPath, List<Diagnostic> diagnostics, List<FixupAction> fixes) =>
        ReadWithFacts(bytes, seedPath, diagnostics, fixes).Text;

    /// <summary>The text and what the PDF's type says beside it: which lines are set as titles (<see cref="PageFacts.TitleTypeLines"/>).</summary>
    public static (string Text, PageFacts? Facts) ReadWithFacts(byte[] bytes, string seedPath, List<Diagnostic> diagnostics, List<FixupAction> fixes)
    {
        var at = new SourceLocation(seedPath, 1);
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var pages = new List<PdfPageLines>();
            var imageOnly = new List<int>();
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                try
                {
                    var page = document.GetPage(number);
                    var lines = PageReader.Read(page);
                    if (lines.Lines.Count == 0 && page.NumberOfImages > 0) imageOnly.Add(number);
                    pages.Add(lines);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportPdfDamaged,
                        $"page {number} of the PDF cannot be read ({e.Message}); its text is missing from the import", at));
                }
            }
            if (pages.All(p => p.Lines.Count == 0))
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportPdfNoText,
                    "the PDF has no text layer (its pages are images); OCR it first, then import the PDF it gives or its text", at));
                return ("", null);
            }
            if (imageOnly.Count > 0)
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportPdfNoText,
                    $"page(s) {string.Join(", ", imageOnly)} of the PDF have no text layer (only images); OCR them first, or their text is missing", at));
            var (text, type) = PdfTextWriter.WriteWithType(pages, RunningLines.Find(pages), seedPath, fixes);
            return (text, type.Titles.Count == 0 ? null
                : new PageFacts { TitleTypeLines = type.Titles, SectionLabelLines = type.Labels, BylineLines = type.Bylines });
        }
        catch (PdfDocumentEncryptedException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportPdfEncrypted,
                "the PDF is encrypted (password or copy protection); save an unprotected copy and import that", at));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportPdfDamaged,
                $"the PDF cannot be opened; it may be damaged or not a PDF ({e.GetType().Name}: {e.Message})", at));
        }
        return ("", null);
    }
}
