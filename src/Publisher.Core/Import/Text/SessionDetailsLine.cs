using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line of an event's details in the head of a recap or transcript: "Panel: NAME (org), NAME (org), moderated by
/// NAME", "Speakers: …", "Session: "TITLE" · 15 May 2027 · Main Stage", "Chair: NAME", or a sitting with its date and
/// room ("Hearing of Tuesday 4 May 2027, Committee room 2, Main Building", "Sitting held on 3 May 2027, Council chamber"). It names the event and the
/// people who spoke, not the piece's title or its authors. Pure.
/// </summary>
public static partial class SessionDetailsLine
{
    public static bool Is(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length < 8) return false;
        if (Label().IsMatch(text)) return true;
        // A sitting's date and where it sat: the date, then at least one place after a comma, and no sentence.
        if (DatedSitting().Match(text) is { Success: true } sitting && sitting.Groups["rest"].Value.Split(',') is { Length: >= 2 } parts
            && DateLine.FindIn(parts[0]) is not null && !ProseParagraph.Is(text)) return true;
        // "NAME (org), NAME (org), moderated by NAME": a list of speakers with the one who chaired them.
        return ChairedBy().IsMatch(text) && text.Count(c => c == ',') >= 1 && !ProseParagraph.Is(text);
    }

    [GeneratedRegex(@"^(?:panel|panell?ists?|speakers?|moderators?|moderated\s+by|chairs?|chaired\s+by|session|venue|event|discussants?|keynote(?:\s+speaker)?|participants?|hosts?|guests?|with)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:public\s+|open\s+|closed\s+|plenary\s+)?(?:hearing|sitting|session|meeting|plenary|proceedings|debate)\s+(?:held\s+)?(?:of|on)\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DatedSitting();

    [GeneratedRegex(@"\b(?:moderated|chaired|facilitated)\s+by\s+\p{Lu}", RegexOptions.IgnoreCase)]
    private static partial Regex ChairedBy();
}
