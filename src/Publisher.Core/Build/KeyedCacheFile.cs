using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;

namespace Publisher.Core.Build;

/// <summary>
/// A cache of entries keyed by a 128-bit content hash, one file in <c>.publisher-cache/</c> (<see cref="CacheFileFormat"/>'s
/// header, then the count and each key with its entry, in key order so the same entries give the same bytes whatever the
/// threads' timing, then any appended <see cref="CacheSegments"/>): the previous build's entries to look up, this build's
/// to write. Nothing is written when nothing changed (no entry made anew, replaced or left unused); an edit's changed and
/// removed entries are appended to the file as one segment by <see cref="Save"/> once the output is committed; the whole
/// file is written again (staged, moved into place by <see cref="Save"/>) by a clean build, when there was no usable
/// file, or when the segments would grow past <see cref="CacheSegments.LogFraction"/> of the base. The input manifest
/// and the name-use cache are two; each says what its key hashes and how an entry is written and read.
/// </summary>
internal sealed class KeyedCacheFile<T> where T : class
{
    private readonly string _magic;
    private readonly int _version;
    private readonly string _writer;
    private readonly string _file;
    private readonly StagedCacheFile _next;
    private Dictionary<UInt128, T> _previous;
    private readonly ConcurrentDictionary<UInt128, T> _found = new();
    private int _reused;
    private bool _replaced;

    /// <summary>The previous file as read (null: none usable), and the segment this build appends to it at <see cref="Save"/>.</summary>
    private readonly CacheSegments.AsRead? _asRead;
    private byte[]? _segment;

    /// <param name="writer">What wrote the file (the code's build): another writer's file is ignored.</param>
    /// <param name="ignorePrevious">A clean build: nothing is looked up (the next file is still written).</param>
    /// <param name="readEntry">Reads one entry; the reader, the file's length (for <see cref="CacheFileFormat.Count"/>) and a pool that shares equal strings.</param>
    public KeyedCacheFile(string file, string magic, int version, string writer, bool ignorePrevious,
        Func<BinaryReader, long, Func<string, string>, T> readEntry)
    {
        _magic = magic;
        _version = version;
        _writer = writer;
        _file = file;
        _next = new StagedCacheFile(file, removeCreatedFolder: true);
        var read = CacheFileFormat.TryRead(file, ignorePrevious, f => Read(f, readEntry));
        _previous = read?.Entries ?? [];
        _asRead = read?.AsRead;
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
    /// Writes this build's entries for the next build, unless they are exactly the previous file's (all <paramref name="looked"/>
    /// lookups reused, every previous entry used): what changed, as a segment to append at <see cref="Save"/>, or, when it
    /// may not be appended, every entry to the next file. Then lets the previous entries go. A failure to write only leaves
    /// the next build without the cache.
    /// </summary>
    public void WriteNext(int looked, Action<BinaryWriter, T> writeEntry)
    {
        var unchanged = _reused == looked && _found.Count == _previous.Count && !_replaced;
        var previous = _previous;
        _previous = [];
        if (unchanged) return;
        if (_asRead is not null)
        {
            // Entries reused as they were are the very objects read (TryReuse); anything else was made or replaced.
            var segment = CacheSegments.Frame(w => WriteChanges(w, previous, writeEntry));
            if (_asRead.Fits(segment.Length))
            {
                _segment = segment;
                _found.Clear();
                return;
            }
        }
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

    /// <summary>A segment's block: the entries made or replaced, then the keys no longer used, each in key order.</summary>
    private void WriteChanges(BinaryWriter w, Dictionary<UInt128, T> previous, Action<BinaryWriter, T> writeEntry)
    {
        var changed = _found.Where(e => !previous.TryGetValue(e.Key, out var before) || !ReferenceEquals(before, e.Value)).OrderBy(e => e.Key).ToList();
        var removed = previous.Keys.Where(k => !_found.ContainsKey(k)).Order().ToList();
        Span<byte> key = stackalloc byte[16];
        w.Write(changed.Count);
        foreach (var (k, entry) in changed)
        {
            BinaryPrimitives.WriteUInt128LittleEndian(key, k);
            w.Write(key);
            writeEntry(w, entry);
        }
        w.Write(removed.Count);
        foreach (var k in removed)
        {
            BinaryPrimitives.WriteUInt128LittleEndian(key, k);
            w.Write(key);
        }
    }

    /// <summary>Makes this build's entries the next build's cache (after the output folder holds this build's files): the segment appended, or the next file moved into place.</summary>
    public void Save()
    {
        if (_segment is { } segment) CacheSegments.AppendIfUnchanged(_file, _asRead!, segment);
        _segment = null;
        _next.Save();
    }

    /// <summary>Drops this build's entries (the build failed).</summary>
    public void Abandon()
    {
        _segment = null;
        _next.Abandon();
    }

    private sealed record Loaded(Dictionary<UInt128, T> Entries, CacheSegments.AsRead AsRead);

    /// <summary>Every entry, the base's with each segment applied in turn; null for another writer's file. The file is read through to its end, so a truncated or corrupt one throws here.</summary>
    private Loaded? Read(string file, Func<BinaryReader, long, Func<string, string>, T> readEntry)
    {
        var stamp = CacheSegments.Stamp(file) ?? throw new FileNotFoundException("the cache file is gone");
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var limit = stream.Length;
        if (limit != stamp.Length) throw new IOException("the cache file changed while it was read");
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
        var baseLength = stream.Position;
        while (stream.Position != limit)
        {
            var block = CacheSegments.ReadBlock(r, limit - stream.Position);
            using var segment = new BinaryReader(new MemoryStream(block, writable: false), new UTF8Encoding(false, throwOnInvalidBytes: true));
            for (var n = CacheFileFormat.Count(segment, block.Length); n > 0; n--)
            {
                var key = BinaryPrimitives.ReadUInt128LittleEndian(CacheFileFormat.Exactly(segment, 16));
                entries[key] = readEntry(segment, block.Length, Pool);
            }
            for (var n = CacheFileFormat.Count(segment, block.Length); n > 0; n--)
                if (!entries.Remove(BinaryPrimitives.ReadUInt128LittleEndian(CacheFileFormat.Exactly(segment, 16)))) throw new InvalidDataException("a removed key that is not there");
            if (segment.BaseStream.Position != block.Length) throw new InvalidDataException("a segment of the wrong length");
        }
        return new Loaded(entries, new CacheSegments.AsRead(limit, stamp.WriteTicks, baseLength));
    }
}
