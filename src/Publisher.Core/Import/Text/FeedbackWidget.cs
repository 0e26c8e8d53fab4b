using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A page-feedback widget: "Is this page useful?", "Was this article helpful? Yes / No", "Was this post helpful? 👍 Yes 👎 No", "Was this fact check useful? 👍 👎", "Yes this page is useful",
/// "Report a problem with this page" (also after the question on its line), "Thank you for your feedback", "Help us improve this website". The page
/// asks the reader about itself; an article asking a question is about its subject. Pure.
/// </summary>
internal static partial class FeedbackWidget
{
    private const int MaxWords = 14;

    public static bool Is(string text)
    {
        var t = Icons().Replace(text, " ").Trim().Trim('*', '_', '#', ' ');
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords
            && (Question().IsMatch(t) || Answer().IsMatch(t) || Report().IsMatch(t) || Thanks().IsMatch(t) || IsQuestionThenReport(t));
    }

    /// <summary>"Is this page useful?  Yes  No  Report a problem with this page": the widget's question and its report link on one line.</summary>
    private static bool IsQuestionThenReport(string t)
    {
        var report = ReportStart().Match(t);
        return report.Success && report.Index > 0 && Question().IsMatch(t[..report.Index].TrimEnd()) && Report().IsMatch(t[report.Index..]);
    }

    [GeneratedRegex(@"(?<=\s)(?:report|suggest|send|give|help|tell)\b", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ReportStart();

    [GeneratedRegex(@"^(?:(?:is|was|were)\s+(?:this|the)\s+(?:page|article|post|story|content|information|guide|answer)|(?:is|was)\s+this\s+\p{L}+(?:[\s-]\p{L}+)?\s+(?=useful|helpful)|did\s+you\s+find\s+(?:this|the|what\s+you)\b[^?]*|how\s+(?:useful|helpful)\s+(?:is|was)\s+(?:this|the)\s+\w+)\s*(?:useful|helpful)?\s*\??(?:\s*(?:yes|no)\b[\s/|·]*){0,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Question();

    /// <summary>Thumbs and other pictographs a widget prints beside its answers ("👍 Yes  👎 No").</summary>
    [GeneratedRegex(@"[\p{So}\p{Cs}\uFE0F]+")]
    private static partial Regex Icons();

    [GeneratedRegex(@"^(?:yes|no)[,:]?\s+(?:this|the)\s+(?:page|article|post|story)\s+(?:is|was)\s+(?:not\s+)?(?:useful|helpful)", RegexOptions.IgnoreCase)]
    private static partial Regex Answer();

    [GeneratedRegex(@"^(?:report\s+(?:a|an)\s+(?:problem|error|issue|mistake|bug|correction|broken\s+link)|suggest\s+a\s+correction|send\s+(?:us\s+)?(?:your\s+)?feedback|give\s+feedback|help\s+us\s+improve|tell\s+us\s+(?:how|what)\b.*\b(?:improve|think|wrong))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Report();

    [GeneratedRegex(@"^thank\s*(?:s|\s+you)\s+for\s+(?:your\s+)?(?:feedback|rating|voting|letting\s+us\s+know)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();
}
