using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The list of speakers an event page prints above its transcript: a label ("Speakers", "Panellists:") and lines of a
/// name, a comma and a role ("Dr Sunniva Aaberg, Senior Fellow, Maritime Programme (chair)"). An entry is a name
/// and a description, never a sentence; the rule drops a run of entries only before the article's first paragraph. Pure.
/// </summary>
internal static partial class SpeakerList
{
    private const int MaxWords = 18;

    public static bool IsLabel(string line) => Label().IsMatch(line.Trim());

    public static bool IsEntry(string line)
    {
        var t = line.Trim().TrimStart('-', '–', '•', '*', ' ');
        return TextLines.WordCount(t) <= MaxWords && !t.EndsWith('.') && TextLines.SentenceCount(t) <= 1 && Entry().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:speakers?|panel(?:l)?ists?|participants|contributors|moderator|chair|guests?|featuring|with)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor|Captain|Capt|Colonel|Col|General|Gen|Admiral|Ambassador|Amb|Mr|Mrs|Ms|Sir|Dame|Rev|Judge|Senator|Minister)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al|el|bin|ibn)){1,3},\s+\S[^,]*(?:,\s*[^,]+){0,3}$")]
    private static partial Regex Entry();
}
