using System.Buffers.Binary;
using System.Collections;
using System.Text;
using Publisher.Core.Build.Checks;

namespace Publisher.Core.Build;

/// <summary>
/// A render cache block's string table. The strings every build reads — the paths of its entries, of the files it
/// removes and of the link state's files, which the writer puts first — are decoded when the block is read; the rest
/// (the anchors and the URLs of the references: ~100,000 of the ~130,000 strings at 5,000 articles, ~10 MB as strings)
/// each the first time something asks for it, from the cache file the block was read from. The table's bytes were
/// walked when it was read (each string's length inside the table, the table's length the one it states), so a string
/// asked for later decodes without fail. Thread-safe: two threads may decode the same string; both get equal strings.
/// </summary>
internal sealed class StoredStrings
{
    /// <summary>After this many strings read one by one from a file, the rest of the table is read in one piece.</summary>
    private const int ReadsBeforeWhole = 1024;

    private readonly string[] _eager;
    private readonly StoredBytes _source;
    private readonly long _sectionAt;
    private readonly int _sectionLength;

    /// <summary>Where each deferred string's length prefix is, from the section's start.</summary>
    private readonly int[] _offsets;

    private string?[]? _decoded;
    private byte[]? _whole;
    private int _reads;
    private readonly Lock _lock = new();

    private StoredStrings(string[] eager, StoredBytes source, long sectionAt, int sectionLength, int[] offsets)
    {
        _eager = eager;
        _source = source;
        _sectionAt = sectionAt;
        _sectionLength = sectionLength;
        _offsets = offsets;
    }

    /// <summary>
    /// Reads a table as <see cref="Write"/> wrote it: the count, the count decoded now, those strings, then the deferred
    /// strings' length in bytes and the strings, walked but not decoded.
    /// </summary>
    /// <param name="source">Where the block's bytes can be read again: the reader's first byte is at <paramref name="start"/> in it.</param>
    public static StoredStrings Read(BufferedCacheReader r, StoredBytes source, long start, Func<BufferedCacheReader, int> count)
    {
        var total = count(r);
        var eagerCount = count(r);
        if (eagerCount > total) throw new InvalidDataException("more strings decoded first than there are");
        var eager = new string[eagerCount];
        for (var i = 0; i < eager.Length; i++) eager[i] = r.ReadString();
        var sectionLength = count(r);
        var sectionAt = start + r.Position;
        var before = r.Position;
        var offsets = total == eagerCount ? [] : new int[total - eagerCount];
        for (var i = 0; i < offsets.Length; i++)
        {
            var at = r.Position - before;
            if (at >= sectionLength) throw new InvalidDataException("a string table longer than it states");
            offsets[i] = (int)at;
            var length = r.Read7BitEncodedInt();
            if (length < 0) throw new InvalidDataException("a negative string length");
            r.Skip(length);
        }
        if (r.Position - before != sectionLength) throw new InvalidDataException("a string table of another length than it states");
        return new StoredStrings(eager, source, sectionAt, sectionLength, offsets);
    }

    /// <summary>
    /// Writes <paramref name="strings"/> as <see cref="Read"/> reads them: the first <paramref name="eagerCount"/> decoded
    /// when read, the rest when asked for.
    /// </summary>
    public static void Write(BinaryWriter w, IReadOnlyList<string> strings, int eagerCount)
    {
        w.Write(strings.Count);
        w.Write(eagerCount);
        for (var i = 0; i < eagerCount; i++) w.Write(strings[i]);
        var length = 0L;
        for (var i = eagerCount; i < strings.Count; i++)
        {
            var bytes = Encoding.UTF8.GetByteCount(strings[i]);
            length += bytes + PrefixLength(bytes);
        }
        w.Write(checked((int)length));
        for (var i = eagerCount; i < strings.Count; i++) w.Write(strings[i]);
    }

    private static int PrefixLength(int value)
    {
        var n = 1;
        for (var v = (uint)value; v >= 0x80; v >>= 7) n++;
        return n;
    }

    public int Count => _eager.Length + _offsets.Length;

    public string this[int id] => id < _eager.Length ? _eager[id] : Deferred(id - _eager.Length);

