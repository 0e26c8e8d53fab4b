using System.Text.RegularExpressions;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Fixups;

/// <summary>Helpers for tests over the real sample seeds.</summary>
public static partial class SeedText
{
    public static string Path(string prefix) =>
        Directory.GetFiles(RepoPaths.Seeds, prefix + "_*.txt").Single();

    public static string Relative(string prefix) => "seeds/" + System.IO.Path.GetFileName(Path(prefix));

    /// <summary>The seed as the text rules leave it (what a reader would split).</summary>
    public static string AfterTextRules(string prefix, FixupPipeline pipeline)
    {
        var text = File.ReadAllText(Path(prefix));
        var context = new FixupContext { SourcePath = Relative(prefix), OwnPublication = "Terrorism Monitor" };
        foreach (var rule in pipeline.TextRules) text = rule.Apply(text, context).Text;
        return text;
    }

    /// <summary>A draft whose body is the seed's lines from the one starting with <paramref name="first"/> up to (not including) the one starting with <paramref name="stop"/>.</summary>
    public static ArticleDraft Draft(string prefix, string text, string first, string stop, string? notes = null)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith(first, StringComparison.Ordinal));
        var end = Array.FindIndex(lines, start, l => l.StartsWith(stop, StringComparison.Ordinal));
        Assert.True(start >= 0 && end > start, $"body markers not found in {prefix}");
        return new ArticleDraft
        {
            Title = "Sample",
            Body = string.Join('\n', lines[start..end]),
            Notes = notes,
            Origin = new SourceLocation(Relative(prefix), start),
            BodyStartLine = start + 1,
        };
    }

    /// <summary>Paragraph text made comparable across the PDF and web versions: plain quotes, no Markdown, one space, lower case.</summary>
    public static string Comparable(string paragraph)
    {
        var t = paragraph.Trim();
        if (t.StartsWith("## ", StringComparison.Ordinal)) t = t[3..];
        t = MarkdownLink().Replace(t, "$1");
        t = t.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');
        t = SpaceBeforeClose().Replace(t, ")");
        return Whitespace().Replace(t, " ").ToLowerInvariant();
    }

    public static IReadOnlyList<string> Paragraphs(string text) =>
        Regex.Split(text.Trim('\n'), @"\n\s*\n").Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    /// <summary>Letters and digits only, link targets and escapes removed: survives re-wrapping, re-linking and footnote syntax.</summary>
    public static string Letters(string text)
    {
        text = LinkTarget().Replace(text, "]");
        return new string(text.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
    }

    [GeneratedRegex(@"\[((?:\\.|[^\]\\])*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"\]\((?:[^()]|\([^()]*\))*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"\s+\)")]
    private static partial Regex SpaceBeforeClose();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
