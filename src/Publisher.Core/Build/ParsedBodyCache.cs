using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Win32.SafeHandles;
using Publisher.Core.Build.Reading;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>
/// What parsing each article's Markdown gave the previous build (<see cref="ParsedBody"/>: root-relative links, opening
/// text, word count, plain text, headings), so an unchanged body is not parsed again. A parse is a pure function of the
/// body's Markdown and of the code (Publisher.Core and Markdig), so an entry is keyed by a SHA-256 of the body (first
/// 128 bits) and the file names both builds: another build's file, or one that cannot be read, is ignored and every
/// body parsed. Link locations are stored relative to the body's first line, so front matter that grows or shrinks
/// moves them as a parse would. Stored in <c>.publisher-cache/bodies.bin</c>: the next file is written after parsing
/// (only when some body was parsed or some entry went unused) and moved into place by <see cref="Save"/> once the
/// output is committed.
/// <para>
/// The plain texts (most of the file's bytes: every article's text, for search) are not read with the rest. The file
/// holds every entry first, each with its plain text's SHA-256 and length, then the texts one after another; a cached
/// parse's plain text is a <see cref="CompactText.Deferred"/> read from the file at its offset only when something reads
/// its bytes (search counting or writing an article's text file: in a one-article edit, almost none), checked against
/// its hash. A text that cannot be read or does not match its hash (the file changed, was cut short, or is damaged) is
/// parsed again from the article, never thrown, and the cache file is dropped when the build saves its caches. The next
/// file copies unchanged entries' texts from the previous file without reading them into memory.
/// </para>
/// </summary>
internal sealed class ParsedBodyCache
{
    public const string FileName = "bodies.bin";
    private const string Magic = "publisher-parsed-bodies";
    private const int FormatVersion = 2;

    private readonly string _file;
    private readonly StagedCacheFile _next;
    private Dictionary<UInt128, Entry> _previous;

    /// <summary>The previous file, opened for the plain texts' reads the first time one is needed (null until then, or after <see cref="Save"/>).</summary>
    private SafeFileHandle? _texts;
    private readonly Lock _textsLock = new();
    private bool _closed;

    /// <summary>A plain text did not match its hash (or could not be read): the file is not trusted for the next build.</summary>
    private volatile bool _inconsistent;

    /// <summary>
    /// A parse without its article: link lines are 0-based from the body's first line, columns as <see cref="SourceLocation"/> holds them;
    /// the plain text is <paramref name="PlainLength"/> bytes at <paramref name="PlainOffset"/> in the file, with SHA-256 <paramref name="PlainHash"/>.
    /// </summary>
    private sealed record Entry(string Description, int Words, byte[] PlainHash, long PlainOffset, int PlainLength, TocEntry[] Headings, (string Url, int Line, int Column)[] Links);

    private ParsedBodyCache(string file, Dictionary<UInt128, Entry> previous)
    {
        _file = file;
        _next = new StagedCacheFile(file, removeCreatedFolder: true);
        _previous = previous;
    }

    /// <param name="ignorePrevious">A clean build: parse every body (the next file is still written).</param>
    public static ParsedBodyCache Open(string cacheDir, bool ignorePrevious)
    {
        var file = Path.Combine(cacheDir, FileName);
        return new ParsedBodyCache(file, CacheFileFormat.TryRead(file, ignorePrevious, Read) ?? new Dictionary<UInt128, Entry>());
    }

    /// <summary>The key of a body's parse: a SHA-256 of its Markdown as stored. Thread-safe.</summary>
    public static UInt128 KeyOf(Article article) => BinaryPrimitives.ReadUInt128LittleEndian(article.BodyText.Sha256);

    /// <summary>Whether a plain text read from the file failed its check this build (the file will be dropped at <see cref="Save"/>).</summary>
    internal bool FoundInconsistent => _inconsistent;

    /// <summary>The previous build's parse of a body with this key, for <paramref name="article"/>; null when there is none. Thread-safe (reads only).</summary>
    public ParsedBody? TryGet(UInt128 key, Article article)
    {
        if (!_previous.TryGetValue(key, out var entry)) return null;
        var links = entry.Links.Length == 0
            ? []
            : entry.Links.Select(l => (l.Url, new SourceLocation(article.SourcePath, article.BodyStartLine + l.Line, l.Column))).ToArray();
        return new ParsedBody(article, links, entry.Description)
        {
            Words = entry.Words,
            PlainTextHeld = CompactText.Deferred(entry.PlainHash, () => LoadPlainText(entry, article)),
            Headings = entry.Headings,
        };
    }

