using System.Text;
using Publisher.Core.Build.Lint;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>
/// What reading each article file gave the previous build: its document (typed front matter, where each field and item
/// is written, the body's first line), the length of its body, and the diagnostics reading it gave (the front matter's,
/// and the footnote lint's, which reads only the one body). Reading is a pure function of the file's bytes, the path
/// diagnostics name it by and the code, so an entry is keyed by a SHA-256 (first 128 bits) of the path and the bytes,
/// in a file that names the Publisher.Core build (another build's file is ignored). What an unchanged file skips is
/// decoding, parsing and linting; its diagnostics are replayed, so the build's messages are a clean build's.
/// <para>
/// Each entry also records the file's length and last-write time as they were before it was read (a stat fast path, as
/// git's index does): a file whose length and time are still those is taken as unchanged without being read or hashed,
/// and its body is <see cref="CompactText.Deferred"/> — known by the SHA-256 the entry holds (what the caches' keys hash)
/// and read only if a page or feed showing it is rendered; that read checks the bytes against the entry's key and fails
/// the build if the file changed meanwhile. An entry is trusted so only when its time was older than the start of the
/// build that recorded it by more than <see cref="RacyMargin"/> (<see cref="FileStat.Settled"/>): a file written in the
/// same moment as it was read (the "racy" case: an edit within the timestamp's granularity could keep length and time)
/// is read and hashed every build until a build starts well after its time. An edit that keeps the length and sets the
/// time back on purpose is not seen (as with git); <c>--clean</c> reads everything.
/// </para>
/// Stored in
/// <c>.publisher-cache/inputs.bin</c>: the next file is written after the input is read (only when some file was read
/// anew or some entry went unused) and moved into place by <see cref="Save"/> once the output is committed.
/// </summary>
internal sealed class InputManifest
{
    public const string FileName = "inputs.bin";
    private const string Magic = "publisher-input-manifest";
    private const int FormatVersion = 2;

    /// <summary>
    /// A file whose last-write time is within this of the start of the build that read it is "racy": its length and time
    /// do not vouch for its bytes (coarse file-system clocks, two-second FAT times, an edit in the same tick as the read).
    /// </summary>
    internal static readonly TimeSpan RacyMargin = TimeSpan.FromSeconds(2);

    private static readonly string BuildId = typeof(InputManifest).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly KeyedCacheFile<Entry> _file;

    /// <summary>The previous build's settled entries by the path they were read from (only files that gave a document).</summary>
    private readonly Dictionary<string, (UInt128 Key, Entry Entry)> _byPath = new(StringComparer.Ordinal);

    /// <summary>When this build started reading (UTC ticks): an entry is <see cref="FileStat.Settled"/> when its file's time is older than this by <see cref="RacyMargin"/>.</summary>
    private readonly long _readStart = DateTime.UtcNow.Ticks;

    private int _unread;

    /// <summary>Each file's key (<see cref="KeyOf"/>) as this build found it, by the path diagnostics name it by: read, or vouched for by its length and time.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, UInt128> _keys = new(StringComparer.Ordinal);

    /// <summary>A file's length and last-write time (UTC ticks) taken before it was read; settled: older than that build's start by <see cref="RacyMargin"/>.</summary>
    internal readonly record struct FileStat(long Length, long Ticks, bool Settled);

    /// <summary>
    /// What reading one file gave. <paramref name="Document"/> is null when the file had no usable article (its errors
    /// are in <paramref name="Found"/>); the document is held without its body, whose UTF-8 and UTF-16 lengths say
    /// where it starts (it is the rest of the file's normalised text).
    /// </summary>
    internal sealed record Entry(ArticleDocument? Document, int BodyUtf8Length, int BodyLength, Diagnostic[] Found, Diagnostic[] Footnotes)
    {
        /// <summary>The body's SHA-256 (null without a document).</summary>
        public byte[]? BodySha256 { get; init; }

        /// <summary>The file as it was before it was read (default: unknown, never trusted).</summary>
        public FileStat Stat { get; init; }
    }

    /// <summary>One file read: its document (null: none usable), body, and the diagnostics reading gave.</summary>
    internal readonly record struct ReadResult(ArticleDocument? Document, CompactText? Body, IReadOnlyList<Diagnostic> Found, IReadOnlyList<Diagnostic> Footnotes);

    private InputManifest(string file, bool ignorePrevious)
    {
        _file = new KeyedCacheFile<Entry>(file, Magic, FormatVersion, BuildId, ignorePrevious, ReadEntry);
        foreach (var (key, entry) in _file.Previous)
            if (entry.Document is { } doc && entry.Stat.Settled) _byPath[doc.Path] = (key, entry);
    }

