using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A list of links to other pages, each line opened by an arrow ("→ Drones over stadiums", "» Ferry security: a
/// primer"), optionally under a short heading ("More talks from the morning"): two or more headline-shaped lines, none
/// of them a sentence. An arrow before a full sentence is a list in the text. Pure.
/// </summary>
internal static partial class ArrowLinkList
{
    private const int MaxItemWords = 14;
    private const int MaxHeadingWords = 8;

    public static bool Is(string paragraph)
    {
        var lines = paragraph.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > 0 && !Arrow().IsMatch(lines[0]) && TextLines.WordCount(lines[0]) <= MaxHeadingWords && !lines[0].EndsWith('.'))
            lines.RemoveAt(0);
        return lines.Count >= 2 && lines.All(IsItem);
    }

    private static bool IsItem(string line)
    {
        var m = Arrow().Match(line);
        if (!m.Success) return false;
        var rest = line[m.Length..].Trim();
        return rest.Length > 0 && TextLines.WordCount(rest) <= MaxItemWords && !rest.EndsWith('.');
    }

    [GeneratedRegex(@"^(?:→|➔|➜|⟶|»|›|->|>>)\s*")]
    private static partial Regex Arrow();
}
