using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Paragraphs that occur in several raw files of one import: site furniture (footers, share bars, subscribe
/// prompts) repeats on every page of a site, article text does not. Compared after normalising case, spacing,
/// digits and link targets, so a share bar with each page's own address or a footer with another year still matches.
/// </summary>
internal static partial class RepeatedParagraphs
{
    /// <summary>How many seeds contain each normalised paragraph that occurs in at least <paramref name="minSeeds"/> of them.</summary>
    /// <param name="seeds">Per seed, the bodies of its articles.</param>
    public static IReadOnlyDictionary<string, int> Find(IEnumerable<IEnumerable<string>> seeds, int minSeeds = 2)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var bodies in seeds)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var body in bodies)
            {
                var lines = body.Split('\n');
                foreach (var unit in TextUnits.Split(lines))
                {
                    var key = Normalize(TextUnits.Flat(lines, unit));
                    if (key.Length > 0 && seen.Add(key)) counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        return counts.Where(c => c.Value >= minSeeds).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
    }

    public static string Normalize(string text)
    {
        var t = LinkTarget().Replace(text, "]");
        t = Url().Replace(t, "URL");
        t = Digits().Replace(t, "0");
        t = NotWord().Replace(t.ToLowerInvariant(), " ");
        return t.Trim();
    }

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"(?:https?://|www\.)\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"[^\p{L}\p{N}©]+")]
    private static partial Regex NotWord();
}