    /// <summary>Files whose reading came from the previous build.</summary>
    public int Reused => _file.Reused;

    /// <summary>Files taken as unchanged by their length and time alone (not read; their bodies read only if needed).</summary>
    public int Unread => _unread;

    /// <summary>A file's length and last-write time, taken before it is read; null when it cannot be stat-ed (reading it will say why).</summary>
    public FileStat? Stat(string fullPath)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists) return null;
            var ticks = info.LastWriteTimeUtc.Ticks;
            return new FileStat(info.Length, ticks, ticks < _readStart - RacyMargin.Ticks);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The previous build's reading of the file at <paramref name="path"/> when its length and time are what that build
    /// recorded and that record was settled (not racy): nothing is read now; the body is deferred (read, and checked
    /// against the entry's key, only when asked for). Null: read the file. Thread-safe.
    /// </summary>
    public ReadResult? TryUnchanged(string fullPath, string path, FileStat? stat)
    {
        if (stat is not { } now || !_byPath.TryGetValue(path, out var known)) return null;
        var (key, entry) = known;
        if (entry.Stat.Length != now.Length || entry.Stat.Ticks != now.Ticks || entry.BodySha256 is not { } sha256) return null;
        if (!_file.TryReuse(key, out entry)) return null;
        Interlocked.Increment(ref _unread);
        _keys[path] = key;
        var body = CompactText.Deferred(sha256, () =>
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(fullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone or unreadable since it was found unchanged: the same failure as a change (SiteBuilder reports it).
                throw new InputChangedException(path, e);
            }
            if (KeyOf(bytes, path) != key || entry.BodyUtf8Length > bytes.Length) throw new InputChangedException(path);
            return BodyOf(bytes, entry).Utf8.ToArray();
        });
        return new ReadResult(entry.Document, body, entry.Found, entry.Footnotes);
    }

    /// <param name="ignorePrevious">A clean build: read every file (the next file is still written).</param>
    public static InputManifest Open(string cacheDir, bool ignorePrevious) => new(Path.Combine(cacheDir, FileName), ignorePrevious);

    /// <summary>
    /// Reads an article file's bytes as <see cref="TextFile.Read"/> does, parses and lints it (<see cref="ArticleFile.Read"/>,
    /// <see cref="FootnoteLint"/>), with the document kept without its body. Without a manifest (null) every file is read so.
    /// </summary>
    /// <param name="stat">The file's length and time taken before <paramref name="bytes"/> were read (<see cref="Stat"/>), recorded for the next build; null: unknown.</param>
    public static ReadResult ReadArticle(InputManifest? manifest, byte[] bytes, string path, FileStat? stat = null) =>
        manifest is null ? Parse(bytes, path).Result : manifest.ReadOrReuse(bytes, path, stat ?? default);

    private ReadResult ReadOrReuse(byte[] bytes, string path, FileStat stat)
    {
        var key = KeyOf(bytes, path);
        _keys[path] = key;
        if (_file.TryReuse(key, out var entry, e => e.BodyUtf8Length <= bytes.Length))
        {
            // The same bytes: the next build may trust this file's length and time once they are settled.
            if (entry.Stat != stat) _file.Replace(key, entry with { Stat = stat });
            var text = entry.Document is null ? null
                : entry.BodySha256 is { } sha256 ? CompactText.FromUtf8(BodyOf(bytes, entry).Utf8.ToArray(), sha256)
                : BodyOf(bytes, entry);
            return new ReadResult(entry.Document, text, entry.Found, entry.Footnotes);
        }
        var (result, made) = Parse(bytes, path);
        _file.Add(key, made with { Stat = stat });
        return result;
    }

    private static (ReadResult Result, Entry Entry) Parse(byte[] bytes, string path)
    {
        var found = new List<Diagnostic>();
        var doc = ArticleFile.Read(Decode(bytes), path, found);
        if (doc is null) return (new ReadResult(null, null, found, []), new Entry(null, 0, 0, [.. found], []));
        var footnotes = new List<Diagnostic>();
        FootnoteLint.Check(doc.Body, doc.Path, doc.BodyStartLine, footnotes);
        var body = new CompactText(doc.Body);
        var kept = doc with { Body = "" };
        return (new ReadResult(kept, body, found, footnotes),
            new Entry(kept, body.Utf8.Length, doc.Body.Length, [.. found], [.. footnotes]) { BodySha256 = body.Sha256 });
    }

    /// <summary>The text <see cref="TextFile.Read"/> gives for these bytes (File.ReadAllText's decoding, then newlines normalised).</summary>
    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return TextFile.Normalize(reader.ReadToEnd());
    }

    /// <summary>
    /// The body of an unchanged file: the end of its bytes when they are the normalised text's UTF-8 already (valid UTF-8,
    /// no byte order mark, no carriage return: every file Publisher writes), else cut from the decoded text.
    /// </summary>
    private static CompactText BodyOf(byte[] bytes, Entry entry)
    {
        var raw = bytes.AsSpan();
        var asIs = System.Text.Unicode.Utf8.IsValid(raw) && !raw.StartsWith("\uFEFF"u8) && !raw.Contains((byte)'\r');
        if (asIs) return CompactText.FromUtf8(raw[^entry.BodyUtf8Length..].ToArray());
        var text = Decode(bytes);
        return new CompactText(text[^entry.BodyLength..]);
    }

    /// <summary>
    /// The key of the file at <paramref name="path"/> (a SHA-256 of the path and its bytes) as this build read it or took it
    /// unread: two builds give a file the same key only when they read the same bytes at the same path. Null: not read by this build.
    /// </summary>
    public UInt128? KeyOfFile(string path) => _keys.TryGetValue(path, out var key) ? key : null;

    /// <summary>A SHA-256 of the path diagnostics name the file by and of its bytes.</summary>
    private static UInt128 KeyOf(byte[] bytes, string path)
    {
        var hash = new FramedHash();
        hash.Add(path);
        hash.Add(bytes);
        return hash.FinishKey();
    }

    /// <summary>Writes this build's entries for the next build, unless they are exactly the previous file's (<see cref="KeyedCacheFile{T}.WriteNext"/>).</summary>
    public void WriteNext(int files) => _file.WriteNext(files, WriteEntry);

    /// <summary>Makes this build's entries the next build's manifest (after the output folder holds this build's files).</summary>
    public void Save() => _file.Save();

    /// <summary>Drops this build's entries (the build failed).</summary>
    public void Abandon() => _file.Abandon();

    // ---- The file's format. Every location's path is the document's own (written once) or, were it another, spelt out.

    private static void WriteEntry(BinaryWriter w, Entry entry)
    {
        var doc = entry.Document;
        var path = doc?.Path ?? entry.Found.Select(d => d.Location?.Path).FirstOrDefault(p => p is not null) ?? "";
        w.Write(path);
        w.Write(entry.Stat.Length);
        w.Write(entry.Stat.Ticks);
        w.Write(entry.Stat.Settled);
        CacheFileFormat.WriteDiagnostics(w, entry.Found, path);
        w.Write(doc is not null);
        if (doc is null) return;
        w.Write(entry.BodySha256!);
        CacheFileFormat.WriteDiagnostics(w, entry.Footnotes, path);
        w.Write(entry.BodyUtf8Length);
        w.Write(entry.BodyLength);
        w.Write(doc.BodyStartLine);
        var fm = doc.FrontMatter;
        w.Write(fm.Title);
        WriteOptional(w, fm.Slug);
        WriteList(w, fm.Authors);
        w.Write(fm.Date is { } date ? date.DayNumber : -1);
        w.Write(fm.Updated is not null);
        if (fm.Updated is { } updated)
        {
            w.Write(updated.Ticks);
            w.Write((short)updated.Offset.TotalMinutes);
        }
        w.Write(fm.Draft);
        WriteList(w, fm.Aliases);
        WriteOptional(w, fm.Publication);
        WriteOptional(w, fm.Volume);
        WriteOptional(w, fm.Issue);
        WriteOptional(w, fm.Kind);
        WriteList(w, fm.Tags);
        WriteOptional(w, fm.Summary);
        WriteList(w, fm.Sources);
        WriteOptional(w, fm.Url);
        WriteList(w, fm.Inferred);
        w.Write(doc.FieldLocations.Count);
        foreach (var (field, location) in doc.FieldLocations)
        {
            w.Write(field);
            CacheFileFormat.WriteLocation(w, location, path);
        }
        w.Write(doc.ItemLocations.Count);
        foreach (var (field, locations) in doc.ItemLocations)
        {
            w.Write(field);
            w.Write(locations.Count);
            foreach (var location in locations) CacheFileFormat.WriteLocation(w, location, path);
        }
    }

    private static Entry ReadEntry(BinaryReader r, long limit, Func<string, string> pool)
    {
        var path = r.ReadString();
        var stat = new FileStat(r.ReadInt64(), r.ReadInt64(), r.ReadBoolean());
        var found = CacheFileFormat.ReadDiagnostics(r, limit, path);
        if (!r.ReadBoolean()) return new Entry(null, 0, 0, found, []) { Stat = stat };
        var sha256 = CacheFileFormat.Exactly(r, 32);
        var footnotes = CacheFileFormat.ReadDiagnostics(r, limit, path);
        var bodyUtf8 = Length(r);
        var bodyLength = Length(r);
        var bodyStart = r.ReadInt32();
        var title = r.ReadString();
        var slug = ReadOptional(r);
        var authors = ReadList(r, limit, pool);
        var day = r.ReadInt32();
        DateTimeOffset? updated = r.ReadBoolean() ? new DateTimeOffset(r.ReadInt64(), TimeSpan.FromMinutes(r.ReadInt16())) : null;
        var fm = new ArticleFrontMatter
        {
            Title = title,
            Slug = slug,
            Authors = authors,
            Date = day < 0 ? null : DateOnly.FromDayNumber(day),
            Updated = updated,
            Draft = r.ReadBoolean(),
            Aliases = ReadList(r, limit, pool),
            Publication = ReadOptional(r, pool),
            Volume = ReadOptionalInt(r),
            Issue = ReadOptionalInt(r),
            Kind = ReadOptional(r, pool),
            Tags = ReadList(r, limit, pool),
            Summary = ReadOptional(r),
            Sources = ReadList(r, limit, pool),
            Url = ReadOptional(r),
            Inferred = ReadList(r, limit, pool),
        };
        var fieldCount = CacheFileFormat.Count(r, limit);
        var fields = new Dictionary<string, SourceLocation>(fieldCount, StringComparer.Ordinal);
        for (var n = 0; n < fieldCount; n++)
        {
            var field = pool(r.ReadString());
            if (!fields.TryAdd(field, CacheFileFormat.ReadLocation(r, path))) throw new InvalidDataException("a field twice");
        }
        var itemCount = CacheFileFormat.Count(r, limit);
        var items = new Dictionary<string, IReadOnlyList<SourceLocation>>(itemCount, StringComparer.Ordinal);
        for (var n = 0; n < itemCount; n++)
        {
            var field = pool(r.ReadString());
            var locations = new SourceLocation[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < locations.Length; i++) locations[i] = CacheFileFormat.ReadLocation(r, path);
            if (!items.TryAdd(field, locations)) throw new InvalidDataException("a list field twice");
        }
        var doc = new ArticleDocument(fm, "", path, bodyStart) { FieldLocations = fields, ItemLocations = items };
        return new Entry(doc, bodyUtf8, bodyLength, found, footnotes) { BodySha256 = sha256, Stat = stat };
    }

    /// <summary>A length in a file not this one (a body's): never negative.</summary>
    private static int Length(BinaryReader r)
    {
        var n = r.ReadInt32();
        return n >= 0 ? n : throw new InvalidDataException("a negative length");
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    private static void WriteOptional(BinaryWriter w, int? value)
    {
        w.Write(value is not null);
        if (value is { } n) w.Write(n);
    }

    private static string? ReadOptional(BinaryReader r, Func<string, string>? pool = null) =>
        r.ReadBoolean() ? pool is null ? r.ReadString() : pool(r.ReadString()) : null;

    private static int? ReadOptionalInt(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;

    private static void WriteList(BinaryWriter w, IReadOnlyList<string> values)
    {
        w.Write(values.Count);
        foreach (var value in values) w.Write(value);
    }

    private static IReadOnlyList<string> ReadList(BinaryReader r, long limit, Func<string, string> pool)
    {
        var count = CacheFileFormat.Count(r, limit);
        if (count == 0) return [];
        var values = new List<string>(count);
        for (var i = 0; i < count; i++) values.Add(pool(r.ReadString()));
        return values;
    }
}

/// <summary>
/// A deferred body (<see cref="InputManifest.TryUnchanged"/>) read after its file changed, vanished or became unreadable
/// since the build found it unchanged: whichever phase asked for the body (name uses, parsing, the search text, a page, a
/// feed), <c>SiteBuilder</c> fails the build with one error naming the file (<see cref="DiagnosticCodes.FileUnreadable"/>).
/// </summary>
internal sealed class InputChangedException(string path, Exception? inner = null)
    : IOException($"{path} changed while the site was being built; build again", inner)
{
    /// <summary>The file as diagnostics name it.</summary>
    public string DisplayPath { get; } = path;
}
