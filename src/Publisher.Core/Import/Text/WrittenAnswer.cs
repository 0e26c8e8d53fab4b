using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The lines of a parliament's record of a written question that say who asked and answered and when, printed around
/// the question rather than in the page's head: "Asked on 2 June 2032" / "Tabled on …" (the question's date), and the
/// answer's head — "Answered by NAME, ROLE[, DATE]", "Answered on DATE", or a role card ("NAME, Minister for …") right
/// under "Answered on DATE". Pure.
/// </summary>
internal static partial class WrittenAnswer
{
    private const int MaxWords = 25;

    /// <summary>"Answered by Ann Lee, Minister of State (Ministry of Justice)": the answering member's names, or null.</summary>
    public static IReadOnlyList<string>? AnsweredBy(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return TextLines.WordCount(t) <= MaxWords && AnsweredByOpening().IsMatch(t) && Byline.Read(t) is { Names.Count: > 0 } byline ? byline.Names : null;
    }

    /// <summary>The full date of an answer line ("Answered on 16 June 2032", "Answered by NAME, ROLE, 10 March 2031"), or null.</summary>
    public static DateReading? AnswerDate(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return TextLines.WordCount(t) <= MaxWords && AnsweredOpening().IsMatch(t) && DateLine.FindIn(t) is { Full: true } date ? date : null;
    }

    /// <summary>"Asked on 2 June 2032", "Tabled on 12 November 2026": the question's own date line.</summary>
    public static bool IsAskedOn(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return TextLines.WordCount(t) <= 8 && AskedOnOpening().IsMatch(t) && DateLine.FindIn(t) is { Full: true };
    }

    [GeneratedRegex(@"^answered\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnsweredByOpening();

    [GeneratedRegex(@"^answered\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnsweredOpening();

    [GeneratedRegex(@"^(?:asked|tabled)\s+on\b", RegexOptions.IgnoreCase)]
    private static partial Regex AskedOnOpening();
}
