using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Win32.SafeHandles;
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
/// Feeds are kept the same way, keyed on their channel (<see cref="FeedKeys"/>).
/// Stored in <c>.publisher-cache/render.bin</c> beside <c>input/</c> (git-ignored).
/// </summary>
public sealed class RenderCache : IDisposable
{
    private const string FileName = "render.bin";
    private const string Magic = "publisher-render-cache";
    private const int FormatVersion = 5;

    /// <summary>Each appended segment starts with this; anything else after the base is a damaged file.</summary>
    private const int SegmentMarker = 0x53454731; // "SEG1"

    /// <summary>The appended segments may grow to this fraction of the base before a save rewrites the whole file.</summary>
    private const double LogFraction = 0.25;

    // Any valid escaping keeps JSON one-to-one with the model; the relaxed one leaves HTML's < > & as they are,
    // which is most of the text (article bodies) and much faster than escaping each.
    private static readonly JsonSerializerOptions ModelJson = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // The key models' JSON from code generated at compile time (ModelKeyJson below), never by reflection: a cold process
    // builds no serializer at run time, and the CLI compiled ahead of time (no run-time code generation) can write them.
    // A page model's content of a type the context lacks (a new page kind's) fails the build at once: add it there.
    private static readonly JsonSerializerOptions KeyJson = new(ModelJson) { TypeInfoResolver = ModelKeyJson.Default };

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<PageModel> PageModelJson =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<PageModel>)KeyJson.GetTypeInfo(typeof(PageModel));

    // One buffer and writer per worker thread, reused from page to page.
    private static readonly ThreadLocal<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)> Writers = new(() =>
    {
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        return (buffer, new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ModelJson.Encoder, SkipValidation = true }));
    });

    private readonly Dictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _next;
    private readonly string _file;
    private readonly string _buildKey;
    private readonly string _outputDir;
    private readonly string _displayRoot;

    /// <summary>The file as it was read (null when it was not read, or was another build's): a save may append to it while it is still so.</summary>
    private readonly Loaded? _loaded;

    /// <summary>The state this build's links were checked against (<see cref="LinkState"/>), saved with the entries.</summary>
    private LinkState? _linkState;

    private RenderCache(string file, string buildKey, string outputDir, string displayRoot, Dictionary<string, Entry> previous, Loaded? loaded)
    {
        _file = file;
        _buildKey = buildKey;
        _outputDir = outputDir;
        _displayRoot = displayRoot;
        _previous = previous;
        _loaded = loaded;
        // Sized for the previous build's files: a table grown step by step from empty locks every worker out at each step.
        _next = PerCore.Table<Entry>(previous.Count);
    }

    /// <summary>The file's length and time when it was read, and how many of its bytes are the base (the rest: appended segments).</summary>
    /// <param name="Links">The state the links of the build that saved the file were checked against (its last block's).</param>
    /// <param name="File">The file held open for the kept pages' references (<see cref="StoredReferences"/>), decoded only when read.</param>
    private sealed record Loaded(long Length, long WriteTicks, long BaseLength, StoredLinks? Links, SafeFileHandle File);

    /// <summary>
    /// A <see cref="LinkState"/> as a block stores it: the entries hold most of it (each entry's path is an output file, and
    /// an HTML entry's scan holds its anchors), so only the rest is stored — the files that are not entries, or whose
    /// anchors are not their entry's, with their anchors — and the omitted files.
    /// </summary>
    private sealed record StoredLinks(Dictionary<string, IReadOnlySet<string>?> Extras, HashSet<string> Omitted)
    {
        public bool SameAs(StoredLinks other) =>
            Omitted.SetEquals(other.Omitted) && Extras.Count == other.Extras.Count
            && Extras.All(e => other.Extras.TryGetValue(e.Key, out var anchors) && SameAnchors(e.Value, anchors));
    }

    private static bool SameAnchors(IReadOnlySet<string>? a, IReadOnlySet<string>? b) =>
        ReferenceEquals(a, b) || (a is not null && b is not null && a.SetEquals(b));

    /// <summary>One output file as the last build left it (its scan, when read from the file, made only if something reads it).</summary>
    private sealed record Entry(byte[] Key, long Length, long WriteTicks, KeptScan? Scan);

    public static string DefaultFolder(string inputDir) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputDir).TrimEnd('/', '\\')) ?? ".", ".publisher-cache");

    /// <param name="ignorePrevious">A clean build: render everything (the cache is still written for the next build).</param>
    public static RenderCache Open(string cacheDir, string themeDir, string baseUrl, string outputDir, string displayRoot, bool ignorePrevious, DiagnosticBag diagnostics)
    {
        var file = Path.Combine(cacheDir, FileName);
        var target = Path.GetFullPath(outputDir).TrimEnd('/', '\\');
        var buildKey = BuildKey(themeDir, baseUrl, target, displayRoot);
        var previous = new Dictionary<string, Entry>(StringComparer.Ordinal);
        Loaded? loaded = null;
        if (!ignorePrevious && File.Exists(file))
        {
            try
            {
                loaded = Read(file, buildKey, displayRoot, previous);
            }
            catch (Exception e) when (CacheFileFormat.IsUnreadable(e))
            {
                previous.Clear();
                loaded = null;
                diagnostics.Add(Diagnostic.Info(DiagnosticCodes.RenderCacheIgnored,
                    $"the render cache cannot be read ({e.Message}); it is ignored and every page is rendered", SourceLocation.File(file.Replace('\\', '/'))));
            }
        }
        return new RenderCache(file, buildKey, target, displayRoot, previous, loaded);
    }

    /// <summary>The folders of the output that are as the build that saved this cache left them (<see cref="OutputStamp"/>): an entry's file there is kept without a look at it.</summary>
    private OutputStamp? _stamp;

    /// <summary>Where the cache is saved.</summary>
    internal string FilePath => _file;

    /// <summary>The file's length and modification time as this build read it; null when it was not read or was another build's.</summary>
    internal (long Length, long WriteTicks)? FileAsRead => _loaded is { } loaded ? (loaded.Length, loaded.WriteTicks) : null;

    /// <summary>
    /// Every file the build that saved this cache left in the output folder (its entries, and the files its link state has
    /// besides them); null when it saved no link state.
    /// </summary>
    internal IEnumerable<string>? PreviousFiles => _loaded?.Links is { } stored ? _previous.Keys.Concat(stored.Extras.Keys.Where(path => !_previous.ContainsKey(path))) : null;

    /// <summary>Keeps an entry's file without looking at it when <paramref name="stamp"/> (read for this cache's file) vouches for its folder.</summary>
    internal void TrustOutput(OutputStamp stamp) => _stamp = stamp;

    /// <summary>How many entries the previous build left that this build may reuse.</summary>
    public int PreviousCount => _previous.Count;

    /// <summary>
    /// The state the previous build's links were checked against (null when there is no usable file, or it saved none):
    /// every file it left, and so every file this build keeps, had no broken link in that state. Its files are the
    /// entries and the stored extras; an HTML entry's anchors are its scan's (the very set a kept file's scan holds).
    /// </summary>
    public LinkState? PreviousLinkState()
    {
        if (_loaded?.Links is not { } stored) return null;
        var files = new Dictionary<string, IReadOnlySet<string>?>(_previous.Count + stored.Extras.Count, StringComparer.Ordinal);
        foreach (var (path, entry) in _previous) files[path] = LinkChecker.IsHtml(path) ? entry.Scan?.Anchors : null;
        foreach (var (path, anchors) in stored.Extras) files[path] = anchors;
        return new LinkState(files, stored.Omitted);
    }

    /// <summary>Records the state this build's links were checked against (and found sound), saved for the next build.</summary>
    public void CheckedLinksIn(LinkState? state) => _linkState = state;

    /// <summary>The page's key: the SHA-256 of its key model (<see cref="PagePlan.KeyModel"/>) as JSON. Thread-safe.</summary>
    public static byte[] KeyOf(PageModel model) => HashOf(model, PageModelJson);

    /// <summary>
    /// What stands for a Markdown text's HTML in a key model (<see cref="PageFactory.ForKeys"/>, <see cref="FeedMapping.ForKeys"/>):
    /// the SHA-256 of its source. The HTML depends on nothing else but the page's URL and what the build key holds.
    /// </summary>
    public static string SourceStandIn(ReadOnlySpan<byte> markdownUtf8) => "md:" + Convert.ToHexString(SHA256.HashData(markdownUtf8));

    /// <summary>The same stand-in for a body held as <see cref="CompactText"/>: its SHA-256 is made once (or known unread, for a body the input manifest vouches for).</summary>
    internal static string SourceStandIn(Publisher.Core.Text.CompactText markdown) => "md:" + Convert.ToHexString(markdown.Sha256);

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

    private static byte[] HashOf<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> json)
    {
        var (buffer, writer) = Writers.Value;
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, json);
        writer.Flush();
        return FramedHash.Sha256(buffer.WrittenSpan);
    }

    /// <summary>True when the previous build rendered this very model into a file that is still as it left it; the scan is the one stored with it.</summary>
    internal bool TryReuse(string relativePath, byte[] key, out KeptScan? scan)
    {
        scan = null;
        if (!_previous.TryGetValue(relativePath, out var entry) || !entry.Key.AsSpan().SequenceEqual(key)) return false;
        if (!AsLeft(relativePath, entry)) return false;
        scan = entry.Scan;
        _next[relativePath] = entry;
        return true;
    }

    /// <summary>Whether the entry's file is as the previous build left it: its folder vouched for by the output record, or its length and time the entry's.</summary>
    private bool AsLeft(string relativePath, Entry entry)
    {
        if (_stamp is not null && _stamp.Vouches(relativePath)) return true;
        var file = new FileInfo(Path.Combine(_outputDir, relativePath));
        return file.Exists && file.Length == entry.Length && file.LastWriteTimeUtc.Ticks == entry.WriteTicks;
    }

    /// <summary>
    /// The file's length as the previous build left it, when the previous build left an entry for it and the file is
    /// still as that build left it (<see cref="FeedLayouts"/>: a feed made from its previous file); else null.
    /// </summary>
    internal long? LengthAsLeft(string relativePath) =>
        _previous.TryGetValue(relativePath, out var entry) && AsLeft(relativePath, entry) ? entry.Length : null;

    /// <summary>
    /// <see cref="TryReuse"/>, and when it holds, the file is kept in <paramref name="output"/> and its stored scan given to
    /// <paramref name="catalogue"/> for the link check: neither made nor read. What every cached kind of file (pages,
    /// feeds, citations, search texts) does with a hit.
    /// </summary>
    public bool TryKeep(string relativePath, byte[] key, OutputFolder output, OutputCatalogue catalogue)
    {
        if (!TryReuse(relativePath, key, out var scanned)) return false;
        output.Keep(relativePath);
        catalogue.Reused(relativePath, scanned);
        return true;
    }

    /// <summary>
    /// <see cref="TryKeep"/> with the key the previous build gave the file, for a file whose key is known to be that one
    /// without computing it (<see cref="PlanRecord"/>: the site's structure is the previous build's): false when the
    /// previous build left no entry for it, or its file is not as that build left it.
    /// </summary>
    public bool TryKeepAsBefore(string relativePath, OutputFolder output, OutputCatalogue catalogue) =>
        _previous.TryGetValue(relativePath, out var entry) && TryKeep(relativePath, entry.Key, output, catalogue);

    /// <summary>Records a page this build rendered (its file's length and time are read when the build is saved).</summary>
    public void Rendered(string relativePath, byte[] key, PageScan? scan)
    {
        // A scan with diagnostics is not stored: such a page is rendered every time, so its messages are never stale.
        if (scan is { Diagnostics.Count: > 0 }) return;
        _next[relativePath] = new Entry(key, -1, 0, scan is null ? null : KeptScan.Of(scan));
    }

    /// <summary>
    /// Writes the cache for the next build, after the output folder holds this build's files. What changed since the
    /// file was read (entries this build rendered, entries it no longer has) is appended to it as one segment, in
    /// proportion to the edit; the whole file is written again (and the segments so compacted) when there was no
    /// usable file, when it changed since it was read, or when the segments would pass <see cref="LogFraction"/> of the base.
    /// Either way the next build reads the very entries a whole rewrite would give. Returns what was done, for progress.
    /// </summary>
    public string? Save(DiagnosticBag diagnostics)
    {
        try
        {
            return SaveEntries(diagnostics);
        }
        finally
        {
            Release();
        }
    }

    /// <summary>
    /// Closes the file this cache was read from (when the build is over: the kept pages' references are unreadable after
    /// it). A file held open would keep the next build in the same process (<c>serve</c>) from appending to it.
    /// </summary>
    private void Release() => _loaded?.File.Dispose();

    void IDisposable.Dispose() => Release();

    private string? SaveEntries(DiagnosticBag diagnostics)
    {
        try
        {
            // Entries the previous build left that this build reused are the very objects read (TryReuse): unchanged.
            var changed = new List<(string Path, Entry Entry)>();
            var removed = new List<string>();
            // Entries of this build whose file is gone: not saved, so their paths are not vouched for by an entry.
            var dropped = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (path, entry) in _next)
            {
                if (_previous.TryGetValue(path, out var before) && ReferenceEquals(before, entry)) continue;
                // A reused entry's file was found as the last build left it (TryReuse) and kept, never rewritten: its length
                // and time are the entry's. Only the files this build rendered are looked at.
                var file = new FileInfo(Path.Combine(_outputDir, path));
                if (!file.Exists)
                {
                    dropped.Add(path);
                    if (before is not null) removed.Add(path);
                    continue;
                }
                changed.Add((path, entry with { Length = file.Length, WriteTicks = file.LastWriteTimeUtc.Ticks }));
            }
            foreach (var path in _previous.Keys)
                if (!_next.ContainsKey(path)) removed.Add(path);
            changed.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            removed.Sort(StringComparer.Ordinal);

            // The file is as this build read it: what changed can be appended to it (or, when nothing did, it stands).
            var links = StoredOf(_linkState, dropped);
            var last = _loaded is { } loaded && Unchanged(loaded) ? loaded : null;
            if (last is not null && changed.Count + removed.Count == 0 && (last.Links is null ? links is null : links is not null && links.SameAs(last.Links)))
                return "unchanged";
            if (last is not null)
            {
                var segment = Segment(changed, removed, links);
                if (last.Length - last.BaseLength + segment.Length <= last.BaseLength * LogFraction)
                {
                    try
                    {
                        // Appending takes the file for itself: this build's handle on it goes first (nothing it kept needs it now).
                        Release();
                        using var append = new FileStream(_file, FileMode.Append, FileAccess.Write, FileShare.None);
                        append.Write(segment);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        // A part-written segment would make the file unreadable (PUB238): better no file at all.
                        TryDelete(_file);
                        throw;
                    }
                    return $"{changed.Count} entries changed and {removed.Count} removed appended ({segment.Length:N0} bytes)";
                }
            }

            var entries = new List<(string Path, Entry Entry)>(_next.Count);
            var fresh = changed.ToDictionary(e => e.Path, e => e.Entry, StringComparer.Ordinal);
            foreach (var (path, entry) in _next)
            {
                if (fresh.TryGetValue(path, out var made)) entries.Add((path, made));
                else if (_previous.TryGetValue(path, out var before) && ReferenceEquals(before, entry)) entries.Add((path, entry));
            }
            entries.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            var temporary = _file + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
            using (var stream = File.Create(temporary))
                Write(stream, entries, links);
            File.Move(temporary, _file, overwrite: true);
            return $"{entries.Count} entries written";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.RenderCacheNotSaved,
                $"cannot save the render cache ({e.Message}); the next build renders every page", SourceLocation.File(_file.Replace('\\', '/'))));
            return null;
        }
    }

    /// <summary>
    /// What a block stores of <paramref name="state"/>: the files the saved entries do not vouch for (no entry, its file
    /// <paramref name="dropped"/>, or an HTML entry whose scan's anchors are not the state's), with their anchors.
    /// </summary>
    private StoredLinks? StoredOf(LinkState? state, HashSet<string> dropped)
    {
        if (state is null) return null;
        var extras = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
        foreach (var (path, anchors) in state.Files)
        {
            if (_next.TryGetValue(path, out var entry) && !dropped.Contains(path)
                && (!LinkChecker.IsHtml(path) || SameAnchors(entry.Scan?.Anchors, anchors)))
                continue;
            extras[path] = anchors;
        }
        return new StoredLinks(extras, state.Omitted.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The file is as this build read it (no other build wrote it since): a segment appended to it applies to what was read.</summary>
    private bool Unchanged(Loaded loaded)
    {
        var file = new FileInfo(_file);
        return file.Exists && file.Length == loaded.Length && file.LastWriteTimeUtc.Ticks == loaded.WriteTicks;
    }

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the next build finds the file unreadable and renders every page.
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

    // The file: magic, version, build key, then the base block, then any number of appended segments. A block holds its
    // own string table (strings repeat a lot: the same navigation links on every page, each written once and referred to
    // by number), the entries it sets and the paths it removes. A segment is its marker, its block's length, the block and
    // the block's SHA-256: a segment cut short or damaged makes the whole file unreadable (every page rendered, PUB238).
    private void Write(Stream stream, List<(string Path, Entry Entry)> entries, StoredLinks? links)
    {
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            CacheFileFormat.WriteHeader(writer, Magic, FormatVersion, _buildKey);
        // Straight into the file: at 50,000 articles the base block is ~130 MB, and a copy of it held at the end of the
        // build is the build's peak memory.
        WriteBlock(stream, entries, [], links);
    }

    private static byte[] Segment(List<(string Path, Entry Entry)> entries, List<string> removed, StoredLinks? links)
    {
        var block = Block(entries, removed, links);
        using var segment = new MemoryStream(block.Length + 40);
        using (var w = new BinaryWriter(segment, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(SegmentMarker);
            w.Write(block.Length);
            w.Write(block);
            w.Write(SHA256.HashData(block));
        }
        return segment.ToArray();
    }

    private static byte[] Block(List<(string Path, Entry Entry)> entries, List<string> removed, StoredLinks? links)
    {
        using var block = new MemoryStream();
        WriteBlock(block, entries, removed, links);
        return block.ToArray();
    }

    private static void WriteBlock(Stream target, List<(string Path, Entry Entry)> entries, List<string> removed, StoredLinks? links)
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
        // The paths first (the link state's files, the entries', the removed ones): a reader decodes them when it reads the
        // block, and the other strings (anchors, references' URLs) only when asked for (StoredStrings).
        if (links is not null)
        {
            foreach (var path in links.Extras.Keys.Order(StringComparer.Ordinal)) Id(path);
            foreach (var path in links.Omitted.Order(StringComparer.Ordinal)) Id(path);
        }
        foreach (var (path, _) in entries) Id(path);
        foreach (var path in removed) Id(path);
        var eager = strings.Count;
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            // The link state of the build that wrote the block (what its entries do not hold): the last block's is the file's.
            w.Write(links is not null);
            if (links is not null)
            {
                w.Write(links.Extras.Count);
                foreach (var (path, anchors) in links.Extras.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    w.Write(Id(path));
                    w.Write(anchors is not null);
                    if (anchors is null) continue;
                    w.Write(anchors.Count);
                    foreach (var anchor in anchors.Order(StringComparer.Ordinal)) w.Write(Id(anchor));
                }
                w.Write(links.Omitted.Count);
                foreach (var path in links.Omitted.Order(StringComparer.Ordinal)) w.Write(Id(path));
            }
            w.Write(entries.Count);
            foreach (var (path, entry) in entries)
            {
                w.Write(Id(path));
                w.Write(entry.Key);
                w.Write(entry.Length);
                w.Write(entry.WriteTicks);
                w.Write(entry.Scan is not null);
                if (entry.Scan?.Scan is not { } scan) continue;
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
            w.Write(removed.Count);
            foreach (var path in removed) w.Write(Id(path));
        }
        using (var w = new BinaryWriter(target, Encoding.UTF8, leaveOpen: true))
            StoredStrings.Write(w, strings, eager);
        body.WriteTo(target);
    }

    /// <summary>
    /// Fills <paramref name="entries"/> from the base and each segment in turn; none when the build key differs (another
    /// theme, base URL or output folder: then null, nothing to append to). Throws on a damaged or truncated file.
    /// </summary>
    private static Loaded? Read(string file, string buildKey, string displayRoot, Dictionary<string, Entry> entries)
    {
        var info = new FileInfo(file);
        var ticks = info.LastWriteTimeUtc.Ticks;
        var fileLength = info.Length;
        // Streamed through a small buffer, never held whole: the file is ~12 MB at 5,000 articles, and one array of it at
        // the start of a cold build is a large-object allocation that sets off a full collection. The handle stays open
        // for the references read later (StoredReferences); the stream over it does not own it.
        var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        try
        {
            using var stream = new FileStream(new SafeFileHandle(handle.DangerousGetHandle(), ownsHandle: false), FileAccess.Read, bufferSize: 0);
            using (var header = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
                if (!CacheFileFormat.ReadHeader(header, Magic, FormatVersion, buildKey))
                {
                    handle.Dispose();
                    return null;
                }
            var headerLength = stream.Position;
            var r = new BufferedCacheReader(stream);
            var links = ReadBlock(r, StoredBytes.File(handle), headerLength, displayRoot, entries);
            var baseLength = headerLength + r.Position;
            while (!r.AtEnd)
            {
                if (r.ReadInt32() != SegmentMarker) throw new InvalidDataException("a damaged segment");
                var length = r.ReadInt32();
                if (length < 0 || length > fileLength - headerLength - r.Position - 32) throw new EndOfStreamException();
                // A segment is an edit's worth of entries: its bytes are held, to be checked against its hash before any is applied.
                var block = r.ReadBytes(length);
                if (!SHA256.HashData(block).AsSpan().SequenceEqual(r.ReadBytes(32)))
                    throw new InvalidDataException("a segment that does not match its hash");
                var segment = new BufferedCacheReader(new MemoryStream(block, writable: false), Math.Clamp(length, 16, 1 << 16));
                links = ReadBlock(segment, StoredBytes.Block(block), 0, displayRoot, entries);
                if (segment.Position != length) throw new InvalidDataException("a segment of the wrong length");
            }
            return new Loaded(headerLength + r.Position, ticks, baseLength, links, handle);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Applies one block to <paramref name="entries"/>; returns its link state.</summary>
    /// <param name="source">Where the block's bytes can be read again: the reader's first byte is at <paramref name="start"/> in it.</param>
    private static StoredLinks? ReadBlock(BufferedCacheReader r, StoredBytes source, long start, string displayRoot, Dictionary<string, Entry> entries)
    {
        var strings = StoredStrings.Read(r, source, start, Count);
        int Checked(int id) => (uint)id < (uint)strings.Count ? id : throw new InvalidDataException("a string id out of range");
        string Id(int id) => strings[Checked(id)];
        StoredLinks? links = null;
        if (r.ReadBoolean())
        {
            var extras = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
            for (var n = Count(r); n > 0; n--)
            {
                var path = Id(r.ReadInt32());
                HashSet<string>? anchors = null;
                if (r.ReadBoolean())
                {
                    anchors = new HashSet<string>(StringComparer.Ordinal);
                    for (var m = Count(r); m > 0; m--) anchors.Add(Id(r.ReadInt32()));
                }
                extras[path] = anchors;
            }
            var omitted = new HashSet<string>(StringComparer.Ordinal);
            for (var n = Count(r); n > 0; n--) omitted.Add(Id(r.ReadInt32()));
            links = new StoredLinks(extras, omitted);
        }
        var count = Count(r);
        for (var i = 0; i < count; i++)
        {
            var path = Id(r.ReadInt32());
            var key = r.ReadBytes(32);
            var length = r.ReadInt64();
            var ticks = r.ReadInt64();
            KeptScan? scan = null;
            if (r.ReadBoolean())
            {
                var documentBase = r.ReadString();
                // Each id checked now, so the anchors and references decode without fail when read (StoredScan); none made now.
                var anchorCount = Count(r);
                var anchorsAt = start + r.Position;
                for (var n = 0; n < anchorCount; n++) Checked(r.ReadInt32());
                var referenceCount = Count(r);
                var referencesAt = start + r.Position;
                for (var n = 0; n < referenceCount; n++)
                {
                    Checked(r.ReadInt32());
                    r.ReadInt32();
                    r.ReadInt32();
                }
                scan = new StoredScan(path, displayRoot, documentBase.Length > 0 ? new Uri(documentBase) : null, source, anchorsAt, anchorCount,
                    referencesAt, referenceCount, strings);
            }
            entries[path] = new Entry(key, length, ticks, scan);
        }
        for (var n = Count(r); n > 0; n--) entries.Remove(Id(r.ReadInt32()));
        return links;
    }

    private static int Count(BufferedCacheReader r)
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
[System.Text.Json.Serialization.JsonSerializable(typeof(Publisher.Core.Model.SiteConfig))]
internal sealed partial class ModelKeyJson : System.Text.Json.Serialization.JsonSerializerContext;
