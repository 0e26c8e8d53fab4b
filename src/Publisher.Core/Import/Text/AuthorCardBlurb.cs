using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The line an author card prints under the author's name and role: one sentence about them with its subject left out,
/// opening with a verb in the third person ("Writes every other week about the town …", "Covers courts and crime for
/// the paper.", "Has reported from the region since 2019."). Only a shape: the caller looks for it right under a role line. Pure.
/// </summary>
internal static partial class AuthorCardBlurb
{
    private const int MinWords = 4;
    private const int MaxWords = 35;

    public static bool Is(string line)
    {
        var text = line.Trim();
        var words = TextLines.WordCount(text);
        return words is >= MinWords and <= MaxWords && text[^1] is '.' or '!' && TextLines.SentenceCount(text) == 1
            && Opening().Match(text) is { Success: true } m && !NotVerbs.Contains(m.Groups["verb"].Value);
    }

    /// <summary>Capitalised words ending in "s" that open sentences without being verbs.</summary>
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "This", "Its", "His", "Hers", "Ours", "Theirs", "Yes", "Thus", "Less", "Unless", "Perhaps", "Across", "Towards", "Besides",
        "Always", "Sometimes", "Nevertheless", "Regardless", "Plus", "Afterwards", "Nowadays", "Whereas", "As", "Us", "Is",
    };

    /// <summary>"Writes every …", "Has reported …": a verb in the third person (an "-s" form), then a word in lower case.</summary>
    [GeneratedRegex(@"^(?<verb>\p{Lu}\p{Ll}+s)\s+\p{Ll}")]
    private static partial Regex Opening();
}
