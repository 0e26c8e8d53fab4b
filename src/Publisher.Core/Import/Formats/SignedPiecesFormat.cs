using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// A web page of several pieces each signed at its foot (<see cref="SignedPieces"/>: a letters page, a letter and the
/// author's reply). Each piece is read as a page of its own (<see cref="WebScrapeFormat"/>) on the seed's text with the
/// other pieces blanked, so line numbers stay the seed's: the page's head (masthead, date, section label) stays with
/// every piece, the page's foot with the last.
/// </summary>
public sealed class SignedPiecesFormat : IRawFormat
{
    private readonly WebScrapeFormat _page = new();

    public string Name => "signed-pieces";

    public int TextFidelity => _page.TextFidelity;

    /// <summary>Two or more signed pieces one under another on a web-shaped page: surer than one page, less sure than a digest.</summary>
    public double Detect(string text) =>
        DocumentShape.Classify(text).Kind == DocumentShapeKind.Web && SignedPieces.Read(text.Split('\n')) is not null ? 0.91 : 0;

    public RawReadResult Read(string text, RawSource source)
    {
        var raw = text.Split('\n');
        if (SignedPieces.Read(raw) is not { } pieces) return RawReadResult.Empty;
        var drafts = new List<ArticleDraft>();
        var diagnostics = new List<Diagnostic>();
        var dropped = new List<DroppedPiece>();
        var actions = new List<Fixups.FixupAction>();
        var head = pieces[0].Title;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var foot = i == pieces.Count - 1 ? raw.Length : piece.End + 1;
            var pieceText = string.Join('\n', raw.Select((line, k) => k < head || k >= piece.Title && k < foot ? line : ""));
            var read = _page.Read(pieceText, source);
            drafts.AddRange(read.Drafts);
            diagnostics.AddRange(read.Diagnostics);
            dropped.AddRange(read.Dropped);
            actions.AddRange(read.Actions);
        }
        diagnostics.Insert(0, Diagnostic.Info(DiagnosticCodes.ImportDocumentShape,
            $"read as {pieces.Count} signed pieces ({string.Join(", ", pieces.Select(p => $"lines {p.Title + 1}–{p.End + 1}"))}): each a title over prose closed by a signature, the next title right under it; each read as a page of its own under the page's head",
            new SourceLocation(source.Path, pieces[0].Title + 1)));
        // The head is read with every piece: what it drops is listed once.
        return new RawReadResult(drafts, diagnostics, dropped.Distinct().ToList()) { Actions = actions };
    }
}
