using System.Buffers.Binary;
using System.Text;

namespace Publisher.Core.Build;

/// <summary>
/// Reads what a <see cref="BinaryWriter"/> wrote (its integers, booleans, byte runs and length-prefixed UTF-8 strings)
/// from a stream through one small buffer, so a large cache file is read without holding it whole: a file read into one
/// array of several MB is a large-object allocation, and at the start of a cold build such an allocation sets off a full
/// collection. Each read takes its bytes from the buffer (no call into the stream per value, as BinaryReader makes on
/// any stream but a MemoryStream). Throws <see cref="EndOfStreamException"/> when the stream ends inside a value.
/// </summary>
internal sealed class BufferedCacheReader(Stream stream, int bufferSize = 1 << 16)
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;
    private long _consumed;

    /// <summary>Bytes read so far (from where the stream stood when the reader was made).</summary>
    public long Position => _consumed;

    /// <summary>True when every byte of the stream has been read.</summary>
    public bool AtEnd => _start == _end && Fill(1) == 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public bool ReadBoolean() => Take(1)[0] != 0;

    /// <summary>Exactly <paramref name="length"/> bytes, in an array of their own.</summary>
    public byte[] ReadBytes(int length)
    {
        if (length < 0) throw new InvalidDataException("a negative length");
        if (length <= _buffer.Length) return Take(length).ToArray();
        var bytes = new byte[length];
        var have = _end - _start;
        _buffer.AsSpan(_start, have).CopyTo(bytes);
        _start = _end;
        stream.ReadExactly(bytes, have, length - have);
        _consumed += length;
        return bytes;
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> wrote it: its UTF-8 length as a 7-bit encoded integer, then the bytes (decoded as <see cref="BinaryReader"/> decodes them).</summary>
    public string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0) throw new InvalidDataException("a negative string length");
        if (length == 0) return "";
        return length <= _buffer.Length ? Encoding.UTF8.GetString(Take(length)) : Encoding.UTF8.GetString(ReadBytes(length));
    }

    /// <summary>Passes over <paramref name="count"/> bytes without keeping them.</summary>
    public void Skip(int count)
    {
        if (count < 0) throw new InvalidDataException("a negative length");
        while (count > 0)
        {
            var step = Math.Min(count, _buffer.Length);
            Take(step);
            count -= step;
        }
    }

    /// <summary>An integer as <see cref="BinaryWriter.Write7BitEncodedInt"/> wrote it (a string's length prefix).</summary>
    public int Read7BitEncodedInt()
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = Take(1)[0];
            result |= (uint)(b & 0x7F) << shift;
            if (b < 0x80) return (int)result;
        }
        throw new FormatException("a bad 7-bit encoded integer");
    }

    /// <summary>The next <paramref name="count"/> bytes (no more than the buffer holds), valid until the next read.</summary>
    private ReadOnlySpan<byte> Take(int count)
    {
        if (_end - _start < count && Fill(count) < count) throw new EndOfStreamException();
        var span = _buffer.AsSpan(_start, count);
        _start += count;
        _consumed += count;
        return span;
    }

    /// <summary>Moves what is left to the buffer's start and reads until it holds <paramref name="count"/> bytes or the stream ends; returns how many it holds.</summary>
    private int Fill(int count)
    {
        var have = _end - _start;
        if (have > 0 && _start > 0) _buffer.AsSpan(_start, have).CopyTo(_buffer);
        _start = 0;
        _end = have;
        while (_end < count)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) break;
            _end += read;
        }
        return _end;
    }
}
