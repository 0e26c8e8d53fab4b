using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A piece signed at its end with its writer's given name or initials alone ("— Margit", "– G.F."), as a personal site
/// signs its posts, and the full name that signature stands for where the page prints it once (its footer, "About me",
/// its copyright line: "© Gideon Farrow-Oduya", "… is written by Margit Oyelaran-Sund"). Pure.
/// </summary>
internal static partial class ShortSignature
{
    /// <summary>The given name or the initials of a line that is only a dash and them, or null.</summary>
    public static string? Read(string line) => Signed().Match(line) is { Success: true } m ? m.Groups["sig"].Value.Trim() : null;

    /// <summary>
    /// The one full name in <paramref name="lines"/> that <paramref name="signature"/> stands for: a person's name opening
    /// with that given name, or whose initials those are (a hyphenated surname counts once). Null when none, or more
    /// than one, is printed.
    /// </summary>
    public static string? FullName(string signature, IEnumerable<string> lines)
    {
        var initials = signature.Contains('.', StringComparison.Ordinal) ? string.Concat(signature.Where(char.IsLetter)) : null;
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
            foreach (Match m in NameRun().Matches(line))
            {
                var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // "Captain Gideon Farrow-Oduya": each run of capitalised words is tried from each of its words.
                for (var start = 0; start + 1 < words.Length; start++)
                {
                    var name = words[start..];
                    var matches = initials is null ? name[0] == signature : SignedInitials.Of(string.Join(' ', name)) == initials;
                    if (matches && Byline.LooksLikeName(name, strict: true)) found.Add(string.Join(' ', name));
                }
            }
        return found.Count == 1 ? found.First() : null;
    }

    [GeneratedRegex(@"^\s*(?:—|–|--)\s*(?<sig>\p{Lu}[\p{Ll}'’]+|(?:\p{Lu}\.\s?){1,3})\s*$")]
    private static partial Regex Signed();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?(?:\s+\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)?){1,3}")]
    private static partial Regex NameRun();
}
