namespace Publisher.Core.Import.Text;

/// <summary>
/// The line a site prints under a bare author name to say who the author is: "Special correspondent, Port Amara",
/// "Staff writer", "Senior Fellow, Energy Programme", "Correspondent in Lusaka", "Research Lead", "Head of Threat
/// Intelligence". A short line (at most ten words, no sentence end) whose first part names a role: a job word last
/// ("… Correspondent", "… Investigator"), or a head of something ("Head of …", "Director of …"). It is evidence that
/// the name above it is a byline. Pure.
/// </summary>
public static class AuthorRoleLine
{
    private const int MaxWords = 10;

    /// <summary>Jobs a page prints under an author's name beyond the byline role words ("Research Lead", "Investigator").</summary>
    private static readonly HashSet<string> JobWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "lead", "investigator", "manager", "coordinator", "specialist", "strategist", "consultant", "economist", "historian",
        "journalist", "photographer", "engineer", "scientist", "partner", "dean", "curator", "commander", "spokesman",
        "spokeswoman", "attorney", "lawyer", "student", "candidate", "advocate", "organiser", "organizer", "assistant",
        "administrator", "librarian", "archivist", "statistician", "planner", "leader",
    };

    /// <summary>Roles that head something and name it after "of" ("Head of Research", "Director of Programmes").</summary>
    private static readonly HashSet<string> HeadWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "chief", "director", "chair", "president", "dean", "manager", "lead", "editor", "professor", "secretary",
        "coordinator", "minister", "commissioner", "member", "fellow",
    };

    /// <summary>A word naming a job ("correspondent", "Lead", "commander", "Head").</summary>
    internal static bool IsJobWord(string word) => Byline.IsRoleWord(word) || JobWords.Contains(word) || HeadWords.Contains(word);

    public static bool Is(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        // "Head of Trade Risk at Meridian Bank | Former customs officer | Mentor": a network profile's headline, its roles
        // set apart by bars; the first is the one that counts.
        var bar = text.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0) text = text[..bar].TrimEnd();
        if (text.Length < 5 || text[^1] is '.' or '?' or '!' or ':') return false;
        if (TextLines.WordCount(text) > MaxWords) return false;
        var parts = text.Split(',', 2);
        var head = parts[0].Trim();
        // A figure may name the employer after the comma ("Reporter, Channel 4 News"), never a date, nor the role.
        if (head.Any(char.IsDigit) || parts.Length > 1 && DateLine.FindIn(parts[1]) is not null) return false;
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Special to The Harbour Times": a writer from outside the staff, credited to the outlet the piece was written for.
        if (words is ["Special" or "special", "to", var outlet, ..] && char.IsUpper(outlet[0])) return true;
        // "Head of Threat Intelligence", "Director of Programmes": the role that heads what follows "of".
        var of = Array.IndexOf(words, "of");
        if (of is >= 1 and <= 3 && of + 1 < words.Length && HeadWords.Contains(words[of - 1])
            && words[..of].All(w => char.IsUpper(w[0])) && char.IsUpper(words[of + 1][0])) return true;
        // "Correspondent in Lusaka", "Reporter for The Ledger": the role, then where or for whom; "Our correspondent in
        // Lusaka" as a newsletter credits its own.
        if (words.Length > 2 && words[0] is "Our" && words[1].All(char.IsLower)) words = [char.ToUpperInvariant(words[1][0]) + words[1][1..], .. words[2..]];
        var roleEnd = Array.FindIndex(words, w => w is "in" or "for" or "at" or "based");
        var role = roleEnd > 0 ? words[..roleEnd] : words;
        if (role.Length is 0 or > 4 || !char.IsUpper(role[0][0])) return false;
        // A function word makes it a phrase, not a job title ("With assistant", "For the editor").
        if (Byline.IsRoleWord(role[^1]) && role.All(w => char.IsLetter(w[0]) && !Stopwords.Contains(w))) return true;
        // "Sahel Research Lead", "Lead Investigator": a job word after capitalised words only (not "Take the Lead").
        return JobWords.Contains(role[^1]) && role.All(w => char.IsUpper(w[0]));
    }
}
