using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>What a document's structure says about whether it is a whole printed issue, in words an editor can check.</summary>
public sealed record IssueStructureReading(bool IsWholeIssue, string Evidence);

/// <summary>
/// Whole-issue evidence that does not depend on recognising a masthead: page-break furniture (bare page numbers,
/// short running lines printed at two page breaks or more), a contents list, several article starts (bylines under
/// titles or signatures closing pieces), notes sections and several contributors' bios. Page furniture is required (a
/// web page has none), then at least two of the other kinds, one of them the contents or several starts. Pure.
/// </summary>
public static partial class IssueStructure
{
    public static IssueStructureReading Read(string text)
    {
        var lines = SeedText.Lines(text).Where(l => !l.IsBlank).Select(l => l.Text.Trim()).ToList();
        var pageNumbers = lines.Count(l => PageNumberLine.IsBare(l) || PageNumberLine.IsExplicit(l));
        var running = RunningLines.RepeatedCount(lines);
        var contents = lines.Count(l => PageNumberLine.IsContentsReference(l) || IssueContents.IsOneLineEntry(l));
        var starts = lines.Count(l => Byline.Read(l) is not null || Dash().IsMatch(l) && ClosingSignature.Names(l) is not null);
        var notes = lines.Count(l => NotesSection.IsNotesHeading(l) || FootnoteRule().IsMatch(l));
        var bios = SeedText.Blocks(text).Count(b => BioParagraph.IsBio(b.Joined));

        var furniture = pageNumbers >= 2 || running >= 2;
        var hasContents = contents >= 2;
        var severalStarts = starts >= 2;
        var kinds = (hasContents ? 1 : 0) + (severalStarts ? 1 : 0) + (notes >= 1 ? 1 : 0) + (bios >= 2 ? 1 : 0);
        var evidence = string.Create(CultureInfo.InvariantCulture,
            $"{pageNumbers} page number(s), {running} running line(s) repeated at page breaks, {contents} contents entr(ies), {starts} byline(s) or closing signature(s), {notes} notes section(s), {bios} bio(s)");
        return new IssueStructureReading(furniture && kinds >= 2 && (hasContents || severalStarts), evidence);
    }

    /// <summary>
    /// An email newsletter that carries several pieces: an email's header over two sections or more, each set apart by a
    /// rule line ("=====", "———") and opening with its label in capitals over a title ("ANALYSIS" / "Who is flying the
    /// drones?"), as an issue's sections do. One section is a newsletter's own post, read as a page.
    /// </summary>
    public static bool IsNewsletterOfPieces(string text)
    {
        var seedLines = SeedText.Lines(text);
        var raw = seedLines.Select(l => l.Text).ToList();
        if (MailHeader.Read(raw) is null) return false;
        // A list near the top of the titles the letter prints further down: its contents, whatever its heading says.
        if (Enumerable.Range(0, Math.Min(seedLines.Count, MaxContentsStart)).Any(i => ListedLaterTitles.Read(seedLines, i) is not null)) return true;
        var lines = raw.Where(l => l.Trim().Length > 0).Select(l => l.Trim()).ToList();
        var sections = 0;
        for (var i = 0; i + 2 < lines.Count; i++)
            if (RuleLine.Is(lines[i]) && SectionLabels.IsCapitalsLabelShaped(lines[i + 1])
                && IsHeadingLine(lines[i + 2]))
                sections++;
        return sections >= 2;
    }

    /// <summary>A title under a section's label: short, opening in capitals, not a label itself (it may end a sentence: "The truce is fraying. Here is why.").</summary>
    private static bool IsHeadingLine(string line) =>
        char.IsUpper(line[0]) && TextLines.WordCount(line) <= MaxHeadingWords && !TextShapes.IsCapitalsLabel(line) && Byline.Read(line) is null;

    private const int MaxHeadingWords = 20;

    /// <summary>How far down a letter's contents may begin (lines, blank lines counted).</summary>
    private const int MaxContentsStart = 40;

    [GeneratedRegex(@"^[—–]")]
    private static partial Regex Dash();

    /// <summary>A rule of underscores or dashes alone on a line: the line a page prints over its footnotes.</summary>
    public static bool IsFootnoteRule(string line) => FootnoteRule().IsMatch(line.Trim());

    [GeneratedRegex(@"^[_\-–—]{4,}$")]
    private static partial Regex FootnoteRule();
}
