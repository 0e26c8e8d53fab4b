namespace Publisher.Core.Import.Text;

/// <summary>
/// The folders a page's address files it under: the path's segments without the last, which is the page's own slug
/// ("/publications/policy-briefs/the-slug/" → publications, policy-briefs). The site's root ("https://blog.example/")
/// has none. Pure.
/// </summary>
internal static class AddressFolders
{
    public static string[] Of(Uri uri)
    {
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 ? segments[..^1] : segments;
    }
}