    /// <summary>
    /// A cached parse's plain text, read from the previous file and checked against its hash; when it cannot be read or
    /// does not match, the article's body is parsed again for it (and the file marked inconsistent). Never throws for the
    /// cache's sake (a parse may still find the article's own file changed, which the build reports).
    /// </summary>
    private byte[] LoadPlainText(Entry entry, Article article)
    {
        try
        {
            var bytes = new byte[entry.PlainLength];
            if (ReadAt(entry.PlainOffset, bytes) && SHA256.HashData(bytes).AsSpan().SequenceEqual(entry.PlainHash)) return bytes;
        }
        catch (Exception e) when (CacheFileFormat.IsUnreadable(e) || e is ObjectDisposedException)
        {
            // Read as a mismatch below.
        }
        _inconsistent = true;
        return ArticleMarkdown.Parse(article).PlainTextHeld.Utf8.ToArray();
    }

    /// <summary>Fills <paramref name="buffer"/> from the previous file at <paramref name="offset"/>; false when the file is shorter or closed.</summary>
    private bool ReadAt(long offset, Span<byte> buffer)
    {
        var handle = TextsHandle();
        if (handle is null) return false;
        while (buffer.Length > 0)
        {
            var read = RandomAccess.Read(handle, buffer, offset);
            if (read <= 0) return false;
            buffer = buffer[read..];
            offset += read;
        }
        return true;
    }

