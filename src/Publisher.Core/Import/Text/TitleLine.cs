using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>What a line above a scraped page's title is, when it is not the title.</summary>
public enum TitleFurniture { None, Rule, Breadcrumb, Date, SiteName, Position }

/// <summary>
/// Choosing a scraped page's title line: the first title-shaped line, or a Markdown <c># Title</c> near the top,
/// never a rule (<c>---</c>), a breadcrumb (<c>Home › Analysis › …</c>), a date line, a series position or a site name above the
/// real title. Pure.
/// </summary>
public static partial class TitleLine
{
    /// <summary>A line that can be an article title: title-like, not a rule, breadcrumb, date or byline.</summary>
    public static bool IsTitleShaped(string line)
    {
        var text = StripHeadingMark(line);
        if (text.Length < 3 || Furniture(line) != TitleFurniture.None) return false;
        if (Byline.Read(text) is not null) return false;
        return TextShapes.IsTitleLike(text) || (TextLines.WordCount(text) >= 3 && text[^1] is not ('.' or ',' or ';' or ':') && char.IsLetterOrDigit(text.TrimStart('"', '“', '‘', '\'')[0]));
    }

    /// <summary>The kind of page furniture a line is (by its own shape alone; site names need context).</summary>
    public static TitleFurniture Furniture(string line)
    {
        var text = line.Trim();
        if (RuleLine.Is(text)) return TitleFurniture.Rule;
        if (IsBreadcrumb(text)) return TitleFurniture.Breadcrumb;
        if (DateLine.Read(text) is not null || PlaceDateLine.IsDaySpan(text)) return TitleFurniture.Date;
        if (PositionLine().IsMatch(text)) return TitleFurniture.Position;
        return TitleFurniture.None;
    }

    /// <summary>"Home › Analysis › Middle East", "Home > News", "News / World / Africa".</summary>
    public static bool IsBreadcrumb(string line)
    {
        var text = line.Trim();
        var parts = Crumb().Split(text);
        if (parts.Length < 2 || text.Length > 200) return false;
        if (parts.Any(p => p.Trim().Length == 0 || TextLines.WordCount(p) > 8)) return false;
        return Crumb().Match(text).Value.Trim() is "›" or "»" or ">" or "/" || parts[0].Trim().Equals("Home", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The index (in <paramref name="lines"/>, non-blank lines in order) of the title line, looking at most at the
    /// first few lines: a <c># Title</c> under short furniture lines, else the first title-shaped line (a short
    /// first line directly above a longer title-shaped line is taken for the site's name). -1 when none.
    /// </summary>
    public static int Choose(IReadOnlyList<string> lines, int lookAhead = 8)
    {
        var limit = Math.Min(lines.Count, lookAhead);
        for (var i = 0; i < limit; i++)
        {
            if (!HeadingMark().IsMatch(lines[i])) continue;
            if (lines.Take(i).All(l => Furniture(l) != TitleFurniture.None || IsShortLabel(l)) && IsTitleShaped(lines[i])) return i;
            break;
        }
        for (var i = 0; i < limit; i++)
        {
            if (!IsTitleShaped(lines[i])) continue;
            var next = i + 1 < limit ? lines[i + 1] : null;
            if (next is not null && IsShortLabel(lines[i]) && !HeadingMark().IsMatch(lines[i]) && IsTitleShaped(next)
                && TextLines.WordCount(StripHeadingMark(next)) >= 4 && TextLines.WordCount(StripHeadingMark(next)) > TextLines.WordCount(lines[i]))
                continue; // "Daily Ledger" above "Port strike enters its second week"
            return i;
        }
        return -1;
    }

    /// <summary>The title text of a title line: Markdown heading marks and emphasis removed.</summary>
    public static string StripHeadingMark(string line) => HeadingMark().Replace(line.Trim(), "").Trim().Trim('*').Trim();

    /// <summary>
    /// "7. Small harbours and the limits of port security", "87 · A new emir on the lake": a bare number, then a full stop or
    /// a middle dot, opening a headline is its place in a series (a book's chapter, a show's episode), not part of it.
    /// A number that is a headline's first word ("40 Wells in a Dry Valley") or a marked one ("Ep. 112:", "#73 —") stays.
    /// </summary>
    public static string WithoutSeriesPosition(string title)
    {
        var m = SeriesPosition().Match(title);
        return m.Success ? title[m.Length..] : title;
    }

    [GeneratedRegex(@"^\d{1,3}(?:\.|\s*·)\s+(?=\p{Lu})")]
    private static partial Regex SeriesPosition();

    /// <summary>"Paper 2 of 4", "Part 3 of 5", "Story 4/12": where the piece stands in its panel or series, alone on its line.</summary>
    [GeneratedRegex(@"^\p{L}+\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PositionLine();

    /// <summary>A short line without sentence punctuation: a site name, a section label, a menu entry.</summary>
    private static bool IsShortLabel(string line)
    {
        var text = line.Trim();
        return text.Length > 0 && TextLines.WordCount(text) <= 3 && text[^1] is not ('.' or '?' or '!');
    }


    [GeneratedRegex(@"\s+[›»>/|]\s+|\s*[›»]\s*")]
    private static partial Regex Crumb();

    [GeneratedRegex(@"^#{1,3}\s+")]
    private static partial Regex HeadingMark();
}
