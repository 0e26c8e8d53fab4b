using System.Text;

namespace Publisher.Core.Build;

/// <summary>
/// A <see cref="BinaryReader"/> whose strings are decoded from their bytes in one piece. <see cref="BinaryReader.ReadString"/>
/// reads a string of more than 128 bytes in 128-byte pieces, a call into the stream and a decode each, gathered in a
/// <see cref="System.Text.StringBuilder"/> that is then copied into the string: at 5,000 articles the input manifest's
/// front-matter summaries and the parsed bodies' descriptions are ~10,000 such strings in every build (benchmarks/RESULTS.md,
/// perf44). The same strings come out, decoded by the same encoding (a strict one still throws on a bad byte), and a length
/// past the stream's end throws <see cref="EndOfStreamException"/> before anything is allocated for it.
/// </summary>
internal sealed class CacheBinaryReader(Stream input, Encoding encoding, bool leaveOpen = false) : BinaryReader(input, encoding, leaveOpen)
{
    private byte[] _bytes = new byte[512];

    public override string ReadString()
    {
        var length = Read7BitEncodedInt();
        if (length < 0) throw new IOException("a negative string length");
        if (length == 0) return "";
        if (_bytes.Length < length)
        {
            if (BaseStream.CanSeek && length > BaseStream.Length - BaseStream.Position) throw new EndOfStreamException();
            _bytes = new byte[Math.Max(length, _bytes.Length * 2)];
        }
        BaseStream.ReadExactly(_bytes, 0, length);
        return encoding.GetString(_bytes, 0, length);
    }
}
