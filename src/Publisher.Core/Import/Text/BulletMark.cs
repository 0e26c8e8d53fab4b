using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The mark opening an item of a list printed as text: "• ", "· ", "▪ ", "◦ ", "- ", "* ", the lower-case "o " a word
/// processor's plain text prints for its hollow bullet, and the arrows and plus a letter's plain text uses ("+ ", "» ",
/// "-> ", "→ "); these last before a capital or a digit only ("o the", "+ the tug" are no items). Pure.
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

    [GeneratedRegex(@"^(?:[•·▪◦\-\*]\s+(?=\S)|(?:o|\+|»|->|→)\s+(?=[\p{Lu}\d""“‘']))")]
    private static partial Regex Mark();
}
