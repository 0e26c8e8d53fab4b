using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The list of speakers an event page prints above its transcript or report: a label ("Speakers", "Keynote speakers",
/// "On the panel", "Panellists:") and lines of a name and a role or place, after a comma ("Dr Sunniva Aaberg, Senior Fellow,
/// Maritime Programme (chair)"), a dash ("Nerys Vale — Fell Co-operative, Tarnhollow") or in brackets ("Bo Ma (University
/// of Corrow)"), perhaps as list items. An entry is a name and a description, never a sentence; the rule drops a run of
/// entries only before the article's first paragraph. Pure.
/// </summary>
internal static partial class SpeakerList
{
    private const int MaxWords = 18;

    public static bool IsLabel(string line) => Label().IsMatch(line.Trim());

    public static bool IsEntry(string line)
    {
        var t = BulletMark.Without(line);
        return TextLines.WordCount(t) <= MaxWords && !t.EndsWith('.') && TextLines.SentenceCount(t) <= 1 && Entry().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:(?:our|the|keynote|invited|guest|featured|confirmed|on\s+the)\s+){0,2}(?:speakers?|panel(?:l)?ists?|panel|presenters?|participants|contributors|moderators?|chairs?|guests?|featuring|with)(?:\s+include)?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor|Captain|Capt|Colonel|Col|General|Gen|Admiral|Ambassador|Amb|Mr|Mrs|Ms|Sir|Dame|Rev|Judge|Senator|Minister)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|van|von|al|el|bin|ibn)){1,3}(?:(?:,|\s+[–—-])\s+\S[^,]*(?:,\s*[^,]+){0,3}|\s+\([^()]+\))$")]
    private static partial Regex Entry();
}
