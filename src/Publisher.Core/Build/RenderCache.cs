using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Publisher.Core.Build.Checks;
using Publisher.Core.Build.Views;
using Publisher.Core.Diagnostics;
using Publisher.Core.Feeds;

namespace Publisher.Core.Build;

/// <summary>
/// What the previous build rendered, so an unchanged page is not rendered again. A page's bytes are a pure function of
/// its view model (everything a template can read: <c>site</c>, <c>page</c>, <c>content</c>), the theme's files and
/// the renderer's code; so each entry holds the SHA-256 of the page's key model serialised as JSON (every public
/// property of the runtime types, declared order) under a build-wide key of the rest. The key model is the model with
/// each rendered Markdown text replaced by its <see cref="SourceStandIn"/> (<see cref="PageFactory.ForKeys"/>), so
/// keying a page renders no Markdown and hashes no HTML. The build-wide key holds the rest (every theme file's path and bytes, the
/// Publisher.Core build, the base URL the links are checked against, the output folder). When a page's key matches
/// and its output file still has the length and modification time this build's predecessor left, the file is kept
/// and the link check gets the scan stored with it. Anything else, or any doubt, renders the page.
/// Feeds are kept the same way, keyed on their channel (<see cref="KeyOf(FeedFormat, FeedChannel)"/>).
/// Stored in <c>.publisher-cache/render.bin</c> beside <c>input/</c> (git-ignored).
/// </summary>
public sealed class RenderCache
{
    private const string FileName = "render.bin";
    private const string Magic = "publisher-render-cache";
    private const int FormatVersion = 1;

