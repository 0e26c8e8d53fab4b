using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// A keyed cache file read back gives exactly the entries the last saved build had, whether that build wrote the whole
/// file or appended a segment of its changes; an edit appends in proportion to the edit until the segments would pass
/// a quarter of the base, when the whole file is written again; a damaged segment, or a file another build wrote since
/// it was read, is never used.
/// </summary>
public class KeyedCacheFileTests
{
    private const string Magic = "publisher-test-keyed";

    /// <summary>A build: every key looked up (its entry reused when the value is the same, made otherwise), the next file written and saved.</summary>
    private static int Build(string file, IReadOnlyDictionary<UInt128, string> entries, bool clean = false)
    {
        var cache = Open(file, clean);
        foreach (var (key, value) in entries)
            if (!cache.TryReuse(key, out _, found => found == value)) cache.Add(key, value);
        var reused = cache.Reused;
        cache.WriteNext(entries.Count, (w, value) => w.Write(value));
        cache.Save();
        return reused;
    }

    private static KeyedCacheFile<string> Open(string file, bool clean = false) =>
        new(file, Magic, 1, "test-writer", clean, (r, _, pool) => pool(r.ReadString()));

    private static Dictionary<UInt128, string> Entries(int count) =>
        Enumerable.Range(0, count).ToDictionary(i => (UInt128)(ulong)(i * 7919 + 1), i => $"entry {i}: " + new string('x', 40));

    [Fact]
    public void Edits_append_their_changes_until_the_segments_pass_a_quarter_of_the_base_and_every_read_is_the_last_builds_entries()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "keyed.bin");
        var entries = Entries(200);
        Build(file, entries);
        var appended = 0;
        var rewritten = 0;
        for (var n = 0; n < 40; n++)
        {
            var before = File.ReadAllBytes(file);
            // One entry changed, one removed and one added per build.
            entries[entries.Keys.ElementAt(n % entries.Count)] = $"edited {n}";
            entries.Remove(entries.Keys.ElementAt((n * 13 + 5) % entries.Count));
            entries[(UInt128)(ulong)(1_000_000 + n)] = $"added {n}";
            Assert.InRange(Build(file, entries), entries.Count - 2, entries.Count - 1);
            var after = File.ReadAllBytes(file);
            if (after.Length > before.Length && after.AsSpan(0, before.Length).SequenceEqual(before)) appended++;
            else rewritten++;
            // What the next build reads is exactly this build's entries.
            Assert.Equal(entries.OrderBy(e => e.Key), Open(file).Previous.OrderBy(e => e.Key));
        }
        Assert.True(appended > 20, $"{appended} appended");
        Assert.True(rewritten > 0, $"{rewritten} rewritten");
    }

    [Fact]
    public void An_unchanged_build_writes_nothing_and_a_clean_build_writes_the_whole_file()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "keyed.bin");
        var entries = Entries(100);
        Build(file, entries);
        var whole = File.ReadAllBytes(file);
        var time = File.GetLastWriteTimeUtc(file);
        Assert.Equal(entries.Count, Build(file, entries));
        Assert.Equal(time, File.GetLastWriteTimeUtc(file));
        entries[entries.Keys.First()] = "edited";
        Build(file, entries);
        Assert.True(File.ReadAllBytes(file).Length > whole.Length);
        entries[entries.Keys.First()] = Entries(100).Values.First();
        Assert.Equal(0, Build(file, entries, clean: true));
        Assert.Equal(whole, File.ReadAllBytes(file));
    }

    [Theory]
    [InlineData("segment byte")]
    [InlineData("segment cut")]
    [InlineData("trailing")]
    public void A_damaged_segment_makes_the_file_unused(string damage)
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "keyed.bin");
        var entries = Entries(100);
        Build(file, entries);
        var baseLength = new FileInfo(file).Length;
        entries[entries.Keys.First()] = "edited";
        Build(file, entries);
        var bytes = File.ReadAllBytes(file);
        Assert.True(bytes.Length > baseLength);
        File.WriteAllBytes(file, damage switch
        {
            "segment byte" => [.. bytes[..(int)(baseLength + 12)], (byte)(bytes[baseLength + 12] ^ 1), .. bytes[(int)(baseLength + 13)..]],
            "segment cut" => bytes[..^3],
            _ => [.. bytes, 0],
        });
        Assert.Empty(Open(file).Previous);
    }

    [Fact]
    public void A_file_written_by_another_build_since_it_was_read_is_not_appended_to()
    {
        using var temp = new TempDirectory();
        var file = Path.Combine(temp.Path, "keyed.bin");
        var entries = Entries(100);
        Build(file, entries);
        var cache = Open(file);
        foreach (var (key, value) in entries) cache.TryReuse(key, out _);
        cache.Add(12345UL, "made by the slow build");
        cache.WriteNext(entries.Count + 1, (w, value) => w.Write(value));
        // Another build saves meanwhile.
        entries[entries.Keys.First()] = "the other build's edit";
        Build(file, entries);
        cache.Save();
        // The slow build's segment would apply to entries it never read: the file is dropped instead.
        Assert.Empty(Open(file).Previous);
    }
}
