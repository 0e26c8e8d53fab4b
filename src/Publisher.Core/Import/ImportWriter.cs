using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import;

public enum FileStatus
{
    /// <summary>The file did not exist and was written.</summary>
    Created,

    /// <summary>Import had written the file, nobody changed it since, and the new text differs: rewritten.</summary>
    Updated,

    /// <summary>The file already has exactly the text import would write.</summary>
    Unchanged,

    /// <summary>An editor changed (or made) the file: left alone.</summary>
    Skipped,

    /// <summary>An editor changed the file, <c>--force</c> overwrote it after keeping a backup.</summary>
    Overwritten,

    /// <summary>Writing failed (see the diagnostics).</summary>
    Failed,

    /// <summary>
    /// Import had written the file, nobody changed it since, and the article now has another file because its title
    /// changed in the seed (<see cref="ArticleRenames"/>): removed, its address kept as an alias of the new file.
    /// </summary>
    Removed,
}

/// <param name="RelativePath">Relative to the input folder, forward slashes.</param>
/// <param name="BackupPath">Where the editor's version was kept (relative to the input folder), for <see cref="FileStatus.Overwritten"/>.</param>
public sealed record FileOutcome(string RelativePath, FileStatus Status, bool IsArticle, string? BackupPath = null)
{
    /// <summary>For <see cref="FileStatus.Removed"/>: the file the article moved to (relative to the input folder).</summary>
    public string? RenamedTo { get; init; }
}

/// <summary>
/// Writes planned files under the input folder without ever losing an editor's change: a file is rewritten only
/// when its bytes are what import last wrote (per the manifest), and with <c>force</c> only after a backup in
/// <c>.backups/</c> named by the content hash (no timestamps: the same run gives the same names).
/// </summary>
public static class ImportWriter
{
    public const string BackupFolder = ".backups";

