using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Enumeration;
using Microsoft.Win32.SafeHandles;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

/// <summary>
/// Writes a build into a fresh sibling folder (<c>output.tmp-xxxx</c>), but only the files whose bytes differ from
/// the previous site's: a file that did not change keeps its inode and modification time, so deploys and file
/// watchers see only real changes. When the build succeeded, <see cref="Commit"/> renames each new or changed file
/// into the output folder (atomic per file), deletes the files the new site no longer has (and folders left empty)
/// and deletes the staging folder. A failed build deletes its staging folder and never touches the previous site.
/// </summary>
public sealed class OutputFolder
{
    private enum State { Added, Changed, Unchanged }

    private ConcurrentDictionary<string, State> _files = new(StringComparer.Ordinal);

    /// <summary>Folders of the staging folder this build has created.</summary>
    private readonly ConcurrentDictionary<string, byte> _created = new(StringComparer.Ordinal);

    /// <summary>The previous site's folder, or null when there is none (everything is new).</summary>
    private readonly string? _previous;

    private OutputFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
        _previous = Directory.Exists(target) ? target : null;
    }

    public string Target { get; }

    /// <summary>
    /// Sizes the table of this build's files for about <paramref name="files"/> (the previous build's count), before any is
    /// written: a table grown step by step from empty locks every worker out at each step. Not thread-safe; ignored once a file is recorded.
    /// </summary>
    internal void Expect(int files)
    {
        if (_files.IsEmpty) _files = PerCore.Table<State>(files);
    }

    /// <summary>Where this build writes the files that changed.</summary>
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

    /// <summary>Writes <paramref name="text"/> (UTF-8, no BOM) at <paramref name="relativePath"/> (<c>/</c> separators) unless the previous site has these very bytes there. Thread-safe.</summary>
    /// <remarks>
    /// The bytes are encoded into a pooled buffer, not a new array: a build writes tens of thousands of pages, and an
    /// array per page (a large object for a long listing) is garbage only a full collection frees.
    /// </remarks>
    public void Write(string relativePath, string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(TextFile.Utf8NoBom.GetByteCount(text));
        try
        {
            var length = TextFile.Utf8NoBom.GetBytes(text, buffer);
            Write(relativePath, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> at <paramref name="relativePath"/> unless the previous site has these very bytes there. Thread-safe.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> bytes)
    {
        var previous = PreviousFile(relativePath);
        if (previous is not null && SameBytes(previous, bytes))
        {
            _files[relativePath] = State.Unchanged;
            return;
        }
        using (var file = CreateStaged(StagedPath(relativePath, createFolder: true)))
            RandomAccess.Write(file, bytes, fileOffset: 0);
        _files[relativePath] = previous is null ? State.Added : State.Changed;
    }

    /// <summary>
    /// Opens a file of the fresh staging folder for writing: created new (<c>O_EXCL</c>), not truncated as
    /// <see cref="File.WriteAllBytes(string, byte[])"/> truncates even a file it has just created. On ext4 a truncated file
    /// has its data written to disk as soon as it is closed (the <c>auto_da_alloc</c> safeguard for programs that replace a
    /// file in place): a disk write per file during the build, tens of thousands in a clean one, instead of the kernel's
    /// writeback later. A path written twice in one build (none is today) is truncated and written again.
    /// </summary>
    private static SafeFileHandle CreateStaged(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        }
    }

    /// <summary>Keeps the previous site's file at <paramref name="relativePath"/> as it is (the caller knows its bytes are the ones this build would write).</summary>
    public void Keep(string relativePath) => _files[relativePath] = State.Unchanged;

    /// <summary>Copies <paramref name="source"/> to <paramref name="relativePath"/> unless the previous site has the same bytes there.</summary>
    public void Copy(string relativePath, string source)
    {
        var previous = PreviousFile(relativePath);
        if (previous is not null && previous.Length == new FileInfo(source).Length && SameBytes(previous, File.ReadAllBytes(source)))
        {
            _files[relativePath] = State.Unchanged;
            return;
        }
        File.Copy(source, StagedPath(relativePath, createFolder: true), overwrite: true);
        _files[relativePath] = previous is null ? State.Added : State.Changed;
    }

    /// <summary>
    /// Moves the finished build into place and says what changed; null (with a diagnostic) if the file system
    /// refuses. Without a previous site the staging folder itself is renamed into place.
    /// </summary>
    /// <param name="previousFiles">The previous site's files when they are known without a walk of it (<see cref="OutputStamp"/>); null: walk it.</param>
    public OutputChanges? Commit(DiagnosticBag diagnostics, IEnumerable<string>? previousFiles = null)
    {
        try
        {
            var removed = _previous is null ? [] : (previousFiles ?? PreviousFiles()).Where(f => !_files.ContainsKey(f)).ToList();
            if (_previous is null)
            {
                Directory.Move(Staging, Target);
            }
            else
            {
                // Removals first: a file may replace a folder the new site no longer has (or the other way round).
                foreach (var file in removed) File.Delete(Path.Combine(Target, file));
                // Only a folder a removed file was in can have been left empty by this build (the build creates no empty folder):
                // looking at those, not every folder of the site, keeps an edit's cost to what it changed.
                DeleteEmptyFolders(Target, removed);
                foreach (var (file, state) in _files)
                {
                    if (state == State.Unchanged) continue;
                    var target = Path.Combine(Target, file);
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Move(StagedPath(file, createFolder: false), target, overwrite: true);
                }
                TryDelete(Staging);
            }
            // One pass over the table (tens of thousands of files) into the three lists, each then sorted.
            var byState = new[] { new List<string>(), new List<string>(), new List<string>(_files.Count) };
            foreach (var (file, state) in _files) byState[(int)state].Add(file);
            foreach (var list in byState) list.Sort(StringComparer.Ordinal);
            removed.Sort(StringComparer.Ordinal);
            return new OutputChanges(byState[(int)State.Added], byState[(int)State.Changed], removed, byState[(int)State.Unchanged]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.OutputFailed, $"cannot move the new site into '{Target}': {e.Message}"));
            Abandon();
            return null;
        }
    }

    /// <summary>Deletes the staging folder; the previous site stays as it was.</summary>
    public void Abandon() => TryDelete(Staging);

    private FileInfo? PreviousFile(string relativePath)
    {
        if (_previous is null) return null;
        var file = new FileInfo(Path.Combine(_previous, relativePath));
        return file.Exists ? file : null;
    }

    /// <summary>Length first (no read), then the bytes; an unreadable file counts as different (it is rewritten).</summary>
    private static bool SameBytes(FileInfo previous, ReadOnlySpan<byte> bytes)
    {
        if (previous.Length != bytes.Length) return false;
        try
        {
            return File.ReadAllBytes(previous.FullName).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private string StagedPath(string relativePath, bool createFolder)
    {
        var path = Path.Combine(Staging, relativePath);
        if (createFolder)
        {
            // Each staging folder is created once: many files share one (the search index's thousands in x/).
            var folder = Path.GetDirectoryName(path)!;
            if (!_created.ContainsKey(folder))
            {
                Directory.CreateDirectory(folder);
                _created.TryAdd(folder, 0);
            }
        }
        return path;
    }

    /// <summary>
    /// Every file under the previous site, as a path relative to it with <c>/</c> separators: what
    /// <c>Directory.EnumerateFiles(Target, "*", AllDirectories)</c> lists, each relative path made from the entry's folder
    /// and name (the walk starts at <see cref="Target"/>, so each folder is under it) instead of a full path and
    /// <see cref="Path.GetRelativePath"/> per file — a site is tens of thousands of files, and every build walks it.
    /// </summary>
    private IEnumerable<string> PreviousFiles()
    {
        var root = Target;
        return new FileSystemEnumerable<string>(root, (ref FileSystemEntry entry) =>
            {
                var folder = entry.Directory.Length > root.Length ? entry.Directory[(root.Length + 1)..] : ReadOnlySpan<char>.Empty;
                var relative = folder.IsEmpty ? entry.FileName.ToString() : string.Concat(folder, "/", entry.FileName);
                return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace('\\', '/');
            }, PreviousFilesWalk)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
    }

    /// <summary>What <c>Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)</c> walks with (its compatible options, recursing).</summary>
    private static readonly EnumerationOptions PreviousFilesWalk = new()
    {
        RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0, MatchType = MatchType.Win32,
        MatchCasing = MatchCasing.PlatformDefault, ReturnSpecialDirectories = false,
    };

    /// <summary>Deletes each folder that held one of <paramref name="removed"/> (paths under <paramref name="root"/>) and is empty now, and each of its parents left empty by that, up to the root.</summary>
    private static void DeleteEmptyFolders(string root, IEnumerable<string> removed)
    {
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in removed)
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
                if (!folders.Add(file[..slash])) break;
        // Deepest first, so a folder that held only empty folders is empty when its turn comes.
        foreach (var folder in folders.OrderByDescending(f => f.Length).ThenBy(f => f, StringComparer.Ordinal))
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any()) Directory.Delete(path);
        }
    }

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