    // Any valid escaping keeps JSON one-to-one with the model; the relaxed one leaves HTML's < > & as they are,
    // which is most of the text (article bodies) and much faster than escaping each.
    private static readonly JsonSerializerOptions ModelJson = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The key models' JSON from code generated at compile time (ModelKeyJson below) instead of reflection: a cold process
    // no longer builds each type's serializer with Reflection.Emit, and writing needs no converter per property. The JSON
    // holds the same properties; a type the context lacks (a new page kind's content) is serialised by reflection.
    private static readonly JsonSerializerOptions KeyJson = new(ModelJson)
    {
        TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
            ModelKeyJson.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver()),
    };

    // One buffer and writer per worker thread, reused from page to page.
    private static readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)> Writers = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ModelJson.Encoder, SkipValidation = true }));
    });

    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _next = new(StringComparer.Ordinal);
    private readonly string _file;
    private readonly string _buildKey;
    private readonly string _outputDir;
    private readonly string _displayRoot;

    private RenderCache(string file, string buildKey, string outputDir, string displayRoot, Dictionary<string, Entry> previous)
    {
        _file = file;
        _buildKey = buildKey;
        _outputDir = outputDir;
        _displayRoot = displayRoot;
        _previous = previous;
    }

    /// <summary>One output file as the last build left it.</summary>
    private sealed record Entry(byte[] Key, long Length, long WriteTicks, PageScan? Scan);

    public static string DefaultFolder(string inputDir) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd('/', '\\')) ?? ".", ".publisher-cache");

    /// <param name="ignorePrevious">A clean build: render everything (the cache is still written for the next build).</param>
    public static RenderCache Open(string cacheDir, string themeDir, string baseUrl, string outputDir, string displayRoot, bool ignorePrevious, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(cacheDir, FileName);
        var target = Path.GetFullPath(outputDir).TrimEnd('/', '\\');
        var buildKey = BuildKey(themeDir, baseUrl, target, displayRoot);
        var previous = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (!ignorePrevious && File.Exists(file))
        {
            try
            {
                previous = Read(file, buildKey, displayRoot);
            }
            catch (Exception e) when (CacheFileFormat.IsUnreadable(e))
            {
                previous.Clear();
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.RenderCacheIgnored,
                    $"the render cache cannot be read ({e.Message}); it is ignored and every page is rendered", SourceLocation.File(file.Replace('\\', '/'))));
            }
        }
        return new RenderCache(file, buildKey, target, displayRoot, previous);
    }

    /// <summary>How many entries the previous build left that this build may reuse.</summary>
    public int PreviousCount => _previous.Count;

    /// <summary>The page's key: the SHA-256 of its key model (<see cref="PagePlan.KeyModel"/>) as JSON. Thread-safe.</summary>
    public static byte[] KeyOf(PageModel model) => HashOf(model);

    /// <summary>
    /// A feed's key: the SHA-256 of its format and its channel as JSON, the channel's item HTML standing for the
    /// article's body (see <see cref="FeedMapping.ForKeys"/>): a feed file is a pure function of these, the base URL
    /// and the code, which the build key holds. Thread-safe.
    /// </summary>
    public static byte[] KeyOf(FeedFormat format, FeedChannel keyChannel) => HashOf(new FeedKey(format, keyChannel));

    /// <summary>
    /// What stands for a Markdown text's HTML in a key model (<see cref="PageFactory.ForKeys"/>, <see cref="FeedMapping.ForKeys"/>):
    /// the SHA-256 of its source. The HTML depends on nothing else but the page's URL and what the build key holds.
    /// </summary>
    public static string SourceStandIn(ReadOnlySpan<byte> markdownUtf8) => "md:" + Convert.ToHexString(SHA256.HashData(markdownUtf8));

    /// <summary>
    /// A search text file's key (<c>search/x/&lt;id&gt;.js</c>; the id is the entry's path): the file is a pure function of its
    /// name and its document's summary and body, which the document's search count key (<see cref="Search.SearchCountCache.KeyOf"/>)
    /// hashes, and of the code, which the build key holds.
    /// </summary>
    public static byte[] KeyOfSearchText(UInt128 countKey)
    {
        Span<byte> bytes = stackalloc byte[SearchTextTag.Length + 16];
        SearchTextTag.CopyTo(bytes);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes[SearchTextTag.Length..], countKey);
        return SHA256.HashData(bytes);
    }

    private static ReadOnlySpan<byte> SearchTextTag => "search-text\0"u8;

    internal sealed record FeedKey(FeedFormat Format, FeedChannel Channel);

    private static byte[] HashOf<T>(T value)
    {
        var (buffer, writer) = Writers.Value;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, KeyJson);
        writer.Flush();
        return SHA256.HashData(buffer.WrittenSpan);
    }

    /// <summary>True when the previous build rendered this very model into a file that is still as it left it; the scan is the one stored with it.</summary>
    public bool TryReuse(string relativePath, byte[] key, out PageScan? scan)
    {
        scan = null;
        if (!_previous.TryGetValue(relativePath, out var entry) || !entry.Key.AsSpan().SequenceEqual(key)) return false;
        var file = new FileInfo(Path.Combine(_outputDir, relativePath));
        if (!file.Exists || file.Length != entry.Length || file.LastWriteTimeUtc.Ticks != entry.WriteTicks) return false;
        scan = entry.Scan;
        _next[relativePath] = entry;
        return true;
    }

    /// <summary>Records a page this build rendered (its file's length and time are read when the build is saved).</summary>
    public void Rendered(string relativePath, byte[] key, PageScan? scan)
    {
        // A scan with diagnostics is not stored: such a page is rendered every time, so its messages are never stale.
        if (scan is { Diagnostics.Count: > 0 }) return;
        _next[relativePath] = new Entry(key, -1, 0, scan);
    }

    /// <summary>Writes the cache for the next build, after the output folder holds this build's files.</summary>
    public void Save(DiagnosticBag diagnostics)
    {
        try
        {
            var entries = new List<(string Path, Entry Entry)>();
            foreach (var (path, entry) in _next.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                // A reused entry's file was found as the last build left it (TryReuse) and kept, never rewritten: its length
                // and time are the entry's. Only the files this build rendered are looked at.
                if (entry.Length >= 0)
                {
                    entries.Add((path, entry));
                    continue;
                }
                var file = new FileInfo(Path.Combine(_outputDir, path));
                if (!file.Exists) continue;
                entries.Add((path, entry with { Length = file.Length, WriteTicks = file.LastWriteTimeUtc.Ticks }));
            }
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temporary = _file + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            using (var stream = File.Create(temporary))
                Write(stream, entries);
            File.Move(temporary, _file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.RenderCacheNotSaved,
                $"cannot save the render cache ({e.Message}); the next build renders every page", SourceLocation.File(_file.Replace('\\', '/'))));
        }
    }

    /// <summary>Everything besides the model that a page's bytes (and its scan) depend on.</summary>
    private static string BuildKey(string themeDir, string baseUrl, string outputDir, string displayRoot)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }
        Add(typeof(RenderCache).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(baseUrl);
        Add(outputDir);
        Add(displayRoot);
        var root = Path.GetFullPath(themeDir);
        if (Directory.Exists(root))
            foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal))
            {
                Add(file);
                var bytes = File.ReadAllBytes(Path.Combine(root, file));
                hash.AppendData(BitConverter.GetBytes(bytes.Length));
                hash.AppendData(bytes);
            }
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    // The file: magic, version, build key, then entries. Strings repeat a lot (the same navigation links on every
    // page): each is written once in a table and referred to by number.
    private void Write(Stream stream, List<(string Path, Entry Entry)> entries)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Id(string s)
        {
            if (table.TryGetValue(s, out var id)) return id;
            table[s] = strings.Count;
            strings.Add(s);
            return strings.Count - 1;
        }
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(entries.Count);
            foreach (var (path, entry) in entries)
            {
                w.Write(Id(path));
                w.Write(entry.Key);
                w.Write(entry.Length);
                w.Write(entry.WriteTicks);
                w.Write(entry.Scan is not null);
                if (entry.Scan is not { } scan) continue;
                w.Write(scan.DocumentBase?.OriginalString ?? "");
                w.Write(scan.Anchors.Count);
                foreach (var anchor in scan.Anchors.Order(StringComparer.Ordinal)) w.Write(Id(anchor));
                w.Write(scan.References.Count);
                foreach (var reference in scan.References)
                {
                    w.Write(Id(reference.Url));
                    w.Write(reference.Line);
                    w.Write(reference.Column);
                }
            }
        }
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        CacheFileFormat.WriteHeader(writer, Magic, FormatVersion, _buildKey);
        writer.Write(strings.Count);
        foreach (var s in strings) writer.Write(s);
        writer.Write(body.ToArray());
    }

    /// <summary>The entries, or none when the build key differs (another theme, base URL or output folder). Throws on a corrupt file.</summary>
    private static Dictionary<string, Entry> Read(string file, string buildKey, string displayRoot)
    {
        using var stream = File.OpenRead(file);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        var entries = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (!CacheFileFormat.ReadHeader(r, Magic, FormatVersion, buildKey)) return entries;
        var strings = new string[Count(r)];
        for (var i = 0; i < strings.Length; i++) strings[i] = r.ReadString();
        var count = Count(r);
        for (var i = 0; i < count; i++)
        {
            var path = strings[r.ReadInt32()];
            var key = r.ReadBytes(32);
            if (key.Length != 32) throw new EndOfStreamException();
            var length = r.ReadInt64();
            var ticks = r.ReadInt64();
            PageScan? scan = null;
            if (r.ReadBoolean())
            {
                var documentBase = r.ReadString();
                var anchors = new HashSet<string>(StringComparer.Ordinal);
                for (var n = Count(r); n > 0; n--) anchors.Add(strings[r.ReadInt32()]);
                var display = OutputTree.DisplayPath(displayRoot, path);
                var references = new PageReference[Count(r)];
                for (var n = 0; n < references.Length; n++)
                {
                    var url = strings[r.ReadInt32()];
                    references[n] = new PageReference(url, r.ReadInt32(), r.ReadInt32());
                }
                scan = new PageScan(path, display, anchors, references, []) { DocumentBase = documentBase.Length > 0 ? new Uri(documentBase) : null };
            }
            entries[path] = new Entry(key, length, ticks, scan);
        }
        return entries;
    }

    private static int Count(BinaryReader r)
    {
        var n = r.ReadInt32();
        return n is >= 0 and <= 50_000_000 ? n : throw new InvalidDataException("a count out of range");
    }
}

/// <summary>
/// Serialisation code generated at compile time for the render cache's key models (<see cref="RenderCache.KeyOf(PageModel)"/>):
/// every page model and each runtime type of its <c>Content</c>, and the feeds' keys. Every public property, as reflection
/// would write them.
/// </summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = false)]
[System.Text.Json.Serialization.JsonSerializable(typeof(PageModel))]
[System.Text.Json.Serialization.JsonSerializable(typeof(HomeContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(ArticleContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IssueContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(IssuesContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(PublicationIssuesContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(PublicationContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(RedirectContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(AuthorsContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(AuthorContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(TagsContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(TagContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(ArchiveContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(PressContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(SearchContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(NotFoundContent))]
[System.Text.Json.Serialization.JsonSerializable(typeof(RenderCache.FeedKey))]
[System.Text.Json.Serialization.JsonSerializable(typeof(Publisher.Core.Model.SiteConfig))]
internal sealed partial class ModelKeyJson : System.Text.Json.Serialization.JsonSerializerContext;
