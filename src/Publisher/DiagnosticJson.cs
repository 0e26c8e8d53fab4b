using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Core.Diagnostics;

namespace Publisher.Cli;

/// <summary>
/// <c>--format json</c>: a JSON array with one object per diagnostic, keys always in this order and always present:
/// <c>code</c> ("PUB011"), <c>severity</c> ("error" | "warning"), <c>file</c> (forward slashes, or null),
/// <c>line</c> and <c>column</c> (1-based, or null when not known), <c>message</c>. Documented in README.md.
/// </summary>
public static class DiagnosticJson
{
    public static string Write(IEnumerable<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics.Where(d => d.Severity != Severity.Info))
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                if (d.Location is { } at) json.WriteString("file", at.Path.Replace('\\', '/'));
                else json.WriteNull("file");
                WriteNumber(json, "line", d.Location?.Line ?? 0);
                WriteNumber(json, "column", d.Location?.Column ?? 0);
                json.WriteString("message", d.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int value)
    {
        if (value > 0) json.WriteNumber(name, value);
        else json.WriteNull(name);
    }
}
