using System.Text;
using Publisher.Core.Build.Checks;

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
    /// other schemes stay as they are. Only the values that change are rewritten (double-quoted, <c>&amp;</c> and
    /// <c>"</c> escaped); every other byte of the fragment is kept. Returns <paramref name="html"/> itself when
    /// nothing needed resolving. The start tags are read by the link check's tokenizer-level scanner
    /// (<see cref="HtmlStartTags"/>), not a DOM parse: feeds make every article's HTML absolute.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="pageUrl"/> is not an absolute http(s) URL.</exception>
    public static string MakeAbsolute(string html, string pageUrl)
    {
        var page = ParsePageUrl(pageUrl);
        if (string.IsNullOrEmpty(html) || !MayHoldRelativeUrl(html)) return html;

        StringBuilder? result = null;
        var copied = 0;
        foreach (var tag in HtmlStartTags.Read(html))
        {
            // A tag's attributes come in the order written, but SingleUrlAttributes does not: collect, then splice in order.
            List<(TagAttribute Attribute, string Resolved)>? changes = null;
            foreach (var name in SingleUrlAttributes)
                if (tag.Find(name) is { } attribute && attribute.Value is var value && Resolve(value, page) is var resolved && resolved != value)
                    (changes ??= []).Add((attribute, resolved));
            if (tag.Find("srcset") is { } srcset && srcset.Value is var set && ResolveSrcset(set, page) is var resolvedSet && resolvedSet != set)
                (changes ??= []).Add((srcset, resolvedSet));
            if (changes is null) continue;

            result ??= new StringBuilder(html.Length + 256);
            foreach (var (attribute, resolved) in changes.OrderBy(c => c.Attribute.RawStart))
            {
                result.Append(html, copied, attribute.RawStart - copied);
                if (!attribute.HasValue) result.Append('=');
                result.Append('"').Append(EscapeAttribute(resolved)).Append('"');
                copied = attribute.RawEnd;
            }
        }
        if (result is null) return html;
        return result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>A value for a double-quoted attribute, escaped as HTML's serialisation does.</summary>
    private static string EscapeAttribute(string value) =>
        value.AsSpan().IndexOfAny('&', '"', '\u00A0') < 0
            ? value
            : value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("\u00A0", "&nbsp;", StringComparison.Ordinal);

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
    /// A cheap scan that lets fragments whose URLs are all absolute skip the tag scan (feeds pass the same
    /// already-absolute article HTML through here once per feed it appears in). Conservative: anything it
    /// cannot rule out (a srcset, an entity-encoded or scheme-less value) goes to the tag scan.
    /// </summary>
    private static bool MayHoldRelativeUrl(string html) => PossiblyRelativeUrlAttribute().IsMatch(html);

    [System.Text.RegularExpressions.GeneratedRegex(
        @"srcset|\b(?:href|src|poster)\s*=\s*[""']?\s*(?!(?:https?|mailto|tel|data|ftp|javascript):)",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PossiblyRelativeUrlAttribute();
}
