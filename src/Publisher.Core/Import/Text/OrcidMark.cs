using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The researcher identifier a journal prints beside an author's name: the badge's label ("ORCID iD", "ORCID",
/// "iD" right after a name), its address ("https://orcid.org/0000-0002-1825-0097") or the bare number in
/// brackets. It is no part of the name. Pure.
/// </summary>
public static partial class OrcidMark
{
    /// <summary>The line without its ORCID marks (spaces tidied), and whether it had any.</summary>
    public static (string Text, bool Marked) Strip(string line)
    {
        var stripped = Mark().Replace(line, "");
        if (stripped.Length == line.Length) return (line, false);
        stripped = SpaceBeforeComma().Replace(Spaces().Replace(stripped, " "), "$1");
        stripped = DoubledComma().Replace(stripped, ",");
        return (stripped.Trim().Trim(',').Trim(), true);
    }

    private const string Id = @"\d{4}-\d{4}-\d{4}-\d{3}[\dX]";

    /// <summary>"ORCID iD", "ORCID: 0000-…", "(https://orcid.org/0000-…)", "[ORCID](https://orcid.org/…)", "iD" after a name.</summary>
    [GeneratedRegex(@"\s*(?:\[(?:ORCID(?:\s+iD)?|iD)\]\((?:https?://)?orcid\.org/" + Id + @"\)|\(?\b(?:ORCID(?:\s+iD)?\s*:?\s*)?(?:https?://)?orcid\.org/" + Id + @"\)?|\(?\bORCID(?:\s+iD)?\s*:?\s*" + Id + @"\)?|\(\s*" + Id + @"\s*\)|\bORCID(?:\s+iD)?\b|(?<=\p{L}[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]*)(?-i:\s+iD)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Mark();

    [GeneratedRegex(@",\s*,")]
    private static partial Regex DoubledComma();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+([,;])")]
    private static partial Regex SpaceBeforeComma();
}
