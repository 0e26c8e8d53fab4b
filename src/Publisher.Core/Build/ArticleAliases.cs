namespace Publisher.Core.Build;

/// <summary>
/// Reads an article's <c>aliases</c> entry (an earlier address of the article, site-relative: <c>articles/old-slug/</c>
/// or <c>/articles/old-slug/</c>) into the URL its redirect page is written at. Pure.
/// </summary>
internal static class ArticleAliases
{
    /// <summary>The alias as a root-relative page URL (<c>/articles/old-slug/</c>), or null with why it cannot be one.</summary>
    public static string? Normalize(string written, out string? problem)
    {
        var text = written.Trim();
        problem = text switch
        {
            "" => "it is empty",
            _ when text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal)
                => "it is a full web address; write the address on this site without the domain, e.g. 'articles/old-slug/'",
            _ when text.IndexOfAny(['#', '?']) >= 0 => "a redirect page cannot be at an address with '#' or '?'",
            _ when text.Any(char.IsWhiteSpace) || text.Contains('\\') => "it has spaces or backslashes; write the address as it appears in the browser",
            _ when text.Split('/').Any(segment => segment is "." or "..") => "it has '.' or '..' folders; write the address from the site's root",
            _ => null,
        };
        if (problem is not null) return null;
        var url = Permalinks.Normalize("/" + text.TrimStart('/'));
        if (url == Permalinks.Home) problem = "it is the home page's address";
        return problem is null ? url : null;
    }
}
