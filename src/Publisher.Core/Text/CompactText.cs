using System.Text;

namespace Publisher.Core.Text;

/// <summary>
/// A long text held as UTF-8 bytes instead of UTF-16 chars (about half the memory for Latin text), decoded on each
/// read. Equal when the texts are equal, like the string it stands for.
/// </summary>
public sealed class CompactText : IEquatable<CompactText>
{
    private readonly byte[] _utf8;

    public static CompactText Empty { get; } = new("");

    public CompactText(string text) => _utf8 = Encoding.UTF8.GetBytes(text);

    private CompactText(byte[] utf8) => _utf8 = utf8;

    /// <summary>Text already held as UTF-8 (not copied: the caller hands the bytes over and never changes them).</summary>
    internal static CompactText FromUtf8(byte[] utf8) => new(utf8);

    public ReadOnlySpan<byte> Utf8 => _utf8;

    public override string ToString() => Encoding.UTF8.GetString(_utf8);

    public bool Equals(CompactText? other) => other is not null && _utf8.AsSpan().SequenceEqual(other._utf8);

    public override bool Equals(object? obj) => Equals(obj as CompactText);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_utf8);
        return hash.ToHashCode();
    }
}
