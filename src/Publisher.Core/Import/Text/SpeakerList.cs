using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A list of the people who took part in an event or a book, printed above a transcript or report or after an
/// announcement's text: a label ("Speakers", "Keynote speakers", "On the panel", "Panellists:", "With contributions
/// from", "Speakers at the launch") and lines of a name and a role or place, after a comma ("Dr Sunniva Aaberg, Senior
/// Fellow, Maritime Programme (chair)"), a dash ("Nerys Vale — Fell Co-operative, Tarnhollow") or in brackets ("Bo Ma
/// (University of Corrow)"), perhaps as list items, and the line naming who chaired them ("Chaired by NAME – ORG"). An
/// entry is a name and a description, never a sentence. They are not the piece's authors. Pure.
/// </summary>
internal static partial class SpeakerList
{
    private const int MaxWords = 18;
    private const int MaxLabelWords = 6;

    /// <summary>A label over such a list: a short line naming the people's part (speakers, panel, contributors, chair …).</summary>
    public static bool IsLabel(string line)
    {
        var t = line.Trim();
        return TextLines.WordCount(t) <= MaxLabelWords && (Label().IsMatch(t) || LabelAroundRole().IsMatch(t));
    }

    public static bool IsEntry(string line)
    {
        var t = BulletMark.Without(line);
        return TextLines.WordCount(t) <= MaxWords && !t.EndsWith('.') && TextLines.SentenceCount(t) <= 1 && Entry().IsMatch(t)
            && !RelativeClause().IsMatch(t);
    }

    /// <summary>"Chaired by NAME – ORG", "Moderated by NAME (ORG)", "Hosted by NAME": who led the event, a line of its own.</summary>
    public static bool IsChairLine(string line)
    {
        var t = BulletMark.Without(line);
        return ChairedBy().Match(t) is { Success: true } m && IsPersonWithDescription(t[m.Length..]);
    }

    /// <summary>
    /// The indices of the lines that make such lists: a label with the entries under it (blank lines between allowed),
    /// and chair lines. A run without its label is not taken here: without the label a name over a role is as likely a
    /// byline or a signature.
    /// </summary>
    public static IReadOnlyList<int> LabelledRuns(IReadOnlyList<string> lines)
    {
        var taken = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (TextLines.IsBlank(lines[i])) continue;
            if (IsChairLine(lines[i])) { taken.Add(i); continue; }
            if (!IsLabel(lines[i])) continue;
            var entries = new List<int>();
            for (var k = i + 1; k < lines.Count; k++)
            {
                if (TextLines.IsBlank(lines[k])) continue;
                if (IsEntry(lines[k]) || IsChairLine(lines[k])) entries.Add(k);
                else break;
            }
            if (entries.Count == 0) continue;
            taken.Add(i);
            taken.AddRange(entries);
            i = entries[^1];
        }
        return taken;
    }

    private static bool IsPersonWithDescription(string text)
    {
        var t = text.Trim();
        return IsEntry(t) || (TextLines.WordCount(t) <= 5 && Name().IsMatch(t));
    }

    [GeneratedRegex(@"^(?:(?:our|the|keynote|invited|guest|featured|confirmed|on\s+the)\s+){0,2}(?:speakers?|panel(?:l)?ists?|panel|presenters?|participants|contributors|moderators?|chairs?|guests?|featuring|with)(?:\s+include)?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    // "With contributions from", "Speakers at the launch", "Also taking part:", "Respondents": a few words around the
    // people's part, no sentence.
    [GeneratedRegex(@"^(?:[\p{L}’']+\s+){0,3}(?:speakers|panel(?:l)?ists|presenters|participants|contributors|contributions|moderators|chairs|guests|hosts|respondents|discussants|taking\s+part|in\s+conversation)(?:\s+[\p{L}’']+){0,4}\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelAroundRole();

    // "Edda Vell, ferry captain who faced down the pirates, dies aged 81": a clause about the person is a headline's, never
    // a role or a place in a list.
    [GeneratedRegex(@",.*\b(?:who|whom|whose|which)\b")]
    private static partial Regex RelativeClause();

    [GeneratedRegex(@"^(?:chaired|moderated|hosted|introduced|facilitated|convened|presented|led)\s+by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ChairedBy();

    /// <summary>A name of two to four words, particles allowed, after an optional title (<see cref="PersonNames.TitlePattern"/>).</summary>
    private static readonly string PersonName =
        PersonNames.TitlePattern + @"\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|" + TextShapes.NameParticlePattern + @")){1,3}";

    private static readonly Regex NamePattern = new("^" + PersonName + "$", RegexOptions.CultureInvariant);

    private static readonly Regex EntryPattern = new("^" + PersonName + @"(?:(?:,|\s+[–—-])\s+\S[^,]*(?:,\s*[^,]+){0,3}|\s+\([^()]+\))$", RegexOptions.CultureInvariant);

    private static Regex Name() => NamePattern;

    private static Regex Entry() => EntryPattern;
}
