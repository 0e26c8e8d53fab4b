using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A page's comment section: its heading ("14 Comments", "Comments (23)", "Leave a Reply", "Discussion about this
/// post", "Join the conversation", "Write a comment…") and the lines that only a comment thread has (a commenter's
/// timestamp "2 hours ago", "Reply", "Reply · 14 likes", "Report this comment", "Load more comments"). Readers'
/// comments are prose, but not the article's: what follows the heading is the thread. Pure.
/// </summary>
internal static partial class CommentSection
{
    private const int MaxHeadingWords = 10;

    /// <summary>A heading that can only open a comment section.</summary>
    public static bool IsHeading(string text)
    {
        var t = Clean(text);
        return t.Length > 0 && (TextLines.WordCount(t) <= MaxHeadingWords && Heading().IsMatch(t) || CountOnTitle().IsMatch(t));
    }

    /// <summary>A bare "Comments" label: opens a thread only when thread lines follow it.</summary>
    public static bool IsBareLabel(string text) => BareLabel().IsMatch(Clean(text));

    /// <summary>A line only a thread has: a relative or clock timestamp, a reply or like button, a moderation link.</summary>
    public static bool IsThreadLine(string text)
    {
        var t = Clean(text);
        return t.Length > 0 && TextLines.WordCount(t) <= 12 && (ThreadButton().IsMatch(t) || Timestamp().IsMatch(t));
    }

    private static string Clean(string text) => text.Trim().Trim('*', '_', '#', ' ');

    [GeneratedRegex(@"^(?:\d[\d,.]*\s+(?:comments?|replies|responses)|(?:comments?|responses|replies)\s*\(\d[\d,]*\)|(?:leave|post|add|write|submit)\s+(?:a|your)\s+(?:reply|comment|response)|join\s+the\s+(?:discussion|conversation|debate)|discussion\s+about\s+this\s+(?:post|article|story)|(?:log|sign)\s+in\s+(?:or\s+register\s+)?to\s+(?:comment|reply|join)|(?:show|load|view|see|read)\s+(?:more|all|\d+)\s+(?:comments|replies)|comments\s+are\s+(?:closed|open)|(?:your\s+)?email\s+address\s+will\s+not\s+be\s+published|reader\s+comments|what\s+do\s+you\s+think\?|comments\s+policy|(?:most\s+(?:relevant|recent|popular)|newest|oldest|top|best|latest)\s+(?:comments|replies)(?:\s+first)?\s*[▾▼⌄˅↓]?$|sort\s+(?:comments\s+)?by\s*:)(?![\p{L}\p{N}])", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    /// <summary>"5 Responses to “Title”", "12 thoughts on “Title”": a count of comments on the page's title.</summary>
    [GeneratedRegex(@"^\d[\d,]*\s+(?:comments?|responses?|replies|reply|thoughts?)\s+(?:on|to|about)\s+[""“‘'].{1,200}[""”’']\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex CountOnTitle();

    [GeneratedRegex(@"^(?:comments?|responses|conversation|discussion)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareLabel();

    [GeneratedRegex(@"^(?:reply|replies|respond|like|likes|report|flag|share)(?:\s*\(\d+\))?(?:\s*[·|•]\s*\d*\s*(?:likes?|replies|reply|report|share|flag)?)*$|^report\s+(?:this\s+)?comment\b|^\d+\s+(?:likes?|replies|upvotes?)$|^\p{Lu}[\p{L}'’._-]*(?:\s+\p{Lu}[\p{L}'’._-]*){0,3}\s+(?:says|said|wrote|replied):$", RegexOptions.IgnoreCase)]
    private static partial Regex ThreadButton();

    [GeneratedRegex(@"(?:^|[·|•,]\s*)(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago|yesterday|just\s+now)\s*$|\bat\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Timestamp();
}
