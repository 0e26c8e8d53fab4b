using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Publisher.Core.Feeds;

/// <summary>
/// Makes every URL in an HTML fragment absolute. Feed readers show an article away from its page,
/// so a relative link in a feed would point into the reader, not the site.
/// </summary>
public static partial class HtmlUrls
{
    private static readonly string[] SingleUrlAttributes = ["href", "src", "poster"];

    /// <summary>
    /// Resolves every relative <c>href</c>, <c>src</c>, <c>poster</c> and <c>srcset</c> candidate against
    /// <paramref name="pageUrl"/> (the absolute URL of the page the fragment belongs to), so
    /// <c>../x/index.html</c> and <c>#fn-1</c> become full URLs. Absolute URLs, <c>mailto:</c> and
    /// other schemes stay as they are. Returns <paramref name="html"/> unchanged when nothing needed resolving.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="pageUrl"/> is not an absolute http(s) URL.</exception>
    public static string MakeAbsolute(string html, string pageUrl)
    {
        var page = ParsePageUrl(pageUrl);
        if (string.IsNullOrEmpty(html) || !MayHoldRelativeUrl(html)) return html;

        var parser = new HtmlParser();
        var context = parser.ParseDocument(string.Empty).Body!;
        var nodes = parser.ParseFragment(html, context);

        var changed = false;
        foreach (var element in nodes.OfType<IElement>().SelectMany(e => e.DescendantsAndSelf<IElement>()))
        {
            foreach (var name in SingleUrlAttributes)
            {
                var value = element.GetAttribute(name);
                if (value is null) continue;
                var resolved = Resolve(value, page);
                if (resolved == value) continue;
                element.SetAttribute(name, resolved);
                changed = true;
            }

            var srcset = element.GetAttribute("srcset");
            if (srcset is not null)
            {
                var resolved = ResolveSrcset(srcset, page);
                if (resolved != srcset)
                {
                    element.SetAttribute("srcset", resolved);
                    changed = true;
                }
            }
        }

        return changed ? string.Concat(nodes.Select(n => n.ToHtml())) : html;
    }

    /// <summary>One URL resolved against an absolute page URL; URLs with a scheme, and unparseable ones, come back as they are.</summary>
    public static string Resolve(string url, Uri page)
    {
        var trimmed = url.Trim(AsciiWhitespace);
        if (HasScheme(trimmed)) return url;
        return Uri.TryCreate(page, trimmed, out var absolute) ? absolute.AbsoluteUri : url;
    }

    private static Uri ParsePageUrl(string pageUrl)
    {
        if (Uri.TryCreate(pageUrl, UriKind.Absolute, out var page) && (page.Scheme == Uri.UriSchemeHttps || page.Scheme == Uri.UriSchemeHttp))
            return page;
        throw new ArgumentException($"page URL must be an absolute http(s) URL, got '{pageUrl}'", nameof(pageUrl));
    }

    private static string ResolveSrcset(string srcset, Uri page)
    {
        var candidates = SrcsetCandidates.Parse(srcset);
        if (candidates.Count == 0) return srcset;
        return string.Join(", ", candidates.Select(c =>
            c.Descriptor.Length == 0 ? Resolve(c.Url, page) : Resolve(c.Url, page) + " " + c.Descriptor));
    }

    internal static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\f', '\r'];

    /// <summary>
    /// <c>scheme:</c> per RFC 3986 (letter, then letters, digits, <c>+ - .</c>). Checked by hand because
    /// <c>Uri.TryCreate("/x", Absolute)</c> is true on Unix (it becomes <c>file:///x</c>).
    /// </summary>
    internal static bool HasScheme(string url)
    {
        if (url.Length == 0 || !char.IsAsciiLetter(url[0])) return false;
        for (var i = 1; i < url.Length; i++)
        {
            var c = url[i];
            if (c == ':') return true;
            if (!char.IsAsciiLetterOrDigit(c) && c != '+' && c != '-' && c != '.') return false;
        }
        return false;
    }

    /// <summary>
    /// A cheap scan that lets fragments whose URLs are all absolute skip the parse (feeds pass the same
    /// already-absolute article HTML through here once per feed it appears in). Conservative: anything it
    /// cannot rule out (a srcset, an entity-encoded or scheme-less value) goes to the full parser.
    /// </summary>
    private static bool MayHoldRelativeUrl(string html) => PossiblyRelativeUrlAttribute().IsMatch(html);

    [System.Text.RegularExpressions.GeneratedRegex(
        @"srcset|\b(?:href|src|poster)\s*=\s*[""']?\s*(?!(?:https?|mailto|tel|data|ftp|javascript):)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PossiblyRelativeUrlAttribute();
}
