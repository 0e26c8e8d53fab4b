using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A post of an email newsletter, told by its platform's furniture when no label names the piece's kind: a numbered
/// issue over the title ("Issue #47"), lines that speak of the email ("If someone forwarded this to you", "reply to
/// this email", "my inbox is open", "View this email in your browser"), a thanks-and-subscribe close ("Thanks for reading …! Subscribe …"), a sign-up
/// box ("Type your email…"), a "Subscribe" / "Sign in" pair in the header, and an email header whose sender is a
/// publication ("From: The Harbour Brief &lt;…&gt;", <see cref="SentByPublication"/>). Cues of two families are needed, one of
/// them about the email, the issue or the close (a news site's sign-up box and sign-in link alone are not a
/// newsletter). Pure.
/// </summary>
public static partial class NewsletterPage
{
    private const int MaxCueLength = 160;

    public static (GenreEvidence Evidence, int At)? Of(IReadOnlyList<string> lines)
    {
        var found = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var subscribe = -1;
        var signIn = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length is 0 or > MaxCueLength) continue;
            if (i < MaxHeaderLine && SentByPublication(text)) found.TryAdd(SenderCue, i);
            else if (NumberedIssue().IsMatch(text)) found.TryAdd(NumberedIssueCue, i);
            else if (AboutTheEmail().IsMatch(text)) found.TryAdd(EmailCue, i);
            else if (ThanksAndSubscribe().IsMatch(text)) found.TryAdd(CloseCue, i);
            else if (EmailBox().IsMatch(text)) found.TryAdd("a sign-up box", i);
            if (Subscribe().IsMatch(text) && subscribe < 0) subscribe = i;
            if (SignIn().IsMatch(text) && signIn < 0) signIn = i;
        }
        if (subscribe >= 0 && signIn >= 0) found.TryAdd("'Subscribe' and 'Sign in' links", Math.Min(subscribe, signIn));
        if (found.Count < 2 || !found.Keys.Any(Strong.Contains)) return null;
        return (new GenreEvidence(ArticleKinds.Newsletter,
            $"the page has an email newsletter's furniture ({string.Join(", ", found.Keys)}) and no label names its kind"), found.Values.Min());
    }

    private const int MaxHeaderLine = 8;

    /// <summary>
    /// An email header's sender that is a publication, not a person: "From: The Frontier Ledger &lt;hello@…&gt;", "From:
    /// Harbour Brief &lt;…&gt;" — a name opened by "The" or ending in a word periodicals are named with.
    /// </summary>
    public static bool SentByPublication(string line)
    {
        var m = FromPublication().Match(line.Trim());
        if (!m.Success) return false;
        var name = m.Groups["name"].Value.Trim().Trim('"').Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6 || !words.All(w => char.IsUpper(w[0]) || w is "of" or "and" or "on" or "&")) return false;
        return words[0] == "The" || PeriodicalWords.Contains(words[^1].ToLowerInvariant());
    }

    /// <summary>Words a newsletter's name ends in ("The Harbour Brief", "Sahel Dispatch", "Monday Briefing").</summary>
    private static readonly HashSet<string> PeriodicalWords = new(StringComparer.Ordinal)
    {
        "brief", "briefing", "newsletter", "digest", "dispatch", "dispatches", "bulletin", "ledger", "weekly", "daily",
        "letter", "roundup", "wire", "notes", "memo", "update", "edition",
    };

    [GeneratedRegex(@"^from:\s*(?<name>[^<>@]{3,80}?)\s*<[^<>@\s]+@[^<>\s]+>$", RegexOptions.IgnoreCase)]
    private static partial Regex FromPublication();

    private const string SenderCue = "an email sent by a publication";
    private const string NumberedIssueCue = "a numbered issue";
    private const string EmailCue = "lines about the email";
    private const string CloseCue = "a thanks-and-subscribe close";
    private static readonly string[] Strong = [SenderCue, NumberedIssueCue, EmailCue, CloseCue];

    /// <summary>
    /// "Issue #47", "Issue 112", "No. 48" standing alone or with the day it was sent ("Issue #88 · Thursday, 23 November
    /// 2028"); a magazine's issue line gives a season or a month ("Issue 47 · Spring 2031"), not a day.
    /// </summary>
    [GeneratedRegex(@"^(?:issue|edition|no\.)\s*(?:#|no\.?\s*)?\d{1,4}(?:\s*[·|•—–-]\s*(?=[\p{L}\d ,.]*\b(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\d))[\p{L}\d ,.]{3,40}\b(?:19|20)\d\d)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedIssue();

    /// <summary>
    /// "If someone forwarded this to you", "reply to this email", "View this email in your browser", "Read this email
    /// online" (a report's "Read online" button names no email).
    /// </summary>
    [GeneratedRegex(@"^(?:view|read)\s+(?:(?:this|it)\s+)?(?:e-?mail\s+online|(?:e-?mail\s+)?in\s+(?:your|a)\s+(?:web\s+)?browser)$|\b(?:forwarded\s+(?:this|it)\s+to\s+you|forward\s+(?:this|it)\s+to\s+(?:a\s+)?(?:friend|colleague)|reply\s+to\s+this\s+(?:email|e-mail|newsletter)|(?:my|your)\s+inbox|(?:enjoyed|enjoy)\s+this\s+(?:issue|edition|newsletter))\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheEmail();

    [GeneratedRegex(@"^thanks\s+for\s+reading\b.*\bsubscribe\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksAndSubscribe();

    [GeneratedRegex(@"^(?:type|enter)\s+your\s+e-?mail\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmailBox();

    [GeneratedRegex(@"^subscribe(?:\s+now)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Subscribe();

    [GeneratedRegex(@"^(?:sign\s+in|log\s+in)$", RegexOptions.IgnoreCase)]
    private static partial Regex SignIn();
}
