using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A translator's or editor's credit: who, and in which role.</summary>
public sealed record ContributorCreditReading(string Role, IReadOnlyList<string> Names);

/// <summary>
/// A credit for someone who worked on a piece without writing it: "Translated from the Portuguese by NAME",
/// "Translated by NAME", "Translation: NAME", "Edited by NAME", "Editing by NAME", "Editor: NAME". These people are
/// never the authors, and the line is not article text. Pure.
/// </summary>
public static partial class ContributorCredit
{
    public static ContributorCreditReading? Read(string line)
    {
        var text = line.Trim().Trim('*', '_', '(', ')').Trim().TrimEnd('.');
        if (text.Length is < 8 or > 160) return null;
        var m = Credit().Match(text);
        if (!m.Success) return null;
        var names = new List<string>();
        foreach (var part in PersonNames.Split(m.Groups["names"].Value.Trim()))
        {
            if (!Byline.LooksLikeName(part.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: false)) return null;
            names.Add(part);
        }
        if (names.Count == 0) return null;
        var role = m.Groups["role"].Value.StartsWith("transl", StringComparison.OrdinalIgnoreCase) ? "translator" : "editor";
        return new ContributorCreditReading(role, names);
    }

    public static bool Is(string line) => Read(line) is not null;

    [GeneratedRegex(@"^(?<role>translated|translation|translator|edited|editing|editor|copy[- ]?edited|sub[- ]?edited)(?:\s+(?:from|out\s+of)\s+(?:the\s+)?\p{L}+)?(?:\s+(?:into|to)\s+(?:the\s+)?\p{L}+)?(?:\s+by\s*:?|\s*:)\s*(?<names>\p{Lu}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
