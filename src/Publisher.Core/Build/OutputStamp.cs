using System.IO.Enumeration;
using System.Text;

namespace Publisher.Core.Build;

/// <summary>
/// Which folders of the output are still as the last build left them, known without looking at their files
/// (<c>.publisher-cache/output.bin</c>). After its output is committed and its render cache saved, a build records every
/// folder of the site with its modification time, and the render cache file as saved. A folder's time changes whenever
/// an entry in it is added, removed or renamed: every change a build makes to the output (files are moved in or deleted,
/// folders made or removed) and the usual changes by hand (a file or folder deleted or added, an editor saving by writing
/// a new file and renaming it, another build with another cache). So in a folder that still has its recorded time, the
/// render cache's entries say which files there are and what each holds: a kept file needs no look of its own, and the
/// files to delete need no walk. A folder whose time changed has its files looked at and listed, as before the record.
/// Not seen: a file rewritten in place by hand (its folder's entries unchanged); <c>publisher build --clean</c>, or deleting
/// the record, makes the next build compare every file. Every time recorded is at least <see cref="Settled"/> old when the
/// record is made (a younger folder's time is set back to that), so a change after the record always gives another time.
/// The record is deleted before a build changes the output and written only once the render cache is saved: a build that
/// fails or stops in between leaves none, and the next build looks at every file.
/// </summary>
internal sealed class OutputStamp
{
    private const string FileName = "output.bin";
    private const string Magic = "publisher-output-stamp";
    private const int FormatVersion = 1;

    /// <summary>How old a folder's time is when recorded: more than any file system's time step (two seconds on FAT).</summary>
    private static readonly long Settled = TimeSpan.FromSeconds(2).Ticks;

    /// <summary>A recorded time no folder has: a folder whose time could not be settled is looked at every build.</summary>
    private const long Unsettled = -1;

    /// <summary>Every folder of the output as recorded (relative, <c>/</c> separators, the root as ""), with its modification time.</summary>
    private readonly Dictionary<string, long> _folders;
    private readonly Dictionary<string, long>.AlternateLookup<ReadOnlySpan<char>> _foldersBySpan;

    /// <summary>Recorded folders whose time is not the recorded one now (or that are gone).</summary>
    private readonly HashSet<string> _changed;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _changedBySpan;

