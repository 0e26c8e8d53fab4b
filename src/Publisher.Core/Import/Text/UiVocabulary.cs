using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Words of a web page's interface rather than of its article: share and follow buttons, cookie banners, sign-up
/// and subscribe prompts, script placeholders and app errors, teaser labels, advertising, footers. Each phrase
/// belongs to a kind of furniture, so a dropped paragraph can say what it was ("share bar", "cookie banner").
/// A hit is evidence, not a verdict: <see cref="TextSignals"/> weighs it against length and sentence shape.
/// </summary>
internal static partial class UiVocabulary
{
    /// <summary>A copyright notice's own words: furniture only in a notice's form (<see cref="IsCopyright"/>).</summary>
    private static readonly string[] CopyrightPhrases = ["copyright", "all rights reserved"];

    private static readonly (string Kind, string[] Phrases)[] Groups =
    [
        ("navigation", ["skip to main content", "skip to content", "skip navigation", "menu", "main menu", "toggle navigation", "open menu", "close menu", "search", "back to top", "home", "opens new tab", "opens in new tab", "opens in a new tab", "opens in a new window"]),
        ("share bar", ["share", "shares", "share this", "tweet", "email this", "e-mail", "email", "print", "print this", "whatsapp", "facebook", "twitter", "linkedin", "telegram", "reddit", "pinterest", "copy link", "copy url", "link copied"]),
        ("cookie banner", ["cookie", "cookies", "accept", "accept all", "reject all", "manage preferences", "cookie settings", "consent"]),
        ("subscribe prompt", ["subscribe", "subscribed", "subscription", "newsletter", "newsletters", "sign up", "signup", "sign in", "log in", "login", "log out", "register", "inbox", "unsubscribe", "create an account", "my account"]),
        ("script placeholder", ["loading", "enable javascript", "javascript", "your browser", "browser does not support", "please wait"]),
        ("app error", ["something went wrong", "reload", "try again", "refresh the page", "page not found", "error"]),
        ("teaser", ["previous article", "next article", "previous post", "next post", "read more", "read next", "related", "related articles", "recommended", "most read", "most popular", "trending", "also read", "see also", "more stories", "continue reading", "up next", "more from", "keep reading", "keep exploring", "you may also be interested in", "you might also like", "you may also like"]),
        ("advertisement", ["advertisement", "advertising", "sponsored", "sponsored content", "promoted", "partner content", "ad"]),
        ("promotion", ["open in app", "member-only story", "gift this article", "republish this story", "follow us", "donate", "donation", "support our work", "become a member", "membership", "download the app", "get the app", "app store", "google play", "ios and android", "iphone and android", "android and ios", "podcast", "listen", "watch", "join us", "licensing rights", "reprint rights", "purchase licensing rights"]),
        ("site footer", [.. CopyrightPhrases, "privacy policy", "privacy", "terms of use", "terms of service", "terms and conditions", "terms", "contact us", "about us", "sitemap", "careers", "accessibility"]),
        ("comments", ["comments", "comment", "leave a comment", "leave a reply", "add a comment", "reply", "0 comments", "required fields", "will not be published", "post comment", "join the discussion"]),
        ("image credit", ["photo", "image", "picture", "photograph", "illustration", "credit", "credits", "via getty", "getty images"]),
        ("disclaimer", ["disclaimer", "views expressed", "do not necessarily reflect", "does not necessarily reflect", "not necessarily those"]),
    ];

    private static readonly (string Kind, string Phrase, Regex Pattern)[] Phrases = Groups
        .SelectMany(g => g.Phrases.Select(p => (g.Kind, p, new Regex(@"(?<![\p{L}\p{N}])" + Regex.Escape(p).Replace(@"\ ", @"\s+") + @"(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))))
        .OrderByDescending(p => p.p.Length)
        .ToArray();

    /// <summary>The interface phrases in <paramref name="text"/>, longest first, none counted inside a longer one already found.</summary>
    public static IReadOnlyList<UiHit> Find(string text)
    {
        var hits = new List<UiHit>();
        var taken = new bool[text.Length];
        bool? copyright = null;
        foreach (var (kind, phrase, pattern) in Phrases)
        {
            // The notice's words in a line of prose are the prose's (see IsCopyright).
            if (CopyrightPhrases.Contains(phrase) && !(copyright ??= IsCopyright(text))) continue;
            foreach (Match m in pattern.Matches(text))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i])) continue;
                for (var i = m.Index; i < m.Index + m.Length; i++) taken[i] = true;
                hits.Add(new UiHit(kind, phrase.ToLowerInvariant(), m.Index));
            }
        }
        return hits.OrderBy(h => h.Index).ToList();
    }

