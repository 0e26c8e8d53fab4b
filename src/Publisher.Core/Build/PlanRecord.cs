using System.Text;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// What the previous build's plan rested on (<c>.publisher-cache/plan.bin</c>), so that an edit which leaves every
/// article's place in the site as it was reuses that plan's page keys instead of computing them. A build records a
/// digest of its site's structure — every input file besides the articles (site.yml, tags.yml, authors/*.md: path and
/// text), the base URL, the drafts left out, and each article in the site's order by its slug and <em>placement</em>
/// (<see cref="PageInputKeys.PlacementOf"/>: every property but the body, and its card) — and, for the next build, each
/// article's placement by its file's key in the input manifest (the path and the bytes). The next build takes the
/// placement of a file read with the same key from the record and computes only the others' (the edited files). When
/// the digest is the recorded one, the site is the previous build's in everything but the edited articles' bodies. Of
/// every page, only an article's own reads its body beyond its card (<see cref="PageFactory.Article"/>; every other model
/// reads it only through <see cref="PageFactory.SummaryOf"/>, which the placement holds), and of the feeds only those that
/// carry it (an item's content): so every other page and feed, every citation but the edited articles' and the sitemap
/// have the key the previous build gave them, the key their render-cache entries hold, and are kept by it
/// (<see cref="RenderCache.TryKeepAsBefore"/>) without being keyed. <c>PlanRecordTests</c> pins the claim.
/// A placement is a function of the file, its slug and the other input files (the authors' and tags' names on its card
/// come from those files or from spellings in articles, which an edited article can change only by changing its own
/// card), so a recorded placement holds while those hold; when the digest differs, every placement is computed again
/// and nothing is reused (the full plan). The record is deleted before a build changes the output and written only
/// once the render cache is saved, naming that file's length and time: a record beside another render cache is ignored.
/// </summary>
internal sealed class PlanRecord
{
    private const string FileName = "plan.bin";
    private const string Magic = "publisher-plan-record";
    private const int FormatVersion = 1;

    private static readonly string BuildId = typeof(PlanRecord).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly byte[] _digest;
    private readonly Dictionary<UInt128, UInt128> _placements;

    private PlanRecord(byte[] digest, Dictionary<UInt128, UInt128> placements)
    {
        _digest = digest;
        _placements = placements;
    }

    internal static string PathIn(string cacheDir) => Path.Combine(cacheDir, FileName);

    /// <summary>The record, or null when there is none, it was written by another build of the code or beside another render cache file than the one this build read (<paramref name="renderCache"/>), or it cannot be read.</summary>
    public static PlanRecord? Read(string cacheDir, (long Length, long WriteTicks) renderCache) =>
        CacheFileFormat.TryRead(PathIn(cacheDir), ignorePrevious: false, file =>
        {
            using var reader = new BinaryReader(new BufferedStream(File.OpenRead(file), 1 << 16), Encoding.UTF8);
            if (!CacheFileFormat.ReadHeader(reader, Magic, FormatVersion, BuildId)) return null;
            if (reader.ReadInt64() != renderCache.Length || reader.ReadInt64() != renderCache.WriteTicks) return null;
            var digest = CacheFileFormat.Exactly(reader, 32);
            var length = reader.BaseStream.Length;
            var count = CacheFileFormat.Count(reader, length / 32);
            var placements = new Dictionary<UInt128, UInt128>(count);
            Span<byte> pair = stackalloc byte[32];
            for (var i = 0; i < count; i++)
            {
                reader.BaseStream.ReadExactly(pair);
                placements[System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(pair)] = System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(pair[16..]);
            }
            if (reader.BaseStream.Position != length) throw new InvalidDataException("plan record longer than its entries");
            return new PlanRecord(digest, placements);
        });

    /// <summary>
    /// This build's record, and the articles whose placement was not in <paramref name="previous"/> (by slug) when the
    /// site's structure is the previous build's (the digests equal): the plan is reused for everything else. Null
    /// instead of the set: the full plan. Null record: an article has no file key (no input manifest), so none is kept.
    /// </summary>
    /// <param name="otherInputs">The SHA-256 of every input file besides the articles (<see cref="SiteLoader"/>).</param>
    /// <param name="fileKey">An article's file key in the input manifest (<see cref="InputManifest.KeyOfFile"/>).</param>
    public static (PlanRecord? Next, IReadOnlySet<string>? Edited) Of(Site site, byte[] otherInputs, Func<Article, UInt128?> fileKey,
        Func<Article, UInt128> placementOf, PlanRecord? previous)
    {
        var articles = site.Articles;
        var keys = new UInt128[articles.Count];
        for (var i = 0; i < articles.Count; i++)
            if (fileKey(articles[i]) is { } key) keys[i] = key;
            else return (null, null);

        var placements = new UInt128[articles.Count];
        var edited = new HashSet<string>(StringComparer.Ordinal);
        if (previous is not null)
        {
            for (var i = 0; i < articles.Count; i++)
            {
                if (previous._placements.TryGetValue(keys[i], out var recorded))
                {
                    placements[i] = recorded;
                    continue;
                }
                placements[i] = placementOf(articles[i]);
                edited.Add(articles[i].Slug);
            }
            var digest = Digest(site, otherInputs, placements);
            if (digest.AsSpan().SequenceEqual(previous._digest)) return (Record(digest, keys, placements), edited);
        }
        // The full plan: every placement computed (a recorded one holds only while the structure is the recorded one).
        Parallel.For(0, articles.Count, PerCore.Options, i => placements[i] = placementOf(articles[i]));
        return (Record(Digest(site, otherInputs, placements), keys, placements), null);
    }

    private static PlanRecord Record(byte[] digest, UInt128[] keys, UInt128[] placements)
    {
        var map = new Dictionary<UInt128, UInt128>(keys.Length);
        for (var i = 0; i < keys.Length; i++) map[keys[i]] = placements[i];
        return new PlanRecord(digest, map);
    }

    /// <summary>The site's structure: what every page and feed reads of the site besides the articles' bodies.</summary>
    private static byte[] Digest(Site site, byte[] otherInputs, UInt128[] placements)
    {
        var h = new FramedHash();
        h.Add("site-plan/1");
        h.Add(otherInputs);
        h.Add(site.Config.BaseUrl);
        h.Add(site.DraftUrls.Count);
        foreach (var url in site.DraftUrls.Order(StringComparer.Ordinal)) h.Add(url);
        h.Add(site.Articles.Count);
        Span<byte> bytes = stackalloc byte[16];
        for (var i = 0; i < site.Articles.Count; i++)
        {
            h.Add(site.Articles[i].Slug);
            System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, placements[i]);
            h.Add(bytes);
        }
        return h.Finish();
    }

    /// <summary>Writes the record beside the render cache as saved (<paramref name="renderCacheFile"/>); a record that cannot be written is no record.</summary>
    public void Write(string cacheDir, string renderCacheFile)
    {
        var render = new FileInfo(renderCacheFile);
        if (!render.Exists) return;
        CacheFileFormat.WriteWhole(PathIn(cacheDir), writer =>
        {
            CacheFileFormat.WriteHeader(writer, Magic, FormatVersion, BuildId);
            writer.Write(render.Length);
            writer.Write(render.LastWriteTimeUtc.Ticks);
            writer.Write(_digest);
            writer.Write(_placements.Count);
            Span<byte> pair = stackalloc byte[32];
            foreach (var (key, placement) in _placements)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(pair, key);
                System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(pair[16..], placement);
                writer.Write(pair);
            }
        });
    }
}
