namespace Publisher.Core.Import.Text;

/// <summary>
/// Lines of a hard-wrapped page that only continue the line above them: the page breaks its prose at one width, and
/// a line whose predecessor in the same paragraph reached that width without ending a sentence or clause is the
/// rest of that paragraph ("Judge says the man … boys as young as" / "13 into a violent ideology"), never a heading
/// of its own. A byline or date line is never a continuation. Pure.
/// </summary>
public static class WrappedLine
{
    /// <summary>Lines of at least this many characters count towards the page's wrap width.</summary>
    private const int MinWrapWidth = 50;

    /// <summary>A page wider than this is not hard-wrapped (its paragraphs are single long lines).</summary>
    private const int MaxWrapWidth = 100;

    /// <summary>How many lines must reach the wrap width before it is believed.</summary>
    private const int MinWrappedLines = 4;

    /// <summary>
    /// The indexes (into <paramref name="lines"/>) of lines that continue the line above them.
    /// </summary>
    /// <param name="lines">The page's non-blank lines, each with its seed line number (consecutive numbers share a paragraph).</param>
    public static IReadOnlySet<int> Continuations(IReadOnlyList<(int Number, string Text)> lines)
    {
        var found = new HashSet<int>();
        var lengths = lines.Select(l => l.Text.TrimEnd().Length).Where(n => n is >= MinWrapWidth and <= MaxWrapWidth).ToList();
        if (lengths.Count < MinWrappedLines || lines.Any(l => l.Text.TrimEnd().Length > MaxWrapWidth + 20)) return found;
        var width = lengths.Max();
        // Most of the page's wrapped lines end within a few characters of the width.
        if (lengths.Count(n => n >= width * 0.85) < MinWrappedLines) return found;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Number != lines[i - 1].Number + 1) continue;
            var above = lines[i - 1].Text.TrimEnd();
            var text = lines[i].Text.Trim();
            if (above.Length < width * 0.8 || text.Length == 0 || above[^1] is '.' or '?' or '!' or ':' or ';') continue;
            if (Byline.Read(text) is not null || DateLine.Read(text) is not null) continue;
            found.Add(i);
        }
        return found;
    }
}
