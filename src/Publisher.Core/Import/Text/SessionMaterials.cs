using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// An event page's notice about the materials of the session it recaps: "Slides from this session are available to
/// registered delegates in the summit app.", "The recording of this webinar is now available on demand." The slides,
/// recording or video of "this" session, webinar, panel or talk, said to be available; one short sentence. Pure.
/// </summary>
internal static partial class SessionMaterials
{
    private const int MaxWords = 22;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        return t.Length > 0 && TextLines.WordCount(t) <= MaxWords && TextLines.SentenceCount(t) <= 1 && Notice().IsMatch(t);
    }

    [GeneratedRegex(@"^(?:the\s+|full\s+|presentation\s+)?(?:slides|slide\s+deck|recording|video|audio|presentations?|materials|handouts)\b[^.!?]{0,50}?\b(?:of|from)\s+(?:this|the)\s+(?:session|webinar|panel|talk|lecture|seminar|workshop|event|keynote|discussion)\b[^.!?]{0,20}?\b(?:is|are)\s+(?:now\s+)?available\b", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();
}
