using System.Security.Cryptography;
using System.Text;
using Publisher.Core.Build;

namespace Publisher.Tests.Build;

/// <summary>
/// FramedHash gathers its framed values and hashes them once: its digest must be the one appending each framed value to
/// an incremental SHA-256 gives (what it did before), so every cache key made with it is unchanged.
/// </summary>
public class FramedHashTests
{
    [Fact]
    public void The_digest_is_the_incremental_sha256_of_the_same_framed_values()
    {
        var longText = string.Concat(Enumerable.Repeat("Ünïcödé text, long enough to grow the buffer — ", 40));
        var bytes = Enumerable.Range(0, 700).Select(i => (byte)i).ToArray();

        var h = new FramedHash();
        h.Add("a title");
        h.Add((string?)null);
        h.Add("");
        h.Add(longText);
        h.Add(42L);
        h.Add(-1L);
        h.Optional(7);
        h.Optional(null);
        h.Add(true);
        h.Add(false);
        h.Add(bytes);
        h.Add("après");

        using var reference = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Frame(byte kind, long value)
        {
            reference.AppendData([kind]);
            reference.AppendData(BitConverter.GetBytes(value));
        }
        void Text(string? text)
        {
            if (text is null) { Frame(0, 0); return; }
            var utf8 = Encoding.UTF8.GetBytes(text);
            Frame(1, utf8.Length);
            reference.AppendData(utf8);
        }
        Text("a title");
        Text(null);
        Text("");
        Text(longText);
        Frame(2, 42);
        Frame(2, -1);
        Frame(3, 7);
        Frame(0, 0);
        Frame(4, 1);
        Frame(4, 0);
        Frame(1, bytes.Length);
        reference.AppendData(bytes);
        Text("après");

        Assert.Equal(reference.GetHashAndReset(), h.Finish());
        Assert.Throws<ObjectDisposedException>(() => h.Finish());
    }
}
