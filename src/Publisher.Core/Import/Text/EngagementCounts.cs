using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A platform's counters for a post: likes, shares, comments, views, followers, as numbers with their nouns or icons
/// ("14 Likes · 3 Restacks", "♡ 214   💬 37   ↻ Share", "Views: 1 482", "1.2K Followers", "12,408 plays"). The whole line is counters
/// and their buttons; a sentence that gives a number of followers is prose. Pure.
/// </summary>
internal static partial class EngagementCounts
{
    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        if (t.Length == 0 || t.Length > 80) return false;
        var m = Counters().Match(t);
        return m.Success && Number().IsMatch(t) && (Noun().IsMatch(t) || Icon().IsMatch(t));
    }

    private const string Num = @"\d{1,3}(?:[ ,.]\d{3})*(?:\.\d+)?[KkMm]?";
    private const string Nouns = "likes?|restacks?|comments?|shares?|views?|followers?|following|claps?|responses?|reactions?|retweets?|reposts?|subscribers?|reads?|replies|upvotes?|votes?|bookmarks?|saves?|hearts?|plays|listens|streams|downloads?";
    // An alternation, not a class: several icons lie outside the basic plane (two chars each).
    private const string Icons = @"(?:♡|♥|❤|💬|🗨|↻|🔁|👏|👍|🔖|⟳|↺|★|☆)\uFE0F?";
    private const string Buttons = "share|reply|comment|like|follow|save";
    private const string Item = "(?:" + Icons + @"\s*)?" + Num + @"(?:\s+(?:" + Nouns + "))?"
        + "|(?:" + Nouns + @")\s*:?\s*" + Num
        + "|(?:" + Icons + @"\s*)?(?:" + Buttons + ")";

    [GeneratedRegex(@"^(?:" + Item + @")(?:\s*[·|•∙,]?\s*(?:" + Item + @"))*$", RegexOptions.IgnoreCase)]
    private static partial Regex Counters();

    [GeneratedRegex(@"\d")]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:" + Nouns + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Noun();

    [GeneratedRegex(Icons)]
    private static partial Regex Icon();
}
