using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Shapes that speak for or against a scraped page's line being its headline, beside <see cref="PageTitle"/>'s scoring:
/// the page's address spelling the headline's words (a slug), a headline printed twice or quoted further down, the lines
/// a head prints between its headline and the text (byline, date, buttons, an editor's note), a line that only stamps a
/// date ("Answered on 24 November 2026") and a headline that is a link. Pure.
/// </summary>
public static partial class TitleEvidence
{
    /// <summary>A slug needs this many words (of three letters or more) before it is evidence.</summary>
    private const int MinSlugWords = 2;

    /// <summary>
    /// The words of the address's last path segment ("…/88-the-week-the-ferries-stopped" → week, the, ferries,
    /// stopped), three letters or more and not all digits; empty when the address has no such slug.
    /// </summary>
    public static IReadOnlyList<string> SlugWords(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return [];
        var segment = uri.AbsolutePath.TrimEnd('/').Split('/')[^1];
        segment = FileEnding().Replace(Uri.UnescapeDataString(segment), "");
        var words = SlugSeparator().Split(segment.ToLowerInvariant())
            .Where(w => w.Length >= 3 && !w.All(char.IsDigit)).ToList();
        return words.Count >= MinSlugWords ? words : [];
    }

    /// <summary>
    /// The page's address is this line's slug: at least two of the slug's words, and three in four of them, are words of
    /// the line (a slug shortens a headline; it rarely adds words).
    /// </summary>
    public static bool NamedByAddress(string text, IReadOnlyList<string> slug)
    {
        if (slug.Count == 0) return false;
        var words = TextShapes.NormalizeForMatch(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var matched = slug.Count(words.Contains);
        return matched >= MinSlugWords && matched * 4 >= slug.Count * 3;
    }

    /// <summary>
    /// The head prints the line twice (a logo's headline and the article's, an encyclopaedia's page name and its
    /// heading) or the page quotes it further down ("5 Responses to “…”"): three words or more.
    /// </summary>
    public static bool Repeated(IReadOnlyList<string> lines, int i, int headerLines)
    {
        var text = Unlinked(TitleLine.StripHeadingMark(lines[i]));
        if (TextLines.WordCount(text) < 3) return false;
        var key = TextShapes.NormalizeForMatch(text);
        for (var j = 0; j < lines.Count; j++)
        {
            if (j == i) continue;
            var other = lines[j];
            if (j < headerLines && TextShapes.NormalizeForMatch(Unlinked(TitleLine.StripHeadingMark(other))) == key) return true;
            if (j > i && Quotes(other, text)) return true;
        }
        return false;
    }

    private static bool Quotes(string line, string text) =>
        line.Contains('"' + text + '"', StringComparison.OrdinalIgnoreCase) || line.Contains('“' + text + '”', StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A line a head prints between its headline and the text's first paragraph: a byline or bare name, a date or time,
    /// a place and date, a reading time, buttons, an event's details or an editor's note.
    /// </summary>
    public static bool IsHeadFurniture(string line)
    {
        var text = line.Trim();
        return Byline.Read(text, allowBare: true, dateFollows: true) is not null || DateLine.Read(text) is not null
            || TimestampLine.Is(text) || PlaceDateLine.Read(text) is not null || LabelledDate(text)
            || Byline.IsReadingTime(text) || HeaderWidget.Is(text) || SessionDetailsLine.Is(text) || EditorialNote.Is(text)
            || UiVocabulary.Find(text).Count > 0 && TextLines.WordCount(text) <= 6;
    }

    /// <summary>
    /// "Answered on 24 November 2026", "Updated 3 May 2027", "Ref. 118, filed on 2 June 2031": one to three words (perhaps
    /// after a reference) and a full date, perhaps with short fields after it set apart by dots or bars.
    /// </summary>
    public static bool LabelledDate(string line)
    {
        // "Last updated 8 January 2035 · Reviewed by the editors": the labelled date first, short fields after it.
        var parts = FieldSeparator().Split(line.Trim());
        return LabelThenDate().Match(parts[0]) is { Success: true } m && DateLine.Exact(m.Groups["date"].Value) is { Full: true }
            && parts.Skip(1).All(p => TextLines.WordCount(p) <= MaxFieldWords);
    }

    private const int MaxFieldWords = 8;

    [GeneratedRegex(@"\s+[·|•]\s+")]
    private static partial Regex FieldSeparator();

    /// <summary>"By JONAS EKWUEME-LARSEN, Harbour Desk": a byline whose names are followed by a desk or place after a comma.</summary>
    public static bool IsBylineWithDesk(string line) => DeskByline(line) is not null;

    /// <summary>The byline of "By NAME, Desk" (the names before the comma), or null.</summary>
    public static BylineReading? DeskByline(string line)
    {
        var text = line.Trim();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        return comma > 3 && text.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? Byline.Read(text[..comma]) : null;
    }

    /// <summary>A line that is one Markdown link ("[Headline](https://…)") as its text; any other line as it is.</summary>
    public static string Unlinked(string line)
    {
        var m = WholeLink().Match(line.Trim());
        return m.Success ? m.Groups["text"].Value.Trim() : line;
    }

    /// <summary>The label may follow a record's reference and a comma: "UIN 48213, tabled on 12 November 2026".</summary>
    [GeneratedRegex(@"^(?:(?=[^,]{0,30}\d)[^\s,]+(?:\s+[^\s,]+){0,2},\s+\p{Ll}+|\p{Lu}\p{Ll}+)(?:\s+\p{Ll}+){0,2}\s+(?:on\s+)?(?<date>\S.{5,40})$")]
    private static partial Regex LabelThenDate();

    [GeneratedRegex(@"^\[(?<text>[^\[\]]{3,250})\]\((?:https?://|/)[^)\s]*\)$")]
    private static partial Regex WholeLink();

    [GeneratedRegex(@"[-_.+~]+")]
    private static partial Regex SlugSeparator();

    [GeneratedRegex(@"\.(?:html?|php|aspx?|shtml)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileEnding();
}
