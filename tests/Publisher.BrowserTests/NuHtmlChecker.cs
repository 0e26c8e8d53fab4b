using System.Diagnostics;
using System.Text.Json;

namespace Publisher.BrowserTests;

/// <summary>One message of the Nu HTML checker: <see cref="Severity"/> is "error", "warning" or "info".</summary>
public sealed record NuMessage(string File, int Line, int Column, string Severity, string Text)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Severity}: {Text}";
}

/// <summary>
/// The Nu HTML checker (the W3C validator's engine, npm's <c>vnu-jar</c>) run with the machine's Java over many
/// files at once: one JVM start for the whole site instead of one per page.
/// </summary>
public static class NuHtmlChecker
{
    public static IReadOnlyList<NuMessage> Check(IReadOnlyList<string> files)
    {
        if (files.Count == 0) return [];
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-Xmx512m", "-jar", NodeTools.VnuJarPath(), "--format", "json", "--stdout", "--exit-zero-always" })
            start.ArgumentList.Add(arg);
        foreach (var file in files) start.ArgumentList.Add(file);

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("java is not installed (apt-get install -y default-jre-headless); .ci/run installs it");
        }
        using (process)
        {
            var errors = process.StandardError.ReadToEndAsync();
            var json = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || json.Length == 0)
                throw new InvalidOperationException($"vnu.jar failed ({process.ExitCode}): {errors.Result}");
            return Parse(json);
        }
    }

    private static List<NuMessage> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var messages = new List<NuMessage>();
        foreach (var m in doc.RootElement.GetProperty("messages").EnumerateArray())
        {
            var type = m.GetProperty("type").GetString() ?? "";
            var severity = type == "info" && m.TryGetProperty("subType", out var sub) && sub.GetString() == "warning" ? "warning"
                : type == "non-document-error" ? "error" : type;
            var url = m.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            // vnu names files "file:/tmp/…" (one slash), which System.Uri does not take.
            var file = url.StartsWith("file:", StringComparison.Ordinal) ? Uri.UnescapeDataString(url["file:".Length..]) : url;
            messages.Add(new NuMessage(file, Int(m, "lastLine"), Int(m, "firstColumn") is var c and > 0 ? c : Int(m, "lastColumn"),
                severity, m.GetProperty("message").GetString() ?? ""));
        }
        return messages;
    }

    private static int Int(JsonElement m, string name) => m.TryGetProperty(name, out var v) && v.TryGetInt32(out var i) ? i : 0;
}
