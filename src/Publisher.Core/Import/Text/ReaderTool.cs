using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A page's tool for the reader, not the text: a reading or listening time ("3 min read", "Listen to this article ·
/// 18 min"), a download link to the document's file ("Download the full report (PDF, 2.4 MB)"), a newsletter's
/// forwarding appeal ("Enjoyed this issue? Forward it to a colleague.") and a platform's credit ("Powered by NAME").
/// Short lines only; a sentence that mentions a report, a download or a platform is prose. Pure.
/// </summary>
internal static partial class ReaderTool
{
    private const int MaxWords = 14;
    private const int MaxPlatformWords = 5;
    private const int MaxAppealWords = 30;

    /// <summary>What the line is ("reading time", "download link", "forwarding appeal", "platform credit"), or null.</summary>
    public static string? What(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        if (t.Length == 0) return null;
        // "Enjoying The Harbour Brief? Forward it to a friend, or subscribe at URL": a question about the newsletter by
        // name, then what to do with it, is an appeal however long the address makes it.
        if (TextLines.WordCount(t) <= MaxAppealWords && TextLines.SentenceCount(t) <= 3 && (EnjoyingNamed().IsMatch(t) || KnowSomeone().IsMatch(t))) return "forwarding appeal";
        if (TextLines.WordCount(t) > MaxWords) return null;
        if (Byline.IsReadingTime(t) || ListenTime().IsMatch(t) || ReadTime().IsMatch(t)) return "reading time";
        if (Download().IsMatch(t)) return "download link";
        if (TextLines.SentenceCount(t) <= 2 && (Enjoyed().IsMatch(t) || Forward().IsMatch(t))) return "forwarding appeal";
        if (TextLines.WordCount(t) <= MaxPlatformWords && Platform().IsMatch(t)) return "platform credit";
        return null;
    }

    // "Listen to this article · 18 min", "Listen (12 minutes)", "Audio: 9 min", the player's bare label "Listen to this feature".
    [GeneratedRegex(@"^(?:listen|audio|hear\s+this|play)\b[^.!?]{0,40}?\d{1,3}\s*(?:min(?:ute)?s?|m)\b\)?\.?$|^(?:listen\s+to|hear|play)\s+this\s+(?:article|story|feature|post|piece|report|interview|essay|review)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListenTime();

    // "5-minute read", "Estimated reading time: 7 minutes", "12 min listen".
    [GeneratedRegex(@"^(?:(?:estimated\s+)?(?:reading|read|listening)\s+time\s*:?\s*)?(?:about\s+|approx\.?\s+)?\d{1,3}[\s-]*(?:min(?:ute)?s?)(?:\s+(?:read|listen|watch))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadTime();

    // "Download the full report (PDF, 2.4 MB)", "Download PDF (380 KB)", "Read the summary [PDF]", an episode's file: "Download (MP3, 44 MB)".
    [GeneratedRegex(@"^(?:download|get|read|view|open)\b[^.!?]{0,60}?[\[(](?:pdf|epub|docx?|xlsx?|csv|zip|mobi|mp3|mp4|m4a|wav|ogg|aac)\b[^\])]{0,30}[\])]\.?$|^download\b[^.!?]{0,60}?\(\d+(?:[.,]\d+)?\s*[kmg]b\)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Download();

    [GeneratedRegex(@"^(?:enjoyed|enjoying|liked|like|love|loving)\s+(?:this|today's|this\s+week's)\s+(?:issue|post|newsletter|edition|email|letter|dispatch|piece)\?", RegexOptions.IgnoreCase)]
    private static partial Regex Enjoyed();

    [GeneratedRegex(@"^(?:[Ee]njoy(?:ing|ed)|[Ll]ik(?:e|ing)|[Ll]ov(?:e|ing)|[Ll]iked)\s+\p{Lu}[\p{L}'’ ]{1,40}\?\s+(?:[Ff]orward|[Ss]hare|[Ss]ubscribe|[Tt]ell|[Ss]ign\s+up|[Pp]ass)\b")]
    private static partial Regex EnjoyingNamed();

    // "Forward it to a friend", "Please share this issue with a colleague", "Pass it on.", "Forward this email along".
    [GeneratedRegex(@"^(?:please\s+)?(?:forward|share|pass)\s+(?:it|this(?:\s+(?:issue|post|newsletter|email|edition|letter))?)\s+(?:(?:to|with)\s+(?:a\s+)?(?:friend|colleague|someone)|(?:on|along)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Forward();

    // "Know someone who would like the Letter? Forward it on.", "Do you know a colleague who might find this useful? Share it."
    [GeneratedRegex(@"^(?:do\s+you\s+)?know\s+(?:someone|anyone|a\s+(?:friend|colleague))\s+who\s+(?:would|might|could|should)\s+(?:like|enjoy|want|read|appreciate|find|benefit)\b[^?]{0,80}\?\s+(?:forward|share|pass|send|tell)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnowSomeone();

    [GeneratedRegex(@"^(?:proudly\s+)?powered\s+by\s+\p{Lu}[\p{L}\d.&' -]*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Platform();
}
