using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A line of rule or ornament glyphs only: "-----", "=====", "————", "____", "++++", "::::", "/////", "* * *", "◆ ◆ ◆", "~ ~ ~", "❧". It sets
/// parts apart (articles, an email's sections, notes from text) and is never a title or a sentence. Pure.
/// </summary>
internal static partial class RuleLine
{
    public static bool Is(string line) => Glyphs().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:[-–—_=*~+•·◆◇■□●○❖❧☙✦✧⁂§#]\s*){3,}$|^(?:[:/.]\s*){8,}$|^[❧☙⁂❖✦]$")]
    private static partial Regex Glyphs();
}
