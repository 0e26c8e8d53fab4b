using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A newsletter's sign-up box: the prompt that addresses the reader ("Thanks for reading NAME! Subscribe for free to
/// receive new posts.", "Get weekly analysis delivered to your inbox"), the email field's placeholder ("Type your
/// email…", "Enter your email address") and the short button or title lines around that field ("Subscribe",
/// "Subscribe to NAME"). A sentence of text that mentions subscribing ("Thousands subscribe to the group's channel.")
/// neither addresses the reader nor offers email, so it is not a prompt. Pure.
/// </summary>
internal static partial class SubscribeBox
{
    private const int MaxPromptWords = 40;
    private const int MaxFieldWords = 8;
    private const int MaxBoxLineWords = 8;

    /// <summary>A prompt to sign up: a sign-off or imperative that speaks to the reader about subscribing or email.</summary>
    public static bool IsPrompt(string line)
    {
        var t = Clean(line);
        if (t.Length == 0 || TextLines.WordCount(t) > MaxPromptWords || TextLines.SentenceCount(t) > 3) return false;
        // A prompt run together with the site's footer is the footer's paragraph: the classifier names it as such.
        if (UiVocabulary.Find(t).Any(h => h.Kind == "site footer")) return false;
        if (ThanksForReading().IsMatch(t) && (SignUpWords().IsMatch(t) || SpeaksToReader().IsMatch(t))) return true;
        if (EmailOffer().IsMatch(t)) return true;
        // "Subscribe to Borderlines — free, every Thursday": the box's title, an imperative no story opens with.
        if (SubscribeTo().IsMatch(t) && TextLines.SentenceCount(t) <= 1) return true;
        return SignUpWords().IsMatch(t) && UiVocabulary.AddressesReader(t) && (SubscribeHere().IsMatch(t) || ImperativeSubscribe().IsMatch(t));
    }

    /// <summary>
    /// An email field's placeholder, with the button that may share its line: "Type your email...   Subscribe"; or the
    /// form's controls a scrape prints in brackets, one of them an email field or a sign-up button: "[ Enter your email ]  [ Sign me up ]".
    /// </summary>
    public static bool IsEmailField(string line)
    {
        var t = Clean(line);
        if (t.Length == 0) return false;
        if (TextLines.WordCount(t) <= MaxFieldWords && EmailField().IsMatch(t)) return true;
        var controls = FormControls().Match(t);
        return controls.Success && controls.Groups["control"].Captures.Any(c => EmailField().IsMatch(c.Value.Trim()) || SignUpButton().IsMatch(c.Value.Trim()));
    }

    /// <summary>
    /// A line next to an email field that belongs to its box: a button or title line (<see cref="IsBoxLine"/>), the box's
    /// heading offering a briefing or alerts ("Get the Herald's morning briefing"), its one-sentence pitch about the inbox
    /// ("The day's top stories, in your inbox at 7am.") or its consent line ("By signing up you agree to our privacy
    /// notice."). Only beside a field: alone, such a heading or pitch may be a line of the text.
    /// </summary>
    public static bool IsBoxNeighbour(string line)
    {
        var t = Clean(line);
        if (t.Length == 0) return false;
        if (IsBoxLine(t) || Consent().IsMatch(t) && TextLines.WordCount(t) <= MaxPromptWords) return true;
        if (TextLines.WordCount(t) <= MaxBoxLineWords && t[^1] is not ('.' or '?' or ':') && BoxTitle().IsMatch(t)) return true;
        return TextLines.WordCount(t) <= MaxPitchWords && TextLines.SentenceCount(t) <= 1 && Pitch().IsMatch(t);
    }

    private const int MaxPitchWords = 25;

    /// <summary>A short line of the box around an email field: a button or a title with sign-up words and no sentence.</summary>
    public static bool IsBoxLine(string line)
    {
        var t = Clean(line);
        if (t.Length == 0 || TextLines.WordCount(t) > MaxBoxLineWords || t[^1] is '.' or '?') return false;
        return SignUpWords().IsMatch(t) || IsPrompt(t);
    }

    /// <summary>
    /// A mailing list's delivery notice under a newsletter: "You are receiving this email because you signed up at …",
    /// "This newsletter was sent to you@example.org". It speaks of the email itself, never of the story.
    /// </summary>
    public static bool IsDeliveryNotice(string line)
    {
        var t = Clean(line);
        return t.Length > 0 && TextLines.WordCount(t) <= MaxPromptWords && DeliveryNotice().IsMatch(t);
    }

