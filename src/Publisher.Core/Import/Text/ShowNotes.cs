using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// What a podcast or video page prints around an episode: "Previous episode: …" / "Next episode: …", production
/// credits ("Music by …", "Produced by …", "Theme music by …"), a transcript's disclaimer ("This transcript was
/// generated automatically …") and the "Show notes" / "Transcript" labels. Pure.
/// </summary>
public static partial class ShowNotes
{
    public static bool Is(string line)
    {
        var text = line.Trim();
        if (text.Length == 0 || TextLines.WordCount(text) > 30) return false;
        return Navigation().IsMatch(text) || Credits().IsMatch(text) || Disclaimer().IsMatch(text) || Label().IsMatch(text) || MostlyCredits(text);
    }

    /// <summary>The transcript's own label ("Transcript", "Full transcript:"): furniture unless the transcript follows it.</summary>
    public static bool IsTranscriptLabel(string line) => TranscriptLabel().IsMatch(line.Trim().Trim('*', '_', '#', ' '));

    // "Transcript (partial)", "Partial transcript": a transcript cut short (a supporters' paywall) is still the episode's.
    [GeneratedRegex(@"^(?:episode\s+|full\s+|partial\s+)?transcript(?:\s*\((?:partial|excerpt|extract|abridged|edited)\))?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptLabel();

    /// <summary>"The show is made independently. Music by X. Editing by Y.": two credits or more, and at most one other sentence.</summary>
    private static bool MostlyCredits(string text)
    {
        var sentences = SentenceBreak().Split(text).Select(x => x.Trim()).Where(x => x.Length > 0).ToList();
        var credits = sentences.Count(Credits().IsMatch);
        return credits >= 2 && sentences.Count - credits <= 1;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\p{Lu})")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:previous|next|last|earlier|later)\s+(?:episode|show|instalment|installment)\s*[:—–\-]\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Navigation();

    /// <summary>Sentences of production credits only: "Music by X. Produced by Y."</summary>
    [GeneratedRegex(@"^(?:(?i:(?:(?:theme\s+|original\s+)?music|produced|edited|editing|mixed|mixing|mastering|production|sound\s+design|artwork|engineered|executive\s+produced|hosted)(?:\s+and\s+\w+)?\s+by)\s+[\p{Lu}\d][\p{L}\d'’\-]*(?:\s+(?:[\p{Lu}\d&][\p{L}\d'’\-]*|and|of|the|de|van|von|al))*\.?\s*)+$")]
    private static partial Regex Credits();

    [GeneratedRegex(@"^this\s+transcript\s+(?:was|has\s+been|is)\s+(?:\w+[\s-]){0,3}(?:generated|produced|transcribed|created)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^(?:show\s+notes|(?:episode\s+|full\s+)?transcript|share\s+this\s+episode)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
