using System.IO.Enumeration;
using System.Text;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build;

/// <summary>
/// A build that finds nothing changed stops before reading any cache (<c>.publisher-cache/unchanged.bin</c>). A build
/// takes, before it reads anything, a digest of what it rests on (<see cref="Take"/>): the settings that change the
/// output (the folders, the base URL, drafts, strict), the day (the date lint's "today") and every file under the input and theme folders by path, length
/// and last-write time — a stat each, nothing read. Once it succeeded and saved its caches, it records that digest
/// beside its cache files as saved (names, lengths and times) and what it reported: its page and feed counts, its
/// diagnostics and the output's files. The next build whose digest, cache files and output folders
/// (<see cref="OutputStamp"/>: every folder's time as recorded) are all the recorded ones would write nothing and
/// report the same: the recorded result is returned, and nothing else is read, rendered or written.
/// <para>
/// As safe as the output record: an output file deleted, added or renamed by hand changes its folder's time, so the
/// build runs and puts it back; a file rewritten in place by hand is not seen (nor by the incremental build the record
/// stands for; <c>--clean</c> rewrites it). An edited input or theme file has another time: a record is written only
/// when every file's time was older than the start of the build that took it by <see cref="InputManifest.RacyMargin"/>,
/// so an edit in the same clock tick as that stat gives another time too; an edit that keeps the length and sets the
/// time back on purpose is not seen (as in the input manifest). A folder with a symbolic link is never recorded (the
/// link's time is not its target's). The record names the Publisher.Core build (another build's is ignored), and is
/// deleted before a build changes the output, with the output record.
/// </para>
/// </summary>
internal static class NoChangeRecord
{
    private const string FileName = "unchanged.bin";
    private const string Magic = "publisher-no-change-record";
    private const int FormatVersion = 1;

    private static readonly string BuildId = typeof(NoChangeRecord).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>What a build rests on, taken at its start; <paramref name="Settled"/>: every file old enough to vouch for its bytes by its time, so a record may be written.</summary>
    internal sealed record Inputs(byte[] Digest, bool Settled);

    internal static string PathIn(string cacheDir) => Path.Combine(cacheDir, FileName);

    /// <summary>
    /// The digest of the settings, of <paramref name="today"/> (<see cref="Lint.ArticleLint.Today"/>: a date after it is a
    /// warning, so a record holds for the day it was made) and of every input and theme file's path, length and time, as they are now.
    /// </summary>
    public static Inputs Take(BuildOptions options, string cacheDir, DateOnly today)
    {
        var settledBefore = DateTime.UtcNow.Ticks - InputManifest.RacyMargin.Ticks;
        var h = new FramedHash();
        h.Add("no-change/1");
        h.Add(today.DayNumber);
        foreach (var folder in new[] { options.InputDir, options.ThemeDir, options.OutputDir, cacheDir }) h.Add(Path.GetFullPath(folder));
        h.Add(options.BaseUrl);
        h.Add(options.Drafts);
        h.Add(options.Strict);
        var settled = true;
        foreach (var root in new[] { options.InputDir, options.ThemeDir })
        {
            var files = FilesUnder(root);
            h.Add(files.Count);
            foreach (var file in files)
            {
                h.Add(file.Path);
                h.Add(file.Length);
                h.Add(file.Ticks);
                settled &= !file.Link && file.Ticks < settledBefore;
            }
        }
        return new Inputs(h.Finish(), settled);
    }

