using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// A byline wrapped onto a second line in an issue: "By Professor Ann Lee" / "and Bo Ma" (or "&amp; Bo Ma"). The second
/// line joins the first, so the byline reads as one line with every name; the line it came from is left blank (the
/// line numbers hold). Only when the joined line reads as a printed byline naming one more person than the first line
/// alone. So are names stacked one a line in a block of their own under a title ("Dr Ann Lee" / "Prof. Bo Ma" / "Cy Young"),
/// which read as "Dr Ann Lee, Prof. Bo Ma and Cy Young". Pure.
/// </summary>
internal static class WrappedBylines
{
    private const int MaxContinuationWords = 6;

    /// <summary>How many names a byline stacks one a line at most.</summary>
    private const int MaxStackedNames = 5;

    public static List<SeedLine> Join(IReadOnlyList<SeedLine> lines)
    {
        var result = lines.ToList();
        JoinStackedNames(result);
        for (var k = 0; k + 1 < result.Count; k++)
        {
            var first = result[k].Text.Trim();
            var next = result[k + 1].Text.Trim();
            if (first.Length == 0 || !(next.StartsWith("and ", StringComparison.Ordinal) || next.StartsWith("& ", StringComparison.Ordinal))
                || TextLines.WordCount(next) > MaxContinuationWords || !IssueSegmenter.IsPrintedByline(first)
                || IssueSegmenter.BylineNames(first) is not { } names) continue;
            var joined = $"{first} {next}";
            if (IssueSegmenter.BylineNames(joined) is not { } all || all.Count != names.Count + 1
                || !all.All(n => Byline.LooksLikeName(n.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true))) continue;
            result[k] = result[k] with { Text = joined };
            result[k + 1] = result[k + 1] with { Text = "" };
        }
        return result;
    }

    private static void JoinStackedNames(List<SeedLine> lines)
    {
        for (var k = 2; k + 1 < lines.Count; k++)
        {
            if (!lines[k - 1].IsBlank || lines[k - 2].IsBlank || !TextShapes.IsTitleLike(lines[k - 2].Text.Trim()) || SentenceEnd.Closes(lines[k - 2].Text)) continue;
            var count = 0;
            while (k + count < lines.Count && !lines[k + count].IsBlank && count <= MaxStackedNames && IsLoneName(lines[k + count].Text)) count++;
            if (count < 2 || count > MaxStackedNames || k + count < lines.Count && !lines[k + count].IsBlank) continue;
            var names = Enumerable.Range(k, count).Select(i => lines[i].Text.Trim()).ToList();
            lines[k] = lines[k] with { Text = $"{string.Join(", ", names.Take(count - 1))} and {names[^1]}" };
            for (var i = k + 1; i < k + count; i++) lines[i] = lines[i] with { Text = "" };
            k += count;
        }
    }

    private static bool IsLoneName(string line) =>
        !line.Contains(',', StringComparison.Ordinal) && IssueSegmenter.BylineNames(line) is [var name]
        && Byline.LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true);
}
