using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;

namespace Publisher.Core.Feeds;

/// <summary>Text that goes into every feed format, made safe the same way for all of them.</summary>
internal static class FeedText
{
    // An article's HTML is one string shared by every feed item made of it (FeedMapping renders it once per build);
    // remembered per string so each is made absolute and clean once, not once per feed and format it appears in.
    private static readonly ConditionalWeakTable<string, Made> Finished = new();

    private sealed record Made(string Url, string Html);

    /// <summary>An item's full HTML with every URL absolute (readers show it away from the site) and clean characters.</summary>
    public static string ContentHtml(FeedItem item)
    {
        if (Finished.TryGetValue(item.ContentHtml, out var done) && done.Url == item.Url) return done.Html;
        var html = Clean(HtmlUrls.MakeAbsolute(item.ContentHtml, item.Url));
        Finished.AddOrUpdate(item.ContentHtml, new Made(item.Url, html));
        return html;
    }

    /// <summary>
    /// Replaces what XML 1.0 cannot carry (control characters; lone surrogates, which JSON cannot encode either) with U+FFFD,
    /// so odd bytes in an article show up as a visible mark instead of breaking the whole feed.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\uFFFD');
            }
        }
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(c)) return false;
        }
        return true;
    }
}
