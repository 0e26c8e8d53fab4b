using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Build;

/// <summary>SHA-256 of a sequence of values, each framed (a kind byte and a length), so no two sequences hash the same bytes.</summary>
internal sealed class FramedHash
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _scratch = new byte[9];

    public void Add(string? text)
    {
        if (text is null)
        {
            Frame(0, 0);
            return;
        }
        Add(Encoding.UTF8.GetBytes(text));
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        Frame(1, bytes.Length);
        _hash.AppendData(bytes);
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
        _scratch[0] = kind;
        BitConverter.TryWriteBytes(_scratch.AsSpan(1), value);
        _hash.AppendData(_scratch);
    }

    /// <summary>The first 128 bits, for the caches keyed by content (<see cref="KeyedCacheFile{T}"/>).</summary>
    public UInt128 FinishKey() => System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(Finish());

    public byte[] Finish()
    {
        var result = _hash.GetHashAndReset();
        _hash.Dispose();
        return result;
    }
}
