using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The opening of a letter on a line of its own: "Dear readers,", "Dear friends and colleagues:", "To our readers,",
/// "Dear Subscriber". It is the letter's first line, never its title. Pure.
/// </summary>
internal static partial class Salutation
{
    private const int MaxWords = 6;

    public static bool IsMatch(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && TextLines.WordCount(text) <= MaxWords && Pattern().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:(?:my\s+)?dear(?:est)?|to\s+(?:our|all\s+our|my)|hello|greetings,?\s+(?:dear|to))\s+\p{L}[\p{L}\s&'’-]*[,:!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
