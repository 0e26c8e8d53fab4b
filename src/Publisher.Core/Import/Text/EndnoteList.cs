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
    /// <summary>"(1) …", its markers "(1)" glued to the text.</summary>
    Parenthesised,
    /// <summary>"^ …" under a notes heading: a reference work's entries, numbered by their order.</summary>
    Caret,
}

/// <summary>One entry of an endnote list: its label, its 0-based line in the body and its text (wrapped lines joined).</summary>
internal sealed record EndnoteEntry(NoteLabel Label, int Line, int EndLine, string Text);

/// <summary>
/// An endnote or reference list at the end of a body, with or without a heading ("Notes", "References", …).
/// Without a heading a list counts only when its shape says notes (word-processor anchors, bracketed labels) or its entries read
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
        if (EndnoteShapes.CaretEntryTextStart(lines[end]) is not null) return CaretList(lines, end);

        // The list runs from an entry numbered 1 to the end: every further line starts an entry or continues the
        // line above it (scrapes put entries on consecutive lines, PDFs wrap them, either may separate them by blank lines).
        for (var first = end; first >= 0; first--)
        {
            if (EndnoteShapes.Entry(lines[first]) is not { Label.Number: 1 }) continue;
            var entries = ReadEntries(lines, first, end);
            if (entries is null) return null;
            var style = StyleOf(lines[first]);
            if (entries.Any(e => StyleOf(lines[e.Line]) != style)) return null;
            for (var k = 0; k < entries.Count; k++)
                if (entries[k].Label.Number != k + 1) return null;

            var above = first - 1;
            while (above >= 0 && string.IsNullOrWhiteSpace(lines[above])) above--;
            var headed = above >= 0 && EndnoteShapes.IsNotesHeading(lines[above]);
            var referenceLike = entries.Count(e => EndnoteShapes.LooksLikeReference(e.Text)) * 2 >= entries.Count;
            // "1. …" and "(1) …" are also how articles number their points; bracketed and anchored labels are notes' own shapes.
            if (!headed && style is EndnoteStyle.Numbered or EndnoteStyle.Parenthesised && !referenceLike) return null;
            return new EndnoteList(headed ? above : first, end, style, entries);
        }
        return null;
    }

    /// <summary>
    /// "References" / "^ Lee, Ann (2029). …" / "^ a b …": entries with back-link carets, one a line, under a notes heading and
    /// nothing else after it; numbered 1, 2, 3 … in order, as the page numbers its "[1]" markers. Null without the heading.
    /// </summary>
    private static EndnoteList? CaretList(IReadOnlyList<string> lines, int end)
    {
        var entries = new List<EndnoteEntry>();
        var k = end;
        for (; k >= 0; k--)
        {
            if (string.IsNullOrWhiteSpace(lines[k])) continue;
            if (EndnoteShapes.CaretEntryTextStart(lines[k]) is not { } textStart) break;
            entries.Add(new EndnoteEntry(new NoteLabel(0, "", Roman: false), k, k, lines[k][textStart..].Trim()));
        }
        if (k < 0 || !EndnoteShapes.IsNotesHeading(lines[k])) return null;
        entries.Reverse();
        var numbered = entries.Select((e, n) => e with { Label = new NoteLabel(n + 1, (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Roman: false) }).ToList();
        return new EndnoteList(k, end, EndnoteStyle.Caret, numbered);
    }

    private static List<EndnoteEntry>? ReadEntries(IReadOnlyList<string> lines, int first, int end)
    {
        var entries = new List<EndnoteEntry>();
        var entryStart = first;
        for (var j = first + 1; j <= end + 1; j++)
        {
            if (j <= end)
            {
                if (string.IsNullOrWhiteSpace(lines[j])) continue;
                if (EndnoteShapes.Entry(lines[j]) is null)
                {
                    // A continuation must follow its entry without a blank line.
                    if (string.IsNullOrWhiteSpace(lines[j - 1])) return null;
                    continue;
                }
            }
            var last = j - 1;
            while (last > entryStart && string.IsNullOrWhiteSpace(lines[last])) last--;
            entries.Add(Entry(lines, entryStart, last));
            entryStart = j;
        }
        return entries;
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
        : EndnoteShapes.IsParenthesisedEntry(line) ? EndnoteStyle.Parenthesised
        : EndnoteStyle.Bracketed;
}
