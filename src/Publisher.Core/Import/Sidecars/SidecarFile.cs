using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Sidecars;

/// <summary>Reads a seed's sidecar. Bad YAML is an error at its line; a bad value is a warning and is ignored.</summary>
public static class SidecarFile
{
    public static readonly IReadOnlyList<string> KnownFields =
        ["publication", "site", "url", "date", "volume", "issue", "kind", "authors", "summary"];

    /// <summary><c>seeds/x.txt</c> → <c>seeds/x.yml</c>.</summary>
    public static string PathFor(string seedPath) => System.IO.Path.ChangeExtension(seedPath, ".yml");

    public static SeedSidecar? Parse(string text, string path, List<Diagnostic> diagnostics)
    {
        // YamlFields reports into this list as values are read; its codes and words are about front matter.
        var local = new List<Diagnostic>();
        var sidecar = Read(text, path, local);
        diagnostics.AddRange(local.Select(d => d.Code is DiagnosticCodes.FrontMatterInvalid or DiagnosticCodes.FieldInvalid
            ? d with { Code = DiagnosticCodes.SidecarInvalid, Message = d.Message.Replace("front matter", "sidecar", StringComparison.Ordinal) }
            : d));
        return sidecar;
    }

    private static SeedSidecar? Read(string text, string path, List<Diagnostic> diagnostics)
    {
        var fields = YamlFields.Parse(TextFile.Normalize(text), path, 1, diagnostics);
        if (fields is null) return null;

        UnknownKeys.Report(fields, KnownFields, "sidecar", diagnostics, DiagnosticCodes.SidecarInvalid);

        var site = Blank(fields.String("site"));
        if (site is not null && !IsHttpUrl(site))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SidecarInvalid, $"'site' must be an absolute http(s) address, not '{site}'; ignored", fields.LocationOf("site")));
            site = null;
        }
        var url = Blank(fields.String("url"));
        if (url is not null && !IsHttpUrl(url))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.SidecarInvalid, $"'url' must be an absolute http(s) address, not '{url}'; ignored", fields.LocationOf("url")));
            url = null;
        }
        var sidecar = new SeedSidecar
        {
            Path = path,
            Publication = Blank(fields.String("publication")),
            Site = site is null ? null : site.TrimEnd('/') + "/",
            Url = url,
            Date = fields.Date("date"),
            Volume = fields.Int("volume"),
            Issue = fields.Int("issue"),
            Kind = Blank(fields.String("kind"))?.ToLowerInvariant(),
            Authors = fields.List("authors").Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
            Summary = Blank(fields.String("summary")),
        };
        return sidecar;
    }

    private static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
