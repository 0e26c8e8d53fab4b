using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The list of links a text browser prints after a page it dumps (lynx, w3m: "References" or "Visible links", then
/// "1. https://…", "2. mailto:…", one address a line, numbered as the "[1]" markers in the text): the page's links, not
/// its text. Pure.
/// </summary>
internal static partial class TextBrowserLinks
{
    private const int MinEntries = 3;

    /// <summary>The index of the list's heading block among <paramref name="blocks"/> when the blocks after it to the end are only such entries; else -1.</summary>
    public static int Start(IReadOnlyList<TextBlock> blocks)
    {
        for (var i = blocks.Count - 2; i >= 0; i--)
        {
            if (!blocks[i].IsSingleLine || !Heading().IsMatch(blocks[i].Joined.Trim())) continue;
            var entries = blocks.Skip(i + 1).SelectMany(b => b.Lines).Where(l => l.Text.Trim().Length > 0).ToList();
            return entries.Count >= MinEntries && entries.All(l => Entry().IsMatch(l.Text)) ? i : -1;
        }
        return -1;
    }

    /// <summary>
    /// The text with a text browser's link markers taken off ("[13]Download the full report" → "Download the full
    /// report"), when the text ends in such a browser's link list; the text as it is otherwise. Line count kept.
    /// </summary>
    public static (string Text, int Markers) WithoutMarkers(string text)
    {
        if (!text.Contains("References", StringComparison.OrdinalIgnoreCase) && !text.Contains("links", StringComparison.OrdinalIgnoreCase)) return (text, 0);
        if (Start(SeedText.Blocks(text)) < 0) return (text, 0);
        var count = 0;
        var stripped = Marker().Replace(text, _ => { count++; return ""; });
        return (stripped, count);
    }

    /// <summary>"[13]" glued to the word after it: the number of the link in the browser's list.</summary>
    [GeneratedRegex(@"\[\d{1,4}\](?=[\p{L}\p{N}""“‘(])")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:References|Visible links|Hidden links|Links)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    /// <summary>
    /// One entry or several (a reader may have joined the lines of the list into one): an address with its scheme, or one
    /// inside the page or the site ("#main", "/about/") as a browser prints a link it could not make absolute.
    /// </summary>
    [GeneratedRegex(@"^(?:\s*\d{1,4}\.\s+(?:[a-z][a-z0-9+.-]*:\S*|[#/]\S*))+\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Entry();
}
