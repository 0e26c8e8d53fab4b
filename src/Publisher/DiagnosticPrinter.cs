using Publisher.Core.Diagnostics;

namespace Publisher.Cli;

/// <summary>
/// Prints diagnostics to stderr as <c>file:line:col: warning CODE: message</c>, one per line and never
/// wrapped (editors and CI parse them), coloured only on an interactive terminal without NO_COLOR.
/// </summary>
public static class DiagnosticPrinter
{
    /// <summary>How many diagnostics with the same code, severity and file are printed before the rest are counted.</summary>
    public const int RepeatLimit = 20;

    /// <param name="to">Where to print; stderr when null (only stderr is ever coloured).</param>
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool includeInfo = false, TextWriter? to = null)
    {
        var colour = to is null && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        to ??= Console.Error;
        foreach (var d in Capped(diagnostics.Where(d => d.Severity != Severity.Info || includeInfo), RepeatLimit))
        {
            var line = d.ToString();
            if (colour)
            {
                var code = d.Severity switch
                {
                    Severity.Error => "31",
                    Severity.Warning => "33",
                    _ => "90",
                };
                line = $"\u001b[{code}m{line}\u001b[0m";
            }
            to.WriteLine(line);
        }
    }

    /// <summary>
    /// " First error: …" naming the first error, for a command's closing line: with many warnings printed above it,
    /// the cause of a failure would otherwise have scrolled away. Empty when there is no error.
    /// </summary>
    public static string FirstErrorNote(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } first ? $" First error: {first}" : "";

    /// <summary>
    /// The diagnostics to print: at most <paramref name="limit"/> with the same code, severity and file, then one
    /// more saying how many were left out. A seed with a thousand stray "[1]" markers gives a readable report,
    /// not a thousand lines that bury the one error.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Capped(IEnumerable<Diagnostic> diagnostics, int limit)
    {
        var all = diagnostics.ToList();
        var total = all.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var seen = new Dictionary<(string, string, Severity), int>();
        var result = new List<Diagnostic>();
        foreach (var d in all)
        {
            var key = Key(d);
            var n = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (n <= limit) result.Add(d);
            else if (n == limit + 1)
                result.Add(d with
                {
                    Location = d.Location is null ? null : SourceLocation.File(d.Location.Path),
                    Message = $"{total[key] - limit} more of these in this file are not shown",
                });
        }
        return result;
    }

    private static (string Path, string Code, Severity Severity) Key(Diagnostic d) => (d.Location?.Path ?? "", d.Code, d.Severity);
}