    private OutputStamp(Dictionary<string, long> folders, HashSet<string> changed)
    {
        _folders = folders;
        _foldersBySpan = folders.GetAlternateLookup<ReadOnlySpan<char>>();
        _changed = changed;
        _changedBySpan = changed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal static string PathIn(string cacheDir) => Path.Combine(cacheDir, FileName);

    /// <summary>How many recorded folders changed since the record (each has its files looked at).</summary>
    public int ChangedFolders => _changed.Count;

    /// <summary>
    /// The record, with the folders whose time changed since: null when there is none for this output folder, when it was
    /// written with another render cache file than the one this build read (<paramref name="renderCache"/>: its length and
    /// time as read), or when it cannot be read.
    /// </summary>
    public static OutputStamp? Read(string cacheDir, string outputDir, (long Length, long WriteTicks) renderCache)
    {
        var root = Root(outputDir);
        var folders = CacheFileFormat.TryRead(PathIn(cacheDir), ignorePrevious: false, file =>
        {
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (!CacheFileFormat.ReadHeader(reader, Magic, FormatVersion, root)) return null;
            if (reader.ReadInt64() != renderCache.Length || reader.ReadInt64() != renderCache.WriteTicks) return null;
            var count = CacheFileFormat.Count(reader, reader.BaseStream.Length);
            var read = new Dictionary<string, long>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) read[reader.ReadString()] = reader.ReadInt64();
            return read;
        });
        if (folders is null) return null;
        var changed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (folder, ticks) in folders)
            if (FolderTime(root, folder) != ticks) changed.Add(folder);
        return new OutputStamp(folders, changed);
    }

    /// <summary>True when <paramref name="relativeFile"/>'s folder is recorded and unchanged: the file is as the last build left it, or gone only if the last build removed it. Thread-safe.</summary>
    public bool Vouches(string relativeFile)
    {
        var slash = relativeFile.LastIndexOf('/');
        var folder = slash < 0 ? ReadOnlySpan<char>.Empty : relativeFile.AsSpan(0, slash);
        return _foldersBySpan.ContainsKey(folder) && (_changed.Count == 0 || !_changedBySpan.Contains(folder));
    }

    /// <summary>
    /// Every file the output folder (<paramref name="outputDir"/>) holds: of <paramref name="previousFiles"/> (what the last build
    /// left), those in unchanged folders; and what each changed folder holds now, listed (with everything under a folder in it
    /// the record does not name). Relative paths, <c>/</c> separators.
    /// </summary>
    public IEnumerable<string> Files(string outputDir, IEnumerable<string> previousFiles)
    {
        var root = Root(outputDir);
        foreach (var file in previousFiles)
            if (Vouches(file)) yield return file;
        foreach (var folder in _changed.Order(StringComparer.Ordinal))
        {
            var path = folder.Length == 0 ? root : Path.Combine(root, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var (entry, isFolder) in new FileSystemEnumerable<(string, bool)>(path,
                         (ref FileSystemEntry e) => (e.FileName.ToString(), e.IsDirectory), Listing))
            {
                var relative = folder.Length == 0 ? entry : folder + "/" + entry;
                if (!isFolder) yield return relative;
                else if (!_folders.ContainsKey(relative))
                    foreach (var file in Directory.EnumerateFiles(Path.Combine(root, relative), "*", SearchOption.AllDirectories))
                        yield return Path.GetRelativePath(root, file).Replace('\\', '/');
            }
        }
    }

    /// <summary>What <c>Directory.EnumerateFileSystemEntries(path)</c> lists (hidden files too), one folder deep.</summary>
    private static readonly EnumerationOptions Listing = new() { RecurseSubdirectories = false, IgnoreInaccessible = false, AttributesToSkip = 0 };

    /// <summary>
    /// Records the output as <paramref name="changes"/> left it, after the render cache was saved as <paramref name="renderCacheFile"/>.
    /// A folder no file of <paramref name="changes"/> was added to, changed in or removed from, and that <paramref name="previous"/>
    /// (the record this build read) found unchanged, keeps its recorded time; every other is looked at, and its time set back
    /// to <see cref="Settled"/> ago if it is younger. A record that cannot be written is no record: the next build looks at every file.
    /// </summary>
    public static void Write(string cacheDir, string outputDir, string renderCacheFile, OutputChanges changes, OutputStamp? previous)
    {
        var root = Root(outputDir);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changes.Added.Concat(changes.Changed).Concat(changes.Removed)) AddFolders(touched, path);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changes.Added.Concat(changes.Changed).Concat(changes.Unchanged)) AddFolders(folders, path);
        var settled = DateTime.UtcNow.Ticks - Settled;
        var render = new FileInfo(renderCacheFile);
        if (!render.Exists) return;
        CacheFileFormat.WriteWhole(PathIn(cacheDir), writer =>
        {
            CacheFileFormat.WriteHeader(writer, Magic, FormatVersion, root);
            writer.Write(render.Length);
            writer.Write(render.LastWriteTimeUtc.Ticks);
            writer.Write(folders.Count);
            foreach (var folder in folders.Order(StringComparer.Ordinal))
            {
                writer.Write(folder);
                writer.Write(previous is not null && !touched.Contains(folder) && !previous._changed.Contains(folder) && previous._folders.TryGetValue(folder, out var ticks)
                    ? ticks
                    : Settle(root, folder, settled));
            }
        });
    }

    /// <summary>The folder's time, set back to <paramref name="settled"/> first when it is younger; <see cref="Unsettled"/> when that is refused.</summary>
    private static long Settle(string root, string folder, long settled)
    {
        var ticks = FolderTime(root, folder);
        if (ticks <= settled) return ticks;
        try
        {
            Directory.SetLastWriteTimeUtc(folder.Length == 0 ? root : Path.Combine(root, folder), new DateTime(settled, DateTimeKind.Utc));
            ticks = FolderTime(root, folder);
            return ticks <= settled ? ticks : Unsettled;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Unsettled;
        }
    }

    private static string Root(string outputDir) => Path.GetFullPath(outputDir).TrimEnd('/', '\\');

    /// <summary>Adds every folder <paramref name="file"/> is in, up to the root (""), to <paramref name="folders"/>.</summary>
    private static void AddFolders(HashSet<string> folders, string file)
    {
        for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            if (!folders.Add(file[..slash])) return;
        folders.Add("");
    }

    /// <summary>The folder's modification time (a missing folder gives a time no recorded folder has).</summary>
    private static long FolderTime(string root, string folder) =>
        Directory.GetLastWriteTimeUtc(folder.Length == 0 ? root : Path.Combine(root, folder)).Ticks;
}