    /// <param name="renames">Renamed articles' old files (removed, each only if import wrote it and nobody changed it since) and new ones.</param>
    public static IReadOnlyList<FileOutcome> Write(string inputDirectory, string inputDisplayPath, IReadOnlyList<PlannedFile> files,
        bool force, List<Diagnostic> diagnostics, IReadOnlyList<(string From, string To)>? renames = null)
    {
        var manifestPath = Path.Combine(inputDirectory, ImportManifest.FileName);
        var manifestDisplay = Display(inputDisplayPath, ImportManifest.FileName);
        var manifest = File.Exists(manifestPath)
            ? ImportManifest.Parse(SafeRead(manifestPath) ?? "", manifestDisplay, diagnostics)
            : new ImportManifest();
        var oldManifestText = File.Exists(manifestPath) ? SafeRead(manifestPath) : null;

        var outcomes = new List<FileOutcome>();
        foreach (var file in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
            outcomes.Add(WriteOne(inputDirectory, inputDisplayPath, file, force, manifest, diagnostics));
        foreach (var (from, to) in (renames ?? []).OrderBy(r => r.From, StringComparer.Ordinal))
            if (RemoveRenamed(inputDirectory, inputDisplayPath, from, to, manifest, diagnostics) is { } removed) outcomes.Add(removed);

        // Forget entries whose files are gone; keep the rest (import never deletes, and remembers what it wrote).
        foreach (var path in manifest.Files.Keys.ToList())
            if (!File.Exists(Path.Combine(inputDirectory, path))) manifest.Remove(path);

        var manifestText = manifest.Write();
        if (manifestText != oldManifestText)
        {
            try { TextFile.Write(manifestPath, manifestText); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportWriteFailed, $"cannot write the import manifest: {e.Message}", new SourceLocation(manifestDisplay)));
            }
        }
        return outcomes;
    }

    private static FileOutcome WriteOne(string inputDirectory, string inputDisplayPath, PlannedFile file, bool force,
        ImportManifest manifest, List<Diagnostic> diagnostics)
    {
        var fullPath = Path.Combine(inputDirectory, file.RelativePath);
        var display = Display(inputDisplayPath, file.RelativePath);
        var bytes = TextFile.Utf8NoBom.GetBytes(file.Content);
        var hash = ImportManifest.Hash(bytes);
        try
        {
            if (!File.Exists(fullPath))
            {
                WriteBytes(fullPath, bytes);
                manifest.Set(file.RelativePath, hash);
                return new FileOutcome(file.RelativePath, FileStatus.Created, file.IsArticle);
            }

            var current = File.ReadAllBytes(fullPath);
            var currentHash = ImportManifest.Hash(current);
            if (currentHash == hash)
            {
                manifest.Set(file.RelativePath, hash);
                return new FileOutcome(file.RelativePath, FileStatus.Unchanged, file.IsArticle);
            }
            var writtenByImport = manifest.HashOf(file.RelativePath);
            if (writtenByImport == currentHash)
            {
                WriteBytes(fullPath, bytes);
                manifest.Set(file.RelativePath, hash);
                return new FileOutcome(file.RelativePath, FileStatus.Updated, file.IsArticle);
            }

            var why = writtenByImport is null ? "exists and was not written by import" : "was changed since import wrote it";
            if (!force)
            {
                // An author profile an editor wrote before import is expected; an edited article is worth a warning.
                var severity = writtenByImport is null && !file.IsArticle ? Severity.Info : Severity.Warning;
                diagnostics.Add(new Diagnostic(severity, DiagnosticCodes.ImportEditedFileSkipped,
                    $"{display} {why}; left as it is (run import with --force to overwrite it, keeping a backup)", new SourceLocation(display)));
                return new FileOutcome(file.RelativePath, FileStatus.Skipped, file.IsArticle);
            }

            var backup = $"{BackupFolder}/{file.RelativePath}.{currentHash[..12]}.bak";
            var backupFull = Path.Combine(inputDirectory, backup);
            if (!File.Exists(backupFull)) WriteBytes(backupFull, current);
            WriteBytes(fullPath, bytes);
            manifest.Set(file.RelativePath, hash);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ImportEditedFileOverwritten,
                $"{display} {why}; overwritten because of --force, the previous text is kept in {Display(inputDisplayPath, backup)}", new SourceLocation(display)));
            return new FileOutcome(file.RelativePath, FileStatus.Overwritten, file.IsArticle, backup);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportWriteFailed, $"cannot write {display}: {e.Message}", new SourceLocation(display)));
            return new FileOutcome(file.RelativePath, FileStatus.Failed, file.IsArticle);
        }
    }

    /// <summary>Whether import wrote the file at <paramref name="relativePath"/> and nobody changed it since (per the manifest).</summary>
    public static Func<string, bool> IsImportsOwn(string inputDirectory)
    {
        var manifestPath = Path.Combine(inputDirectory, ImportManifest.FileName);
        var manifest = File.Exists(manifestPath) ? ImportManifest.Parse(SafeRead(manifestPath) ?? "", manifestPath, []) : new ImportManifest();
        return relativePath => IsUnchangedSinceImport(Path.Combine(inputDirectory, relativePath), manifest.HashOf(relativePath));
    }

    private static bool IsUnchangedSinceImport(string fullPath, string? writtenHash)
    {
        try { return writtenHash is not null && File.Exists(fullPath) && ImportManifest.Hash(File.ReadAllBytes(fullPath)) == writtenHash; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
    }

    private static FileOutcome? RemoveRenamed(string inputDirectory, string inputDisplayPath, string relativePath, string renamedTo,
        ImportManifest manifest, List<Diagnostic> diagnostics)
    {
        var fullPath = Path.Combine(inputDirectory, relativePath);
        if (!IsUnchangedSinceImport(fullPath, manifest.HashOf(relativePath))) return null;
        try
        {
            File.Delete(fullPath);
            manifest.Remove(relativePath);
            return new FileOutcome(relativePath, FileStatus.Removed, IsArticle: true) { RenamedTo = renamedTo };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var display = Display(inputDisplayPath, relativePath);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.ImportWriteFailed, $"cannot remove {display} (its article was renamed): {e.Message}", new SourceLocation(display)));
            return new FileOutcome(relativePath, FileStatus.Failed, IsArticle: true);
        }
    }

    private static void WriteBytes(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    private static string? SafeRead(string path)
    {
        try { return TextFile.Read(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    private static string Display(string inputDisplayPath, string relative) =>
        inputDisplayPath.Length == 0 ? relative : inputDisplayPath.TrimEnd('/') + "/" + relative;
}
