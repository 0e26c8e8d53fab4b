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

    [GeneratedRegex(@"^\p{Lu}[\p{L}']*(?:\s+[\p{L}']+){0,2}:\s+\S")]
    private static partial Regex Shape();
}