    // "[ Enter your email ]  [ Sign me up ]", "[your email] [Subscribe]": nothing but short bracketed controls.
    [GeneratedRegex(@"^(?:\[\s*(?<control>[^\[\]]{1,40}?)\s*\]\s*){1,3}$")]
    private static partial Regex FormControls();

    [GeneratedRegex(@"^(?:subscribe|sign\s+(?:me\s+)?up|join|get\s+(?:it|the\s+\w+)|send\s+me\s+\w+|submit|register)(?:\s+(?:now|free|for\s+free|today))?\s*[!→›»]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignUpButton();

    // "By signing up you agree to our privacy notice.", "By subscribing, you consent to …", "By clicking Subscribe you accept …".
    [GeneratedRegex(@"^by\s+(?:signing\s+up|subscribing|registering|clicking\b[^.]{0,30}|entering\s+your\s+e-?mail|submitting\b[^.]{0,30}|providing\s+your\s+e-?mail)[,]?\s+(?:you\s+)?(?:agree|accept|consent|confirm|acknowledge)", RegexOptions.IgnoreCase)]
    private static partial Regex Consent();

    // A box's heading: "Get the Herald's morning briefing", "Never miss a story", "Our weekly digest, free".
    [GeneratedRegex(@"^(?:get|receive|join|never\s+miss|stay\s+(?:informed|up\s+to\s+date|in\s+the\s+loop))\b|\b(?:briefing|digest|newsletters?|alerts|bulletin)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BoxTitle();

    // A box's pitch: a sentence about what reaches the reader's inbox or email.
    [GeneratedRegex(@"\b(?:(?:in|to)\s+your\s+(?:inbox|e-?mail)|(?:every|each)\s+(?:morning|evening|week|weekday|day)\s+by\s+e-?mail|straight\s+to\s+your\s+inbox)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pitch();

    private static string Clean(string line) => line.Trim().Trim('*', '_', '#').Trim();

    [GeneratedRegex(@"^(?:thanks|thank\s+you)\s+(?:so\s+much\s+)?for\s+reading\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksForReading();

    [GeneratedRegex(@"\b(?:subscribe|subscribed|subscribers?|subscription|sign\s+up|newsletter|inbox|new\s+posts|paid\s+subscriber|free\s+subscriber)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignUpWords();

    [GeneratedRegex(@"\bif\s+(?:you|someone|this|it)\b|\b(?:forward|share)\s+(?:it|this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeaksToReader();

    // "Get weekly news and analysis delivered to your inbox", "Get emails about this page", "Sign up for our newsletter".
    [GeneratedRegex(@"^(?:get|receive|sign\s+up\s+(?:for|to)|subscribe\s+to|join)\b[^.!?]{0,80}\b(?:emails?|e-mails?|newsletters?|inbox|email\s+alerts?|updates\s+by\s+email)\b[^.!?]{0,40}[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex EmailOffer();

    [GeneratedRegex(@"^(?:subscribe|sign\s+up)\s+(?:to|for)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex SubscribeTo();

    [GeneratedRegex(@"^(?:you\s+(?:are\s+receiving|receive|received|are\s+getting|get|got)\s+this(?:\s+(?:e-?mail|message|newsletter|letter))?\s+because\b|you\s+(?:are\s+receiving|receive|received|are\s+getting|get|got)\s+this\s+(?:e-?mail|message|newsletter|letter)|this\s+(?:e-?mail|message|newsletter)\s+was\s+sent\s+to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveryNotice();

    [GeneratedRegex(@"\bsubscribe\s+(?:here|now|for\s+free|today|below)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubscribeHere();

    [GeneratedRegex(@"(?:^|[.!?:]\s+)(?:please\s+)?(?:subscribe|sign\s+up)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ImperativeSubscribe();

    // "Type your email...", "Enter your email address", "Your email", "Email address", "you@example.com".
    [GeneratedRegex(@"^(?:(?:type|enter|add|your)\s+(?:your\s+)?(?:e-?mail)(?:\s+address)?|e-?mail\s+address|[\w.]+@[\w.]+)\s*(?:\.\.\.|…)?\s*(?:\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex EmailField();
}
