using Publisher.Core.Feeds;

namespace Publisher.Core.Build.Checks;

/// <summary>Maps URLs written in output files onto the output tree, relative to the site's base URL.</summary>
public sealed class SiteUrls
{
    private readonly Uri _base;
    private readonly string _basePath;

    private SiteUrls(Uri baseUri)
    {
        _base = baseUri;
        _basePath = baseUri.AbsolutePath;
    }

    public Uri Base => _base;

    /// <summary>The base URL with its path ending in <c>/</c>, or null if it is not an absolute http(s) URL.</summary>
    public static SiteUrls? TryCreate(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri)) return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps) return null;
        if (!uri.AbsolutePath.EndsWith('/')) uri = new Uri(uri, uri.AbsolutePath + "/");
        return new SiteUrls(new Uri(uri.GetLeftPart(UriPartial.Path)));
    }

    /// <summary>The absolute URL an output file is served at.</summary>
    public Uri PageUri(string relativePath) =>
        new(_base, string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString)));

    /// <summary>The page's own URL, or the one its <c>&lt;base href&gt;</c> names.</summary>
    public Uri DocumentBase(Uri page, string? baseHref)
    {
        if (baseHref is null || (HtmlUrls.HasScheme(baseHref.Trim()) && !IsHttp(baseHref.Trim()))) return page;
        return Uri.TryCreate(page, baseHref.Trim(), out var resolved) ? resolved : page;
    }

    public LinkTarget Resolve(string url, Uri documentBase)
    {
        var value = url.Trim(HtmlUrls.AsciiWhitespace);
        if (value.Length == 0) return new LinkTarget.NotChecked();
        if (HtmlUrls.HasScheme(value) && !IsHttp(value)) return new LinkTarget.NotChecked();
        if (!Uri.TryCreate(documentBase, value, out var target)) return new LinkTarget.Invalid();
        if (target.Scheme != Uri.UriSchemeHttp && target.Scheme != Uri.UriSchemeHttps) return new LinkTarget.NotChecked();
        if (!string.Equals(target.Host, _base.Host, StringComparison.OrdinalIgnoreCase) || target.Port != _base.Port)
            return new LinkTarget.NotChecked();

        var path = target.AbsolutePath;
        if (path + "/" == _basePath) path = _basePath;
        if (!path.StartsWith(_basePath, StringComparison.Ordinal)) return new LinkTarget.OutsideSite(target.AbsoluteUri);

        var relative = Uri.UnescapeDataString(path[_basePath.Length..]);
        var fragment = target.Fragment.Length > 0 ? target.Fragment[1..] : "";
        return new LinkTarget.Internal(relative, fragment);
    }

    /// <summary>
    /// <see cref="Resolve"/> for the links a built page is made of (<c>../../tags/iraq/index.html#x</c>), without
    /// System.Uri: a relative path of plain characters, resolved against the folder of the output file at
    /// <paramref name="pageRelativePath"/>. Null when the URL is anything else (a scheme, a query, an escape, a
    /// step above the site…): the caller then resolves it with <see cref="Resolve"/>, which gives the same answer
    /// for every URL this accepts.
    /// </summary>
    public LinkTarget.Internal? ResolvePlainRelative(string url, string pageRelativePath)
    {
        var value = url.AsSpan().Trim(HtmlUrls.AsciiWhitespace);
        var hashAt = value.IndexOf('#');
        var path = hashAt < 0 ? value : value[..hashAt];
        var fragment = hashAt < 0 ? ReadOnlySpan<char>.Empty : value[(hashAt + 1)..];
        if (path.Length == 0 || path[0] == '/' || !IsPlain(path) || !IsPlain(fragment) || !IsPlain(pageRelativePath)
            || path.Contains("//", StringComparison.Ordinal) || pageRelativePath.Contains("//", StringComparison.Ordinal)
            || path.IndexOf(':') >= 0)
            return null;

        if (UpAndDown(path, fragment, pageRelativePath) is { } quick) return quick;
        var folders = new List<string>(pageRelativePath.Split('/')[..^1]);
        var segments = path.ToString().Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var last = i == segments.Length - 1;
            if (segment.Length > 0 && segment.AsSpan().IndexOfAnyExcept('.') < 0)
            {
                // "." and ".." as the last step, and runs of three or more dots, are left to System.Uri.
                if (last || segment.Length > 2) return null;
                if (segment.Length == 2)
                {
                    if (folders.Count == 0) return null; // above the site's base: System.Uri says where
                    folders.RemoveAt(folders.Count - 1);
                }
                continue;
            }
            folders.Add(segment);
        }
        return new LinkTarget.Internal(string.Join('/', folders), fragment.ToString());
    }

    /// <summary>
    /// The usual shape of a page's link, answered with one string made: some <c>../</c> steps, then a path with no dot
    /// segments, from a page whose path does not start with <c>/</c>. Null for anything else (the general walk above
    /// answers it). The caller has checked that the path and fragment are plain and have no <c>//</c>.
    /// </summary>
    private static LinkTarget.Internal? UpAndDown(ReadOnlySpan<char> path, ReadOnlySpan<char> fragment, string pageRelativePath)
    {
        if (pageRelativePath.StartsWith('/')) return null;
        var up = 0;
        while (path[(3 * up)..].StartsWith("../", StringComparison.Ordinal)) up++;
        var rest = path[(3 * up)..];
        // A dot segment after the steps up ("a/./b", "x/..", "...") is left to the walk.
        for (var segment = rest; ;)
        {
            var slash = segment.IndexOf('/');
            var part = slash < 0 ? segment : segment[..slash];
            if (part.Length > 0 && part.IndexOfAnyExcept('.') < 0) return null;
            if (slash < 0) break;
            segment = segment[(slash + 1)..];
        }
        var folders = pageRelativePath.AsSpan().Count('/');
        if (up > folders) return null; // above the site's base: System.Uri says where
        // The page's first (folders - up) folders, then the rest.
        var keep = folders - up;
        var end = -1;
        for (var i = 0; i < keep; i++) end = pageRelativePath.IndexOf('/', end + 1);
        var target = keep == 0 ? rest.ToString() : string.Concat(pageRelativePath.AsSpan(0, end), "/", rest);
        return new LinkTarget.Internal(target, fragment.ToString());
    }

    /// <summary>
    /// <see cref="Resolve"/> for the site's own absolute URLs of plain characters (<c>https://site.org/tags/x/#y</c>,
    /// feeds' and pages' canonical links), without System.Uri: the URL starts with the base URL as System.Uri writes it,
    /// and the rest is a plain path (no dot segments, no <c>//</c>) and fragment. Null for anything else; the caller then
    /// uses <see cref="Resolve"/>, which gives the same answer for every URL this accepts.
    /// </summary>
    public LinkTarget.Internal? ResolvePlainAbsolute(string url)
    {
        var value = url.AsSpan().Trim(HtmlUrls.AsciiWhitespace);
        var root = _base.AbsoluteUri;
        if (!value.StartsWith(root, StringComparison.Ordinal)) return null;
        value = value[root.Length..];
        var hashAt = value.IndexOf('#');
        var path = hashAt < 0 ? value : value[..hashAt];
        var fragment = hashAt < 0 ? ReadOnlySpan<char>.Empty : value[(hashAt + 1)..];
        if ((hashAt >= 0 && fragment.Length == 0) || !IsPlain(path) || !IsPlain(fragment) || path.StartsWith('/') || path.Contains("//", StringComparison.Ordinal))
            return null;
        for (var segment = path; ;)
        {
            var slash = segment.IndexOf('/');
            var part = slash < 0 ? segment : segment[..slash];
            if (part.Length > 0 && part.IndexOfAnyExcept('.') < 0) return null;
            if (slash < 0) break;
            segment = segment[(slash + 1)..];
        }
        return new LinkTarget.Internal(path.ToString(), fragment.ToString());
    }

    /// <summary>Letters, digits and <c>- . _ ~ /</c>: nothing System.Uri would escape, unescape or treat specially.</summary>
    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.' or '_' or '~' or '/')) return false;
        return true;
    }

    private static bool IsHttp(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
}
