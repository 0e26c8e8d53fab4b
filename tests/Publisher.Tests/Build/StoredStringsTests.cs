using System.Text;
using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The render cache's string table (perf44): the first strings decoded when the table is read, the rest read from the
/// file one by one when asked for and, past a number of them, the rest of the table in one piece; a table whose strings do
/// not fill the length it states is refused when it is read, never when a string is asked for later.
/// </summary>
public class StoredStringsTests
{
    private static List<string> Strings(int count) =>
        Enumerable.Range(0, count).Select(i => i % 7 == 0 ? "" : i % 5 == 0 ? new string('é', 200 + i % 90) : $"articles/article-{i:D5}/index.html#fn-{i % 3}").ToList();

    private static (byte[] Bytes, long TableAt) Written(List<string> strings, int eager)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write("a header before the table");
            var at = stream.Position;
            StoredStrings.Write(w, strings, eager);
            w.Write(12345);
            w.Flush();
            return (stream.ToArray(), at);
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(10, 10)]
    [InlineData(10, 0)]
    [InlineData(3000, 40)]
    public void Every_string_reads_back_from_a_file_in_any_order_and_from_several_threads(int count, int eager)
    {
        using var temp = new TempDirectory();
        var strings = Strings(count);
        var (bytes, at) = Written(strings, eager);
        var file = temp.Combine("table.bin");
        File.WriteAllBytes(file, bytes);
        using var handle = File.OpenHandle(file);
        using var stream = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(handle.DangerousGetHandle(), ownsHandle: false), FileAccess.Read, bufferSize: 0);
        stream.Position = at;
        var r = new BufferedCacheReader(stream, 64);
        var table = StoredStrings.Read(r, StoredBytes.File(handle), at, reader => reader.ReadInt32());
        // The reader stands right after the table.
        Assert.Equal(12345, r.ReadInt32());
        Assert.Equal(count, table.Count);
        // Backwards first (one by one, past the count after which the rest is read whole), then all at once from several threads.
        for (var i = count - 1; i >= 0; i--) Assert.Equal(strings[i], table[i]);
        var again = new string[count];
        Parallel.For(0, count, i => again[i] = table[i]);
        Assert.Equal(strings, again);
    }

    [Fact]
    public void A_table_held_in_memory_reads_back_the_same()
    {
        var strings = Strings(500);
        var (bytes, at) = Written(strings, 3);
        var r = new BufferedCacheReader(new MemoryStream(bytes[(int)at..]));
        var table = StoredStrings.Read(r, StoredBytes.Block(bytes[(int)at..]), 0, reader => reader.ReadInt32());
        Assert.Equal(strings, Enumerable.Range(0, table.Count).Select(i => table[i]));
    }

    [Theory]
    [InlineData("longer")]
    [InlineData("shorter")]
    [InlineData("cut")]
    public void A_table_that_does_not_fill_the_length_it_states_is_refused_when_read(string damage)
    {
        var strings = Strings(50);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            StoredStrings.Write(w, strings, 5);
        var bytes = stream.ToArray();
        // The deferred section's stated length: after the two counts and the five strings decoded first.
        var lengthAt = 8 + strings.Take(5).Sum(s => Encoding.UTF8.GetByteCount(s) + 1);
        var stated = BitConverter.ToInt32(bytes, lengthAt);
        if (damage == "longer") BitConverter.GetBytes(stated + 1).CopyTo(bytes, lengthAt);
        else if (damage == "shorter") BitConverter.GetBytes(stated - 1).CopyTo(bytes, lengthAt);
        else bytes = bytes[..^4];
        var r = new BufferedCacheReader(new MemoryStream(bytes));
        Assert.ThrowsAny<Exception>(() => StoredStrings.Read(r, StoredBytes.Block(bytes), 0, reader => reader.ReadInt32()));
    }
}
