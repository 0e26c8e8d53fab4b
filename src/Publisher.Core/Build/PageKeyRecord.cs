using System.Collections.Concurrent;

namespace Publisher.Core.Build;

/// <summary>
/// The previous build's input keys (<see cref="PageInputKeys"/>), by page, with the digest of everything those keys read
/// besides an article page's own article (<see cref="PageInputKeys.SharedDigest"/>), in <c>.publisher-cache/page-keys.bin</c>.
/// When this build's digest is the previous one's, every input a list, issue, archive or redirect page's key reads is
/// what it was, so the page's key is the recorded one; an article page's too when its own article hashes the same. So a
/// body-only edit computes one article page's key instead of every page's. The file names the Publisher.Core build
/// (a key's scheme is code); <c>--clean</c>, a check or an unreadable file starts from nothing.
/// </summary>
internal sealed class PageKeyRecord
{
    public const string FileName = "page-keys.bin";
    private const string Magic = "publisher-page-keys";
    private const int FormatVersion = 1;
    private static readonly string BuildId = typeof(PageKeyRecord).Assembly.ManifestModule.ModuleVersionId.ToString();

    private readonly byte[]? _previousDigest;
    private readonly Dictionary<string, (byte[] Own, byte[] Key)> _previous;
    private readonly ConcurrentDictionary<string, (byte[] Own, byte[] Key)> _next = new(StringComparer.Ordinal);
    private readonly StagedCacheFile _file;
    private byte[]? _digest;
    private bool _usable;

    private PageKeyRecord(string file, byte[]? previousDigest, Dictionary<string, (byte[] Own, byte[] Key)> previous)
    {
        _file = new StagedCacheFile(file, removeCreatedFolder: false);
        _previousDigest = previousDigest;
        _previous = previous;
    }

    /// <summary>Pages whose key was the recorded one, not computed.</summary>
    public int Reused;

    public static PageKeyRecord Open(string cacheFolder, bool clean)
    {
        var file = Path.Combine(cacheFolder, FileName);
        var read = CacheFileFormat.TryRead(file, clean, Read);
        return new PageKeyRecord(file, read?.Digest, read?.Entries ?? new(StringComparer.Ordinal));
    }

    /// <summary>This build's shared digest, set once before any key is asked for.</summary>
    public void Begin(byte[] digest)
    {
        _digest = digest;
        _usable = _previousDigest is not null && _previousDigest.AsSpan().SequenceEqual(digest);
    }

    /// <summary>The page's key: the recorded one when the shared digest and <paramref name="own"/> are what they were, else <paramref name="compute"/>'s; recorded for the next build either way. Thread-safe.</summary>
    public byte[] KeyOf(string page, byte[] own, Func<byte[]> compute)
    {
        byte[] key;
        if (_usable && _previous.TryGetValue(page, out var recorded) && recorded.Own.AsSpan().SequenceEqual(own))
        {
            key = recorded.Key;
            Interlocked.Increment(ref Reused);
        }
        else key = compute();
        _next[page] = (own, key);
        return key;
    }

    /// <summary>Writes this build's record (after the output is committed) and moves it into place.</summary>
    public void Save()
    {
        if (_digest is null) return;
        try
        {
            using (var stream = _file.Create())
            using (var w = new BinaryWriter(stream))
            {
                CacheFileFormat.WriteHeader(w, Magic, FormatVersion, BuildId);
                w.Write(_digest.Length);
                w.Write(_digest);
                w.Write(_next.Count);
                foreach (var (page, (own, key)) in _next)
                {
                    w.Write(page);
                    w.Write(own.Length);
                    w.Write(own);
                    w.Write(key.Length);
                    w.Write(key);
                }
            }
            _file.MarkWritten();
            _file.Save();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _file.Abandon();
        }
    }

    private static Recorded? Read(string file)
    {
        using var stream = File.OpenRead(file);
        using var r = new BinaryReader(stream);
        if (!CacheFileFormat.ReadHeader(r, Magic, FormatVersion, BuildId)) return null;
        var limit = stream.Length;
        var digest = CacheFileFormat.Exactly(r, CacheFileFormat.Count(r, limit));
        var count = CacheFileFormat.Count(r, limit);
        var entries = new Dictionary<string, (byte[] Own, byte[] Key)>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var page = r.ReadString();
            var own = CacheFileFormat.Exactly(r, CacheFileFormat.Count(r, limit));
            var key = CacheFileFormat.Exactly(r, CacheFileFormat.Count(r, limit));
            entries[page] = (own, key);
        }
        if (stream.Position != stream.Length) throw new InvalidDataException("bytes after the last entry");
        return new Recorded(digest, entries);
    }

    private sealed record Recorded(byte[] Digest, Dictionary<string, (byte[] Own, byte[] Key)> Entries);
}
