namespace Publisher.Core.Import.Text;

/// <summary>
/// Hard-wrapped paragraphs of a scraped page: text broken at one width into lines that only carry on the line
/// above. Two signals, both pure: a line that breaks off mid-sentence (a word or a comma) continued by one that starts in
/// lower case or with a figure ("Since 2 February, armed men have attacked" / "the districts of …"), which shows a
/// paragraph is prose when no one of its lines does alone; and the page's own wrap width, under which a line whose
/// predecessor reached that width without ending a sentence or clause is the rest of that paragraph, never a heading
/// of its own ("Judge says the man … boys as young as" / "13 into a violent ideology").
/// </summary>
internal static class WrappedLines
{
    /// <summary>How many lines one wrapped paragraph may span before the join stops.</summary>
    private const int MaxLines = 12;

    /// <summary>Line <paramref name="i"/> with the lines that continue it, joined by spaces.</summary>
    public static string Joined(IReadOnlyList<string> lines, int i)
    {
        var text = lines[i].Trim();
        for (var k = i + 1; k < lines.Count && k - i < MaxLines && Continues(lines[k - 1], lines[k]); k++)
            text += " " + lines[k].Trim();
        return text;
    }

    /// <summary>True when <paramref name="after"/> carries on the sentence <paramref name="before"/> broke off (a date line never does).</summary>
    public static bool Continues(string before, string after)
    {
        var a = before.TrimEnd();
        var b = after.TrimStart();
        if (a.Length == 0 || b.Length == 0) return false;
        if (!(char.IsLetterOrDigit(a[^1]) || a[^1] == ',')) return false;
        // A date under a line ("3rd December 2026") starts with a figure but is a line of its own.
        return (char.IsLower(b[0]) || char.IsDigit(b[0])) && DateLine.Read(b) is null;
    }

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
        // Most of the page's wrapped lines end within a few characters of the width; a longer line or two (a footer,
        // a label row set to the page's full width) do not set it.
        var width = lengths.Distinct().OrderDescending().FirstOrDefault(w => lengths.Count(n => n >= w * 0.85 && n <= w) >= MinWrappedLines);
        if (width == 0) return found;
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Number != lines[i - 1].Number + 1) continue;
            var above = lines[i - 1].Text.TrimEnd();
            var text = lines[i].Text.Trim();
            // A line longer than the width was not broken at it.
            if (above.Length < width * 0.8 || above.Length > width * 1.1 || text.Length == 0 || above[^1] is '.' or '?' or '!' or ':' or ';') continue;
            if (Byline.Read(text) is not null || DateLine.Read(text) is not null) continue;
            found.Add(i);
        }
        return found;
    }
}