    /// <summary>
    /// "©", "(c) 2024", "Copyright 2036 …" or "All rights reserved.": a footer whatever else the line says. The words alone
    /// ("copyright", "all rights reserved") in a line of prose are the prose's ("All rights reserved, the old notice says, …").
    /// </summary>
    public static bool IsCopyright(string text) =>
        CopyrightMark().IsMatch(text) || CopyrightWords().IsMatch(text) && (TextLines.WordCount(text) <= MaxBareCopyrightWords || CopyrightStatement().IsMatch(text));

    /// <summary>A line this short naming copyright is the notice; a longer one is a notice only in the notice's own form.</summary>
    private const int MaxBareCopyrightWords = 12;

    /// <summary>A label that opens a piece of furniture: "Photo:", "Image credit:", "Disclaimer:", "Advertisement", "Sponsored:".</summary>
    public static string? LabelKind(string text)
    {
        var m = Label().Match(text);
        if (!m.Success) return null;
        var word = m.Groups[1].Value.ToLowerInvariant();
        return word switch
        {
            _ when word.StartsWith("disclaimer", StringComparison.Ordinal) => "disclaimer",
            _ when word.StartsWith("advert", StringComparison.Ordinal) || word.StartsWith("sponsor", StringComparison.Ordinal) => "advertisement",
            _ => "image credit",
        };
    }

    private const int MaxCookieNoticeWords = 80;

    /// <summary>
    /// A site's cookie notice, however long: "We use cookies to …", "This website uses cookies …", "We and our partners
    /// use cookies …" in a paragraph of at most 80 words. A page says this of itself; an article about tracking reports
    /// what others do.
    /// </summary>
    public static bool IsCookieNotice(string text) => CookieNotice().IsMatch(text) && TextLines.WordCount(text) <= MaxCookieNoticeWords;

    [GeneratedRegex(@"\b(?:we(?:\s+and\s+our\s+partners)?|this\s+(?:web)?site|our\s+(?:web)?site)\s+uses?\s+cookies\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();

    /// <summary>Words that address the reader ("you", "your", "our", "please"): prompts talk to the reader, reporting rarely does.</summary>
    public static bool AddressesReader(string text) => Addressing().IsMatch(text);

    /// <summary>
    /// A line that opens with a command of the page's interface, addressed to the reader ("Download (MP3, 44 MB)", "Sign the
    /// petition", "Forward to a friend", "Follow the Committee on social media", "Watch the meeting"): a verb of
    /// clicking, reading, sharing, joining or giving in its bare form, then a word. Evidence for the line model, not a
    /// verdict: a how-to's steps and a quoted slogan open the same way.
    /// </summary>
    public static bool StartsWithCommand(string text) => Command().IsMatch(text.TrimStart('*', '_', '#', ' ', '•', '-', '›', '»', '['));

    [GeneratedRegex(@"^(?:download|sign|share|follow|watch|listen|read|see|view|subscribe|forward|update|get|join|donate|give|support|tell|cite|print|save|register|click|tap|visit|explore|discover|browse|buy|shop|contact|email|call|send|apply|book|find|learn|take|add|manage|leave|write|tweet)\b[\s:,(]+\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Command();

    /// <summary>"Home / Analysis / Middle East", "News › World › Africa": short items joined by path separators.</summary>
    public static bool IsBreadcrumb(string text) =>
        Breadcrumb().IsMatch(text.Trim()) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 14;

    [GeneratedRegex(@"^[\p{Lu}\p{N}][^.!?/>»›‹|]{0,40}(?:\s+[/>»›‹]\s+[\p{Lu}\p{N}][^.!?/>»›‹|]{0,40}){2,}$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"©|\(c\)\s*\d{4}", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightMark();

    [GeneratedRegex(@"\bcopyright\b|\ball rights reserved\b", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightWords();

    // "Copyright 2036 Harbour Press", "Copyright: Harbour Press", "… Ltd. All rights reserved." / "All rights reserved |".
    [GeneratedRegex(@"\bcopyright\s*(?::|\d{4})|\ball rights reserved\s*(?:[.·|•]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightStatement();

    [GeneratedRegex(@"^[*_]*((?:photo|image|picture|photograph|illustration|graphic|cover image|featured image|header image)(?:\s+(?:credit|courtesy|source))?|credits?|disclaimer|advertisement|sponsored(?: content)?)[*_]*\s*[:|–—-]", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"\b(?:you|your|yours|please|our|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Addressing();
}

/// <summary>One interface phrase found in a text, with the kind of furniture it belongs to.</summary>
internal sealed record UiHit(string Kind, string Phrase, int Index);
