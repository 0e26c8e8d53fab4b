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
        var article = 0;
        return Find(seeds.Select(bodies => bodies.Select(body => (body, article++))), minSeeds);
    }

    /// <summary>
    /// How many seeds contain each normalised paragraph, counting seeds that hold it only in versions of one article as
    /// one: an issue's PDF text and the article's web page share its subheadings, and a subheading is no furniture.
    /// </summary>
    /// <param name="seeds">Per seed, the bodies of its articles, each with the number of the article it is a version of.</param>
    public static IReadOnlyDictionary<string, int> Find(IEnumerable<IEnumerable<(string Body, int Article)>> seeds, int minSeeds = 2)
    {
        var seedCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var articles = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var bodies in seeds)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (body, article) in bodies)
            {
                var lines = body.Split('\n');
                foreach (var unit in TextUnits.Split(lines))
                {
                    var key = Normalize(TextUnits.Flat(lines, unit));
                    if (key.Length == 0) continue;
                    if (seen.Add(key)) seedCounts[key] = seedCounts.GetValueOrDefault(key) + 1;
                    if (!articles.TryGetValue(key, out var set)) articles[key] = set = [];
                    set.Add(article);
                }
            }
        }
        return seedCounts.Select(c => (c.Key, Count: Math.Min(c.Value, articles[c.Key].Count)))
            .Where(c => c.Count >= minSeeds).ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);
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
