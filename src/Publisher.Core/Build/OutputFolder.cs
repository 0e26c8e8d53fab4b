using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

/// <summary>
/// Writes a build into a fresh sibling folder (<c>output.tmp-xxxx</c>) and swaps it in only when the build
/// succeeded: the old site is renamed away, the new one renamed in, the old one deleted. A failed build
/// deletes its temporary folder and leaves the previous site untouched.
/// </summary>
public sealed class OutputFolder
{
    private OutputFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    public string Target { get; }

    /// <summary>Where this build writes its files.</summary>
    public string Staging { get; }

    public static OutputFolder? Begin(string outputDir, DiagnosticBag diagnostics)
    {
        var target = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, "index.html")))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputNotASite,
                $"'{outputDir}' is not empty and holds no site (no index.html); refusing to replace it. Choose another --output or empty it"));
            return null;
        }
        var staging = $"{target}.tmp-{Guid.NewGuid():N}"[..(target.Length + 13)];
        try
        {
            Directory.CreateDirectory(staging);
            return new OutputFolder(target, staging);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot create '{staging}': {e.Message}"));
            return null;
        }
    }

    /// <summary>Moves the finished build into place. False (with a diagnostic) if the file system refuses.</summary>
    public bool Commit(DiagnosticBag diagnostics)
    {
        var old = Target + ".old-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var hadPrevious = Directory.Exists(Target);
            if (hadPrevious) Directory.Move(Target, old);
            try
            {
                Directory.Move(Staging, Target);
            }
            catch
            {
                if (hadPrevious) Directory.Move(old, Target);
                throw;
            }
            if (hadPrevious) TryDelete(old);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot move the new site into '{Target}': {e.Message}"));
            Abandon();
            return false;
        }
    }

    /// <summary>Deletes the staging folder; the previous site stays as it was.</summary>
    public void Abandon() => TryDelete(Staging);

    private static void TryDelete(string dir)
    {
        try
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover folder is harmless (ignored by .gitignore) and must not fail a good build.
        }
    }
}
