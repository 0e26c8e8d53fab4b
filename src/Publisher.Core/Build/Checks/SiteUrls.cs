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

    private static bool IsHttp(string url) =>
        url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
}
