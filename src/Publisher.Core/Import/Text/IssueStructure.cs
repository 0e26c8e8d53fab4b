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
    private const int MaxRunningLineWords = 12;

    public static IssueStructureReading Read(string text)
    {
        var lines = SeedText.Lines(text).Where(l => !l.IsBlank).Select(l => l.Text.Trim()).ToList();
        var pageNumbers = lines.Count(l => PageNumberLine.IsBare(l) || PageNumberLine.IsExplicit(l));
        var running = RunningLines(lines);
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
    /// Lines printed two times or more once a trailing page number is set aside, short, and shaped as page furniture
    /// (a page number after them, a digit, a separator glyph or a wide gap between fields): their occurrences.
    /// </summary>
    private static int RunningLines(IReadOnlyList<string> lines) =>
        RunningLineCounts(lines).Values.Where(n => n >= 2).Sum();

    /// <summary>
    /// The lines of <paramref name="lines"/> printed at two page breaks or more (<see cref="RunningLineKey"/> repeated),
    /// or shaped as a running header with its page number (<see cref="RunningHeaderLine"/>): their indices, in order.
    /// </summary>
    public static IReadOnlyList<int> RunningLineIndices(IReadOnlyList<string> lines)
    {
        var counts = RunningLineCounts(lines);
        return Enumerable.Range(0, lines.Count)
            .Where(i => RunningLineKey(lines[i]) is { } key && counts[key] >= 2 || RunningHeaderLine.IsMatch(lines[i]))
            .ToList();
    }

    private static Dictionary<string, int> RunningLineCounts(IReadOnlyList<string> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in lines)
            if (RunningLineKey(line) is { } key) counts[key] = counts.GetValueOrDefault(key) + 1;
        return counts;
    }

    /// <summary>
    /// A line as it repeats at page breaks, its trailing page number set aside, when it is short and shaped as page
    /// furniture (a page number after it, a digit, a separator glyph or a wide gap between fields); otherwise null.
    /// </summary>
    public static string? RunningLineKey(string line)
    {
        var text = line.Trim();
        if (TextLines.WordCount(text) > MaxRunningLineWords || !text.Any(char.IsLetter)) return null;
        var paged = TrailingPageNumber().Match(text);
        var key = Spaces().Replace(paged.Success ? text[..paged.Index] : text, " ").Trim();
        var furnitureShaped = paged.Success || key.Any(char.IsDigit) || FieldGap().IsMatch(text) || key.Any(c => c is '|' or '·' or '•');
        return key.Length >= 2 && furnitureShaped ? key : null;
    }

    [GeneratedRegex(@"\s{3,}(?:(?:p\.?|page)\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPageNumber();

    [GeneratedRegex(@"\S\s{3,}\S")]
    private static partial Regex FieldGap();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[—–]")]
    private static partial Regex Dash();

    [GeneratedRegex(@"^[_\-–—]{4,}$")]
    private static partial Regex FootnoteRule();
}
