using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A header field of an email saved as text ("From: Name &lt;address&gt;", "To: …", "Subject: [List] Title - date",
/// "Sent: …", "Reply-To: …"): page furniture, never the title; the subject, without its list tag and trailing date,
/// names the piece as a crawler's title would. Pure.
/// </summary>
public static partial class EmailHeaderLine
{
    public static bool Is(string line) => Field().IsMatch(line.Trim());

    /// <summary>The subject of a "Subject:" line without "[List]" tags, "Re:"/"Fwd:" and a trailing date; null otherwise.</summary>
    public static string? Subject(string line)
    {
        var m = SubjectField().Match(line.Trim());
        if (!m.Success) return null;
        var subject = Tags().Replace(m.Groups["subject"].Value, "").Trim();
        if (TrailingDate().Match(subject) is { Success: true } tail
            && (DateLine.FindIn(tail.Groups["date"].Value) is not null || TimestampLine.Is(tail.Groups["date"].Value)))
            subject = subject[..tail.Index].Trim();
        return subject.Length >= 3 ? subject : null;
    }

    /// <summary>The list's tag a "Subject:" line opens with ("Subject: [SecStudies-L] New dataset …" → SecStudies-L), or null.</summary>
    public static string? ListTag(string line) =>
        ListTagField().Match(line.Trim()) is { Success: true } m ? m.Groups["tag"].Value.Trim() : null;

    /// <summary>
    /// Whether <paramref name="subject"/> is <paramref name="line"/> continued ("Update #7" → "Update #7: the camp
    /// after the attack"): the line is the subject's start, to a word boundary, and the subject says more.
    /// </summary>
    public static bool Extends(string subject, string line)
    {
        var (s, l) = (TextShapes.NormalizeForMatch(subject), TextShapes.NormalizeForMatch(line));
        return l.Length >= 3 && s.Length > l.Length && s.StartsWith(l, StringComparison.Ordinal) && s[l.Length] == ' ';
    }

    [GeneratedRegex(@"^(?:From|To|Cc|Bcc|Subject|Sent|Reply-To)\s*:\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex Field();

    [GeneratedRegex(@"^Subject\s*:\s+(?:(?:re|fwd?)\s*:\s*)*\[(?<tag>[^\]\d#]{2,40})\]", RegexOptions.IgnoreCase)]
    private static partial Regex ListTagField();

    [GeneratedRegex(@"^Subject\s*:\s+(?<subject>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectField();

    [GeneratedRegex(@"^(?:\s*(?:\[[^\]]{1,40}\]|(?:re|fwd?)\s*:))+", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+[-–—|·]\s+(?<date>[^-–—|·]+)$")]
    private static partial Regex TrailingDate();
}
