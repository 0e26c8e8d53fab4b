using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The mark opening an item of a list printed as text: "• ", "· ", "▪ ", "◦ ", "- ", "* ", and the lower-case "o " a word
/// processor's plain text prints for its hollow bullet (before a capital or a digit only: "o the" is no item). Pure.
/// </summary>
internal static partial class BulletMark
{
    /// <summary>How many characters of <paramref name="line"/> (trimmed at its start) the mark and its space take; 0 without one.</summary>
    public static int Length(string line) => Mark().Match(line.TrimStart()) is { Success: true } m ? m.Length : 0;

    public static bool Opens(string line) => Length(line) > 0;

    /// <summary>The item without its mark ("• Who pays" → "Who pays"); the line trimmed when it has none.</summary>
    public static string Without(string line)
    {
        var text = line.Trim();
        return text[Length(text)..].TrimStart();
    }

    [GeneratedRegex(@"^(?:[•·▪◦\-\*]\s+(?=\S)|o\s+(?=[\p{Lu}\d""“‘']))")]
    private static partial Regex Mark();
}
