using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import;

/// <summary>What an earlier run that wrote nothing printed and reported, to be shown again without importing.</summary>
/// <param name="Diagnostics">Its diagnostics, sorted as the report sorts them.</param>
/// <param name="ReviewReportHtml">Its review report.</param>
/// <param name="NothingChangedLine">The line it printed instead of a summary.</param>
public sealed record ReplayedImport(IReadOnlyList<Diagnostic> Diagnostics, string ReviewReportHtml, string NothingChangedLine);

/// <summary>
/// Re-import of an unchanged archive as a no-op. A run that wrote nothing and had no errors keeps its output in
/// <see cref="CacheFile"/> (git-ignored) under a fingerprint of everything import reads: the importer's build, the
/// options, and the name and bytes of every file under the seeds folder (seeds, sidecars) and the input folder
/// (site.yml, tags.yml, outlets.yml, authors, the articles import wrote and their manifest). When the next run's
/// fingerprint is the same, that run would read the same and decide the same, so its output is shown again instead.
/// Anything changed, or a cache that cannot be read, means the full import.
/// </summary>
public static class ImportReplay
{
    /// <summary>The cache file, relative to the project root.</summary>
    public const string CacheFile = ".publisher-cache/import-last-run.json";

    private const string FormatVersion = "publisher-import-replay/1";

    /// <summary>The output of the last run when nothing import reads has changed since; otherwise null, with an Info when the cache could not be read.</summary>
    /// <param name="fingerprint">The fingerprint of the files now, to pass to <see cref="Save"/> after a full run.</param>
    public static ReplayedImport? TryLoad(ImportOptions options, out string fingerprint, out Diagnostic? unreadable)
    {
        unreadable = null;
        fingerprint = "";
        try
        {
            fingerprint = Fingerprint(options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // a file the full import will report as unreadable
        }
        var path = Path.Combine(options.ProjectRoot, CacheFile);
        if (!File.Exists(path)) return null;
        try
        {
            var cached = JsonSerializer.Deserialize(File.ReadAllText(path), ImportReplayJson.Default.CachedRun);
            if (cached is null || cached.Format != FormatVersion || cached.Diagnostics is null || cached.ReviewReportHtml is null || cached.NothingChangedLine is null)
                throw new JsonException("it is not a cache this version of publisher wrote");
            if (!string.Equals(cached.Fingerprint, fingerprint, StringComparison.Ordinal)) return null;
            return new ReplayedImport(cached.Diagnostics.Select(d => d.ToDiagnostic()).ToList(), cached.ReviewReportHtml, cached.NothingChangedLine);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or ArgumentException)
        {
            unreadable = Diagnostic.Info(DiagnosticCodes.ImportCacheUnreadable,
                $"the saved result of the last import cannot be read ({e.Message}), so import ran in full; it is saved again after a run that changes nothing",
                new SourceLocation(CacheFile));
            return null;
        }
    }

    /// <summary>
    /// Keeps the output of a run that wrote nothing and had no errors, when the files are still as they were before
    /// it (<paramref name="fingerprintBefore"/>; call it after the review report is written); removes an older one
    /// otherwise. A cache that cannot be written is skipped.
    /// </summary>
    public static void Save(ImportOptions options, string fingerprintBefore, ImportReport report, string reviewReportHtml, string nothingChangedLine)
    {
        var path = Path.Combine(options.ProjectRoot, CacheFile);
        try
        {
            if (!report.NothingChanged || report.HasErrors || fingerprintBefore.Length == 0 || Fingerprint(options) != fingerprintBefore)
            {
                if (File.Exists(path)) File.Delete(path);
                return;
            }
            var cached = new CachedRun(FormatVersion, fingerprintBefore, report.Diagnostics.Select(CachedDiagnostic.From).ToList(), reviewReportHtml, nothingChangedLine);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, JsonSerializer.Serialize(cached, ImportReplayJson.Default.CachedRun), new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Only a cache: the next run imports in full.
        }
    }

    /// <summary>A hash of the importer's build, the options, and every file's name and bytes under the seeds and input folders.</summary>
    internal static string Fingerprint(ImportOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        Add(FormatVersion);
        Add(typeof(Importer).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(options.SeedsDirectory);
        Add(options.InputDirectory);
        Add(options.Force ? "force" : "");
        // The code that decides: which rules, formats and tag matcher (their types; a run from the CLI uses the defaults).
        foreach (var rule in options.Pipeline.TextRules) Add(rule.GetType().FullName!);
        Add("draft rules");
        foreach (var rule in options.Pipeline.DraftRules) Add(rule.GetType().FullName!);
        Add("formats");
        foreach (var format in options.Formats) Add(format.GetType().FullName + " " + format.Name);
        Add(options.TagMatcher.Method.DeclaringType?.FullName + "." + options.TagMatcher.Method.Name);
        foreach (var folder in new[] { options.SeedsDirectory, options.InputDirectory })
        {
            var full = Path.GetFullPath(folder, options.ProjectRoot);
            Add("folder " + folder);
            if (!Directory.Exists(full)) continue;
            var files = Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories)
                .Select(f => (Full: f, Relative: Path.GetRelativePath(full, f).Replace('\\', '/')))
                .Where(f => !f.Relative.StartsWith(".publisher-cache/", StringComparison.Ordinal))
                .OrderBy(f => f.Relative, StringComparer.Ordinal);
            foreach (var (file, relative) in files)
            {
                Add(relative);
                Add(ImportManifest.Hash(File.ReadAllBytes(file)));
            }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    internal sealed record CachedRun(string Format, string Fingerprint, List<CachedDiagnostic> Diagnostics, string ReviewReportHtml, string NothingChangedLine);

    internal sealed record CachedDiagnostic(Severity Severity, string Code, string Message, string? Path, int Line, int Column)
    {
        public static CachedDiagnostic From(Diagnostic d) => new(d.Severity, d.Code, d.Message, d.Location?.Path, d.Location?.Line ?? 0, d.Location?.Column ?? 0);

        public Diagnostic ToDiagnostic() => new(Severity, Code, Message, Path is null ? null : new SourceLocation(Path, Line, Column));
    }
}

/// <summary>The saved run's JSON, from code generated at compile time (no reflection: the CLI is compiled ahead of time).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(ImportReplay.CachedRun))]
internal sealed partial class ImportReplayJson : System.Text.Json.Serialization.JsonSerializerContext;
