using System.Text;
using Publisher.Core.Build;

namespace Publisher.Tests.Build;

/// <summary>
/// The cache files' reader (perf44): a string decoded from its bytes in one piece is the string <see cref="BinaryReader"/>
/// gives (short and long, several bytes to a character across its 128-byte pieces), a bad byte still throws under a strict
/// encoding, and a length past the end throws before anything is allocated for it.
/// </summary>
public class CacheBinaryReaderTests
{
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    public static TheoryData<int> Lengths => new() { 0, 1, 42, 127, 128, 129, 255, 256, 600, 4_000, 100_000 };

    /// <summary>About <paramref name="length"/> characters, with two-, three- and four-byte ones among them (never half a pair).</summary>
    private static string Text(int length)
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < length; i++)
            text.Append(i % 11 == 10 ? "é" : i % 29 == 28 ? "€" : i % 97 == 96 ? "😀" : ((char)('a' + i % 26)).ToString());
        return text.ToString();
    }

    [Theory]
    [MemberData(nameof(Lengths))]
    public void Strings_read_back_as_BinaryReader_reads_them(int length)
    {
        var strings = new[] { Text(length), "between", Text(length / 2 + 1), "" };
        var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var s in strings) w.Write(s);
            w.Write(7);
        }
        var bytes = stream.ToArray();
        using var expected = new BinaryReader(new MemoryStream(bytes), Strict);
        using var actual = new CacheBinaryReader(new MemoryStream(bytes), Strict);
        foreach (var s in strings)
        {
            var read = actual.ReadString();
            Assert.Equal(expected.ReadString(), read);
            Assert.Equal(s, read);
        }
        Assert.Equal(7, actual.ReadInt32());
    }

    [Fact]
    public void A_bad_byte_throws_under_a_strict_encoding_as_BinaryReader_does()
    {
        var bytes = new byte[] { 3, (byte)'a', 0xC3, (byte)'b' };
        Assert.Throws<DecoderFallbackException>(() => new BinaryReader(new MemoryStream(bytes), Strict).ReadString());
        Assert.Throws<DecoderFallbackException>(() => new CacheBinaryReader(new MemoryStream(bytes), Strict).ReadString());
    }

    [Fact]
    public void A_length_past_the_end_or_negative_throws()
    {
        var past = new MemoryStream();
        using (var w = new BinaryWriter(past, Encoding.UTF8, leaveOpen: true))
        {
            w.Write7BitEncodedInt(int.MaxValue);
            w.Write("short");
        }
        Assert.Throws<EndOfStreamException>(() => new CacheBinaryReader(new MemoryStream(past.ToArray()), Strict).ReadString());
        var cut = new MemoryStream();
        using (var w = new BinaryWriter(cut, Encoding.UTF8, leaveOpen: true)) w.Write(new string('x', 300));
        Assert.Throws<EndOfStreamException>(() => new CacheBinaryReader(new MemoryStream(cut.ToArray()[..200]), Strict).ReadString());
        var negative = new MemoryStream();
        using (var w = new BinaryWriter(negative, Encoding.UTF8, leaveOpen: true)) w.Write7BitEncodedInt(-5);
        Assert.ThrowsAny<IOException>(() => new CacheBinaryReader(new MemoryStream(negative.ToArray()), Strict).ReadString());
    }
}