    private SafeFileHandle? TextsHandle()
    {
        if (Volatile.Read(ref _texts) is { } open) return open;
        lock (_textsLock)
        {
            if (_closed) return null;
            return _texts ??= File.OpenHandle(_file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        }
    }

    private void CloseTexts()
    {
        lock (_textsLock)
        {
            _closed = true;
            _texts?.Dispose();
            _texts = null;
        }
    }

    /// <summary>
    /// Writes this build's parses (one per distinct body, in <paramref name="articles"/>' order) to the next file, unless
    /// they are exactly the previous file's (every body found there, every entry used); then lets the previous entries go.
    /// A reused entry's plain text is copied from the previous file (adjacent texts in one piece), not read into memory.
    /// A failure to write, or a previous file that no longer has the bytes, only leaves the next build without the cache.
    /// </summary>
    public void WriteNext(IReadOnlyList<Article> articles, IReadOnlyList<UInt128> keys, IReadOnlyDictionary<string, ParsedBody> bodies, int reused)
    {
        var distinct = keys.Distinct().Count();
        var previous = _previous;
        var unchanged = reused == articles.Count && distinct == previous.Count;
        _previous = new Dictionary<UInt128, Entry>();
        if (unchanged) return;
        try
        {
            using var stream = _next.Create();
            using var w = new BinaryWriter(stream, Encoding.UTF8);
            CacheFileFormat.WriteHeader(w, Magic, FormatVersion, BuildId);
            w.Write(distinct);
            // Each distinct body's text: a range of the previous file (a reused entry) or this build's parse.
            var texts = new List<(Entry? Cached, CompactText? Parsed)>(distinct);
            var seen = new HashSet<UInt128>();
            Span<byte> key = stackalloc byte[16];
            for (var i = 0; i < articles.Count; i++)
            {
                if (!seen.Add(keys[i])) continue;
                var article = articles[i];
                var body = bodies[article.Slug];
                var cached = previous.GetValueOrDefault(keys[i]);
                var parsed = cached is null ? body.PlainTextHeld : null;
                texts.Add((cached, parsed));
                BinaryPrimitives.WriteUInt128LittleEndian(key, keys[i]);
                w.Write(key);
                w.Write(body.Description);
                w.Write(body.Words);
                w.Write(cached?.PlainHash ?? parsed!.Sha256);
                w.Write(cached?.PlainLength ?? parsed!.Utf8.Length);
                w.Write(body.Headings.Count);
                foreach (var h in body.Headings)
                {
                    w.Write(h.Level);
                    w.Write(h.Id);
                    w.Write(h.Text);
                }
                w.Write(body.RootLinks.Count);
                foreach (var (url, location) in body.RootLinks)
                {
                    w.Write(url);
                    w.Write(location.Line - article.BodyStartLine);
                    w.Write(location.Column);
                }
            }
            w.Flush();
            var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
            try
            {
                // Runs of cached texts that lie one after another in the previous file are copied as one range.
                long runStart = 0, runLength = 0;
                foreach (var (cached, parsed) in texts)
                {
                    if (cached is not null && runLength > 0 && runStart + runLength == cached.PlainOffset)
                    {
                        runLength += cached.PlainLength;
                        continue;
                    }
                    Copy(stream, runStart, runLength, buffer);
                    (runStart, runLength) = cached is null ? (0, 0) : (cached.PlainOffset, cached.PlainLength);
                    if (parsed is not null) stream.Write(parsed.Utf8);
                }
                Copy(stream, runStart, runLength, buffer);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
            _next.MarkWritten();
        }
        catch (Exception e) when (CacheFileFormat.IsUnreadable(e) || e is ObjectDisposedException)
        {
            Abandon();
        }
    }

    /// <summary>Copies <paramref name="length"/> bytes of the previous file from <paramref name="offset"/> to <paramref name="target"/>.</summary>
    private void Copy(Stream target, long offset, long length, byte[] buffer)
    {
        while (length > 0)
        {
            var chunk = buffer.AsSpan(0, (int)Math.Min(buffer.Length, length));
            if (!ReadAt(offset, chunk)) throw new EndOfStreamException("the previous parsed-bodies file is shorter than it was");
            target.Write(chunk);
            offset += chunk.Length;
            length -= chunk.Length;
        }
    }

    /// <summary>
    /// Makes this build's parses the next build's cache (after the output folder holds this build's files). When a plain
    /// text failed its check this build, the cache is dropped instead (the next build parses every body).
    /// </summary>
    public void Save()
    {
        CloseTexts();
        if (!_inconsistent)
        {
            _next.Save();
            return;
        }
        _next.Abandon();
        try
        {
            File.Delete(_file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An untrusted file left behind still has its texts checked against their hashes.
        }
    }

    /// <summary>Drops this build's parses (the build failed or only checked).</summary>
    public void Abandon()
    {
        CloseTexts();
        _next.Abandon();
    }

    /// <summary>The parser's code: Publisher.Core's build and Markdig's (a Markdig update re-parses everything).</summary>
    private static readonly string BuildId = typeof(ParsedBodyCache).Assembly.ManifestModule.ModuleVersionId + "/"
        + typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>
    /// Every entry, without the plain texts (only their place is worked out); null for another build's file. The entries
    /// are read through to their end and the texts' lengths must add up to the rest of the file exactly, so a truncated
    /// or corrupt file throws here. A text's bytes are checked when they are read (<see cref="LoadPlainText"/>).
    /// </summary>
    private static Dictionary<UInt128, Entry>? Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var limit = stream.Length;
        using var r = new BinaryReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        if (!CacheFileFormat.ReadHeader(r, Magic, FormatVersion, BuildId)) return null;
        var count = CacheFileFormat.Count(r, limit);
        var entries = new Dictionary<UInt128, Entry>(count);
        var read = new List<(UInt128 Key, string Description, int Words, byte[] Hash, int Length, TocEntry[] Headings, (string, int, int)[] Links)>(count);
        for (var n = 0; n < count; n++)
        {
            var key = BinaryPrimitives.ReadUInt128LittleEndian(CacheFileFormat.Exactly(r, 16));
            var description = r.ReadString();
            var words = r.ReadInt32();
            var hash = CacheFileFormat.Exactly(r, 32);
            var length = CacheFileFormat.Count(r, limit);
            var headings = new TocEntry[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < headings.Length; i++) headings[i] = new TocEntry(r.ReadInt32(), r.ReadString(), r.ReadString());
            var links = new (string, int, int)[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < links.Length; i++) links[i] = (r.ReadString(), r.ReadInt32(), r.ReadInt32());
            read.Add((key, description, words, hash, length, headings, links));
        }
        var offset = stream.Position;
        foreach (var e in read)
        {
            if (!entries.TryAdd(e.Key, new Entry(e.Description, e.Words, e.Hash, offset, e.Length, e.Headings, e.Links))) throw new InvalidDataException("a key twice");
            offset += e.Length;
        }
        if (offset != limit) throw new InvalidDataException(offset < limit ? "bytes after the last text" : "the texts cut short");
        return entries;
    }
}
