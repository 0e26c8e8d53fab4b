namespace Publisher.Core.Import.Text;

/// <summary>
/// The general vocabulary serials count their issues in, shared by every masthead recogniser (<see cref="VolumeIssueLine"/>,
/// <see cref="MastheadLine"/>): a larger unit (volume, tome, year as in "Year 3", series) and the count within it (issue,
/// number, fascicle, release, dispatch, edition, bulletin, "No.", "N°", "#"), abbreviated or not. Regex fragments (case
/// is the caller's option) and a test for the lower-cased tokens of a run-together line.
/// </summary>
public static class NumberingWords
{
    /// <summary>The larger unit: "Volume", "Vol.", "Tome", "Year", "Series".</summary>
    public const string Volume = @"(?:volume|vol\.?|tome|year|series|ser\.)";

    /// <summary>What one numbered issue is called, as a contents heading names it ("In this bulletin", "Inside this dispatch").</summary>
    public const string IssueNoun = @"(?:issue|number|fascicle|release|dispatch|edition|bulletin|instalment|installment)";

    /// <summary>
    /// What one send of a newsletter is called, as it counts them or names its contents ("Letter 214", "Mailing no. 87",
    /// "In today's briefing"): an issue noun or a newsletter's own word for a send.
    /// </summary>
    public const string SendNoun = @"(?:" + IssueNoun + @"|newsletter|e-?mail|briefing|digest|letter|mailing)";

    /// <summary>The word alone for a count that needs one ("Fascicle 7", "Release 44"), with an optional "No." after it ("Bulletin No. 17").</summary>
    private const string IssueWord = @"(?:issue|iss\.?|number|fascicle|fasc\.|release|dispatch|edition|ed\.|bulletin|instalment|installment)";

    /// <summary>The count within a volume: an issue word ("Issue", "Fascicle No.") or a bare number sign ("No.", "Nr.", "N°", "#").</summary>
    public const string Issue = @"(?:" + IssueWord + @"(?:\s*(?:no\.|nr\.|n[°º]|№|#))?|no\.?|nr\.?|n[°º]|№|#)";

    /// <summary>
    /// The count after a volume as a letter may name it ("Volume 6 · Letter 12", "Vol. 3 · Bell № 19"): an issue word, a
    /// send noun (<see cref="SendNoun"/>), or the letter's own capitalised word before a number sign.
    /// </summary>
    public const string IssueAfterVolume = @"(?:" + Issue + @"|" + SendNoun + @"|" + OwnWordNumberSign + @")";

    /// <summary>A capitalised word of a letter's own before a number sign ("Bell №", "Runner No.", "Satchel #").</summary>
    public const string OwnWordNumberSign = @"(?-i:\p{Lu}\p{Ll}{2,15})\s*(?:no\.|nr\.|n[°º]|№|#)";

    /// <summary>The count within a volume, where the number sign must carry its full stop ("No. 19", never "no 19").</summary>
    public const string IssueStrict = @"(?:" + IssueWord + @"(?:\s*(?:no\.|n[°º]|#))?|no\.|nr\.|n[°º]|#)";

    /// <summary>
    /// Volume and issue printed as two numbers over a slash ("39/22"), no date's day and month ("12/3/2043") nor a decimal
    /// after it; the caller says what may stand before it.
    /// </summary>
    public const string VolumeSlashIssue = @"(?<volume>\d{1,3})\s*/\s*(?<issue>\d{1,3})(?![\d/.])";

    /// <summary>Whether a volume word is a year ("Year 3"): then a four-digit number after it is a calendar year, not a volume.</summary>
    public static bool IsYearWord(string word) => word.StartsWith("year", StringComparison.OrdinalIgnoreCase);

    /// <summary>A lower-cased token of a line split into runs of letters (<see cref="MastheadLine"/>) naming the larger unit.</summary>
    public static bool IsVolumeToken(string token) =>
        token.StartsWith("vol", StringComparison.Ordinal) || token is "tome" or "year" or "series";

    /// <summary>A lower-cased token naming the count within a volume.</summary>
    public static bool IsIssueToken(string token) =>
        token.Contains("issue", StringComparison.Ordinal) || token.Contains("number", StringComparison.Ordinal)
        || token is "no" or "nr" or "iss" or "fascicle" or "fasc" or "release" or "dispatch" or "edition" or "bulletin";

    /// <summary>Every numbering token <see cref="MastheadLine"/> treats as a masthead word (alternation for its token pattern).</summary>
    public const string Tokens = "volume|vol|tome|year|series|issue|iss|no|number|nr|fascicle|fasc|release|dispatch|edition|bulletin";
}
