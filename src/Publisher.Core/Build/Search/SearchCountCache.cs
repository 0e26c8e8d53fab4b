using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Build.Search;

/// <summary>
/// Each article's term counts as the previous build made them, so an unchanged article is not tokenised again: the
/// counts are a pure function of what <see cref="SearchIndex"/> counts (title, authors, summary, body text) and of the
/// code (stemmer, stop words, weights), so an entry is keyed by a SHA-256 of the first (truncated to 128 bits; the body
/// text enters it by its own SHA-256, so an article whose parse came from the cache is keyed without reading its text), and the
/// file names the Publisher.Core build: a file of another build, or one that cannot be read, is ignored and every
/// article counted. Everything after counting (impacts, which depend on all documents; shards; records; texts) is made
/// again each build, and the output folder rewrites only files whose bytes changed.
/// Stored in <c>.publisher-cache/search.bin</c>. The next file is streamed to a temporary file while the index is made
/// (the counts are not held to the end of the build) and moved into place by <see cref="Save"/> once the output is committed.
/// </summary>
internal sealed class SearchCountCache
{
    public const string FileName = "search.bin";
    private const string Magic = "publisher-search-counts";
    private const int FormatVersion = 2;

    private readonly StagedCacheFile _next;
    private byte[] _data;
    private string[] _terms;
    private Dictionary<UInt128, int> _entries;
    private int[]? _termIds;

    private SearchCountCache(string file, byte[] data, string[] terms, Dictionary<UInt128, int> entries)
    {
        _next = new StagedCacheFile(file, removeCreatedFolder: false);
        _data = data;
        _terms = terms;
        _entries = entries;
    }

    /// <param name="ignorePrevious">A clean build: count every article (the next file is still written).</param>
    public static SearchCountCache Open(string cacheDir, bool ignorePrevious)
    {
        var file = Path.Combine(cacheDir, FileName);
        if (!ignorePrevious && File.Exists(file))
        {
            try
            {
                var data = File.ReadAllBytes(file);
                if (Read(data) is var (terms, entries)) return new SearchCountCache(file, data, terms, entries);
            }
            catch (Exception e) when (CacheFileFormat.IsUnreadable(e))
            {
                // A cache that cannot be read only costs the counting it would have saved.
            }
        }
        return new SearchCountCache(file, [], [], new Dictionary<UInt128, int>());
    }

