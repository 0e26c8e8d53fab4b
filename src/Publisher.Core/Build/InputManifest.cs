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
/// in a file that names the Publisher.Core build (another build's file is ignored). Every file is still read and hashed
/// (its body is needed anyway, and hashing 5,000 articles costs tens of milliseconds); what an unchanged file skips is
/// decoding, parsing and linting. Its diagnostics are replayed, so the build's messages are a clean build's. Stored in
/// <c>.publisher-cache/inputs.bin</c>: the next file is written after the input is read (only when some file was read
/// anew or some entry went unused) and moved into place by <see cref="Save"/> once the output is committed.
/// </summary>
internal sealed class InputManifest
{
    public const string FileName = "inputs.bin";
    private const string Magic = "publisher-input-manifest";
    private const int FormatVersion = 1;

    private static readonly string BuildId = typeof(InputManifest).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly KeyedCacheFile<Entry> _file;

    /// <summary>
    /// What reading one file gave. <paramref name="Document"/> is null when the file had no usable article (its errors
    /// are in <paramref name="Found"/>); the document is held without its body, whose UTF-8 and UTF-16 lengths say
    /// where it starts (it is the rest of the file's normalised text).
    /// </summary>
    internal sealed record Entry(ArticleDocument? Document, int BodyUtf8Length, int BodyLength, Diagnostic[] Found, Diagnostic[] Footnotes);

    /// <summary>One file read: its document (null: none usable), body, and the diagnostics reading gave.</summary>
    internal readonly record struct ReadResult(ArticleDocument? Document, CompactText? Body, IReadOnlyList<Diagnostic> Found, IReadOnlyList<Diagnostic> Footnotes);

    private InputManifest(string file, bool ignorePrevious) =>
        _file = new KeyedCacheFile<Entry>(file, Magic, FormatVersion, BuildId, ignorePrevious, ReadEntry);

    /// <summary>Files whose reading came from the previous build.</summary>
    public int Reused => _file.Reused;

    /// <param name="ignorePrevious">A clean build: read every file (the next file is still written).</param>
    public static InputManifest Open(string cacheDir, bool ignorePrevious) => new(Path.Combine(cacheDir, FileName), ignorePrevious);

    /// <summary>
    /// Reads an article file's bytes as <see cref="TextFile.Read"/> does, parses and lints it (<see cref="ArticleFile.Read"/>,
    /// <see cref="FootnoteLint"/>), with the document kept without its body. Without a manifest (null) every file is read so.
    /// </summary>
    public static ReadResult ReadArticle(InputManifest? manifest, byte[] bytes, string path) =>
        manifest is null ? Parse(bytes, path).Result : manifest.ReadOrReuse(bytes, path);

    private ReadResult ReadOrReuse(byte[] bytes, string path)
    {
        var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
        var key = KeyOf(bytes, path);
        Prof.Add("manifest hash", t0);
        if (_file.TryReuse(key, out var entry, e => e.BodyUtf8Length <= bytes.Length))
            return new ReadResult(entry.Document, entry.Document is null ? null : BodyOf(bytes, entry), entry.Found, entry.Footnotes);
        var (result, made) = Parse(bytes, path);
        _file.Add(key, made);
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
        return (new ReadResult(kept, body, found, footnotes), new Entry(kept, body.Utf8.Length, doc.Body.Length, [.. found], [.. footnotes]));
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
        WriteDiagnostics(w, entry.Found, path);
        w.Write(doc is not null);
        if (doc is null) return;
        WriteDiagnostics(w, entry.Footnotes, path);
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
            WriteLocation(w, location, path);
        }
        w.Write(doc.ItemLocations.Count);
        foreach (var (field, locations) in doc.ItemLocations)
        {
            w.Write(field);
            w.Write(locations.Count);
            foreach (var location in locations) WriteLocation(w, location, path);
        }
    }

    private static Entry ReadEntry(BinaryReader r, long limit, Func<string, string> pool)
    {
        var path = r.ReadString();
        var found = ReadDiagnostics(r, limit, path);
        if (!r.ReadBoolean()) return new Entry(null, 0, 0, found, []);
        var footnotes = ReadDiagnostics(r, limit, path);
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
            if (!fields.TryAdd(field, ReadLocation(r, path))) throw new InvalidDataException("a field twice");
        }
        var itemCount = CacheFileFormat.Count(r, limit);
        var items = new Dictionary<string, IReadOnlyList<SourceLocation>>(itemCount, StringComparer.Ordinal);
        for (var n = 0; n < itemCount; n++)
        {
            var field = pool(r.ReadString());
            var locations = new SourceLocation[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < locations.Length; i++) locations[i] = ReadLocation(r, path);
            if (!items.TryAdd(field, locations)) throw new InvalidDataException("a list field twice");
        }
        var doc = new ArticleDocument(fm, "", path, bodyStart) { FieldLocations = fields, ItemLocations = items };
        return new Entry(doc, bodyUtf8, bodyLength, found, footnotes);
    }

    /// <summary>A length in a file not this one (a body's): never negative.</summary>
    private static int Length(BinaryReader r)
    {
        var n = r.ReadInt32();
        return n >= 0 ? n : throw new InvalidDataException("a negative length");
    }

    private static void WriteDiagnostics(BinaryWriter w, Diagnostic[] diagnostics, string path)
    {
        w.Write(diagnostics.Length);
        foreach (var d in diagnostics)
        {
            w.Write((byte)d.Severity);
            w.Write(d.Code);
            w.Write(d.Message);
            w.Write(d.Location is not null);
            if (d.Location is { } location) WriteLocation(w, location, path);
        }
    }

    private static Diagnostic[] ReadDiagnostics(BinaryReader r, long limit, string path)
    {
        var diagnostics = new Diagnostic[CacheFileFormat.Count(r, limit)];
        for (var i = 0; i < diagnostics.Length; i++)
        {
            var severity = r.ReadByte();
            if (!Enum.IsDefined((Severity)severity)) throw new InvalidDataException("an unknown severity");
            var code = r.ReadString();
            var message = r.ReadString();
            diagnostics[i] = new Diagnostic((Severity)severity, code, message, r.ReadBoolean() ? ReadLocation(r, path) : null);
        }
        return diagnostics;
    }

    private static void WriteLocation(BinaryWriter w, SourceLocation location, string path)
    {
        var own = string.Equals(location.Path, path, StringComparison.Ordinal);
        w.Write(own);
        if (!own) w.Write(location.Path);
        w.Write(location.Line);
        w.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader r, string path) => new(r.ReadBoolean() ? path : r.ReadString(), r.ReadInt32(), r.ReadInt32());

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
