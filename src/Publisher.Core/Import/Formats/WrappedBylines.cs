using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Formats;

/// <summary>
/// A byline wrapped onto a second line in an issue: "By Professor Ann Lee" / "and Bo Ma" (or "&amp; Bo Ma"). The second
/// line joins the first, so the byline reads as one line with every name; the line it came from is left blank (the
/// line numbers hold). Only when the joined line reads as a printed byline naming one more person than the first line
/// alone. Pure.
/// </summary>
internal static class WrappedBylines
{
    private const int MaxContinuationWords = 6;

    public static List<SeedLine> Join(IReadOnlyList<SeedLine> lines)
    {
        var result = lines.ToList();
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
}
