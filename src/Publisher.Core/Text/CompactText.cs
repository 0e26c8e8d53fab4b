using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Text;

/// <summary>
/// A long text held as UTF-8 bytes instead of UTF-16 chars (about half the memory for Latin text), decoded on each
/// read. Equal when the texts are equal, like the string it stands for. A text may also be <see cref="Deferred"/>: known
/// by its SHA-256 (what the caches' keys hash) and read only when its bytes are asked for — an article body the input
/// manifest knows unchanged is not read unless a page or feed that shows it is rendered.
/// </summary>
public sealed class CompactText : IEquatable<CompactText>
{
    private byte[]? _utf8;
    private byte[]? _sha256;
    private readonly Func<byte[]>? _load;

    public static CompactText Empty { get; } = new("");

    public CompactText(string text) => _utf8 = Encoding.UTF8.GetBytes(text);

    private CompactText(byte[]? utf8, byte[]? sha256, Func<byte[]>? load)
    {
        _utf8 = utf8;
        _sha256 = sha256;
        _load = load;
    }

    /// <summary>Text already held as UTF-8 (not copied: the caller hands the bytes over and never changes them).</summary>
    internal static CompactText FromUtf8(byte[] utf8) => new(utf8, null, null);

    /// <summary>Text held as UTF-8 whose SHA-256 is known already (the caller vouches that it is these bytes' hash).</summary>
    internal static CompactText FromUtf8(byte[] utf8, byte[] sha256) => new(utf8, sha256, null);

    /// <summary>
    /// A text known by its SHA-256 and read by <paramref name="load"/> the first time its bytes are asked for (once, whatever
    /// the threads). <paramref name="load"/> must give the bytes whose hash this is, or throw.
    /// </summary>
    internal static CompactText Deferred(byte[] sha256, Func<byte[]> load) => new(null, sha256, load);

    public ReadOnlySpan<byte> Utf8 => Bytes;

    /// <summary>Whether the bytes are held (false: a deferred text not read yet).</summary>
    internal bool IsLoaded => Volatile.Read(ref _utf8) is not null;

    /// <summary>The SHA-256 of the UTF-8 (made once; a deferred text's is known without reading it).</summary>
    internal byte[] Sha256
    {
        get
        {
            if (Volatile.Read(ref _sha256) is { } done) return done;
            var hash = SHA256.HashData(Bytes);
            Interlocked.CompareExchange(ref _sha256, hash, null);
            return _sha256!;
        }
    }

    private byte[] Bytes
    {
        get
        {
            if (Volatile.Read(ref _utf8) is { } held) return held;
            Interlocked.CompareExchange(ref _utf8, _load!(), null);
            return _utf8!;
        }
    }

    public override string ToString() => Encoding.UTF8.GetString(Bytes);

    public bool Equals(CompactText? other) =>
        other is not null && (ReferenceEquals(this, other) || Bytes.AsSpan().SequenceEqual(other.Bytes));

    public override bool Equals(object? obj) => Equals(obj as CompactText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }
}
