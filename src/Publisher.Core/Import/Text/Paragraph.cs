namespace Publisher.Core.Import.Text;

/// <summary>
/// A run of non-blank lines in a text, with the 0-based index of its first line, so rules can
/// report where it came from and blank it out without shifting the lines after it.
/// </summary>
internal sealed record Paragraph(int StartLine, IReadOnlyList<string> Lines)
{
    public int EndLine => StartLine + Lines.Count - 1;

    public string Text => string.Join('\n', Lines);

    /// <summary>The paragraph as one line (wrapped lines joined with a space).</summary>
    public string Flat => string.Join(' ', Lines.Select(l => l.Trim()));

    public static IReadOnlyList<Paragraph> Parse(IReadOnlyList<string> lines)
    {
        var result = new List<Paragraph>();
        var start = -1;
        for (var i = 0; i <= lines.Count; i++)
        {
            var blank = i == lines.Count || TextLines.IsBlank(lines[i]);
            if (!blank && start < 0) start = i;
            if (blank && start >= 0)
            {
                result.Add(new Paragraph(start, lines.Skip(start).Take(i - start).ToList()));
                start = -1;
            }
        }
        return result;
    }
}
