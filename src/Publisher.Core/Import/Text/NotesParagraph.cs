using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A paragraph of an article's notes, as it stands at the end of a body: a notes heading ("## Notes", "ENDNOTES"), a
/// note entry ("[1] …", "1. …", "[^1]: …", "¹ …", "(1) …"), or a heading run into its first entry
/// ("NOTES [1] Interview …"). Pure.
/// </summary>
internal static partial class NotesParagraph
{
    public static bool IsNotes(string firstLine)
    {
        var line = firstLine.Trim();
        if (line.Length == 0) return false;
        if (EndnoteShapes.IsNotesHeading(line) || EndnoteShapes.Entry(line) is not null || OtherEntry().IsMatch(line)) return true;
        var run = HeadingRunIn().Match(line);
        return run.Success && (EndnoteShapes.Entry(line[run.Length..]) is not null || OtherEntry().IsMatch(line[run.Length..]));
    }

    [GeneratedRegex(@"^(?:\[\^[^\]]+\]:|\(\d{1,3}\)\s|[¹²³⁴⁵⁶⁷⁸⁹]+\s?\S)")]
    private static partial Regex OtherEntry();

    [GeneratedRegex(@"^(?:#{1,6}\s*)?[*_]*(?:notes|endnotes|end notes|footnotes|references|sources)[*_]*\s*:?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingRunIn();
}
