namespace Publisher.Core.Import.Text;

/// <summary>One line of a seed with its 1-based line number.</summary>
public sealed record SeedLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}

/// <summary>Consecutive non-blank lines (a paragraph, a wrapped title, a label), with the number of its first line.</summary>
public sealed record TextBlock(IReadOnlyList<SeedLine> Lines)
{
    public int Line => Lines[0].Number;
    public int LastLine => Lines[^1].Number;
    public bool IsSingleLine => Lines.Count == 1;

    /// <summary>The lines trimmed and joined with spaces.</summary>
    public string Joined => string.Join(' ', Lines.Select(l => l.Text.Trim()));

    public string FirstText => Lines[0].Text.Trim();
}

/// <summary>Splits (already normalised) seed text into numbered lines and blank-line separated blocks.</summary>
public static class SeedText
{
    public static IReadOnlyList<SeedLine> Lines(string text)
    {
        var raw = text.Split('\n');
        var lines = new List<SeedLine>(raw.Length);
        for (var i = 0; i < raw.Length; i++) lines.Add(new SeedLine(i + 1, raw[i].TrimEnd()));
        return lines;
    }

    public static IReadOnlyList<TextBlock> Blocks(IEnumerable<SeedLine> lines)
    {
        var blocks = new List<TextBlock>();
        var current = new List<SeedLine>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                if (current.Count > 0) blocks.Add(new TextBlock(current.ToList()));
                current.Clear();
            }
            else
            {
                current.Add(line);
            }
        }
        if (current.Count > 0) blocks.Add(new TextBlock(current.ToList()));
        return blocks;
    }

    public static IReadOnlyList<TextBlock> Blocks(string text) => Blocks(Lines(text));

    /// <summary>Paragraph texts joined the way drafts carry them: one blank line between paragraphs.</summary>
    public static string JoinParagraphs(IEnumerable<string> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0));

    /// <summary>
    /// A draft body from paragraphs and the seed lines they start on: the text as <see cref="JoinParagraphs"/> joins
    /// it, and the seed line of every body line, because joining wrapped lines and collapsing blank lines (or adding
    /// blank lines between single-newline paragraphs) moves text away from its seed line.
    /// </summary>
    public static DraftBody Body(IEnumerable<(string Text, int Line)> paragraphs)
    {
        var texts = new List<string>();
        var map = new List<int>();
        foreach (var (text, line) in paragraphs)
        {
            var trimmed = text.Trim();
            if (trimmed.Length == 0) continue;
            if (texts.Count > 0) map.Add(map[^1] + 1); // the blank line between two paragraphs
            texts.Add(trimmed);
            var count = trimmed.Count(c => c == '\n') + 1;
            for (var k = 0; k < count; k++) map.Add(line + k);
        }
        return new DraftBody(string.Join("\n\n", texts), map);
    }
}

/// <summary>A draft body and the 1-based seed line of each of its lines.</summary>
public sealed record DraftBody(string Text, IReadOnlyList<int> LineMap);
