using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The credit an issue prints under a section's label for the pieces of that section ("AT A GLANCE" over "Compiled by
/// NAME", "SHORT REPORTS" over "Edited by NAME"): the person who wrote up the section's short pieces, which print no
/// byline of their own. Only directly under a label: elsewhere "Edited by" credits an editor, never an author. Pure.
/// </summary>
public static partial class SectionCredit
{
    /// <summary>The names the credit line gives, or null when the line is no such credit.</summary>
    public static IReadOnlyList<string>? Read(string line)
    {
        if (Credit().Match(line.Trim()) is not { Success: true } credit) return null;
        return Byline.Read("By " + credit.Groups["names"].Value) is { Names.Count: > 0 } byline ? byline.Names : null;
    }

    /// <summary>Whether a line reads as a section's label: one the catalogue knows, or a short label in capitals.</summary>
    public static bool IsLabel(string line) =>
        SectionLabels.KnownKind(line.Trim()) is not null || TextShapes.IsCapitalsLabel(line);

    [GeneratedRegex(@"^(?:compiled|edited|prepared|curated|selected|assembled)\s+by\s*:?\s*(?<names>\p{Lu}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
