using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A link to another story set inside or after a text under a label: "Related: Grain depot fined over safety
/// violations", "READ MORE: …", "See also: …", "Also read — …", "Read more → Harbour Gazette". The label ends in a colon,
/// dash or arrow and the rest is a headline or the source's name (at most sixteen words, no sentence after it). Pure.
/// </summary>
public static partial class TeaserLine
{
    public static bool Is(string line)
    {
        var m = Teaser().Match(line.Trim());
        if (!m.Success) return false;
        var headline = m.Groups["headline"].Value.Trim();
        return TextLines.WordCount(headline) is >= 2 and <= 16 && !headline.Contains(". ", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:\*\*)?(?:related(?:\s+(?:story|article|coverage))?|read\s+more|read\s+also|also\s+read|see\s+also|more\s+on\s+this(?:\s+story)?|watch|previously)(?:\*\*)?\s*(?:[:—–|→➔➜⟶»›]|->)\s*(?:\*\*)?(?<headline>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Teaser();
}