    /// <summary>
    /// The recorded result when <paramref name="now"/> is the recorded digest, the output record and render cache files are
    /// the recorded ones and every output folder has its recorded time; else null (the build runs).
    /// </summary>
    public static BuildResult? TryReplay(string cacheDir, string outputDir, Inputs now) =>
        CacheFileFormat.TryRead(PathIn(cacheDir), ignorePrevious: false, file =>
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 16), Encoding.UTF8);
            if (!CacheFileFormat.ReadHeader(reader, Magic, FormatVersion, BuildId)) return null;
            if (!CacheFileFormat.Exactly(reader, now.Digest.Length).AsSpan().SequenceEqual(now.Digest)) return null;
            var caches = CacheFileFormat.Exactly(reader, 32);
            if (!caches.AsSpan().SequenceEqual(CacheFilesDigest(cacheDir))) return null;
            var renderCache = (reader.ReadInt64(), reader.ReadInt64());
            if (OutputStamp.Read(cacheDir, outputDir, renderCache) is not { ChangedFolders: 0 }) return null;
            var length = reader.BaseStream.Length;
            var pages = CacheFileFormat.Count(reader, int.MaxValue);
            var feeds = CacheFileFormat.Count(reader, int.MaxValue);
            var diagnostics = CacheFileFormat.ReadDiagnostics(reader, length, ownPath: null);
            var files = new string[CacheFileFormat.Count(reader, length)];
            for (var i = 0; i < files.Length; i++) files[i] = reader.ReadString();
            if (reader.BaseStream.Position != length) throw new InvalidDataException("no-change record longer than its entries");
            return new BuildResult(true, pages, feeds, diagnostics)
            {
                Changes = new OutputChanges([], [], [], files), Reused = pages, ReusedFeeds = feeds, NothingChanged = true,
            };
        });

    /// <summary>
    /// Records a successful build (<paramref name="result"/>, which left the output as <paramref name="changes"/> says) for
    /// the next: nothing when some file was too young to vouch for (<see cref="Inputs.Settled"/>) or the output record was
    /// not written. A record that cannot be written is no record.
    /// </summary>
    public static void Write(string cacheDir, Inputs taken, BuildResult result, OutputChanges changes, string renderCacheFile)
    {
        if (!taken.Settled) return;
        var render = new FileInfo(renderCacheFile);
        if (!render.Exists || !File.Exists(OutputStamp.PathIn(cacheDir))) return;
        var caches = CacheFilesDigest(cacheDir);
        var files = changes.Added.Concat(changes.Changed).Concat(changes.Unchanged).Order(StringComparer.Ordinal).ToList();
        CacheFileFormat.WriteWhole(PathIn(cacheDir), writer =>
        {
            CacheFileFormat.WriteHeader(writer, Magic, FormatVersion, BuildId);
            writer.Write(taken.Digest);
            writer.Write(caches);
            writer.Write(render.Length);
            writer.Write(render.LastWriteTimeUtc.Ticks);
            writer.Write(result.Pages);
            writer.Write(result.Feeds);
            CacheFileFormat.WriteDiagnostics(writer, result.Diagnostics, ownPath: null);
            writer.Write(files.Count);
            foreach (var file in files) writer.Write(file);
        });
    }

    /// <summary>
    /// Every cache file but the record by name, length and time, as the build that saved them left them: a cache deleted or
    /// damaged by hand (the way an editor forces a build) runs the build, though the output would be the same.
    /// </summary>
    private static byte[] CacheFilesDigest(string cacheDir)
    {
        var h = new FramedHash();
        foreach (var file in FilesUnder(cacheDir))
        {
            if (file.Path == FileName) continue;
            h.Add(file.Path);
            h.Add(file.Length);
            h.Add(file.Ticks);
        }
        return h.Finish();
    }

    private readonly record struct FileStat(string Path, long Length, long Ticks, bool Link);

    /// <summary>Every file under <paramref name="root"/> (hidden ones too), by its path relative to it, in ordinal order; none for a missing folder.</summary>
    private static List<FileStat> FilesUnder(string root)
    {
        if (!Directory.Exists(root)) return [];
        var full = Path.GetFullPath(root).TrimEnd('/', '\\');
        var files = new FileSystemEnumerable<FileStat>(full,
            (ref FileSystemEntry e) => new FileStat(e.ToFullPath()[(full.Length + 1)..].Replace('\\', '/'), e.Length, e.LastWriteTimeUtc.UtcTicks,
                (e.Attributes & FileAttributes.ReparsePoint) != 0),
            Everything)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || (e.Attributes & FileAttributes.ReparsePoint) != 0,
        }.ToList();
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = 0 };
}
