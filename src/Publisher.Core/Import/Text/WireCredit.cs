using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>The people a wire credit line names as reporters and writers (the authors) and as editors (not authors).</summary>
/// <param name="Contributors">Those of "Additional reporting by …": credited, not authors.</param>
public sealed record WireCreditReading(IReadOnlyList<string> Authors, IReadOnlyList<string> Editors, IReadOnlyList<string> Contributors);

/// <summary>
/// The credit line news agencies close a story with: "Reporting by NAME in PLACE and NAME; Additional reporting by NAME;
/// Writing by NAME; Editing by NAME and NAME". Clauses are separated by semicolons; reporters and writers are the
/// authors, editors and those of "additional reporting" are not. A place after a name ("in La Paz") is left out. The line is page furniture. Pure.
/// </summary>
public static partial class WireCredit
{
    /// <summary>The names of a credit line, or null when the line is not one (every clause must be a credit).</summary>
    public static WireCreditReading? Read(string line)
    {
        var text = line.Trim().Trim('*', '_', '(', ')', '.').Trim();
        if (text.Length is < 12 or > 400) return null;
        var authors = new List<string>();
        var editors = new List<string>();
        var contributors = new List<string>();
        foreach (var clause in ClauseBreak().Split(text).Select(c => c.Trim().TrimEnd('.')).Where(c => c.Length > 0))
        {
            var m = Clause().Match(clause);
            // "NAME reported from PLACE": a broadcaster's closing credit of its correspondent.
            if (!m.Success) m = ReportedFrom().Match(clause);
            if (!m.Success) return null;
            var names = Names(m.Groups["names"].Value);
            if (names.Count == 0) return null;
            // "Additional reporting by NAME": a contributor credited beside the story's reporters, not its author.
            var role = m.Groups["role"].Value;
            var target = role.StartsWith("edit", StringComparison.OrdinalIgnoreCase) ? editors
                : role.StartsWith("additional", StringComparison.OrdinalIgnoreCase) ? contributors : authors;
            foreach (var name in names)
                if (!target.Contains(name, StringComparer.Ordinal)) target.Add(name);
        }
        return authors.Count + editors.Count + contributors.Count > 0 ? new WireCreditReading(authors, editors, contributors) : null;
    }

    private static List<string> Names(string text)
    {
        var names = new List<string>();
        foreach (var part in PersonNames.Split(text.Trim()))
        {
            var name = Place().Replace(part, "").Trim();
            if (!Byline.LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: false)) return [];
            names.Add(name);
        }
        return names;
    }

    [GeneratedRegex(@"^(?<role>(?:additional\s+)?reporting|writing|written|editing|edited|compiled|compiling)\s+by\s+(?<names>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();

    /// <summary>"NAME reported from PLACE", "NAME and NAME reported from PLACE".</summary>
    [GeneratedRegex(@"^(?<names>\p{Lu}.*?)\s+(?<role>reported|reporting|reports)\s+from\s+(?:the\s+)?\p{Lu}.*$")]
    private static partial Regex ReportedFrom();

    /// <summary>Clauses end at a semicolon, or at a full stop after a word (never after an initial: "J. Ortiz", "St. Paul").</summary>
    [GeneratedRegex(@";|(?<=\p{Ll}{2}\.)\s+(?=\p{Lu})")]
    private static partial Regex ClauseBreak();

    /// <summary>" in La Paz", " in Puerto Arenal", " in the capital", " in Tamsar city" after a reporter's name.</summary>
    [GeneratedRegex(@"\s+in\s+(?:the\s+\p{L}[\p{L}'’\-]*|[\p{Lu}][\p{L}'’\-]*(?:\s+[\p{Lu}][\p{L}'’\-]*)*(?:\s+(?:city|town|province|state|region|district))?)$")]
    private static partial Regex Place();
}
