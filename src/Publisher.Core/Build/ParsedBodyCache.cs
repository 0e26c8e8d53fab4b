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
/// The plain texts (most of the bytes: every article's text, for search) are not in that file nor read with it. They
/// are in a texts file of their own (<c>bodies-texts-xxxxxxxx.bin</c>, named by <c>bodies.bin</c>), where each entry
/// records its text's offset, length and SHA-256; a cached parse's plain text is a <see cref="CompactText.Deferred"/>
/// read at its offset only when something reads its bytes (search counting or writing an article's text file: in a
/// one-article edit, almost none), checked against its hash. A build that parsed a few bodies appends their texts to
/// that file (texts no entry names any more are left in it) and writes only the entries; when the unnamed bytes would
/// pass a quarter of the named ones, or there is no usable texts file, the texts go into a new file (unchanged ones
/// copied range by range, never held) and the old one is deleted once the new entries are in place. A text that cannot
/// be read or does not match its hash (a file changed, cut short or damaged) is parsed again from the article, never
/// thrown, and the cache is dropped when the build saves its caches.
/// </para>
/// </summary>
internal sealed class ParsedBodyCache
{
    public const string FileName = "bodies.bin";
    private const string Magic = "publisher-parsed-bodies";
    private const int FormatVersion = 2;
    private const string TextsPrefix = "bodies-texts-";

    private readonly string _dir;
    private readonly string _file;
    private readonly StagedCacheFile _next;
    private Dictionary<UInt128, Entry> _previous;

    /// <summary>The texts file the previous entries name (null: no usable previous file).</summary>
    private readonly string? _previousTexts;

    /// <summary>The previous texts file, opened for reads the first time a text is needed (null until then, or once closed).</summary>
    private SafeFileHandle? _texts;
    private readonly Lock _textsLock = new();
    private bool _closed;

    /// <summary>The texts file this build made (compacting), deleted if the build does not save it.</summary>
    private string? _createdTexts;

    /// <summary>The previous texts file's length before this build appended to it (-1: it did not).</summary>
    private long _appendedAt = -1;

    /// <summary>A plain text did not match its hash (or could not be read): the files are not trusted for the next build.</summary>
    private volatile bool _inconsistent;

    /// <summary>
    /// A parse without its article: link lines are 0-based from the body's first line, columns as <see cref="SourceLocation"/> holds them;
    /// the plain text is <paramref name="PlainLength"/> bytes at <paramref name="PlainOffset"/> in the texts file, with SHA-256 <paramref name="PlainHash"/>.
    /// </summary>
    private sealed record Entry(string Description, int Words, byte[] PlainHash, long PlainOffset, int PlainLength, TocEntry[] Headings, (string Url, int Line, int Column)[] Links);

    private ParsedBodyCache(string dir, string file, string? previousTexts, Dictionary<UInt128, Entry> previous)
    {
        _dir = dir;
        _file = file;
        _next = new StagedCacheFile(file, removeCreatedFolder: true);
        _previousTexts = previousTexts;
        _previous = previous;
    }

    /// <param name="ignorePrevious">A clean build: parse every body (the next file is still written).</param>
    public static ParsedBodyCache Open(string cacheDir, bool ignorePrevious)
    {
        var file = Path.Combine(cacheDir, FileName);
        var read = CacheFileFormat.TryRead(file, ignorePrevious, f => Read(f, cacheDir));
        return new ParsedBodyCache(cacheDir, file, read?.Texts, read?.Entries ?? new Dictionary<UInt128, Entry>());
    }

    /// <summary>The key of a body's parse: a SHA-256 of its Markdown as stored. Thread-safe.</summary>
    public static UInt128 KeyOf(Article article) => BinaryPrimitives.ReadUInt128LittleEndian(article.BodyText.Sha256);

    /// <summary>Whether a plain text read from the texts file failed its check this build (the cache will be dropped at <see cref="Save"/>).</summary>
    internal bool FoundInconsistent => _inconsistent;

    /// <summary>The texts files in <paramref name="cacheDir"/> (tests).</summary>
    internal static string[] TextsFiles(string cacheDir) =>
        Directory.Exists(cacheDir) ? Directory.GetFiles(cacheDir, TextsPrefix + "*.bin") : [];

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
    /// A cached parse's plain text, read from the texts file and checked against its hash; when it cannot be read or
    /// does not match, the article's body is parsed again for it (and the cache marked inconsistent). Never throws for the
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

