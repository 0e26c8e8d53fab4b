using Publisher.Core.Build.Lint;
using Publisher.Core.Content;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>
/// What the name-variants lint (<see cref="NameVariants"/>) found in each article the previous build read: its spellings'
/// uses (word as written, count, first line and column). Finding them scans every line of every body with the lint's
/// word pattern, most of reading the input when one article changed. They are a pure function of the title, the line
/// it is on, the body, the line the body starts on and the code, so an entry is keyed by a SHA-256 (first 128 bits) of
/// those, in a file that names the Publisher.Core build (another build's file is ignored). The lint itself still runs
/// over every article's uses, so its warnings are exactly a clean build's. Stored in <c>.publisher-cache/names.bin</c>:
/// the next file is written after the input is read (only when some article was scanned or some entry went unused)
/// and moved into place by <see cref="Save"/> once the output is committed.
/// </summary>
internal sealed class NameUseCache
{
    public const string FileName = "names.bin";
    private const string Magic = "publisher-name-uses";
    private const int FormatVersion = 1;

    private static readonly string BuildId = typeof(NameUseCache).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly KeyedCacheFile<IReadOnlyList<NameVariants.NameUse>> _file;

    private NameUseCache(string file, bool ignorePrevious) =>
        _file = new KeyedCacheFile<IReadOnlyList<NameVariants.NameUse>>(file, Magic, FormatVersion, BuildId, ignorePrevious, ReadEntry);

    /// <summary>Articles whose uses came from the previous build.</summary>
    public int Reused => _file.Reused;

    /// <param name="ignorePrevious">A clean build: scan every article (the next file is still written).</param>
    public static NameUseCache Open(string cacheDir, bool ignorePrevious) => new(Path.Combine(cacheDir, FileName), ignorePrevious);

    /// <summary>
    /// The document's uses: the previous build's for the same title, body and lines, else found by <paramref name="words"/>
    /// (the body decoded only then). Thread-safe.
    /// </summary>
    public IReadOnlyList<NameVariants.NameUse> UsesOf(ArticleDocument doc, CompactText body, NameVariants.Words words)
    {
        var key = KeyOf(doc, body);
        if (_file.TryReuse(key, out var cached)) return cached;
        var uses = words.Collect(doc with { Body = body.ToString() });
        _file.Add(key, uses);
        return uses;
    }

    /// <summary>A SHA-256 of what the uses depend on: the title and its line, the body's first line and its SHA-256 (made once per body, or known unread).</summary>
    private static UInt128 KeyOf(ArticleDocument doc, CompactText body)
    {
        var hash = new FramedHash();
        hash.Add(doc.FrontMatter.Title);
        hash.Add(doc.LocationOf(KnownKeys.Article.Title).Line);
        hash.Add(doc.BodyStartLine);
        hash.Add(body.Sha256);
        return hash.FinishKey();
    }

    /// <summary>Writes this build's uses for the next build, unless they are exactly the previous file's (<see cref="KeyedCacheFile{T}.WriteNext"/>).</summary>
    public void WriteNext(int documents) => _file.WriteNext(documents, WriteEntry);

    /// <summary>Makes this build's uses the next build's cache (after the output folder holds this build's files).</summary>
    public void Save() => _file.Save();

    /// <summary>Drops this build's uses (the build failed).</summary>
    public void Abandon() => _file.Abandon();

    private static void WriteEntry(BinaryWriter w, IReadOnlyList<NameVariants.NameUse> uses)
    {
        w.Write(uses.Count);
        foreach (var use in uses)
        {
            w.Write(use.Written);
            w.Write(use.Count);
            w.Write(use.Line);
            w.Write(use.Column);
        }
    }

    private static IReadOnlyList<NameVariants.NameUse> ReadEntry(BinaryReader r, long limit, Func<string, string> pool)
    {
        var uses = new NameVariants.NameUse[CacheFileFormat.Count(r, limit)];
        for (var i = 0; i < uses.Length; i++)
            uses[i] = new NameVariants.NameUse(pool(r.ReadString()), r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
        return uses;
    }
}
