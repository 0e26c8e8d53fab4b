using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A wire service's kicker glued to the front of a headline with a hyphen: "EXPLAINER-What is …", "FACTBOX-Who …",
/// "ANALYSIS-Ports …", "UPDATE 2-Talks …". One or two words in capitals, no space before the hyphen, a capital after it;
/// at least three words of headline must remain. The kicker is no part of the title; when it is a genre it names the
/// piece's kind. Pure.
/// </summary>
public static partial class TitleKicker
{
    /// <summary>The title without its kicker, and the kicker (null when there was none).</summary>
    public static (string Title, string? Kicker) Strip(string title)
    {
        var m = Kicker().Match(title.Trim());
        // "Opinion | Why the Police …": a section that is a genre, printed before the headline after a bar.
        if (!m.Success && SectionBar().Match(title.Trim()) is { Success: true } bar && Genres.Of(bar.Groups["kicker"].Value) is not null) m = bar;
        if (!m.Success) return (title, null);
        // In a headline printed in capitals, "WAR-RISK PREMIUMS …" is a hyphenated word: only a genre or a numbered
        // update ("EXPLAINER-WHAT IS …", "UPDATE 2-…") is a kicker there.
        var kicker = m.Groups["kicker"].Value;
        if (!title.Any(char.IsLower) && Genres.Of(kicker) is null && !kicker.Any(char.IsDigit)) return (title, null);
        var rest = title.Trim()[m.Length..].Trim();
        return TextLines.WordCount(rest) >= 3 ? (rest, m.Groups["kicker"].Value) : (title, null);
    }

    /// <summary>The genre the title's kicker names ("EXPLAINER-…" → explainer), or null.</summary>
    public static GenreEvidence? Genre(string title) =>
        Strip(title) is (_, { } kicker) && Genres.Of(kicker) is { } kind
            ? new GenreEvidence(kind, $"the headline's kicker '{kicker}-' names the piece's genre")
            : null;

    [GeneratedRegex(@"^(?<kicker>\p{Lu}\p{L}+(?:\s\p{L}+)?)\s+\|\s+(?=[\p{Lu}\d""“‘'])")]
    private static partial Regex SectionBar();

    [GeneratedRegex(@"^(?<kicker>\p{Lu}{3,}(?:\s(?:\p{Lu}{2,}|\d{1,2}))?)-(?=\p{Lu})")]
    private static partial Regex Kicker();
}
