using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// A contents list set in columns: "Title wrapped     Ann Lee     1" / "  onto a second line", each column apart from the
/// next by a run of spaces (or a tab), the page last, the authors' column optional; a heading row may name the columns
/// ("IN THIS ISSUE     AUTHOR     PAGE"). The title may wrap onto lines under it that carry no page (the authors' column
/// may wrap with it: "… and" / "Bo Park"). Pure.
/// </summary>
internal static partial class IssueContents
{
    /// <summary>The cells of a line set in columns (split at runs of two spaces or more, or tabs).</summary>
    private static List<string> Cells(string line) =>
        ColumnGap().Split(line.Trim()).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();

    /// <summary>
    /// A heading row over columns: every cell a short label of letters (one to three words), the first a contents heading or
    /// every cell one or two words ("TITLE   AUTHOR   PAGE"); a column entry must follow it.
    /// </summary>
    private static bool IsColumnHeadingRow(IReadOnlyList<SeedLine> lines, int at)
    {
        if (at >= lines.Count || lines[at].IsBlank) return false;
        var cells = Cells(lines[at].Text);
        if (cells.Count is < 2 or > 4 || !cells.All(c => c.All(ch => char.IsLetter(ch) || ch is ' ' or '.' or ':' or '\'' or '’') && TextLines.WordCount(c) <= 3))
            return false;
        if (!ContentsHeading.IsMatch(cells[0]) && !cells.All(c => TextLines.WordCount(c) <= 2)) return false;
        var next = Skip(lines, at + 1);
        // "INSIDE THIS ISSUE     PAGE" / "At a Glance" / "   Title     1": a group's name may come before the first entry.
        if (next < lines.Count && IsColumnGroupName(lines, next)) next = Skip(lines, next + 1);
        return next < lines.Count && ColumnEntry(lines, next, contextual: true) is not null;
    }

    private const int MaxGroupNameWords = 4;

    /// <summary>
    /// "At a Glance" / "   Mine-laying skiffs seen off …     1": a short line with no page, ending no sentence, right over
    /// a column entry indented deeper than it — the name of the group of entries under it (a section of the issue).
    /// </summary>
    private static bool IsColumnGroupName(IReadOnlyList<SeedLine> lines, int at)
    {
        if (at + 1 >= lines.Count || lines[at].IsBlank || lines[at + 1].IsBlank) return false;
        var text = lines[at].Text.Trim();
        if (TextLines.WordCount(text) > MaxGroupNameWords || EntryCells(lines[at].Text) is not null || Cells(lines[at].Text).Count != 1
            || IssueSegmenter.EndsSentence(text) || !TextShapes.IsTitleLike(text)) return false;
        return Indent(lines[at + 1].Text) > Indent(lines[at].Text) && ColumnEntry(lines, at + 1, contextual: true) is not null;
    }

    /// <summary>
    /// The column entry at <paramref name="at"/>: a title cell, an optional authors' cell and a page cell, with the title's
    /// wrapped lines under it. A line with no authors' cell ("Title     3") is read only in context
    /// (<paramref name="contextual"/>: under a heading or after another entry) or when another column entry follows it.
    /// </summary>
    private static (WholeIssueFormat.TocEntry Entry, int After)? ColumnEntry(IReadOnlyList<SeedLine> lines, int at, bool contextual)
    {
        if (EntryCells(lines[at].Text) is not { } cells) return null;
        var parts = new List<string> { cells.Title };
        var names = cells.Names;
        var j = at + 1;
        for (; j < lines.Count && !lines[j].IsBlank && j - at < MaxTitleLines; j++)
        {
            var raw = lines[j].Text;
            // A group's name at the margin over the next entries ("Analysis" / "   Title     3") starts a new group.
            if (EntryCells(raw) is not null || Indent(raw) < Indent(lines[at].Text) && IsColumnGroupName(lines, j)) break;
            var more = Cells(raw);
            if (more.Count > 2 || TextLines.WordCount(more[0]) > WrappedLineWords || IssueSegmenter.EndsSentence(more[0]) && !more[0].EndsWith('?')) break;
            // An unindented line is the title's only when the contents go on after it (a blank line or the next entry).
            var bounded = j + 1 >= lines.Count || lines[j + 1].IsBlank || EntryCells(lines[j + 1].Text) is not null;
            if (Indent(raw) <= Indent(lines[at].Text) && !bounded) break;
            if (more.Count == 2)
            {
                // "… the Lithuanian Border     and Bo Park": the authors' column wraps with the title.
                if (names is null || StrictNames(names + " " + PersonNames.InTitleCaseIfCapitals(more[1])) is null) break;
                names = names + " " + PersonNames.InTitleCaseIfCapitals(more[1]);
            }
            parts.Add(more[0]);
        }
        IReadOnlyList<string> authors = names is null ? [] : StrictNames(names) ?? [];
        if (names is null && !contextual && !(Skip(lines, j) is var next && next < lines.Count && EntryCells(lines[next].Text) is not null)) return null;
        var title = TextShapes.UnwrapTitle(parts);
        return (new WholeIssueFormat.TocEntry(title, authors, IsSectionTitle(title), lines[at].Number), j);
    }

    /// <summary>
    /// "Title     Ann Lee     3" or "Title     3": the title, the authors' cell (null when none) and a page last; with an
    /// authors' cell the columns may come in another order ("3     Title     Ann Lee", "Ann Lee     Title     3"), names
    /// in capitals read in title case ("A. DIALLO &amp; M. TRAORÉ-BECK").
    /// </summary>
    private static (string Title, string? Names)? EntryCells(string line)
    {
        if (line.Length > MaxEntryLength) return null;
        var cells = Cells(line);
        if (cells.Count is < 2 or > 3) return null;
        List<string> rest;
        if (PageCell().IsMatch(cells[^1])) rest = cells[..^1];
        else if (cells.Count == 3 && PageCell().IsMatch(cells[0])) rest = cells[1..];
        else return null;
        if (rest.Count == 1)
        {
            var only = EntryNumber().Replace(rest[0], "");
            return IsEntryTitle(only) ? (only, null) : null;
        }
        foreach (var (titleCell, namesCell) in new[] { (rest[0], rest[1]), (rest[1], rest[0]) })
        {
            var title = EntryNumber().Replace(titleCell, "");
            var names = PersonNames.InTitleCaseIfCapitals(ByPrefix().Replace(namesCell, ""));
            if (IsEntryTitle(title) && StrictNames(names) is not null) return (title, names);
        }
        return null;
    }

    private static bool IsEntryTitle(string title) =>
        TextShapes.IsTitleLike(title) && !(IssueSegmenter.EndsSentence(title) && !title.EndsWith('?'));

    [GeneratedRegex(@"\s{2,}|\t+")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^(?:(?:p\.?|pp\.?|page)\s*)?\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageCell();
}
