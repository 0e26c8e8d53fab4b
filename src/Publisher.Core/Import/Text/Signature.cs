namespace Publisher.Core.Import.Text;

/// <summary>
/// The signature closing a letter, an email or an editorial: a line that is only a name (in capitals or title case), with at
/// most two short role or office lines under it ("INGRID ÅSLUND-MERCER" / "Editor"; "Ann Lee" / "Field Coordinator, Dale" /
/// "Harbour Relief"). The signer's names, or null. Pure.
/// </summary>
internal static class Signature
{
    private const int MaxRoleWords = 5;

    public static IReadOnlyList<string>? Names(IReadOnlyList<string> lines)
    {
        if (lines.Count is 0 or > 3) return null;
        foreach (var line in lines.Skip(1))
        {
            var role = line.Trim();
            if (role.Length == 0 || TextLines.WordCount(role) > MaxRoleWords || !char.IsUpper(role[0]) || role[^1] is '.' && role.Contains(' ', StringComparison.Ordinal))
                return null;
        }
        var name = lines[0].Trim();
        if (name.Any(char.IsLetter) && !name.Any(char.IsLower)) name = PublicationName.TitleCase(name);
        if (TextShapes.AuthorNames(name) is not { Count: > 0 } names) return null;
        return names.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true) && !Byline.NamesAnOffice(n)) ? names : null;
    }
}
