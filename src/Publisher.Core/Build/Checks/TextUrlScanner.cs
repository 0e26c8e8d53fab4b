using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build.Checks;

/// <summary>
/// Finds the site's own absolute URLs in a text output file (feeds, sitemap, JSON): in elements,
/// attributes and escaped HTML alike, each with its line and column.
/// </summary>
public static class TextUrlScanner
{
    // What ends a URL in XML or JSON text: whitespace, quotes, markup, a JSON escape, or an entity.
    private const string UrlEnd = @"[\s""'<>\\\]\)&]";
    private const string UrlChar = @"[^\s""'<>\\\]\)&]";
    private const string SentenceEnd = "[.,;:!?]";

    private static readonly char[] SentenceEndChars = ['.', ',', ';', ':', '!', '?'];

    /// <param name="pool">Shares the URL strings among the files a build holds; null keeps each file's own.</param>
    public static PageScan Scan(string relativePath, string displayPath, string text, SiteUrls site, StringPool? pool = null)
    {
        var baseUrl = site.Base.AbsoluteUri.TrimEnd('/');
        // The base URL, then either the end of the URL or a path, query or fragment: "https://site.org.evil" is not ours.
        var pattern = new Regex(Regex.Escape(baseUrl) + "(?=[/?#]|" + SentenceEnd + "*(?:" + UrlEnd + "|$))" + UrlChar + "*",
            RegexOptions.CultureInvariant);

        var lineStarts = LineStarts(text);
        var references = new List<PageReference>();
        foreach (Match match in pattern.Matches(text))
        {
            // Prose like "see https://site/x/." ends a sentence, not the URL.
            var url = match.Value.TrimEnd(SentenceEndChars);
            var (line, column) = Position(lineStarts, match.Index);
            references.Add(new PageReference(pool is null ? url : pool.Get(url), line, column));
        }

        return new PageScan(relativePath, displayPath, new HashSet<string>(StringComparer.Ordinal), references.ToArray(), []);
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return starts;
    }

    private static (int Line, int Column) Position(List<int> lineStarts, int index)
    {
        var line = lineStarts.BinarySearch(index);
        if (line < 0) line = ~line - 1;
        return (line + 1, index - lineStarts[line] + 1);
    }
}
