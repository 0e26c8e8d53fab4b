using AngleSharp.Dom;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>
/// The site's name when the page's metadata names none, from what the page prints for it, most deliberate first: the
/// logo's <c>alt</c> text ("The Harbour Ledger logo" → "The Harbour Ledger"), a <c>&lt;title&gt;</c> that names no
/// article (it shares few words with the page's headline: "Ministry of Fisheries"), the organisation of the copyright
/// line in the page's footer (<see cref="SiteName.CopyrightHolder"/>). Each with where it was read. The page's host
/// is left to the text reader, which matches it against the page's name lines. Pure.
/// </summary>
internal static class PageSiteName
{
    private const int MaxNameWords = 10;

    public static (string Name, string From)? Find(IDocument document, string? titleTag)
    {
        if (LogoAlt(document) is { } logo) return (logo, "the alt text of the site's logo");
        if (SiteOnlyTitle(document, titleTag) is { } site) return (site, "the page's <title>, which names the site, not the article");
        if (Copyright(document) is { } holder) return (holder, "the organisation in the page's copyright line");
        return null;
    }

    private static string? LogoAlt(IDocument document)
    {
        foreach (var img in document.QuerySelectorAll("img[alt]"))
        {
            var inLogo = (img.ClassName ?? "").Contains("logo", StringComparison.OrdinalIgnoreCase)
                || img.GetAttribute("itemprop") == "logo"
                || img.Closest("[class*='logo'], [id*='logo'], .site-title, .site-branding") is not null;
            if (!inLogo || img.Closest("footer, aside, article") is not null) continue;
            if (Name(Bare(HtmlText.Collapse(img.GetAttribute("alt")!))) is { } name) return name;
        }
        return null;
    }

    /// <summary>"The Harbour Ledger logo", "Logo of the Harbour Ledger", "Harbour Ledger – home" → "The Harbour Ledger" / "Harbour Ledger".</summary>
    internal static string Bare(string alt)
    {
        var text = alt.Trim();
        foreach (var prefix in new[] { "logo of ", "logo: ", "logo - ", "logo " })
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { text = text[prefix.Length..].Trim(); break; }
        foreach (var suffix in new[] { " logo", " home page", " homepage", " home", " - home", " – home" })
            if (text.EndsWith(suffix, StringComparison.OrdinalIgnoreCase)) { text = text[..^suffix.Length].Trim(); break; }
        text = text.TrimEnd('-', '–', '|', ' ');
        if (text.StartsWith("the ", StringComparison.Ordinal)) text = "The " + text[4..];
        return text;
    }

    private static string? SiteOnlyTitle(IDocument document, string? titleTag)
    {
        if (titleTag is null || (document.Body?.QuerySelector("h1") ?? document.Body?.QuerySelector("h2")) is not { } heading) return null;
        var headline = HtmlText.Collapse(heading.TextContent);
        return headline.Length > 0 && TextShapes.WordSimilarity(titleTag, headline) < 0.2 ? Name(titleTag) : null;
    }

    private static string? Copyright(IDocument document)
    {
        var candidates = document.QuerySelectorAll("footer, [class*='footer'], [id*='footer'], [class*='copyright']")
            .SelectMany(f => f.QuerySelectorAll("*").Prepend(f))
            .Where(e => e.TextContent.Contains('©') || e.TextContent.Contains("copyright", StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.TextContent.Length);
        foreach (var e in candidates)
        {
            var text = HtmlText.Collapse(e.TextContent);
            if (text.Length > 240) break;
            if (SiteName.CopyrightHolder(text) is { } holder && Name(holder) is { } name) return name;
        }
        return null;
    }

    /// <summary>A name: a few words, capitalised, not a sentence.</summary>
    private static string? Name(string text)
    {
        var t = text.Trim();
        if (t.Length < 3 || TextLines.WordCount(t) > MaxNameWords || !char.IsUpper(t[0]) || t[^1] is '.' or '?' or '!') return null;
        return t;
    }
}
