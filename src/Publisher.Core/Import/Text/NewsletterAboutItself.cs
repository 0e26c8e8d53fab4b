using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// What an email newsletter says to its reader about the newsletter itself, never about the story: its welcome to new
/// readers ("Good morning, and welcome to the 900 of you who joined this month."), its sponsor ("This issue is supported
/// by NAME"), its sign-off ("That's it for this week. See you next Thursday."), its paid tier ("Paid subscribers also get
/// our Friday briefing", "Upgrade: URL"), its reader count ("Over 2,000 subscribers"), its own description ("This digest
/// summarises posts from …", "This newsletter is confidential to subscribers", "The Harbour Letter is written by NAME and
/// NAME and edited in PLACE"), an association's fee notice to its
/// members ("Annual membership is £10 and is due in January. You can pay …"), and the labels of its own lists (its
/// contents, "IN THIS ISSUE"; its links elsewhere, "ALSO WORTH YOUR TIME"; its notices, "DATES FOR YOUR DIARY").
/// A story that mentions subscribers, sponsors or membership speaks of someone else's: the newsletter is never its subject.
/// Each test reads one unit (a paragraph, wrapped lines joined: <see cref="TextUnits"/>). Pure.
/// </summary>
internal static partial class NewsletterAboutItself
{
    private const int MaxWords = 60;
    private const int MaxSentences = 4;
    private const int MaxCountWords = 5;
    private const int MaxLabelWords = 6;

    private const string TeamNames = @"(?-i:(?:--|[–—])\s*\p{Lu}\p{Ll}+(?:,\s*\p{Lu}\p{Ll}+)*(?:\s+(?:and|&)\s+\p{Lu}\p{Ll}+)?)";
    private const string MadeWhere = @"(?i:written|typed(?:\s+up)?|put\s+together|made|compiled|edited|produced|assembled)\b[^.!?]{0,120}\b(?:in|at|from|above|on)\b[^.!?]{0,80}[.!]";

    /// <summary>What the unit is ("newsletter sponsor line", …), or null when it is not the newsletter speaking of itself.</summary>
    public static string? What(string unit)
    {
        var t = unit.Trim().Trim('*', '_').Trim();
        if (t.Length == 0) return null;
        if (TextLines.WordCount(t) <= MaxCountWords && ReaderCount().IsMatch(t)) return "newsletter reader count";
        if (TextLines.WordCount(t) > MaxWords || TextLines.SentenceCount(t) > MaxSentences) return null;
        if (Sponsor().IsMatch(t)) return "newsletter sponsor line";
        // A welcome that goes on into the week's story, or a sign-off that asks for tips on it, is the writer's text.
        if (Welcome().IsMatch(t) && TextLines.SentenceCount(t) == 1) return "newsletter welcome";
        if (TextLines.Sentences(t) is var sentences && SignOff().IsMatch(sentences[0]) && sentences.Skip(1).All(s => SignOffRest().IsMatch(s))) return "newsletter sign-off";
        if (PaidTier().IsMatch(t) || Upgrade().IsMatch(t)) return "paid-tier upsell";
        if (SelfDescription().IsMatch(t)) return "newsletter's description of itself";
        if (MembershipFee().IsMatch(t) && Price().IsMatch(t) && ToTheReader().IsMatch(t)) return "membership notice";
        return null;
    }

    /// <summary>
    /// The label over one of the newsletter's own lists: its contents ("IN THIS ISSUE", "In today's edition:"), its
    /// links to elsewhere ("ALSO WORTH YOUR TIME", "What we're reading") or its notices ("DATES FOR YOUR DIARY").
    /// </summary>
    public static string? ListLabel(string line)
    {
        var t = line.Trim().Trim('*', '_', '#', '=', '-', ' ').TrimEnd(':').Trim();
        if (t.Length == 0 || TextLines.WordCount(t) > MaxLabelWords) return null;
        if (ContentsHeading.IsListLabel(t)) return "the issue's contents";
        if (ElsewhereLabel().IsMatch(t)) return "links to elsewhere";
        if (NoticesLabel().IsMatch(t)) return "the newsletter's notices";
        return null;
    }

