using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// What a wiki or encyclopedia prints above an entry's text: its tagline ("From Openpedia, the free encyclopedia") and
/// hatnotes that send readers elsewhere ("For the religious order, see Red Valley Brethren.", "Not to be confused with
/// …", "'X' redirects here."). Short, and shaped as a pointer, not a statement. Pure.
/// </summary>
internal static partial class EncyclopediaChrome
{
    private const int MaxHatnoteWords = 30;

    public static bool Is(string line) => IsTagline(line) || IsHatnote(line);

    public static bool IsTagline(string line) => Tagline().IsMatch(line.Trim());

    public static bool IsHatnote(string line)
    {
        var t = line.Trim();
        return TextLines.WordCount(t) <= MaxHatnoteWords && TextLines.SentenceCount(t) <= 2 && Hatnote().IsMatch(t);
    }

    [GeneratedRegex(@"^From\s+[^,]{1,40},\s+the\s+(?:[\p{L}-]+\s+){0,3}(?:encyclop(?:a|æ)?edia|wiki|dictionary|knowledge\s+base)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Tagline();

    [GeneratedRegex(@"^(?:For\s+(?:the|other|a|an|uses|people|places)\b[^.]{0,120},\s+see\s+\S|Not\s+to\s+be\s+confused\s+with\s+\S|This\s+article\s+is\s+about\s+[^.]{1,80}\.\s+For\s+|""?[^""]{1,60}""?\s+redirects\s+here\b|Main\s+articles?:\s+\S|See\s+also:\s+\S|Further\s+information:\s+\S)")]
    private static partial Regex Hatnote();
}
