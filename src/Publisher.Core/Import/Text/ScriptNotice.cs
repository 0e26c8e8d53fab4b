using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A widget's notice that it needs a script or a newer browser ("Please turn on JavaScript to use this feature",
/// "Enable JavaScript to view the map", "Your browser does not support the video tag"). Short and addressed to the
/// reader's browser; a sentence about JavaScript in an article is prose. Pure.
/// </summary>
internal static partial class ScriptNotice
{
    private const int MaxWords = 16;

    public static bool Is(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords && Notice().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:please\s+)?(?:(?:turn|switch)\s+on|enable|activate|you\s+(?:need|must)\s+(?:to\s+)?(?:enable|turn\s+on))\s+javascript\b|^(?:this\s+(?:feature|content|page|video|map)\s+)?requires\s+javascript\b|^javascript\s+is\s+(?:disabled|required|off)\b|^your\s+browser\s+does\s+not\s+support\b", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();
}
