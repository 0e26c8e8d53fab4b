namespace Publisher.Core.Build;

/// <summary>
/// The next version of a cache file: written beside it under a temporary name while the build runs, moved into place
/// by <see cref="Save"/> once the output holds the build's files, deleted by <see cref="Abandon"/> when the build failed
/// or only checked. File-system refusals are swallowed: a cache that is not saved only costs the next build its work.
/// </summary>
internal sealed class StagedCacheFile
{
    private readonly string _file;
    private readonly string _next;
    private readonly bool _removeCreatedFolder;
    private bool _written;

    /// <summary>The cache folder did not exist before <see cref="Create"/>.</summary>
    private bool _createdFolder;

    /// <param name="removeCreatedFolder">Abandoning also deletes the cache folder when <see cref="Create"/> made it and it is empty.</param>
    public StagedCacheFile(string file, bool removeCreatedFolder)
    {
        _file = file;
        _next = file + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        _removeCreatedFolder = removeCreatedFolder;
    }

    /// <summary>Creates the temporary file (and the cache folder if need be) for writing.</summary>
    public FileStream Create()
    {
        var folder = Path.GetDirectoryName(_next)!;
        _createdFolder = !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        return new FileStream(_next, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
    }

    /// <summary>The temporary file is complete: <see cref="Save"/> may move it into place.</summary>
    public void MarkWritten() => _written = true;

    /// <summary>Makes this build's file the next build's cache; true when it was moved into place (false: nothing written, or the move failed).</summary>
    public bool Save()
    {
        if (!_written) return false;
        try
        {
            File.Move(_next, _file, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
            return false;
        }
    }

    /// <summary>Drops this build's file.</summary>
    public void Abandon()
    {
        _written = false;
        try
        {
            if (File.Exists(_next)) File.Delete(_next);
            var folder = Path.GetDirectoryName(_next)!;
            if (_removeCreatedFolder && _createdFolder && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file in the cache folder is harmless.
        }
    }
}
