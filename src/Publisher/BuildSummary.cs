using System.Globalization;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;

namespace Publisher.Cli;

/// <summary>The lines <c>publisher build</c> prints after a build: what changed against the previous site, and the warnings by code.</summary>
public static class BuildSummary
{
    /// <summary>"120 pages: 3 added, 5 changed, 1 removed; 2 other files changed; 7 warnings (PUB011: 3, PUB015: 4)".</summary>
    public static string ChangeLine(OutputChanges changes, IReadOnlyList<Diagnostic> diagnostics)
    {
        var pages = changes.Pages();
        var line = $"{N(pages.Total)} pages: {N(pages.Added.Count)} added, {N(pages.Changed.Count)} changed, {N(pages.Removed.Count)} removed";
        var others = changes.OtherFilesTouched;
        if (others > 0) line += $"; {N(others)} other {(others == 1 ? "file" : "files")} (feeds, assets, sitemap) added, changed or removed";
        return line + "; " + WarningsByCode(diagnostics);
    }

    /// <summary>"no warnings", or "7 warnings (PUB011: 3, PUB015: 4)" by code, in code order.</summary>
    public static string WarningsByCode(IReadOnlyList<Diagnostic> diagnostics)
    {
        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        if (warnings.Count == 0) return "no warnings";
        var byCode = warnings.GroupBy(d => d.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {N(g.Count())}");
        return $"{N(warnings.Count)} {(warnings.Count == 1 ? "warning" : "warnings")} ({string.Join(", ", byCode)})";
    }

    /// <summary>With --verbose: each added, changed and removed file, one a line.</summary>
    public static IEnumerable<string> ChangedFiles(OutputChanges changes) =>
        changes.Added.Select(f => $"  added   {f}")
            .Concat(changes.Changed.Select(f => $"  changed {f}"))
            .Concat(changes.Removed.Select(f => $"  removed {f}"));

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
