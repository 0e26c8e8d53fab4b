using System.Buffers.Binary;
using System.Text;
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
/// </summary>
internal sealed class ParsedBodyCache
{
    public const string FileName = "bodies.bin";
    private const string Magic = "publisher-parsed-bodies";
    private const int FormatVersion = 1;

    private readonly StagedCacheFile _next;
    private Dictionary<UInt128, Entry> _previous;

    /// <summary>A parse without its article: link lines are 0-based from the body's first line, columns as <see cref="SourceLocation"/> holds them.</summary>
    private sealed record Entry(string Description, int Words, byte[] PlainText, TocEntry[] Headings, (string Url, int Line, int Column)[] Links);

    private ParsedBodyCache(string file, Dictionary<UInt128, Entry> previous)
    {
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
            PlainTextHeld = CompactText.FromUtf8(entry.PlainText),
            Headings = entry.Headings,
        };
    }

    /// <summary>
    /// Writes this build's parses (one per distinct body, in <paramref name="articles"/>' order) to the next file, unless
    /// they are exactly the previous file's (every body found there, every entry used); then lets the previous entries go.
    /// A failure to write only leaves the next build without the cache.
    /// </summary>
    public void WriteNext(IReadOnlyList<Article> articles, IReadOnlyList<UInt128> keys, IReadOnlyDictionary<string, ParsedBody> bodies, int reused)
    {
        var distinct = keys.Distinct().Count();
        var unchanged = reused == articles.Count && distinct == _previous.Count;
        _previous = new Dictionary<UInt128, Entry>();
        if (unchanged) return;
        try
        {
            using var stream = _next.Create();
            using var w = new BinaryWriter(stream, Encoding.UTF8);
            CacheFileFormat.WriteHeader(w, Magic, FormatVersion, BuildId);
            w.Write(distinct);
            var seen = new HashSet<UInt128>();
            Span<byte> key = stackalloc byte[16];
            for (var i = 0; i < articles.Count; i++)
            {
                if (!seen.Add(keys[i])) continue;
                var article = articles[i];
                var body = bodies[article.Slug];
                BinaryPrimitives.WriteUInt128LittleEndian(key, keys[i]);
                w.Write(key);
                w.Write(body.Description);
                w.Write(body.Words);
                w.Write(body.PlainTextHeld.Utf8.Length);
                w.Write(body.PlainTextHeld.Utf8);
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Abandon();
        }
    }

    /// <summary>Makes this build's parses the next build's cache (after the output folder holds this build's files).</summary>
    public void Save() => _next.Save();

    /// <summary>Drops this build's parses (the build failed or only checked).</summary>
    public void Abandon() => _next.Abandon();

    /// <summary>The parser's code: Publisher.Core's build and Markdig's (a Markdig update re-parses everything).</summary>
    private static readonly string BuildId = typeof(ParsedBodyCache).Assembly.ManifestModule.ModuleVersionId + "/"
        + typeof(Markdig.Markdown).Assembly.ManifestModule.ModuleVersionId;

    /// <summary>Every entry; null for another build's file. The file is read through to its end, so a truncated or corrupt one throws here.</summary>
    private static Dictionary<UInt128, Entry>? Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var limit = stream.Length;
        using var r = new BinaryReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true));
        if (!CacheFileFormat.ReadHeader(r, Magic, FormatVersion, BuildId)) return null;
        var count = CacheFileFormat.Count(r, limit);
        var entries = new Dictionary<UInt128, Entry>(count);
        for (var n = 0; n < count; n++)
        {
            var key = BinaryPrimitives.ReadUInt128LittleEndian(CacheFileFormat.Exactly(r, 16));
            var description = r.ReadString();
            var words = r.ReadInt32();
            var plain = CacheFileFormat.Exactly(r, CacheFileFormat.Count(r, limit));
            var headings = new TocEntry[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < headings.Length; i++) headings[i] = new TocEntry(r.ReadInt32(), r.ReadString(), r.ReadString());
            var links = new (string, int, int)[CacheFileFormat.Count(r, limit)];
            for (var i = 0; i < links.Length; i++) links[i] = (r.ReadString(), r.ReadInt32(), r.ReadInt32());
            if (!entries.TryAdd(key, new Entry(description, words, plain, headings, links))) throw new InvalidDataException("a key twice");
        }
        if (stream.Position != limit) throw new InvalidDataException("bytes after the last entry");
        return entries;
    }
}
