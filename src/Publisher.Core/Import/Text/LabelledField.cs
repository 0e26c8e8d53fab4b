using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line of a page's metadata list, "Label: value" ("Court: Court of Appeal", "Neutral citation: [2026] EWCA 1"):
/// a capitalised label of one to three words, a colon, a value. A line among such lines (one above and one below)
/// is a field of the list, never a title, however title-like its value. Pure.
/// </summary>
public static partial class LabelledField
{
    /// <summary>Whether a line is "Label: value".</summary>
    public static bool Is(string line) => Shape().IsMatch(line.Trim());

    /// <summary>Whether the line at <paramref name="at"/> is a field with fields right above and below it.</summary>
    public static bool IsInList(IReadOnlyList<string> lines, int at) =>
        at > 0 && at + 1 < lines.Count && Is(lines[at - 1]) && Is(lines[at]) && Is(lines[at + 1]);

    /// <summary>
    /// "Justices: Chief Justice Marova, Justice Kettering, Justice Abubakar-Lund", "Panel: Ann Lee, Bo Ma, Cy Ode": a
    /// field whose value lists three or more people or bodies, each capitalised and short, set apart by commas. A page
    /// field, never a headline (a headline's list ends on "and …").
    /// </summary>
    public static bool IsNameList(string line)
    {
        var t = line.Trim();
        var m = Shape().Match(t);
        if (!m.Success) return false;
        var colon = t.IndexOf(':');
        var items = t[(colon + 1)..].Split(',').Select(p => p.Trim()).ToList();
        return items.Count >= 3 && items.All(p => p.Length > 0 && char.IsUpper(p[0]) && TextLines.WordCount(p) <= MaxNameWords
            && !p.StartsWith("And ", StringComparison.Ordinal) && p[^1] is not ('.' or '?' or '!'));
    }

    private const int MaxNameWords = 5;

    [GeneratedRegex(@"^\p{Lu}[\p{L}']*(?:\s+[\p{L}']+){0,2}:\s+\S")]
    private static partial Regex Shape();
}
