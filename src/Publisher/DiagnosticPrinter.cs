using Publisher.Core.Diagnostics;

namespace Publisher.Cli;

/// <summary>
/// Prints diagnostics to stderr as <c>file:line:col: warning CODE: message</c>, one per line and never
/// wrapped (editors and CI parse them), coloured only on an interactive terminal without NO_COLOR.
/// </summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, bool includeInfo = false)
    {
        var colour = !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        foreach (var d in diagnostics)
        {
            if (d.Severity == Severity.Info && !includeInfo) continue;
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
            Console.Error.WriteLine(line);
        }
    }
}
