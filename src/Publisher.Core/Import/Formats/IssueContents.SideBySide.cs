using System.Text.RegularExpressions;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// A contents list printed in two columns side by side, which PDF extraction runs together line by line:
/// "BRIEFS ....... 1      DRONES OVER THE MARSHES" / "THE SALT ROAD EMIRATE      INSURGENCY LEARNS TO FLY" /
/// "                       By Ann Lee ....... 7". It is read as the left column's lines and then the right column's, each
/// part keeping its seed line's number. Pure.
/// </summary>
internal static partial class IssueContents
{
    /// <summary>The least indent of a right column: the left one is a title's width at least.</summary>
    private const int MinRightColumn = 30;

    /// <summary>How far apart the right column's lines may start (its bylines and wrapped lines are indented within it).</summary>
    private const int MaxRightColumnSpread = 12;

    /// <summary>
    /// The lines of a side-by-side contents list that starts at <paramref name="at"/> (optionally under a heading line of
    /// its own), unfolded into one column (left, then right), and the index of the first line after it; null when the lines
    /// there are not two columns. Evidence: two lines or more with a right part starting in one column, and a left part that
    /// ends in its page ("… 1") with the right column's words after it — a page never ends a line's first cell otherwise.
    /// </summary>
    private static (IReadOnlyList<SeedLine> Lines, int End)? SideBySideColumns(IReadOnlyList<SeedLine> lines, int at)
    {
        var first = at;
        if (first < lines.Count && ContentsHeading.IsMatch(lines[first].Text) && SplitSideBySide(lines[first].Text) is null) first++;
        var parts = new List<(SeedLine Line, string Left, string Right, int RightColumn)>();
        for (var i = first; i < lines.Count && !lines[i].IsBlank; i++)
        {
            if (SplitSideBySide(lines[i].Text) is not { } split) break;
            parts.Add((lines[i], split.Left, split.Right, split.Column));
        }
        if (parts.Count < 2) return null;
        var columns = parts.Select(p => p.RightColumn).ToList();
        if (columns.Max() - columns.Min() > MaxRightColumnSpread) return null;
        if (!parts.Any(p => p.Left.Length > 0 && EndsInPage(p.Left) && TextLines.WordCount(p.Right) >= 2)) return null;
        if (!parts.Any(p => EndsInPage(p.Right))) return null;

        var unfolded = new List<SeedLine>();
        if (first > at) unfolded.Add(lines[at]);
        unfolded.AddRange(parts.Where(p => p.Left.Length > 0).Select(p => new SeedLine(p.Line.Number, WithLeader(p.Left))));
        // The left column may run on below the right one: its last entry goes on to the line that ends in its page.
        var end = first + parts.Count;
        if (parts.Any(p => p.Left.Length > 0))
            for (var k = end; k < lines.Count && !lines[k].IsBlank && k - end < MaxTitleLines; k++)
            {
                if (Indent(lines[k].Text) >= MinRightColumn) break;
                if (LeadersAndPages().IsMatch(lines[k].Text))
                {
                    unfolded.AddRange(lines.Skip(end).Take(k + 1 - end));
                    end = k + 1;
                    break;
                }
            }
        unfolded.AddRange(parts.Select(p => new SeedLine(p.Line.Number, WithLeader(p.Right))));
        return (unfolded, end);
    }

    /// <summary>Whether a column's cell ends in its page, after a leader or, between columns, after a space or two.</summary>
    private static bool EndsInPage(string cell) => LeadersAndPages().IsMatch(cell) || SpacedPage(cell) is not null;

    /// <summary>
    /// A cell whose page follows its title after a space or two ("Checkpoint fees rise again at Marrow Ford 3") written
    /// with a leader, as a one-column list prints it: two columns set apart by a wide gap leave no room for dots, and a
    /// number closing a cell of such a list is its page. Other cells as they are.
    /// </summary>
    internal static string WithLeader(string cell) =>
        !LeadersAndPages().IsMatch(cell) && SpacedPage(cell) is { } m ? $"{m.Groups["text"].Value} ..... {m.Groups["page"].Value}" : cell;

    private static Match? SpacedPage(string cell) =>
        SpacedPageCell().Match(cell) is { Success: true } m && TextLines.WordCount(m.Groups["text"].Value) >= 2 ? m : null;

    [GeneratedRegex(@"^(?<text>.*\p{L}.*?[\p{L}'’)])\s{1,2}(?<page>\d{1,3})$")]
    private static partial Regex SpacedPageCell();

    /// <summary>
    /// A line's left part and right part, split at the first wide gap (three spaces or more) whose right side starts at
    /// <see cref="MinRightColumn"/> or further; a line indented that far is all right column (its left part empty).
    /// </summary>
    private static (string Left, string Right, int Column)? SplitSideBySide(string line)
    {
        var indent = Indent(line);
        if (indent >= MinRightColumn) return ("", line.Trim(), indent);
        foreach (Match gap in SideBySideGap().Matches(line))
        {
            var column = gap.Index + gap.Length;
            if (column < MinRightColumn || gap.Index <= indent) continue;
            var left = line[..gap.Index].Trim();
            var right = line[column..].Trim();
            return right.Any(char.IsLetter) && left.Any(char.IsLetter) ? (left, right, column) : null;
        }
        return null;
    }

    [GeneratedRegex(@" {3,}|\t+")]
    private static partial Regex SideBySideGap();
}
