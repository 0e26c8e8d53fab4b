using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// What closes an article inside a whole issue, so that title-shaped lines and a byline after it open the next article
/// even where the contents do not list it: the author's closing bio ("NAME is …", "† NAME is …", "About the author: NAME is …", as the last sentences
/// of a paragraph too), a notes block ("[4] …", "4. …" entries), an end mark (■, "— END —"), a closing signature
/// ("— NAME, Place"), or a rule or ornament printed between articles ("* * *", "————", "❧", "◆ ◆ ◆"). Pure.
/// </summary>
internal static partial class ArticleEndEvidence
{
    /// <summary>Whether the lines (a block, or the lines of a block before a possible title) end an article.</summary>
    public static bool Closes(IReadOnlyList<string> lines)
    {
        var texts = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (texts.Count == 0) return false;
        var last = texts[^1];
        if (EndMarks.IsEndMarkLine(last) || EndMarks.EndsWithMark(last) || RuleLine.Is(last)) return true;
        if (texts.Count == 1 && ClosingSignature.Names(last) is not null && (last[0] is '—' or '–' or '-')) return true;
        // Notes under their heading, or a block of entries ("[4] …", "4. …").
        if (NotesSection.IsEntryLine(texts[0]) || texts.Count > 1 && NotesSection.IsNotesHeading(texts[0]) && NotesSection.IsEntryLine(texts[1])) return true;
        return BioStart(texts) is not null || BioLabel.IsLabelLine(texts[0]);
    }

    /// <summary>
    /// Where the closing bio of the lines starts: 0 for a block that is all bio, or the first line of the last sentences
    /// of a paragraph printed without a blank line before its bio ("… fields. Ann Lee is the editor of …"); null for none.
    /// </summary>
    public static int? BioStart(IReadOnlyList<string> lines)
    {
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0 && !IssueSegmenter.EndsSentence(lines[k - 1])) continue;
            // "ABOUT THE AUTHOR: Ann Lee is …": a labelled bio is a closing bio too.
            if (BioParagraph.IsBio(BioLabel.WithoutLeadIn(WithoutNoteMark(TextShapes.UnwrapTitle(lines.Skip(k)))))) return k;
        }
        return null;
    }

    /// <summary>"† Ann Lee is …", "* Ann Lee is …": the footnote mark a bio at a page's foot opens with.</summary>
    public static string WithoutNoteMark(string text) => NoteMark().Replace(text.TrimStart(), "");

    /// <summary>Whether the text opens with a footnote mark (†, ‡, *, §) before a letter.</summary>
    public static bool HasNoteMark(string text) => NoteMark().IsMatch(text.TrimStart());

    [GeneratedRegex(@"^[*†‡§]{1,3}\s*(?=\p{L})")]
    private static partial Regex NoteMark();
}
