namespace Publisher.Core.Import.Text;

/// <summary>
/// The line a site prints under a bare author name to say who the author is: "Special correspondent, Port Amara",
/// "Staff writer", "Senior Fellow, Energy Programme", "Correspondent in Lusaka". A short line (at most ten words,
/// no sentence end) whose first part names a role. It is evidence that the name above it is a byline. Pure.
/// </summary>
public static class AuthorRoleLine
{
    private const int MaxWords = 10;

    public static bool Is(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length < 5 || text[^1] is '.' or '?' or '!' or ':' || text.Any(char.IsDigit)) return false;
        if (TextLines.WordCount(text) > MaxWords) return false;
        var head = text.Split(',', 2)[0].Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Correspondent in Lusaka", "Reporter for The Ledger": the role, then where or for whom.
        var roleEnd = Array.FindIndex(words, w => w is "in" or "for" or "at" or "based");
        var role = roleEnd > 0 ? words[..roleEnd] : words;
        if (role.Length is 0 or > 4 || !char.IsUpper(role[0][0])) return false;
        return Byline.IsRoleWord(role[^1]) && role.All(w => char.IsLetter(w[0]));
    }
}
