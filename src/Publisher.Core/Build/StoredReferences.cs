using System.Buffers.Binary;
using System.Collections;
using Microsoft.Win32.SafeHandles;
using Publisher.Core.Build.Checks;

namespace Publisher.Core.Build;

/// <summary>
/// A kept file's references as the render cache stores them (each a string id, a line and a column: 12 bytes), decoded
/// only when something reads them. A build keeps nearly every page and checks the links of only the files it made
/// (<see cref="LinkState.OnlyAdds"/>), so most kept pages' references are never read: decoding all of them at the start
/// (tens per page, 23,467 files at 5,000 articles) made ~12 MB that a one-article edit never read (benchmarks/RESULTS.md,
/// perf39). The ids were checked against the string table when the cache was read, so decoding cannot meet a bad one.
/// </summary>
internal sealed class StoredReferences(StoredBytes source, long offset, int count, StoredStrings strings) : IReadOnlyList<PageReference>
{
    /// <summary>The bytes of one reference in a cache file.</summary>
    public const int Size = 12;

    private PageReference[]? _decoded;

    public int Count => count;

    public PageReference this[int index] => Decoded()[index];

    public IEnumerator<PageReference> GetEnumerator() => ((IEnumerable<PageReference>)Decoded()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Thread-safe: two threads may decode the same list; both get equal references and one array is kept.</summary>
    private PageReference[] Decoded()
    {
        if (Volatile.Read(ref _decoded) is { } decoded) return decoded;
        var bytes = new byte[count * Size];
        source.Read(offset, bytes);
        var references = new PageReference[count];
        for (var i = 0; i < count; i++)
        {
            var at = bytes.AsSpan(i * Size, Size);
            references[i] = new PageReference(strings[BinaryPrimitives.ReadInt32LittleEndian(at)],
                BinaryPrimitives.ReadInt32LittleEndian(at[4..]), BinaryPrimitives.ReadInt32LittleEndian(at[8..]));
        }
        return Interlocked.CompareExchange(ref _decoded, references, null) ?? references;
    }
}

/// <summary>
/// Where a cache block's bytes can be read again after it was read through: the cache file itself, by an open handle
/// (the file a later save replaces or appends to keeps the bytes read at these offsets: a replaced file stays readable
/// through the handle, and an append writes only past its end), or a segment's bytes held in memory.
/// </summary>
internal sealed class StoredBytes
{
    private readonly SafeFileHandle? _file;
    private readonly byte[]? _block;

    private StoredBytes(SafeFileHandle? file, byte[]? block)
    {
        _file = file;
        _block = block;
    }

    public static StoredBytes File(SafeFileHandle handle) => new(handle, null);

    public static StoredBytes Block(byte[] block) => new(null, block);

    /// <summary>Fills <paramref name="into"/> from <paramref name="offset"/>; throws <see cref="EndOfStreamException"/> when there are not so many bytes.</summary>
    public void Read(long offset, Span<byte> into)
    {
        if (_block is not null)
        {
            _block.AsSpan(checked((int)offset), into.Length).CopyTo(into);
            return;
        }
        while (into.Length > 0)
        {
            var read = RandomAccess.Read(_file!, into, offset);
            if (read <= 0) throw new EndOfStreamException();
            into = into[read..];
            offset += read;
        }
    }
}
