using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A line that is only the site's or publication's name ("The Lakeside Herald", "lakesideherald.com"): a masthead left in the body.</summary>
internal static partial class Masthead
{
    private const int MaxWords = 8;

    /// <param name="names">Publication names the import knows (the draft's, the site's own).</param>
    /// <param name="siteUrl">The scrape's site address, whose host name is the site's name run together.</param>
    public static bool Is(string text, IEnumerable<string?> names, string? siteUrl)
    {
        if (Regex.Matches(text, @"\S+").Count > MaxWords) return false;
        var key = Key(text);
        if (key.Length < 3) return false;
        if (names.OfType<string>().Select(Key).Any(n => n.Length >= 3 && n == key)) return true;
        return HostName(siteUrl) is { } host && (key == host || Key(text.Replace(".", "", StringComparison.Ordinal)) == host + TopLevel(siteUrl));
    }

    private static string Key(string text)
    {
        var t = Letters().Replace(text.ToLowerInvariant(), "");
        return t.StartsWith("the", StringComparison.Ordinal) && t.Length > 6 ? t[3..] : t;
    }

    /// <summary>"https://www.lakesideherald.com/…" → "lakesideherald".</summary>
    private static string? HostName(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        var labels = uri.Host.Split('.');
        if (labels.Length < 2) return null;
        var name = labels[^2].Length <= 3 && labels.Length >= 3 ? labels[^3] : labels[^2];
        return Key(name);
    }

    private static string TopLevel(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Split('.')[^1] : "";

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex Letters();
}
