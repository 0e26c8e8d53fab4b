namespace Publisher.Core.Import.Text;

/// <summary>How the entries of an endnote list are labelled.</summary>
internal enum EndnoteStyle
{
    /// <summary>"[[i]](#_ednref1) …": a word processor's endnotes exported to the web.</summary>
    WordProcessor,
    /// <summary>"[1] …" or "[i] …".</summary>
    Bracketed,
    /// <summary>"1. …" or "1) …": a numbered reference list.</summary>
    Numbered,
}

/// <summary>One entry of an endnote list: its label, its 0-based line in the body and its text (wrapped lines joined).</summary>
internal sealed record EndnoteEntry(NoteLabel Label, int Line, int EndLine, string Text);

/// <summary>
/// An endnote or reference list at the end of a body, with or without a heading ("Notes", "References", …).
/// Without a heading a list counts only when its shape says notes (word-processor anchors) or its entries read
/// like references (addresses, "accessed …", "Retrieved …"), so an article's closing list of points is never taken.
/// Entries must be numbered 1, 2, 3 … in order.
/// </summary>
internal sealed record EndnoteList(int StartLine, int EndLine, EndnoteStyle Style, IReadOnlyList<EndnoteEntry> Entries)
{
    public bool Roman => Entries.Any(e => e.Label.Roman);

    public static EndnoteList? FindTrailing(IReadOnlyList<string> lines)
    {
        var end = lines.Count - 1;
        while (end >= 0 && string.IsNullOrWhiteSpace(lines[end])) end--;
        if (end < 0) return null;

        // Walk back over paragraphs whose first line starts an entry; wrapped lines continue the entry above them.
        var entries = new List<EndnoteEntry>();
        var i = end;
        var start = -1;
        while (i >= 0)
        {
            var paraEnd = i;
            var paraStart = i;
            while (paraStart - 1 >= 0 && !string.IsNullOrWhiteSpace(lines[paraStart - 1])) paraStart--;
            if (EndnoteShapes.Entry(lines[paraStart]) is null) break;
            var block = new List<EndnoteEntry>();
            var entryStart = paraStart;
            for (var j = paraStart + 1; j <= paraEnd + 1; j++)
            {
                if (j <= paraEnd && EndnoteShapes.Entry(lines[j]) is null) continue;
                block.Add(Entry(lines, entryStart, j - 1));
                entryStart = j;
            }
            entries.InsertRange(0, block);
            start = paraStart;
            i = paraStart - 1;
            while (i >= 0 && string.IsNullOrWhiteSpace(lines[i])) i--;
        }
        if (entries.Count == 0) return null;

        var style = StyleOf(lines[entries[0].Line]);
        if (entries.Any(e => StyleOf(lines[e.Line]) != style)) return null;
        for (var k = 0; k < entries.Count; k++)
            if (entries[k].Label.Number != k + 1) return null;

        var headed = i >= 0 && EndnoteShapes.IsNotesHeading(lines[i]) && (i == 0 || string.IsNullOrWhiteSpace(lines[i - 1]));
        var referenceLike = entries.Count(e => EndnoteShapes.LooksLikeReference(e.Text)) * 2 >= entries.Count;
        if (!headed && style != EndnoteStyle.WordProcessor && !referenceLike) return null;
        return new EndnoteList(headed ? i : start, end, style, entries);
    }

    private static EndnoteEntry Entry(IReadOnlyList<string> lines, int first, int last)
    {
        var (label, textStart) = EndnoteShapes.Entry(lines[first])!.Value;
        var text = string.Join(' ', new[] { lines[first][textStart..].Trim() }.Concat(Enumerable.Range(first + 1, last - first).Select(j => lines[j].Trim())))
            .Trim();
        return new EndnoteEntry(label, first, last, text);
    }

    private static EndnoteStyle StyleOf(string line) =>
        EndnoteShapes.HasWordProcessorAnchor(line) ? EndnoteStyle.WordProcessor
        : EndnoteShapes.IsPlainListEntry(line) ? EndnoteStyle.Numbered
        : EndnoteStyle.Bracketed;
}
