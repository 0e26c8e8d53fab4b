using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A site known by its initials ("NPHA", "NCPV 2030", "NEOM Oltenmark 2028" in a crawler's site name or a title's
/// suffix) whose page prints the name the initials stand for: in a masthead line ("NORTHERN PORTS HAULAGE
/// ASSOCIATION"), beside the initials ("NCPV 2030 — Nordic Conference on Political Violence"), in a copyright line
/// ("© Transport &amp; Port Workers' Union 2031") or before them in brackets in the prose ("The Nordvale Election
/// Observation Mission (NEOM) observed …"). The publication is the name in full; a name printed only in capitals is
/// given in title case. A page that never spells its initials out (a broadcaster's call sign) keeps them. Pure.
/// </summary>
internal static partial class AcronymExpansion
{
    /// <summary>Lower-case words a name may hold between its capitalised words ("Centre for Maritime Security").</summary>
    private static readonly HashSet<string> SmallWords = new(StringComparer.Ordinal) { "of", "for", "the", "and", "on", "in", "to", "at", "de", "du", "des", "la", "le", "&" };

    /// <summary>The name <paramref name="shortName"/>'s initials stand for, as the page prints it; null when the short name is no acronym or the page never spells it out.</summary>
    public static string? Find(string shortName, IReadOnlyList<string> lines)
    {
        if (Acronym(shortName) is not { } acronym) return null;
        string? capitals = null;
        foreach (var line in lines)
        {
            foreach (var candidate in Candidates(line, acronym))
            {
                if (!Stands(acronym, candidate)) continue;
                if (candidate.Any(char.IsLower)) return candidate;
                capitals ??= candidate;
            }
        }
        return capitals is null ? null : PublicationName.TitleCase(capitals);
    }

    /// <summary>
    /// The initials of a short name: "NPHA", "NCPV 2030" (an event's year after them), "NEOM Oltenmark 2028" (a place and
    /// a year); null when the name does not open with two to eight capitals or holds more than two words after them.
    /// </summary>
    internal static string? Acronym(string shortName)
    {
        var words = shortName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 3) return null;
        var first = words[0];
        if (first.Length is < 2 or > 8 || !first.All(c => c is >= 'A' and <= 'Z')) return null;
        foreach (var rest in words.Skip(1))
            if (!YearWord().IsMatch(rest) && !(char.IsUpper(rest[0]) && rest.Skip(1).All(char.IsLower))) return null;
        return first;
    }

    /// <summary>Whether <paramref name="name"/>'s capitalised words open with the initials in order, its other words small ones.</summary>
    internal static bool Stands(string acronym, string name)
    {
        var words = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > 10) return false;
        var initials = new List<char>();
        foreach (var word in words)
        {
            if (SmallWords.Contains(word.ToLowerInvariant())) continue;
            if (!char.IsUpper(word[0]) || !word.All(c => char.IsLetter(c) || c is '\'' or '’' or '-')) return false;
            initials.Add(word[0]);
        }
        return string.Concat(initials) == acronym;
    }

    /// <summary>
    /// Whether the page's address spells a name line by its initials: every part of the host's hyphenated main label is
    /// the initials of the line (or of its part before a dash) or one of its words, and one part is initials
    /// ("icms-council.example" for "INTERGOVERNMENTAL COUNCIL ON MARITIME SECURITY", "ocr-marrosa.example" for "Office for
    /// the Coordination of Relief – Marrosa").
    /// </summary>
    public static bool AddressSpells(string line, string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return false;
        var labels = uri.Host.ToLowerInvariant().Split('.').Where(l => l is not ("www" or "m" or "amp" or "en")).ToList();
        if (labels.Count < 2) return false;
        var parts = labels[^2].Split('-', StringSplitOptions.RemoveEmptyEntries);
        var text = line.Trim();
        var names = PartSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0).Prepend(text).ToList();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('–', '—', '-', ',', '.').ToLowerInvariant()).ToHashSet();
        var initials = 0;
        foreach (var part in parts)
        {
            var letters = part.ToUpperInvariant();
            if (letters.Length is >= 2 and <= 8 && letters.All(c => c is >= 'A' and <= 'Z') && names.Any(n => Stands(letters, n))) initials++;
            else if (!words.Contains(part)) return false;
        }
        return initials > 0;
    }

    /// <summary>The name-shaped parts of a line: the line, its parts between dashes or bars, a copyright holder, the words before "(ACRONYM)".</summary>
    private static IEnumerable<string> Candidates(string line, string acronym)
    {
        var text = line.Trim();
        if (text.Length == 0 || text.Length > 400) yield break;
        foreach (var part in PartSeparator().Split(text))
        {
            var trimmed = part.Trim();
            yield return trimmed;
            if (trimmed.StartsWith("The ", StringComparison.Ordinal)) yield return trimmed[4..];
        }
        if (SiteName.CopyrightHolder(text) is { } holder) yield return holder;
        var bracket = text.IndexOf("(" + acronym + ")", StringComparison.Ordinal);
        if (bracket > 0)
        {
            var before = text[..bracket].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var start = before.Length;
            while (start > 0 && (char.IsUpper(before[start - 1][0]) || SmallWords.Contains(before[start - 1]))) start--;
            while (start < before.Length && SmallWords.Contains(before[start])) start++;
            if (start < before.Length && before[start] == "The") start++;
            if (before.Length - start >= 2) yield return string.Join(' ', before[start..]);
        }
    }

    [GeneratedRegex(@"\s+[|—–·]\s+|\s+-\s+")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex YearWord();
}
