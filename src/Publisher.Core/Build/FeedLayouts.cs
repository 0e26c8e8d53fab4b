using System.Collections.Concurrent;
using System.Text;
using Publisher.Core.Feeds;

namespace Publisher.Core.Build;

/// <summary>
/// Where each item sits in each feed file the previous build left (<c>.publisher-cache/feeds.bin</c>): the file's length,
/// and each item's id and bytes (<see cref="FeedItemSpans"/>). When the previous build's plan is reused
/// (<see cref="PlanRecord"/>: nothing changed but some articles' bodies), a feed carrying an edited article differs from
/// its previous file only in that article's item, so it is made from that file with the item replaced instead of being
/// written whole (every other item's HTML rendered again). A build records the layouts of the feeds it wrote and carries
/// over those of the feeds it kept. Like the plan record, it is deleted before a build changes the output and written only
/// once the render cache is saved, naming that file's length and time: a record beside another render cache is ignored.
/// </summary>
internal sealed class FeedLayouts
{
    private const string FileName = "feeds.bin";
    private const string Magic = "publisher-feed-layouts";
    private const int FormatVersion = 1;

    private static readonly string BuildId = typeof(FeedLayouts).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>One feed file as a build left it: its length, and its items' ids and spans in order.</summary>
    internal sealed record Layout(long Length, string[] Ids, FeedItemSpan[] Spans);

    private readonly Dictionary<string, Layout> _previous;
    private readonly ConcurrentDictionary<string, Layout> _next = new(StringComparer.Ordinal);

    private FeedLayouts(Dictionary<string, Layout> previous) => _previous = previous;

    internal static string PathIn(string cacheDir) => Path.Combine(cacheDir, FileName);

    /// <summary>No previous layouts (a clean build, or no usable record): every feed is written whole, and its layout recorded.</summary>
    public static FeedLayouts Empty() => new(new Dictionary<string, Layout>(StringComparer.Ordinal));

    /// <summary>The previous build's layouts, or none when there is no record, it is another build's, or it was written beside another render cache file than <paramref name="renderCache"/>.</summary>
    public static FeedLayouts Read(string cacheDir, (long Length, long WriteTicks) renderCache) =>
        CacheFileFormat.TryRead(PathIn(cacheDir), ignorePrevious: false, file =>
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 16), Encoding.UTF8);
            if (!CacheFileFormat.ReadHeader(reader, Magic, FormatVersion, BuildId)) return null;
            if (reader.ReadInt64() != renderCache.Length || reader.ReadInt64() != renderCache.WriteTicks) return null;
            var length = reader.BaseStream.Length;
            var layouts = new Dictionary<string, Layout>(StringComparer.Ordinal);
            for (var n = CacheFileFormat.Count(reader, length); n > 0; n--)
            {
                var path = reader.ReadString();
                var fileLength = reader.ReadInt64();
                var ids = new string[CacheFileFormat.Count(reader, length)];
                var spans = new FeedItemSpan[ids.Length];
                for (var i = 0; i < ids.Length; i++)
                {
                    ids[i] = reader.ReadString();
                    spans[i] = new FeedItemSpan(reader.ReadInt32(), reader.ReadInt32());
                }
                layouts[path] = new Layout(fileLength, ids, spans);
            }
            if (reader.BaseStream.Position != length) throw new InvalidDataException("feed layouts longer than their entries");
            return new FeedLayouts(layouts);
        }) ?? Empty();

    /// <summary>The layout the previous build recorded for the feed at <paramref name="path"/>, if any.</summary>
    public Layout? Previous(string path) => _previous.GetValueOrDefault(path);

    /// <summary>This build wrote the feed: its layout as written. Thread-safe.</summary>
    public void Wrote(string path, Layout layout) => _next[path] = layout;

    /// <summary>This build made the feed from its previous file (<see cref="FeedSplicing"/>): its layout as made. Thread-safe.</summary>
    public void Spliced(string path, Layout layout)
    {
        Interlocked.Increment(ref _spliced);
        _next[path] = layout;
    }

    private int _spliced;

    /// <summary>How many feeds this build made from their previous files.</summary>
    public int SplicedCount => _spliced;

    /// <summary>This build kept the feed's file as the previous build left it: its previous layout holds. Thread-safe.</summary>
    public void Kept(string path)
    {
        if (_previous.TryGetValue(path, out var layout)) _next[path] = layout;
    }

    /// <summary>Writes the record beside the render cache as saved (<paramref name="renderCacheFile"/>); a record that cannot be written is no record.</summary>
    public void Write(string cacheDir, string renderCacheFile)
    {
        var render = new FileInfo(renderCacheFile);
        if (!render.Exists) return;
        CacheFileFormat.WriteWhole(PathIn(cacheDir), writer =>
        {
            CacheFileFormat.WriteHeader(writer, Magic, FormatVersion, BuildId);
            writer.Write(render.Length);
            writer.Write(render.LastWriteTimeUtc.Ticks);
            var paths = _next.Keys.Order(StringComparer.Ordinal).ToList();
            writer.Write(paths.Count);
            foreach (var path in paths)
            {
                var layout = _next[path];
                writer.Write(path);
                writer.Write(layout.Length);
                writer.Write(layout.Ids.Length);
                for (var i = 0; i < layout.Ids.Length; i++)
                {
                    writer.Write(layout.Ids[i]);
                    writer.Write(layout.Spans[i].Start);
                    writer.Write(layout.Spans[i].Length);
                }
            }
        });
    }
}
