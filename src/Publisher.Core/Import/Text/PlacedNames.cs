using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A byline that says where each reporter wrote from, without "By": "Ann Lee in Lusaka", "Ann Lee in Lusaka and
/// Bo Ma in Beira", "Ann Lee in Lusaka, Bo Ma in Beira and Cy Young". Every part is a person's name, most with
/// "in PLACE" after it; at least one part must carry a place, and there are two names or more (one "NAME in PLACE"
/// alone reads like a headline, "Floods Return in Beira"). Pure.
/// </summary>
public static partial class PlacedNames
{
    /// <summary>The names (without their places), or null when the line is not such a byline.</summary>
    public static IReadOnlyList<string>? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length is < 8 or > 200 || text[^1] is '.' or '?' or '!' or ':' || text.Any(char.IsDigit)) return null;
        var names = new List<string>();
        var placed = 0;
        foreach (var part in PartSeparator().Split(text).Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            var m = NameInPlace().Match(part);
            var name = m.Success ? m.Groups["name"].Value : part;
            if (m.Success)
            {
                // The place is one to three capitalised words ("Port Amara", "Dar es Salaam" aside): no sentence goes on after it.
                var place = m.Groups["place"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (place.Length > 4 || !char.IsUpper(place[0][0]) || place.Any(PlaceVerbs.Contains)) return null;
                placed++;
            }
            var cleaned = PersonNames.Clean(name);
            if (!Byline.LooksLikeName(cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true)) return null;
            names.Add(cleaned);
        }
        return placed > 0 && names.Count is >= 2 and <= 6 ? names : null;
    }

    /// <summary>Verbs a headline in title case capitalises ("Fire in Marrow Cross Was Arson"): no place's name holds one.</summary>
    private static readonly HashSet<string> PlaceVerbs = new(StringComparer.Ordinal)
    {
        "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Says", "Said", "Say", "Gets", "Got",
    };

    [GeneratedRegex(@"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")]
    private static partial Regex PartSeparator();

    [GeneratedRegex(@"^(?<name>.+?)\s+in\s+(?<place>\p{Lu}[\p{L}'’.\-]*(?:\s+[\p{L}'’.\-]+){0,3})$")]
    private static partial Regex NameInPlace();
}