    // "Over 2,000 subscribers", "12k readers", "Join 40,000 subscribers".
    [GeneratedRegex(@"^(?:over|more\s+than|nearly|almost|join|joined\s+by)?\s*[\d.,]+\s*[kK]?\+?\s+(?:other\s+)?(?:subscribers|readers|members)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderCount();

    // "This issue is supported by …", "Today's newsletter is brought to you by …", "Sponsored by NAME".
    [GeneratedRegex(@"^(?:(?:this|today's|this\s+week's)\s+(?:issue|edition|newsletter|email|briefing|digest|dispatch|letter|episode)\s+(?:is|was)\s+(?:kindly\s+)?(?:supported|sponsored|brought\s+to\s+you|made\s+possible|presented|underwritten)\s+by|(?:sponsored|supported|presented)\s+by\s+\p{Lu}[^.!?]{0,60}$|(?:a\s+)?word\s+from\s+(?:our|this\s+(?:week's|issue's))\s+sponsors?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Sponsor();

    // "Good morning, and welcome to the 2,900 of you who joined since January.", "Welcome to our new subscribers".
    [GeneratedRegex(@"^(?:(?:good\s+(?:morning|afternoon|evening)|hello|hi|hey)(?:\s+\p{L}+)?[,.!]\s*(?:and\s+)?)?(?:a\s+(?:warm|special|big)\s+)?welcome\s+(?:to|back\s+to)\s+(?:the\s+|our\s+|all\s+)?(?:[\d.,]+k?\s+(?:of\s+)?(?:you|new)|new\s+(?:subscribers|readers|members)|everyone\s+who\s+(?:joined|signed\s+up|subscribed)|those\s+of\s+you\s+who)", RegexOptions.IgnoreCase)]
    private static partial Regex Welcome();

    // "That's it for this week.", "That's all for today", "That is everything from us this week", "That's all from the
    // quay this week" (where it is written from, in a word or two).
    // The letter naming itself ("That's the Daybreak.", "That's your Harbour Letter for this week", "That's the Early
    // Edition, typed up at …": where it is made, after a comma).
    [GeneratedRegex(@"^(?:that's|that\s+is|that’s|and\s+that's|and\s+that’s)\s+(?:it|all|everything|a\s+wrap)\s+(?:for|from)\s+(?:(?:the|our)\s+(?:[\p{L}-]+\s+){1,2}(?:for\s+)?)?(?:this\s+(?:week|month|issue|edition|time|one|fortnight)|today|now|us|me|the\s+week)\b[^,;]{0,30}[.!]?$"
        + @"|(?-i:^(?i:that's|that\s+is|that’s)\s+(?i:the|your|today's|today’s)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+(?i:for\s+(?:today|this\s+(?:week|month|morning|evening))))?(?:[.!]|,\s+" + MadeWhere + @")$)", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    // What may follow a sign-off in its paragraph: "See you next Thursday.", "Forward it to a colleague …".
    // Where the letter is made ("Put together before breakfast above the bakery on the High Street."), and the team's
    // first names under it ("-- Ann, Dai and Wren").
    [GeneratedRegex(@"^(?:(?:see|speak\s+to|talk\s+to)\s+you|until|back|more)\s+(?:next|soon|then|tomorrow|on|in)\b|\b(?:forward|share|recommend)\s+(?:it|this|us)\b|\bsubscribe\b|^" + MadeWhere + @"(?:\s+" + TeamNames + @")?$|^" + TeamNames + @"$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOffRest();

    // "Paid subscribers also get our Friday briefing", "Premium members can read the full archive": the offer names ours.
    [GeneratedRegex(@"^(?:(?:paid|premium|supporting|founding)\s+)?(?:subscribers|members|readers|supporters)\s+(?:also\s+)?(?:get|receive|have\s+access\s+to|can\s+(?:read|access|join))\b[^.!?]*\b(?:our|the\s+full\s+archive|every\s+issue)\b|^become\s+a\s+(?:paid|premium|founding|supporting)\s+(?:subscriber|member|supporter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PaidTier();

    // "Upgrade: https://…", "Upgrade to paid", "Upgrade now →".
    [GeneratedRegex(@"^upgrade(?:\s+(?:now|today|to\s+(?:paid|premium)|your\s+subscription))?\s*(?:[:→›»-]\s*(?:https?://\S+|\S+\.\S+)?)?\s*[→›»]?$", RegexOptions.IgnoreCase)]
    private static partial Regex Upgrade();

    // "This digest summarises posts …", "This newsletter is confidential to subscribers.", "This bulletin is sent every …",
    // "The Harbour Letter is written by NAME" (its name in title case: case counts there, and in the name after "by").
    [GeneratedRegex(@"^(?-i:(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4})(?:is|are)\s+(?:written|edited|produced|compiled|put\s+together)\s+(?:and\s+(?:edited|produced|sent)\s+)?(?:by|in|from)\s+(?:the\s+)?(?-i:\p{Lu})|^this\s+(?:digest|newsletter)\s+(?:summari[sz]es|collects|rounds\s+up|brings\s+(?:you\s+)?together)\b|^this\s+(?:digest|newsletter|email)\s+(?:is\s+(?:confidential|sent|compiled|free|for\s+subscribers|intended)|goes\s+out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SelfDescription();

    [GeneratedRegex(@"\b(?:annual|yearly|monthly)?\s*(?:membership|subscription)(?:\s+(?:fee|fees|renewals?|costs?))?\s+(?:is|are|costs?|remains?)\b|\b(?:renew|renewals?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MembershipFee();

    [GeneratedRegex(@"[£$€]\s?\d|\b\d+(?:[.,]\d+)?\s?(?:euros?|pounds|dollars)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Price();

    [GeneratedRegex(@"\byou(?:r)?\b|\bplease\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToTheReader();

    [GeneratedRegex(@"^(?:also\s+)?worth\s+(?:your\s+time|reading|a\s+read|a\s+look)$|^(?:what\s+(?:we're|we’re|we\s+are|i'm|i’m|i\s+am)\s+reading|elsewhere(?:\s+on\s+the\s+web)?|(?:also|other)\s+(?:reading|reads)|further\s+reading\s+elsewhere|from\s+elsewhere|around\s+the\s+web|links\s+of\s+the\s+week)$", RegexOptions.IgnoreCase)]
    private static partial Regex ElsewhereLabel();

    [GeneratedRegex(@"^(?:(?:dates|dates\s+for\s+(?:your|the)\s+diary)|diary\s+dates|upcoming\s+events|coming\s+up|notices(?:\s+to\s+members)?|members'?\s+notices|membership(?:\s+(?:renewals?|fees|news))?|noticeboard|notice\s+board)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoticesLabel();
}
