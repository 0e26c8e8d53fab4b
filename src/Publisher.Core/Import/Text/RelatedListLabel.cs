using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The label a site sets over its list of other pieces: "Related Articles", "Read more", "Recommended", "You may also
/// like", "People also read", "Recent Posts", "More from NAME and SITE", or any <see cref="RailLabel"/> ("More
/// episodes", "Other statements"). The whole line is the label, nothing else; the shape alone is loose, so a reader
/// takes it as a list's label only by its place (after the notes, in the page's tail). Pure.
/// </summary>
internal static partial class RelatedListLabel
{
    private const int MaxWords = 9;

    /// <summary>True for a line that is only the label of a list of other pieces.</summary>
    public static bool Is(string text)
    {
        var line = text.Trim().Trim('*', '_', '#', ' ').TrimEnd(':').Trim();
        if (line.Length == 0 || line.Contains('\n') || TextLines.WordCount(line) > MaxWords) return false;
        return Label().IsMatch(line) || RailLabel.Is(line);
    }

    /// <summary>
    /// The label and its list on one line: "Other country profiles: Karsund | Tarvasia | Vardell", "Related: A · B · C" —
    /// the label (<see cref="Is"/>), a colon, then two or more short items set apart by bars or dots.
    /// </summary>
    public static bool IsInlineList(string text)
    {
        var line = text.Trim();
        var colon = line.IndexOf(':');
        if (colon <= 0 || !Is(line[..colon])) return false;
        var items = ItemSeparator().Split(line[(colon + 1)..]).Select(i => i.Trim()).ToList();
        return items.Count >= 2 && items.All(i => i.Length > 0 && TextLines.WordCount(i) <= MaxWords);
    }

    [GeneratedRegex(@"\s+[|·•]\s+")]
    private static partial Regex ItemSeparator();

    [GeneratedRegex(@"^(?:recommended(?:\s+for\s+you|\s+reading|\s+articles|\s+stories)?|related(?:\s+(?:articles|stories|content|posts|reading|coverage|research|analysis))?|read\s+(?:more|also|next)|also\s+read|see\s+also|up\s+next|most\s+(?:read|popular|viewed)|you\s+(?:may|might)\s+also\s+(?:like|enjoy)|people\s+also\s+read|more\s+from\s+\p{Lu}[\p{L}\p{N}&'’.\- ]{1,60}|more\s+on\s+this(?:\s+story|\s+topic)?|(?:recent|latest|popular)\s+(?:posts|articles|stories))$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();
}
