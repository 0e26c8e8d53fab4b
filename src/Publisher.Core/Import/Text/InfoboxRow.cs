using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A row of a facts box (an encyclopedia's infobox, a profile's summary table) as a scrape flattens it: a short key, a
/// tab, a short value ("Founded&lt;TAB&gt;2011", "Leaders&lt;TAB&gt;Teodor Vasqa (2011–2019)"). Neither side is a
/// sentence. The rule drops runs of them before the article's first paragraph only: a table inside the text is text. Pure.
/// </summary>
internal static partial class InfoboxRow
{
    private const int MaxKeyWords = 7;
    private const int MaxValueWords = 20;

    public static bool Is(string line)
    {
        if (Row().Match(line.Trim()) is not { Success: true } m) return false;
        var key = m.Groups["key"].Value.Trim();
        var value = m.Groups["value"].Value.Trim();
        return TextLines.WordCount(key) <= MaxKeyWords && TextLines.WordCount(value) <= MaxValueWords
            && !key.EndsWith('.') && TextLines.SentenceCount(value) <= 1;
    }

    [GeneratedRegex(@"^(?<key>[^\t]{1,60})\t+(?<value>[^\t].*)$")]
    private static partial Regex Row();
}
