using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A link to the outlet's standards set under its stories: "Our Standards: The Ledger Trust Principles.", "Read our
/// editorial guidelines", "Learn more about our corrections policy". A short line whose head names the site's own
/// standards, principles, ethics or policy; a sentence about a newsroom's standards is longer and has a verb. Pure.
/// </summary>
internal static partial class StandardsLink
{
    private const int MaxWords = 12;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        if (t.Length == 0 || TextLines.WordCount(t) > MaxWords || TextLines.SentenceCount(t) > 1) return false;
        return Labelled().IsMatch(t) || Invitation().IsMatch(t);
    }

    private const string Policy = @"(?:editorial\s+|journalistic\s+|corrections?\s+|ethics\s+)?(?:standards|principles|ethics|values|guidelines|polic(?:y|ies)|code\s+of\s+(?:conduct|practice))";

    [GeneratedRegex(@"^(?:our|editorial|journalistic)\s+" + Policy + @"\s*[:—–|]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"^(?:read|see|view|learn\s+(?:more\s+)?about|find\s+out\s+(?:more\s+)?about|about)\s+(?:our|the\s+\p{Lu}[\p{L}' ]{0,30}?)\s+" + Policy + @"\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Invitation();
}