    /// <summary>Fills <paramref name="buffer"/> from the previous texts file at <paramref name="offset"/>; false when the file is shorter, gone or closed.</summary>
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
            if (_closed || _previousTexts is null) return null;
            return _texts ??= File.OpenHandle(Path.Combine(_dir, _previousTexts), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
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
    /// Texts parsed this build are appended to the previous texts file, or, when too much of it is no longer named (or
    /// there is none), every text goes into a new one. A failure to write, or a previous texts file that no longer has
    /// the bytes, only leaves the next build without the cache.
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
            // Each distinct body: its article, and its previous entry when it was reused (else its text is this build's parse).
            var order = new List<(UInt128 Key, Article Article, ParsedBody Body, Entry? Cached)>(distinct);
            var seen = new HashSet<UInt128>();
            long named = 0;
            for (var i = 0; i < articles.Count; i++)
            {
                if (!seen.Add(keys[i])) continue;
                var cached = previous.GetValueOrDefault(keys[i]);
                if (cached is not null) named += cached.PlainLength;
                order.Add((keys[i], articles[i], bodies[articles[i].Slug], cached));
            }

            using var stream = _next.Create();
            var offsets = new long[order.Count];
            var previousLength = _previousTexts is null ? -1 : LengthOf(Path.Combine(_dir, _previousTexts));
            string textsName;
            if (previousLength >= 0 && previousLength - named <= named / 4)
            {
                // Append this build's texts; the previous ones stay where they are.
                textsName = _previousTexts!;
                using var texts = new FileStream(Path.Combine(_dir, textsName), FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                _appendedAt = previousLength;
                texts.Position = previousLength;
                for (var i = 0; i < order.Count; i++)
                {
                    if (order[i].Cached is { } cached)
                    {
                        offsets[i] = cached.PlainOffset;
                        continue;
                    }
                    offsets[i] = texts.Position;
                    texts.Write(order[i].Body.PlainTextHeld.Utf8);
                }
            }
            else
            {
                textsName = TextsPrefix + Guid.NewGuid().ToString("N")[..8] + ".bin";
                _createdTexts = Path.Combine(_dir, textsName);
                using var texts = new FileStream(_createdTexts, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
                WriteAllTexts(texts, order.Select(o => (o.Cached, o.Cached is null ? o.Body.PlainTextHeld : null)).ToList(), offsets);
            }

            using var w = new BinaryWriter(stream, Encoding.UTF8);
            CacheFileFormat.WriteHeader(w, Magic, FormatVersion, BuildId);
            w.Write(textsName);
            w.Write(order.Count);
            Span<byte> key = stackalloc byte[16];
            for (var i = 0; i < order.Count; i++)
            {
                var (k, article, body, cached) = order[i];
                BinaryPrimitives.WriteUInt128LittleEndian(key, k);
                w.Write(key);
                w.Write(body.Description);
                w.Write(body.Words);
                w.Write(cached?.PlainHash ?? body.PlainTextHeld.Sha256);
                w.Write(offsets[i]);
                w.Write(cached?.PlainLength ?? body.PlainTextHeld.Utf8.Length);
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
            _next.MarkWritten();
        }
        catch (Exception e) when (CacheFileFormat.IsUnreadable(e) || e is ObjectDisposedException)
        {
            Abandon();
        }
    }

    /// <summary>Every text into a new texts file: cached ones copied from the previous file (runs that lie one after another in one piece), parsed ones written.</summary>
    private void WriteAllTexts(Stream texts, List<(Entry? Cached, CompactText? Parsed)> order, long[] offsets)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long runStart = 0, runLength = 0;
            for (var i = 0; i < order.Count; i++)
            {
                var (cached, parsed) = order[i];
                if (cached is not null && runLength > 0 && runStart + runLength == cached.PlainOffset)
                {
                    offsets[i] = texts.Position + runLength;
                    runLength += cached.PlainLength;
                    continue;
                }
                Copy(texts, runStart, runLength, buffer);
                offsets[i] = texts.Position;
                (runStart, runLength) = cached is null ? (0, 0) : (cached.PlainOffset, cached.PlainLength);
                if (parsed is not null) texts.Write(parsed.Utf8);
            }
            Copy(texts, runStart, runLength, buffer);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Copies <paramref name="length"/> bytes of the previous texts file from <paramref name="offset"/> to <paramref name="target"/>.</summary>
    private void Copy(Stream target, long offset, long length, byte[] buffer)
    {
        while (length > 0)
        {
            var chunk = buffer.AsSpan(0, (int)Math.Min(buffer.Length, length));
            if (!ReadAt(offset, chunk)) throw new EndOfStreamException("the previous texts file is shorter than it was");
            target.Write(chunk);
            offset += chunk.Length;
            length -= chunk.Length;
        }
    }

    private static long LengthOf(string file)
    {
        var info = new FileInfo(file);
        return info.Exists ? info.Length : -1;
    }

    /// <summary>
    /// Makes this build's parses the next build's cache (after the output folder holds this build's files); a texts file
    /// no entry names any more is deleted. When a plain text failed its check this build, the cache is dropped instead
    /// (the next build parses every body).
    /// </summary>
    public void Save()
    {
        CloseTexts();
        if (_inconsistent)
        {
            Abandon();
            TryDelete(_file);
            foreach (var texts in TextsFiles(_dir)) TryDelete(texts);
            return;
        }
        var saved = _next.Save();
        if (saved && _createdTexts is not null)
        {
            foreach (var texts in TextsFiles(_dir))
                if (!string.Equals(texts, _createdTexts, StringComparison.Ordinal)) TryDelete(texts);
        }
        else if (!saved && _createdTexts is not null) TryDelete(_createdTexts);
    }

    /// <summary>Drops this build's parses (the build failed or only checked): a texts file it made is deleted, what it appended cut off.</summary>
    public void Abandon()
    {
        CloseTexts();
        if (_createdTexts is not null) TryDelete(_createdTexts);
        _createdTexts = null;
        if (_appendedAt >= 0 && _previousTexts is not null)
        {
            try
            {
                using var texts = new FileStream(Path.Combine(_dir, _previousTexts), FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
                if (texts.Length > _appendedAt) texts.SetLength(_appendedAt);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Bytes no entry names are harmless: the next compaction drops them.
            }
            _appendedAt = -1;
        }
        _next.Abandon();
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file left behind is read (and checked) or ignored by the next build.
        }
    }

    /// <summary>The parser's code: Publisher.Core's build and Markdig's (a Markdig update re-parses everything).</summary>
    private static readonly string BuildId = typeof(ParsedBodyCache).Assembly.ManifestModule.ModuleVersionId + "/"
        + typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>
    /// Every entry, without the plain texts; null for another build's file. The entries are read through to the file's
    /// end, and each text's place must lie inside the texts file the entries name, so a truncated or corrupt file (or a
    /// texts file cut short or gone) throws here. A text's bytes are checked when they are read (<see cref="LoadPlainText"/>).
    /// </summary>
    private sealed record Loaded(string Texts, Dictionary<UInt128, Entry> Entries);

    private static Loaded? Read(string file, string dir)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var limit = stream.Length;
        using var r = new BinaryReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        if (!CacheFileFormat.ReadHeader(r, Magic, FormatVersion, BuildId)) return null;
        var textsName = r.ReadString();
        if (!IsTextsName(textsName)) throw new InvalidDataException("not a texts file's name");
        var textsLength = LengthOf(Path.Combine(dir, textsName));
        if (textsLength < 0) throw new FileNotFoundException("the texts file is gone");
        var count = CacheFileFormat.Count(r, limit);
        var entries = new Dictionary<UInt128, Entry>(count);
        for (var n = 0; n < count; n++)
        {
            var key = BinaryPrimitives.ReadUInt128LittleEndian(CacheFileFormat.Exactly(r, 16));
            var description = r.ReadString();
            var words = r.ReadInt32();
            var hash = CacheFileFormat.Exactly(r, 32);
            var offset = r.ReadInt64();
            var length = r.ReadInt32();
            if (offset < 0 || length < 0 || offset + length > textsLength) throw new InvalidDataException("a text outside the texts file");
            var headings = new TocEntry[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < headings.Length; i++) headings[i] = new TocEntry(r.ReadInt32(), r.ReadString(), r.ReadString());
            var links = new (string, int, int)[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < links.Length; i++) links[i] = (r.ReadString(), r.ReadInt32(), r.ReadInt32());
            if (!entries.TryAdd(key, new Entry(description, words, hash, offset, length, headings, links))) throw new InvalidDataException("a key twice");
        }
        if (stream.Position != limit) throw new InvalidDataException("bytes after the last entry");
        return new Loaded(textsName, entries);
    }

    private static bool IsTextsName(string name) =>
        name.Length == TextsPrefix.Length + 12 && name.StartsWith(TextsPrefix, StringComparison.Ordinal) && name.EndsWith(".bin", StringComparison.Ordinal)
        && name.AsSpan(TextsPrefix.Length, 8).ContainsAnyExcept("0123456789abcdef") is false;
}
