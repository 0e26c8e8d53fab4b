using System.Globalization;
using System.Text;

namespace Publisher.Core.Import.Text;

/// <summary>Titles, headings and section labels on single lines, and comparing titles across sources. Pure.</summary>
public static partial class TextShapes
{
    /// <summary>A line shaped like a title or heading: starts with a capital (or quote/digit), no sentence end.</summary>
    public static bool IsTitleLike(string line, int maxWords = 30)
    {
        line = line.Trim();
        if (line.Length is 0 or > 250) return false;
        var first = line.TrimStart('\'', '‘', '"', '“', '«');
        if (first.Length == 0 || !(char.IsUpper(first[0]) || char.IsDigit(first[0]))) return false;
        if (line[^1] is '.' or ',' or ';' or ':') return false;
        return TextLines.WordCount(line) <= maxWords;
    }

    /// <summary>A section label in capitals: "BRIEFS", "ANALYSIS", "ARTICLES & TESTIMONY", "THIS WEEK'S ANALYSIS".</summary>
    public static bool IsCapitalsLabel(string line) => IsCapitalsLabel(line, maxWords: 4, maxLength: 40);

    /// <summary>A label in capitals of at most <paramref name="maxWords"/> words (a box's label between rules may be longer than a section's).</summary>
    public static bool IsCapitalsLabel(string line, int maxWords, int maxLength)
    {
        line = line.Trim();
        if (line.Length < 3 || line.Length > maxLength) return false;
        if (!line.Any(char.IsLetter)) return false;
        if (line.Any(c => char.IsLetter(c) && !char.IsUpper(c))) return false;
        return line.All(c => char.IsLetter(c) || c is ' ' or '&' or '-' or '/' or '\'' or '’') && TextLines.WordCount(line) <= maxWords;
    }

    /// <summary>Joins a title wrapped over several lines; a line-end hyphen is kept (compounds like "Al-Qaeda-").</summary>
    public static string UnwrapTitle(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (sb.Length > 0 && sb[^1] != '-') sb.Append(' ');
            sb.Append(line);
        }
        return sb.ToString();
    }

    /// <summary>Lower-case words only, quotes and punctuation dropped: for comparing titles across sources.</summary>
    public static string NormalizeForMatch(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    /// <summary>Share of distinct words the two texts have in common (Jaccard), after <see cref="NormalizeForMatch"/>.</summary>
    public static double WordSimilarity(string a, string b)
    {
        var wa = NormalizeForMatch(a).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        var wb = NormalizeForMatch(b).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        if (wa.Count == 0 || wb.Count == 0) return 0;
        var common = wa.Count(wb.Contains);
        return (double)common / (wa.Count + wb.Count - common);
    }
}
