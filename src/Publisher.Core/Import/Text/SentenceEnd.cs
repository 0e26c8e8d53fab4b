using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Whether a line or a paragraph ends a sentence: its last mark is ". ! ? …" (with <c>colon</c>, a lead-in's ":" too),
/// closing quotes, brackets and emphasis aside, and the note markers that follow a full stop ("… boats.[1]", "….[iv]",
/// "….(3)", "….²"). The one test of a sentence's end that readers and rules share (a marker glued to the last word,
/// "… boats.1", needs the note list: <see cref="GluedMarkers.EndsSentence"/>). Pure.
/// </summary>
internal static partial class SentenceEnd
{
    public static bool Closes(string text, bool colon = false)
    {
        var t = NoteMarkers().Replace(text.TrimEnd(), "").TrimEnd('"', '\'', '”', '’', '»', ')', ']', '*', '_');
        return t.Length > 0 && (t[^1] is '.' or '!' or '?' or '…' || colon && t[^1] == ':');
    }

    [GeneratedRegex(@"(?:\s*(?:\[\^?(?:\d{1,3}|[ivxlcdm]{1,6}|[a-z])\]|\(\d{1,3}\)|[¹²³⁰⁴-⁹]{1,3}))+$")]
    private static partial Regex NoteMarkers();
}
