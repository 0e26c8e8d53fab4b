namespace Publisher.Core.Import.Text;

/// <summary>
/// A paragraph hard-wrapped over several lines of a scraped page ("Since 2 February, armed men have attacked" over
/// "the districts of …"): a line that ends in a word or a comma, continued by a line that starts in lower case or
/// with a figure. Joined, the lines show whether the paragraph is prose, which no one of them does alone. Pure.
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

    /// <summary>True when <paramref name="after"/> carries on the sentence <paramref name="before"/> broke off.</summary>
    public static bool Continues(string before, string after)
    {
        var a = before.TrimEnd();
        var b = after.TrimStart();
        if (a.Length == 0 || b.Length == 0) return false;
        if (!(char.IsLetterOrDigit(a[^1]) || a[^1] == ',')) return false;
        return char.IsLower(b[0]) || char.IsDigit(b[0]);
    }
}