    /// <summary>The key of a document's counts: a SHA-256 of everything counting reads. Thread-safe.</summary>
    public static UInt128 KeyOf(SearchDocument document)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddBytes(hash, Encoding.UTF8.GetBytes(document.Title));
        AddNumber(hash, document.Authors.Count);
        foreach (var author in document.Authors) AddBytes(hash, Encoding.UTF8.GetBytes(author));
        AddNumber(hash, document.Summary is null ? 0 : 1);
        AddBytes(hash, Encoding.UTF8.GetBytes(document.Summary ?? ""));
        // The body by its SHA-256: a cached parse's plain text knows it without being read (ParsedBodyCache).
        hash.AppendData(document.Text.Sha256);
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return BinaryPrimitives.ReadUInt128LittleEndian(digest);
    }

    private static void AddNumber(IncrementalHash hash, int n)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(number, n);
        hash.AppendData(number);
    }

    /// <summary>Length-prefixed, so no two sequences of fields hash the same bytes.</summary>
    private static void AddBytes(IncrementalHash hash, ReadOnlySpan<byte> bytes)
    {
        AddNumber(hash, bytes.Length);
        hash.AppendData(bytes);
    }

    /// <summary>Where the previous build's counts of a document with this key are, if it had one. Thread-safe (reads only).</summary>
    public bool TryFind(UInt128 key, out int at) => _entries.TryGetValue(key, out at);

    /// <summary>The counts found by <see cref="TryFind"/>, with this build's term ids. Not thread-safe: called once per document, in turn.</summary>
    public (TermFrequency[] Terms, int Length) Counts(int at, TermTable table)
    {
        if (_termIds is null)
        {
            _termIds = new int[_terms.Length];
            Array.Fill(_termIds, -1);
        }
        ReadOnlySpan<byte> data = _data;
        var length = Varint(data, ref at);
        var terms = new TermFrequency[Varint(data, ref at)];
        for (var i = 0; i < terms.Length; i++)
        {
            var term = Varint(data, ref at);
            ref var id = ref _termIds[term];
            if (id < 0) id = table.IdOf(_terms[term]);
            terms[i] = new TermFrequency(id, Varint(data, ref at));
        }
        return (terms, length);
    }

    /// <summary>
    /// Streams this build's counts (every document's key, counts and length; term ids of <paramref name="table"/>) to the
    /// next file. A failure to write only leaves the next build without the cache. The previous build's counts are let
    /// go (a build reads them once, before this), so the cache holds nothing for the rest of the build.
    /// </summary>
    public void WriteNext(UInt128[] keys, TermFrequency[][] counted, int[] lengths, TermTable table)
    {
        _data = [];
        _terms = [];
        _entries = new Dictionary<UInt128, int>();
        _termIds = null;
        try
        {
            using var stream = _next.Create();
            using var w = new BinaryWriter(stream, Encoding.UTF8);
            CacheFileFormat.WriteHeader(w, Magic, FormatVersion, BuildId);
            w.Write(table.Count);
            for (var term = 0; term < table.Count; term++) w.Write(table[term]);
            w.Write(keys.Length);
            using var payload = new MemoryStream();
            using var p = new BinaryWriter(payload);
            Span<byte> key = stackalloc byte[16];
            for (var i = 0; i < keys.Length; i++)
            {
                payload.SetLength(0);
                p.Write7BitEncodedInt(lengths[i]);
                p.Write7BitEncodedInt(counted[i].Length);
                foreach (var (term, frequency) in counted[i])
                {
                    p.Write7BitEncodedInt(term);
                    p.Write7BitEncodedInt(frequency);
                }
                p.Flush();
                BinaryPrimitives.WriteUInt128LittleEndian(key, keys[i]);
                w.Write(key);
                w.Write((int)payload.Length);
                w.Write(payload.GetBuffer(), 0, (int)payload.Length);
            }
            _next.MarkWritten();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
        }
    }

    /// <summary>Makes this build's counts the next build's cache (after the output folder holds this build's files).</summary>
    public void Save() => _next.Save();

    /// <summary>Drops this build's counts (the build failed or only checked).</summary>
    public void Abandon() => _next.Abandon();

    private static readonly string BuildId = typeof(SearchCountCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    /// <summary>The file's terms and each entry's offset; null for another build's file. Every entry is read through once, so a corrupt file throws here, not later.</summary>
    private static (string[] Terms, Dictionary<UInt128, int> Entries)? Read(byte[] data)
    {
        using var r = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
        if (!CacheFileFormat.ReadHeader(r, Magic, FormatVersion, BuildId)) return null;
        var terms = new string[Count(r, data.Length)];
        for (var i = 0; i < terms.Length; i++) terms[i] = r.ReadString();
        var documents = Count(r, data.Length);
        var entries = new Dictionary<UInt128, int>(documents);
        for (var n = 0; n < documents; n++)
        {
            var key = BinaryPrimitives.ReadUInt128LittleEndian(r.ReadBytes(16));
            var size = Count(r, data.Length);
            var at = (int)r.BaseStream.Position;
            if (at + size > data.Length) throw new EndOfStreamException();
            var end = at;
            Varint(data, ref end);
            for (var pairs = Varint(data, ref end); pairs > 0; pairs--)
            {
                if (Varint(data, ref end) >= terms.Length) throw new InvalidDataException("a term out of range");
                Varint(data, ref end);
            }
            if (end != at + size) throw new InvalidDataException("an entry of the wrong size");
            entries[key] = at;
            r.BaseStream.Position = end;
        }
        return (terms, entries);
    }

    private static int Count(BinaryReader r, int limit) => CacheFileFormat.Count(r, limit);

    /// <summary>A non-negative number as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
    private static int Varint(ReadOnlySpan<byte> data, ref int at)
    {
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = data[at++];
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result >= 0 ? result : throw new InvalidDataException("a negative number");
        }
        throw new InvalidDataException("a number too long");
    }
}
