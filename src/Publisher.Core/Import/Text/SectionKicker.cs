using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A kicker over a headline that names the site's section and then the piece's genre: "Africa | Explainer", "SAFETY &amp;
/// INTEGRITY · THREAT REPORT", "World › Analysis". Two or three short parts between separators, none a sentence; the
/// genre is the last part that names one (<see cref="Genres.OwnLabel"/>) — the most specific. Pure.
/// </summary>
public static partial class SectionKicker
{
    private const int MaxPartWords = 4;

    /// <summary>The genre the kicker's most specific part names, or null.</summary>
    public static string? Genre(string line)
    {
        var parts = Separator().Split(line.Trim().Trim('*', '_').Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count is < 2 or > 3 || parts.Any(p => TextLines.WordCount(p) > MaxPartWords || p.IndexOfAny(['.', '!', '?', ':', ',']) >= 0)) return null;
        for (var i = parts.Count - 1; i >= 0; i--)
            if (Genres.OwnLabel(parts[i]) is { } kind) return kind;
        return null;
    }

    [GeneratedRegex(@"\s+[|·•/›»>—–]\s+")]
    private static partial Regex Separator();
}