    private string Deferred(int i)
    {
        var decoded = Volatile.Read(ref _decoded);
        if (decoded is null)
        {
            Interlocked.CompareExchange(ref _decoded, new string?[_offsets.Length], null);
            decoded = _decoded!;
        }
        if (Volatile.Read(ref decoded[i]) is { } known) return known;
        var start = _offsets[i];
        var end = i + 1 < _offsets.Length ? _offsets[i + 1] : _sectionLength;
        string text;
        if (Whole() is { } whole) text = Decode(whole.AsSpan(start, end - start));
        else
        {
            Span<byte> bytes = end - start <= 512 ? stackalloc byte[end - start] : new byte[end - start];
            _source.Read(_sectionAt + start, bytes);
            text = Decode(bytes);
        }
        Volatile.Write(ref decoded[i], text);
        return text;
    }

    /// <summary>The deferred strings' bytes in one piece, once many have been asked for one by one (null before).</summary>
    private byte[]? Whole()
    {
        if (Volatile.Read(ref _whole) is { } whole) return whole;
        if (Interlocked.Increment(ref _reads) <= ReadsBeforeWhole) return null;
        lock (_lock)
        {
            if (_whole is null)
            {
                var bytes = new byte[_sectionLength];
                _source.Read(_sectionAt, bytes);
                Volatile.Write(ref _whole, bytes);
            }
            return _whole;
        }
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> wrote it (its length was checked when the table was read).</summary>
    private static string Decode(ReadOnlySpan<byte> encoded)
    {
        var length = 0;
        var at = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = encoded[at++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80) break;
        }
        return length == 0 ? "" : Encoding.UTF8.GetString(encoded.Slice(at, length));
    }
}

/// <summary>
/// A kept file's scan as the render cache stores it (its anchors' and references' string ids), made only when something
/// reads it: a one-article edit keeps ~23,000 files and reads the scans of none of them (the link check compares their
/// anchors by reference and checks only the files made). The ids were checked against the string table when the cache
/// was read.
/// </summary>
internal sealed class StoredScan(string path, string displayRoot, Uri? documentBase, StoredBytes source, long anchorsAt, int anchorCount,
    long referencesAt, int referenceCount, StoredStrings strings) : KeptScan
{
    private IReadOnlySet<string>? _anchors;
    private PageScan? _scan;

    public override IReadOnlySet<string> Anchors
    {
        get
        {
            if (Volatile.Read(ref _anchors) is { } anchors) return anchors;
            IReadOnlySet<string> made = anchorCount == 0 ? new HashSet<string>(StringComparer.Ordinal) : new StoredAnchors(source, anchorsAt, anchorCount, strings);
            return Interlocked.CompareExchange(ref _anchors, made, null) ?? made;
        }
    }

    public override PageScan Scan
    {
        get
        {
            if (Volatile.Read(ref _scan) is { } scan) return scan;
            var made = new PageScan(path, OutputTree.DisplayPath(displayRoot, path), Anchors,
                referenceCount == 0 ? [] : new StoredReferences(source, referencesAt, referenceCount, strings), []) { DocumentBase = documentBase };
            return Interlocked.CompareExchange(ref _scan, made, null) ?? made;
        }
    }
}

/// <summary>A kept file's anchors (string ids in the cache file), decoded the first time one is looked at.</summary>
internal sealed class StoredAnchors(StoredBytes source, long at, int count, StoredStrings strings) : IReadOnlySet<string>
{
    private HashSet<string>? _set;

    private HashSet<string> Set()
    {
        if (Volatile.Read(ref _set) is { } set) return set;
        var bytes = new byte[count * 4];
        source.Read(at, bytes);
        var made = new HashSet<string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++) made.Add(strings[BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(i * 4))]);
        return Interlocked.CompareExchange(ref _set, made, null) ?? made;
    }

    public int Count => Set().Count;

    public bool Contains(string item) => Set().Contains(item);

    public IEnumerator<string> GetEnumerator() => Set().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool IsProperSubsetOf(IEnumerable<string> other) => Set().IsProperSubsetOf(other);

    public bool IsProperSupersetOf(IEnumerable<string> other) => Set().IsProperSupersetOf(other);

    public bool IsSubsetOf(IEnumerable<string> other) => Set().IsSubsetOf(other);

    public bool IsSupersetOf(IEnumerable<string> other) => Set().IsSupersetOf(other);

    public bool Overlaps(IEnumerable<string> other) => Set().Overlaps(other);

    public bool SetEquals(IEnumerable<string> other) => Set().SetEquals(other);
}
