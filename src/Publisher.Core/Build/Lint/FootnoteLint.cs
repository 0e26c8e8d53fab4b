using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build.Lint;

/// <summary>
/// Footnote references <c>[^n]</c> without a definition <c>[^n]: …</c> (Markdown prints them as literal text) and
/// definitions nothing refers to (Markdown leaves them off the page). Reads the body's lines, outside code. Pure.
/// </summary>
internal static partial class FootnoteLint
{
    /// <param name="bodyStartLine">The file line of the body's first line.</param>
    public static void Check(string body, string path, int bodyStartLine, List<Diagnostic> diagnostics)
    {
        var definitions = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        var references = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        var lines = body.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Fence().IsMatch(line)) inFence = !inFence;
            if (inFence || line.StartsWith("    ", StringComparison.Ordinal) && !line.TrimStart().StartsWith("[^", StringComparison.Ordinal)) continue;
            // Definitions and references both start with "[^", which blanking inline code can only remove: most lines have none.
            if (!line.Contains("[^", StringComparison.Ordinal)) continue;
            var text = InlineCode().Replace(line, m => new string(' ', m.Length));
            var definition = Definition().Match(text);
            if (definition.Success)
            {
                definitions.TryAdd(definition.Groups[1].Value, new SourceLocation(path, bodyStartLine + i, definition.Groups[1].Index - 1));
                text = new string(' ', definition.Length) + text[definition.Length..];
            }
            foreach (Match reference in Reference().Matches(text))
                references.TryAdd(reference.Groups[1].Value, new SourceLocation(path, bodyStartLine + i, reference.Index + 1));
        }
        foreach (var (label, location) in references.Where(r => !definitions.ContainsKey(r.Key)))
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteReferenceUndefined,
                $"footnote [^{label}] has no definition (a line '[^{label}]: …'), so the page shows the text '[^{label}]'", location));
        foreach (var (label, location) in definitions.Where(d => !references.ContainsKey(d.Key)))
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FootnoteDefinitionUnused,
                $"footnote [^{label}] is defined but the text never refers to it, so the page leaves it out (add [^{label}] where it belongs)", location));
    }

    [GeneratedRegex(@"^ {0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^ {0,3}\[\^([^\]\s]+)\]:")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex Reference();
}
