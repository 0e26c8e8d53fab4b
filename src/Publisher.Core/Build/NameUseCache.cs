using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Build.Lint;
using Publisher.Core.Content;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>
/// What the name-variants lint (<see cref="NameVariants"/>) found in each article the previous build read: its spellings'
/// uses (word as written, count, first line and column). Finding them scans every line of every body with the lint's
/// word pattern, most of reading the input when one article changed. They are a pure function of the title, the line
/// it is on, the body, the line the body starts on and the code, so an entry is keyed by a SHA-256 (first 128 bits) of
/// those, in a file that names the Publisher.Core build (another build's file is ignored). The lint itself still runs
/// over every article's uses, so its warnings are exactly a clean build's. Stored in <c>.publisher-cache/names.bin</c>:
/// the next file is written after the input is read (only when some article was scanned or some entry went unused)
/// and moved into place by <see cref="Save"/> once the output is committed.
/// </summary>
internal sealed class NameUseCache
{
    public const string FileName = "names.bin";
    private const string Magic = "publisher-name-uses";
    private const int FormatVersion = 1;

    private static readonly string BuildId = typeof(NameUseCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly StagedCacheFile _next;
    private Dictionary<UInt128, NameVariants.NameUse[]> _previous;
    private readonly ConcurrentDictionary<UInt128, IReadOnlyList<NameVariants.NameUse>> _found = new();
    private int _reused;

    private NameUseCache(string file, Dictionary<UInt128, NameVariants.NameUse[]> previous)
    {
        _next = new StagedCacheFile(file, removeCreatedFolder: true);
        _previous = previous;
    }

    /// <summary>Articles whose uses came from the previous build.</summary>
    public int Reused => _reused;

    /// <param name="ignorePrevious">A clean build: scan every article (the next file is still written).</param>
    public static NameUseCache Open(string cacheDir, bool ignorePrevious)
    {
        var file = Path.Combine(cacheDir, FileName);
        return new NameUseCache(file, CacheFileFormat.TryRead(file, ignorePrevious, Read) ?? []);
    }

    /// <summary>
    /// The document's uses: the previous build's for the same title, body and lines, else found by <paramref name="words"/>
    /// (the body decoded only then). Thread-safe.
    /// </summary>
    public IReadOnlyList<NameVariants.NameUse> UsesOf(ArticleDocument doc, CompactText body, NameVariants.Words words)
    {
        var key = KeyOf(doc, body);
        if (_previous.TryGetValue(key, out var cached))
        {
            Interlocked.Increment(ref _reused);
            _found.TryAdd(key, cached);
            return cached;
        }
        var uses = words.Collect(doc with { Body = body.ToString() });
        _found.TryAdd(key, uses);
        return uses;
    }

    /// <summary>A SHA-256 of what the uses depend on: the title and its line, the body's first line and its UTF-8.</summary>
    private static UInt128 KeyOf(ArticleDocument doc, CompactText body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        static void Add(IncrementalHash hash, int n)
        {
            Span<byte> number = stackalloc byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(number, n);
            hash.AppendData(number);
        }
        var title = Encoding.UTF8.GetBytes(doc.FrontMatter.Title);
        Add(hash, title.Length);
        hash.AppendData(title);
        Add(hash, doc.LocationOf(KnownKeys.Article.Title).Line);
        Add(hash, doc.BodyStartLine);
        Add(hash, body.Utf8.Length);
        hash.AppendData(body.Utf8);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    /// <summary>
    /// Writes this build's uses (one entry per distinct key) to the next file, unless they are exactly the previous file's
    /// (every article found there, every entry used); then lets the previous entries go. A failure to write only leaves
    /// the next build without the cache.
    /// </summary>
    public void WriteNext(int documents)
    {
        var unchanged = _reused == documents && _found.Count == _previous.Count;
        _previous = [];
        if (unchanged) return;
        try
        {
            using var stream = _next.Create();
            using var w = new BinaryWriter(stream, Encoding.UTF8);
            CacheFileFormat.WriteHeader(w, Magic, FormatVersion, BuildId);
            w.Write(_found.Count);
            Span<byte> key = stackalloc byte[16];
            // In key order, so the same uses give the same file whatever the threads' timing.
            foreach (var (k, uses) in _found.OrderBy(e => e.Key))
            {
                BinaryPrimitives.WriteUInt128LittleEndian(key, k);
                w.Write(key);
                w.Write(uses.Count);
                foreach (var use in uses)
                {
                    w.Write(use.Written);
                    w.Write(use.Count);
                    w.Write(use.Line);
                    w.Write(use.Column);
                }
            }
            _next.MarkWritten();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
        }
        finally
        {
            _found.Clear();
        }
    }

    /// <summary>Makes this build's uses the next build's cache (after the output folder holds this build's files).</summary>
    public void Save() => _next.Save();

    /// <summary>Drops this build's uses (the build failed).</summary>
    public void Abandon() => _next.Abandon();

    /// <summary>Every entry; null for another build's file. The file is read through to its end, so a truncated or corrupt one throws here.</summary>
    private static Dictionary<UInt128, NameVariants.NameUse[]>? Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var limit = stream.Length;
        using var r = new BinaryReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        if (!CacheFileFormat.ReadHeader(r, Magic, FormatVersion, BuildId)) return null;
        var count = CacheFileFormat.Count(r, limit);
        var entries = new Dictionary<UInt128, NameVariants.NameUse[]>(count);
        // One string per spelling, however many articles use it.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 0; n < count; n++)
        {
            var keyBytes = CacheFileFormat.Exactly(r, 16);
            var uses = new NameVariants.NameUse[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < uses.Length; i++)
            {
                var written = r.ReadString();
                if (!pool.TryGetValue(written, out var shared)) pool.Add(written, shared = written);
                uses[i] = new NameVariants.NameUse(shared, r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
            }
            if (!entries.TryAdd(BinaryPrimitives.ReadUInt128LittleEndian(keyBytes), uses)) throw new InvalidDataException("a key twice");
        }
        if (stream.Position != limit) throw new InvalidDataException("bytes after the last entry");
        return entries;
    }
}
