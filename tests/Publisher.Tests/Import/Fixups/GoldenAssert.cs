using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Fixups;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Fixups;

/// <summary>
/// Compares a rule's output with a golden case: the text, the diagnostics and (when the case lists them)
/// the actions. With PUBLISHER_ACCEPT_SNAPSHOTS=1 a differing section is rewritten in the case file
/// under <c>tests/</c> instead (read the diff before committing it).
/// </summary>
public static class GoldenAssert
{
    public static void Matches(GoldenCase golden, string actualText, IEnumerable<Diagnostic> diagnostics, IEnumerable<FixupAction> actions)
    {
        var failures = new List<string>();
        Check(golden, "expected", TrimLayout(actualText), failures);
        Check(golden, "diagnostics", string.Join('\n', diagnostics.Select(d => d.ToString())), failures);
        if (golden.Section("actions") is not null)
            Check(golden, "actions", string.Join('\n', actions.Select(Describe)), failures);
        if (failures.Count > 0) Assert.Fail(string.Join("\n\n", failures));
    }

    public static void Section(GoldenCase golden, string name, string actual)
    {
        var failures = new List<string>();
        Check(golden, name, actual, failures);
        if (failures.Count > 0) Assert.Fail(failures[0]);
    }

    private static void Check(GoldenCase golden, string name, string actual, List<string> failures)
    {
        var expected = golden.Section(name) ?? "";
        if (expected == actual) return;
        if (Environment.GetEnvironmentVariable(Snapshot.AcceptVariable) == "1")
        {
            Accept(golden, name, actual);
            return;
        }
        failures.Add($"{golden.Name}: section '{name}' differs\n{LineDiff.Describe(expected, actual)}\n--- actual ---\n{actual}");
    }

    private static void Accept(GoldenCase golden, string name, string actual)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(golden.Path)!);
        var source = Path.Combine(RepoPaths.Root, "tests", "Publisher.Tests", "Golden", folder, golden.Name + ".txt");
        var text = File.ReadAllText(source).Replace("\r\n", "\n");
        var header = $"-- {name} --\n";
        var start = text.IndexOf(header, StringComparison.Ordinal);
        var replacement = header + actual + "\n";
        if (start < 0)
        {
            text = text.TrimEnd('\n') + "\n" + replacement;
        }
        else
        {
            var next = Regex.Match(text[(start + header.Length)..], @"^-- .+ --$", RegexOptions.Multiline);
            var end = next.Success ? start + header.Length + next.Index : text.Length;
            text = text[..start] + replacement + text[end..];
        }
        File.WriteAllText(source, text, new UTF8Encoding(false));
    }

    public static string Describe(FixupAction action) =>
        action.Location is { Line: > 0 } location
            ? $"{location.Line}: {action.Kind}: {action.Detail}"
            : $"{action.Kind}: {action.Detail}";

    /// <summary>Rules keep blank lines where they removed text (to keep seed line numbers); cases compare the tidy layout.</summary>
    public static string TrimLayout(string text) => Regex.Replace(text, @"\n{3,}", "\n\n").Trim('\n');
}
