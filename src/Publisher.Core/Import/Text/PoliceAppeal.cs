using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The appeal a news site closes a crime story with: "Anyone with information can call police on 101, quoting incident
/// 0412.", "Witnesses are asked to contact the incident room on 0800 555 0199." One or two short sentences that ask
/// the reader for information and give a number to call or quote. The rule takes it only as the text's last line:
/// inside a story, a quoted appeal is reporting. Pure.
/// </summary>
internal static partial class PoliceAppeal
{
    private const int MaxWords = 40;

    public static bool Is(string line)
    {
        var t = line.Trim();
        if (t.Length == 0 || TextLines.WordCount(t) > MaxWords || TextLines.SentenceCount(t) > 2) return false;
        return Appeal().IsMatch(t) && Contact().IsMatch(t) && t.Any(char.IsDigit);
    }

    /// <summary>
    /// The appeal in the voice of whoever issues it ("… can contact us via our website"): a force's or ministry's own
    /// release closing on its request, which is the release's text, not a news site's furniture.
    /// </summary>
    public static bool InOwnVoice(string line) => OwnVoice().IsMatch(line);

    [GeneratedRegex(@"\b(?:us|our|we)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnVoice();

    [GeneratedRegex(@"^(?:anyone|those|people|witnesses|members\s+of\s+the\s+public|if\s+you|police\s+(?:are|have)\s+(?:asking|appealing|urging))\b[^.!?]{0,80}?\b(?:information|witness(?:ed)?|saw|seen|footage|dash-?cam|concerns?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Appeal();

    [GeneratedRegex(@"\b(?:call|contact|ring|phone|report\s+it|quot(?:e|ing)|crimestoppers|hotline|helpline)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Contact();
}
