using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A press contact block closing a release, a report or a news page: its label ("For further information, please
/// contact:", "Media contact:", "Press enquiries:") and its lines of a name, a role and an email address or a phone
/// number ("Selma Brandt, Senior Media Officer", "sbrandt@example.org | +44 20 7946 0001"). A line needs an address,
/// a phone number or a role after a name; the role line counts only as part of a block (<see cref="IsBlockLine"/>). Pure.
/// </summary>
public static partial class ContactBlock
{
    /// <summary>The block's label, or a contact line with an email address or phone number.</summary>
    public static bool Is(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || TextLines.WordCount(text) > 20) return false;
        if (Label().IsMatch(text)) return true;
        if (!Email().IsMatch(text) && !HasPhone(text)) return false;
        // What is left besides addresses and numbers is a name, a role or a label, not a sentence.
        var rest = Phone().Replace(Email().Replace(text, ""), m => IsPhone(m.Value) ? "" : m.Value);
        return TextLines.WordCount(rest) <= 10 && !ProseParagraph.Is(rest.Trim());
    }

    /// <summary>
    /// A phone number, not a date printed with dots or slashes ("16.12.2026", "03/04/27") or a span of years ("2036-2038")
    /// that has a phone number's digits.
    /// </summary>
    private static bool HasPhone(string text) => Phone().Matches(text).Any(m => IsPhone(m.Value));

    private static bool IsPhone(string digits) => !NumericDate().IsMatch(digits.Trim()) && !YearSpan().IsMatch(digits.Trim());

    [GeneratedRegex(@"^(?:1[6-9]|20)\d\d\s?-\s?(?:(?:1[6-9]|20)\d\d|\d\d)$")]
    private static partial Regex YearSpan();

    [GeneratedRegex(@"^(?:\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{4}[./\-]\d{1,2}[./\-]\d{1,2})$")]
    private static partial Regex NumericDate();

    /// <summary>
    /// Where a bio's closing contact sentence starts ("… covers the courts. Contact him at ann@example.org",
    /// "Email her at …", "Follow them on X @handle"), or -1 when the text has none.
    /// </summary>
    public static int ContactSentenceAt(string text)
    {
        var m = ContactSentence().Match(text);
        return m.Success ? m.Groups["contact"].Index : -1;
    }

    /// <summary>The text is such a contact sentence on its own.</summary>
    public static bool IsContactSentence(string text) => ContactSentenceAt(". " + text.Trim()) == 2;

    private const int MaxAddressParagraphWords = 40;

    /// <summary>
    /// A short paragraph that gives an email address ("Letters may be edited for length. Write to letters@…", "Ann Lee,
    /// Head of Coordination, ann@…", "Tips: tips@…"): in a page's foot, after the article's last paragraph of prose, it
    /// is the site's or the sender's contact, not the article (the classifier asks for that position).
    /// </summary>
    public static bool GivesEmailAddress(string text) => Email().IsMatch(text) && TextLines.WordCount(text) <= MaxAddressParagraphWords;

    /// <summary>A line of a block under its label: a contact line, or "NAME, Role" before one.</summary>
    public static bool IsBlockLine(string line) =>
        Is(line) || NameAndRole().Match(line.Trim()) is { Success: true } m
            && Byline.LooksLikeName(m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: false);

    [GeneratedRegex(@"^(?:for\s+(?:further|more)\s+information(?:,?\s*(?:please\s+)?(?:contact|call|email))?|for\s+(?:media|press)\s+(?:enquiries|inquiries|questions)(?:,?\s*(?:please\s+)?(?:contact|call|email))?|for\s+(?:further|more)\s+information\s+or\s+to\s+(?:arrange|request|book)\s+an?\s+interview(?:,?\s*(?:please\s+)?(?:contact|call|email))?|(?:media|press)\s+(?:contacts?|enquiries|inquiries)|contacts?\s+for\s+(?:the\s+)?(?:media|press)|press\s+office|media\s+relations)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<=[.!?])\s+(?<contact>(?:you\s+can\s+)?(?:contact|e-?mail|reach|write\s+to|follow|find)\s+(?:him|her|them|me|the\s+(?:author|writer|reporter))\s+(?:at|on|via|by\s+e-?mail\s+at)\s+[^.!?]{0,60}?(?:[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|@\w{2,}|https?://\S+)[^.!?]{0,60}?[.!]?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactSentence();

    [GeneratedRegex(@"(?:\+\d{1,3}[\s.]?)?(?:\(?\d{2,5}\)?[\s.\-]?){2,4}\d{3,4}\b")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^(?<name>[\p{Lu}][\p{L}.'’\-]+(?:\s+[\p{Lu}][\p{L}.'’\-]+){1,3}),\s+[\p{Lu}][\p{L}&\s\-]{2,60}$")]
    private static partial Regex NameAndRole();
}
