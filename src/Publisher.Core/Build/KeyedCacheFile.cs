using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;

namespace Publisher.Core.Build;

/// <summary>
/// A cache of entries keyed by a 128-bit content hash, one file in <c>.publisher-cache/</c> (<see cref="CacheFileFormat"/>'s
/// header, then the count and each key with its entry, in key order so the same entries give the same bytes whatever the
/// threads' timing): the previous build's entries to look up, this build's to write. The next file is written only when
/// something changed (an entry made anew or one left unused) and moved into place by <see cref="Save"/> once the output is
/// committed. The input manifest and the name-use cache are two; each says what its key hashes and how an entry is
/// written and read.
/// </summary>
internal sealed class KeyedCacheFile<T> where T : class
{
    private readonly string _magic;
    private readonly int _version;
    private readonly string _writer;
    private readonly StagedCacheFile _next;
    private Dictionary<UInt128, T> _previous;
    private readonly ConcurrentDictionary<UInt128, T> _found = new();
    private int _reused;
    private bool _replaced;

    /// <param name="writer">What wrote the file (the code's build): another writer's file is ignored.</param>
    /// <param name="ignorePrevious">A clean build: nothing is looked up (the next file is still written).</param>
    /// <param name="readEntry">Reads one entry; the reader, the file's length (for <see cref="CacheFileFormat.Count"/>) and a pool that shares equal strings.</param>
    public KeyedCacheFile(string file, string magic, int version, string writer, bool ignorePrevious,
        Func<BinaryReader, long, Func<string, string>, T> readEntry)
    {
        _magic = magic;
        _version = version;
        _writer = writer;
        _next = new StagedCacheFile(file, removeCreatedFolder: true);
        _previous = CacheFileFormat.TryRead(file, ignorePrevious, f => Read(f, readEntry)) ?? [];
    }

    /// <summary>Entries this build took from the previous build.</summary>
    public int Reused => _reused;

    /// <summary>The previous build's entry for <paramref name="key"/> when there is one and <paramref name="usable"/> accepts it (kept for the next build). Thread-safe.</summary>
    public bool TryReuse(UInt128 key, out T entry, Func<T, bool>? usable = null)
    {
        if (_previous.TryGetValue(key, out var previous) && (usable is null || usable(previous)))
        {
            Interlocked.Increment(ref _reused);
            _found.TryAdd(key, previous);
            entry = previous;
            return true;
        }
        entry = null!;
        return false;
    }

    /// <summary>An entry made by this build, for the next. Thread-safe.</summary>
    public void Add(UInt128 key, T entry) => _found.TryAdd(key, entry);

    /// <summary>The previous build's entries (until <see cref="WriteNext"/> lets them go).</summary>
    public IReadOnlyDictionary<UInt128, T> Previous => _previous;

    /// <summary>A reused entry changed for the next build (what it records besides its key's content): the next file is written. Thread-safe.</summary>
    public void Replace(UInt128 key, T entry)
    {
        _found[key] = entry;
        Volatile.Write(ref _replaced, true);
    }

    /// <summary>
    /// Writes this build's entries to the next file, unless they are exactly the previous file's (all <paramref name="looked"/>
    /// lookups reused, every previous entry used); then lets the previous entries go. A failure to write only leaves the
    /// next build without the cache.
    /// </summary>
    public void WriteNext(int looked, Action<BinaryWriter, T> writeEntry)
    {
        var unchanged = _reused == looked && _found.Count == _previous.Count && !_replaced;
        _previous = [];
        if (unchanged) return;
        try
        {
            using var stream = _next.Create();
            using var w = new BinaryWriter(stream, Encoding.UTF8);
            CacheFileFormat.WriteHeader(w, _magic, _version, _writer);
            w.Write(_found.Count);
            Span<byte> key = stackalloc byte[16];
            foreach (var (k, entry) in _found.OrderBy(e => e.Key))
            {
                BinaryPrimitives.WriteUInt128LittleEndian(key, k);
                w.Write(key);
                writeEntry(w, entry);
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

    /// <summary>Makes this build's entries the next build's cache (after the output folder holds this build's files).</summary>
    public void Save() => _next.Save();

    /// <summary>Drops this build's entries (the build failed).</summary>
    public void Abandon() => _next.Abandon();

    /// <summary>Every entry; null for another writer's file. The file is read through to its end, so a truncated or corrupt one throws here.</summary>
    private Dictionary<UInt128, T>? Read(string file, Func<BinaryReader, long, Func<string, string>, T> readEntry)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var limit = stream.Length;
        using var r = new BinaryReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        if (!CacheFileFormat.ReadHeader(r, _magic, _version, _writer)) return null;
        var count = CacheFileFormat.Count(r, limit);
        var entries = new Dictionary<UInt128, T>(count);
        // One string for each distinct value (a name, a tag, a field), however many entries hold it.
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string Pool(string s)
        {
            if (strings.TryGetValue(s, out var shared)) return shared;
            strings.Add(s, s);
            return s;
        }
        for (var n = 0; n < count; n++)
        {
            var key = BinaryPrimitives.ReadUInt128LittleEndian(CacheFileFormat.Exactly(r, 16));
            if (!entries.TryAdd(key, readEntry(r, limit, Pool))) throw new InvalidDataException("a key twice");
        }
        if (stream.Position != limit) throw new InvalidDataException("bytes after the last entry");
        return entries;
    }
}
