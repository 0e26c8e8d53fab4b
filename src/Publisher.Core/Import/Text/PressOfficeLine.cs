using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A press office's labels around a release: who issued it ("Issued by: Press Office of the Ministry", "Released by
/// the Communications Unit") and the note to journalists after it ("Note for editors: …", "Notes to editors",
/// "Editor's note for media: …"), and the release's own mark over its text ("FOR IMMEDIATE RELEASE", "Embargoed until
/// 00:01 GMT, 4 March"). A label at the start of the line decides it. Pure.
/// </summary>
internal static partial class PressOfficeLine
{
    private const int MaxIssuedWords = 16;
    private const int MaxNoteWords = 120;
    private const int MaxReleaseMarkWords = 12;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        var words = TextLines.WordCount(t);
        return Issued().IsMatch(t) && words <= MaxIssuedWords || NoteToEditors().IsMatch(t) && words <= MaxNoteWords
            || ReleaseMark().IsMatch(t) && words <= MaxReleaseMarkWords && !t.EndsWith('.');
    }

    /// <summary>"FOR IMMEDIATE RELEASE", "Embargoed until …": how a press release opens (also the evidence of its genre).</summary>
    [GeneratedRegex(@"^(?:for\s+immediate\s+release|embargoed\s+(?:until|for))\b", RegexOptions.IgnoreCase)]
    internal static partial Regex ReleaseMark();

    [GeneratedRegex(@"^(?:issued|released|distributed)\s+by\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Issued();

    [GeneratedRegex(@"^(?:notes?\s+(?:for|to)\s+(?:the\s+)?(?:editors?|media|journalists|newsdesks?)|information\s+for\s+(?:editors|journalists|the\s+media))\b\s*[:.–—-]?", RegexOptions.IgnoreCase)]
    private static partial Regex NoteToEditors();
}
