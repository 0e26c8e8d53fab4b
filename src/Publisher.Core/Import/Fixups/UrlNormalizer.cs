using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Cleans up a web address as scrapes and PDF text leave it: missing scheme ("www.x.com/a"), a scheme
/// with one slash, spaces, doubled slashes in the path, an upper-case host, "twitter.com/@handle".
/// Pure; returns null when the result still is not an absolute http(s) address.
/// </summary>
public static partial class UrlNormalizer
{
    private static readonly HashSet<string> ProfileHosts = new(StringComparer.Ordinal)
    {
        "twitter.com", "www.twitter.com", "mobile.twitter.com", "x.com", "www.x.com",
    };

    public static string? Normalize(string raw)
    {
        var s = raw.Trim().Trim('<', '>').Trim();
        if (s.Length == 0) return null;
        s = Whitespace().Replace(s, "%20");
        if (s.StartsWith("//", StringComparison.Ordinal)) s = "https:" + s;
        s = BrokenScheme().Replace(s, m => m.Groups[1].Value.ToLowerInvariant() + "://");
        if (!HasScheme().IsMatch(s))
        {
            if (!DomainLike().IsMatch(s)) return null;
            s = "https://" + s;
        }

        var schemeEnd = s.IndexOf("://", StringComparison.Ordinal);
        var scheme = s[..schemeEnd].ToLowerInvariant();
        if (scheme is not ("http" or "https")) return null;
        var rest = s[(schemeEnd + 3)..];
        var authorityEnd = rest.IndexOfAny(['/', '?', '#']);
        var authority = (authorityEnd < 0 ? rest : rest[..authorityEnd]).ToLowerInvariant().TrimEnd('.');
        var tail = authorityEnd < 0 ? "" : rest[authorityEnd..];

        var queryStart = tail.IndexOfAny(['?', '#']);
        var path = queryStart < 0 ? tail : tail[..queryStart];
        var query = queryStart < 0 ? "" : tail[queryStart..];
        path = Slashes().Replace(path, "/");
        if (path.Length == 0) path = "/";
        if (ProfileHosts.Contains(authority) && path.StartsWith("/@", StringComparison.Ordinal)) path = "/" + path[2..];

        var result = $"{scheme}://{authority}{path}{query}";
        if (!Uri.TryCreate(result, UriKind.Absolute, out var uri) || uri.Host.Length == 0) return null;
        if (!uri.Host.Contains('.') && uri.Host != "localhost") return null;
        return result;
    }

    /// <summary>A target with no scheme that is not a domain: "/experts/x", "policy/x", "../x".</summary>
    public static bool IsRelative(string target)
    {
        var t = target.Trim();
        if (t.Length == 0 || t.StartsWith('#') || t.StartsWith("//", StringComparison.Ordinal)) return false;
        // "not a web address" is not a path; a path may contain an encoded space but no bare one.
        if (t.Any(char.IsWhiteSpace)) return false;
        if (HasScheme().IsMatch(t) || BrokenScheme().IsMatch(t)) return false;
        return !DomainLike().IsMatch(t);
    }

    [GeneratedRegex(@"/{2,}")]
    private static partial Regex Slashes();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(https?)(?::/{0,3}|/{1,3})(?=[^/])(?<!://)", RegexOptions.IgnoreCase)]
    private static partial Regex BrokenScheme();

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex HasScheme();

    [GeneratedRegex(@"^(?:[a-zA-Z0-9-]+\.)+[a-zA-Z]{2,}(?::\d+)?(?:[/?#]|$)")]
    private static partial Regex DomainLike();
}
