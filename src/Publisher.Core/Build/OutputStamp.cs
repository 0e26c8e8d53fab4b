using System.Text;

namespace Publisher.Core.Build;

/// <summary>
/// Whether the output folder is still as the last build left it, known without looking at each of its files
/// (<c>.publisher-cache/output.bin</c>). After its output is committed and its render cache saved, a build records
/// every folder of the site with its modification time, and the render cache file as saved. A folder's time changes
/// whenever an entry in it is added, removed or renamed: every change a build makes to the output (files are moved in or
/// deleted, folders made or removed) and the usual changes by hand (a file or folder deleted or added, an editor saving
/// by writing a new file and renaming it, another build with another cache). So when every folder still has its recorded
/// time and the render cache is the very file saved with the record, the cache's entries say which files the output holds
/// and what each holds: a kept file needs no look of its own, and the files to delete need no walk of the output.
/// Not seen: a file rewritten in place by hand (same folder entry), or a change in the same clock tick as the record was
/// made; <c>publisher build --clean</c> (or deleting the record) makes the next build compare every file.
/// The record is deleted before a build changes the output and written only once the render cache is saved, so a build
/// that fails or stops in between leaves none, and the next build looks at every file as it did before the record.
/// </summary>
internal sealed class OutputStamp
{
    private const string FileName = "output.bin";
    private const string Magic = "publisher-output-stamp";
    private const int FormatVersion = 1;

    /// <summary>Every folder of the output (relative, <c>/</c> separators, the root as ""), with its modification time as recorded.</summary>
    private readonly Dictionary<string, long> _folders;

    private OutputStamp(Dictionary<string, long> folders) => _folders = folders;

    internal static string PathIn(string cacheDir) => Path.Combine(cacheDir, FileName);

    /// <summary>
    /// The record, when it holds: written for this output folder together with the render cache file that has, as this build
    /// read it, <paramref name="renderCache"/>'s length and time, and every folder it names still has its recorded time.
    /// Null otherwise (no record, another output folder, another render cache, a folder changed, an unreadable file).
    /// </summary>
    public static OutputStamp? ReadIfHolds(string cacheDir, string outputDir, (long Length, long WriteTicks) renderCache)
    {
        var root = Path.GetFullPath(outputDir).TrimEnd('/', '\\');
        var stamp = CacheFileFormat.TryRead(PathIn(cacheDir), ignorePrevious: false, file =>
        {
            using var reader = new BinaryReader(File.OpenRead(file), Encoding.UTF8);
            if (!CacheFileFormat.ReadHeader(reader, Magic, FormatVersion, root)) return null;
            if (reader.ReadInt64() != renderCache.Length || reader.ReadInt64() != renderCache.WriteTicks) return null;
            var count = CacheFileFormat.Count(reader, reader.BaseStream.Length);
            var folders = new Dictionary<string, long>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++) folders[reader.ReadString()] = reader.ReadInt64();
            return new OutputStamp(folders);
        });
        if (stamp is null) return null;
        foreach (var (folder, ticks) in stamp._folders)
            if (FolderTime(root, folder) != ticks) return null;
        return stamp;
    }

    /// <summary>Deletes the record, before a build changes the output; false when the cache folder refuses (then the output must not be changed).</summary>
    public static bool Clear(string cacheDir)
    {
        try
        {
            // File.Delete throws when the folder is missing: then there is no record to clear.
            if (File.Exists(PathIn(cacheDir))) File.Delete(PathIn(cacheDir));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Records the output as <paramref name="changes"/> left it, after the render cache was saved as <paramref name="renderCacheFile"/>.
    /// A folder no file of <paramref name="changes"/> was added to, changed in or removed from keeps the time
    /// <paramref name="previous"/> (the record this build trusted) holds; every other is looked at. A record that cannot be
    /// written is no record: the next build compares every file.
    /// </summary>
    public static void Write(string cacheDir, string outputDir, string renderCacheFile, OutputChanges changes, OutputStamp? previous)
    {
        var root = Path.GetFullPath(outputDir).TrimEnd('/', '\\');
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in changes.Added.Concat(changes.Changed).Concat(changes.Removed)) AddFolders(touched, path);
        var folders = new HashSet<string>(touched.Count + changes.Unchanged.Count / 2, StringComparer.Ordinal);
        foreach (var path in changes.Added.Concat(changes.Changed).Concat(changes.Unchanged)) AddFolders(folders, path);
        var file = PathIn(cacheDir);
        var temporary = file + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            var render = new FileInfo(renderCacheFile);
            if (!render.Exists) return;
            using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
            {
                CacheFileFormat.WriteHeader(writer, Magic, FormatVersion, root);
                writer.Write(render.Length);
                writer.Write(render.LastWriteTimeUtc.Ticks);
                writer.Write(folders.Count);
                foreach (var folder in folders.Order(StringComparer.Ordinal))
                {
                    writer.Write(folder);
                    writer.Write(previous is not null && !touched.Contains(folder) && previous._folders.TryGetValue(folder, out var ticks) ? ticks : FolderTime(root, folder));
                }
            }
            File.Move(temporary, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException)
            {
                // A leftover temporary file is never read.
            }
        }
    }

    /// <summary>Adds every folder <paramref name="file"/> is in, up to the root (""), to <paramref name="folders"/>.</summary>
    private static void AddFolders(HashSet<string> folders, string file)
    {
        for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            if (!folders.Add(file[..slash])) return;
        folders.Add("");
    }

    /// <summary>The folder's modification time (a missing folder gives a time no folder has).</summary>
    private static long FolderTime(string root, string folder) =>
        Directory.GetLastWriteTimeUtc(folder.Length == 0 ? root : Path.Combine(root, folder)).Ticks;
}
