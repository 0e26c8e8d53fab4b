using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Build;

/// <summary>SHA-256 of a sequence of values, each framed (a kind byte and a length), so no two sequences hash the same bytes.</summary>
/// <remarks>
/// The framed bytes are gathered in a buffer and hashed once at <see cref="Finish"/>: the SHA-256 of the same bytes as
/// appending each value to an <see cref="IncrementalHash"/> gave (a page key's tens of small values made as many calls
/// into the native hash, most of a one-edit build's key time), so every key is what it was.
/// </remarks>
internal sealed class FramedHash
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(512);
    private int _length;

    public void Add(string? text)
    {
        if (text is null)
        {
            Frame(0, 0);
            return;
        }
        // The frame's 9 bytes first, its length filled in once the text is encoded after it.
        Reserve(9 + Encoding.UTF8.GetMaxByteCount(text.Length));
        var at = _length;
        var written = Encoding.UTF8.GetBytes(text, _buffer.AsSpan(at + 9));
        _buffer[at] = 1;
        BitConverter.TryWriteBytes(_buffer.AsSpan(at + 1, 8), (long)written);
        _length = at + 9 + written;
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        Frame(1, bytes.Length);
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    public void Add(byte[] bytes) => Add((ReadOnlySpan<byte>)bytes);

    public void Add(long value) => Frame(2, value);

    public void Optional(int? value)
    {
        if (value is { } v) Frame(3, v);
        else Frame(0, 0);
    }

    public void Add(bool value) => Frame(4, value ? 1 : 0);

    private void Frame(byte kind, long value)
    {
        Reserve(9);
        _buffer[_length] = kind;
        BitConverter.TryWriteBytes(_buffer.AsSpan(_length + 1, 8), value);
        _length += 9;
    }

    private void Reserve(int more)
    {
        if (_length + more <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + more));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }

    /// <summary>The first 128 bits, for the caches keyed by content (<see cref="KeyedCacheFile{T}"/>).</summary>
    public UInt128 FinishKey() => System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(Finish());

    /// <summary>The SHA-256 of every value added; the hash is done with (a second call throws).</summary>
    public byte[] Finish()
    {
        ObjectDisposedException.ThrowIf(_length < 0, this);
        var result = Sha256(_buffer.AsSpan(0, _length));
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _length = -1;
        return result;
    }

    [ThreadStatic] private static IncrementalHash? t_sha256;

    /// <summary>
    /// <see cref="SHA256.HashData(ReadOnlySpan{byte})"/>'s result, from a hash object kept per thread: the one-shot call sets up
    /// and frees a native digest context every time (OpenSSL), which cost a build's tens of thousands of small keys more
    /// than hashing their bytes.
    /// </summary>
    internal static byte[] Sha256(ReadOnlySpan<byte> bytes)
    {
        var hash = t_sha256 ??= IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes);
        return hash.GetHashAndReset();
    }
}
