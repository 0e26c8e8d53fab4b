using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// A keyed cache file's next version copies each entry reused as it was read from the previous file's bytes
/// (<see cref="KeyedCacheFile{T}"/>): it must be the very file that writing every entry anew gives.
/// </summary>
public class KeyedCacheFileTests
{
    [Fact]
    public void A_next_file_of_copied_and_new_entries_is_the_file_written_whole()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("entries.bin");
        var first = Open(file, ignorePrevious: true);
        foreach (var n in new[] { 1, 2, 3, 4 }) first.Add((UInt128)n, $"entry {n} — ünïcode");
        first.WriteNext(4, Write);
        first.Save();

        // An edit: entries 1 and 3 reused (copied), 2 gone, 4 replaced (written), 5 new (written).
        var next = Open(file, ignorePrevious: false);
        Assert.True(next.TryReuse(1, out _));
        Assert.True(next.TryReuse(3, out _));
        Assert.True(next.TryReuse(4, out _));
        next.Replace(4, "entry 4 replaced");
        next.Add(5, "entry 5");
        next.WriteNext(4, Write);
        next.Save();

        var whole = temp.Combine("whole.bin");
        var written = Open(whole, ignorePrevious: true);
        foreach (var (n, text) in new[] { (1, "entry 1 — ünïcode"), (3, "entry 3 — ünïcode"), (4, "entry 4 replaced"), (5, "entry 5") }) written.Add((UInt128)n, text);
        written.WriteNext(4, Write);
        written.Save();
        Assert.Equal(File.ReadAllBytes(whole), File.ReadAllBytes(file));

        var reread = Open(file, ignorePrevious: false);
        Assert.Equal(["entry 1 — ünïcode", "entry 3 — ünïcode", "entry 4 replaced", "entry 5"], reread.Previous.OrderBy(e => e.Key).Select(e => e.Value));
    }

    private static KeyedCacheFile<string> Open(string file, bool ignorePrevious) =>
        new(file, "keyed-cache-test", 1, "tests", ignorePrevious, (r, _, pool) => pool(r.ReadString()));

    private static void Write(BinaryWriter w, string entry) => w.Write(entry);
}
