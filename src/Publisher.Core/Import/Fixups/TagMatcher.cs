using System.Text.RegularExpressions;
using Publisher.Core.Model;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 8: which tags of the taxonomy an article is about. A tag applies when its name or an alias is
/// mentioned in the title, or in the summary, or at least <see cref="BodyThreshold"/> times in the body
/// (2, or one per 750 words in longer pieces, so a passing mention in a long analysis does not tag it).
/// Mentions are whole words (a hyphen separates words, so "Iran-backed" mentions Iran). Short all-capital
/// aliases ("IS", "US", "KH") match only in capitals; everything else ignores case. Overlapping mentions
/// count once, for the longest term ("Islamic State in Khorasan Province" is not also "Islamic State").
/// Link targets are ignored. Result: tag names, ordinal-sorted.
/// </summary>
public static class TagMatcher
{
    public const int WordsPerExtraMention = 750;

    public static IReadOnlyList<string> Match(string title, string? summary, string body, IReadOnlyList<TagDefinition> tags)
    {
        var terms = tags
            .SelectMany(t => new[] { t.Name }.Concat(t.Aliases).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => (Tag: t.Name, Term: a.Trim())))
            .OrderByDescending(t => t.Term.Length).ThenBy(t => t.Term, StringComparer.Ordinal).ThenBy(t => t.Tag, StringComparer.Ordinal)
            .ToList();
        var cleanBody = WithoutLinkTargets(body);

        var inTitle = Count(title, terms);
        var inSummary = Count(summary ?? "", terms);
        var inBody = Count(cleanBody, terms);
        var threshold = BodyThreshold(TextLines.WordCount(cleanBody));

        return tags.Select(t => t.Name).Distinct(StringComparer.Ordinal)
            .Where(name => inTitle.GetValueOrDefault(name) > 0 || inSummary.GetValueOrDefault(name) > 0 || inBody.GetValueOrDefault(name) >= threshold)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static int BodyThreshold(int words) => Math.Max(2, (words + WordsPerExtraMention - 1) / WordsPerExtraMention);

    private static Dictionary<string, int> Count(string text, List<(string Tag, string Term)> terms)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new bool[text.Length];
        foreach (var (tag, term) in terms)
        {
            var options = IsCaseSensitive(term) ? RegexOptions.CultureInvariant : RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
            var pattern = @"(?<![\p{L}\p{N}])" + Regex.Escape(term) + @"(?![\p{L}\p{N}])";
            foreach (Match m in Regex.Matches(text, pattern, options))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i])) continue;
                for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
                counts[tag] = counts.GetValueOrDefault(tag) + 1;
            }
        }
        return counts;
    }

    /// <summary>"IS", "US", "KH", "U.S.": short and all capitals, so "is" and "us" are not mentions.</summary>
    private static bool IsCaseSensitive(string term)
    {
        var letters = term.Where(char.IsLetter).ToList();
        return letters.Count is > 0 and <= 4 && letters.All(char.IsUpper);
    }

    private static string WithoutLinkTargets(string text) => Regex.Replace(text, @"\]\([^)]*\)", "]");
}
