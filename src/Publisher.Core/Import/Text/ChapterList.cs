using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A video or podcast page's chapter list: a label ("Chapters", "Timestamps", "In this episode", "Key moments") over
/// lines that are a time code and a short heading ("02:15 How a ransom is raised", "(1:04:10) – Questions"). A
/// transcript's turns carry a time code too, but a speaker and sentences after it ("[00:02:15] NAME: And who …?"):
/// they are never entries. The list is furniture only beside the transcript it indexes: on a page of show notes
/// without one, the episode's segments are the notes' own content. Pure.
/// </summary>
internal static partial class ChapterList
{
    private const int MaxEntryWords = 12;

    public static bool IsLabel(string line) => Label().IsMatch(line.Trim().Trim('*', '_', '#', ' '));

    /// <summary>
    /// A label naming the player's own index ("Chapters", "Timestamps", "Key moments"), not a lead-in of the notes
    /// ("In this episode:", which the notes' author writes over the segments they describe).
    /// </summary>
    public static bool IsPlayerIndexLabel(string line) => IsLabel(line) && PlayerIndex().IsMatch(line.Trim().Trim('*', '_', '#', ' '));

    public static bool IsEntry(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        var m = Entry().Match(text);
        if (!m.Success) return false;
        var heading = m.Groups["heading"].Value.Trim();
        return TextLines.WordCount(heading) <= MaxEntryWords && TextLines.SentenceCount(heading) <= 1 && !Speaker().IsMatch(heading);
    }

    /// <summary>A transcript's turn: a time code, then a speaker's name and a colon ("[00:02:15] NAME: And who …?").</summary>
    public static bool IsTranscriptTurn(string line)
    {
        var m = Entry().Match(line.Trim().Trim('*', '_').Trim());
        return m.Success && Speaker().IsMatch(m.Groups["heading"].Value.Trim());
    }

    /// <summary>
    /// A transcript's turn with or without a time code: "[00:02:15] NAME: And who …?", "Priya Hale: Let's start …". Without
    /// a time code: a name of two words or more that reads as a person's (never interface words: "Share: Copy link · …")
    /// and a colon opening the line, then a sentence; read only right under a transcript's label.
    /// </summary>
    public static bool IsSpeakerTurn(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (IsTranscriptTurn(text)) return true;
        var m = Speaker().Match(text);
        if (!m.Success) return false;
        var name = text[..m.Length].TrimEnd().TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var said = text[m.Length..].Trim();
        return name.Length >= 2 && PersonNames.ReadsAsName(name) && TextLines.WordCount(said) >= MinTurnWords
            && said[^1] is '.' or '?' or '!' or '"' or '”' or '’';
    }

    private const int MinTurnWords = 3;

    [GeneratedRegex(@"^(?:(?:episode\s+|video\s+)?chapters|timestamps|time\s*codes|key\s+moments)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PlayerIndex();

    [GeneratedRegex(@"^(?:(?:episode\s+|video\s+)?chapters|timestamps|time\s*codes|key\s+moments|in\s+this\s+(?:episode|video)|episode\s+guide)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^[(\[]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?\s*(?:[-–—·|:]\s*)?(?<heading>\p{L}.*)$")]
    private static partial Regex Entry();

    /// <summary>"NAME:" or "NAME OF PERSON:" opening the text: a transcript's turn.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}\s*:\s")]
    private static partial Regex Speaker();
}
