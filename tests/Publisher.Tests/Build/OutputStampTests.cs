using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The output record (OutputStamp, <c>.publisher-cache/output.bin</c>): in a folder whose time is what the last build
/// recorded, kept files are not looked at one by one and the output is not walked; any folder whose entries changed by
/// hand has its files looked at, so the output still equals a clean build's. A file rewritten in place by hand is the
/// record's documented limit: seen once the record is gone (<c>--clean</c>, or the record deleted).
/// </summary>
public class OutputStampTests
{
    private const string Togo = "articles/togo-suffers-first-al-qaeda-affiliated-jihadist-attack/index.html";

    private static BuildResult Build(BuildOptions options)
    {
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static void AssertSameFiles(string incremental, string clean, string when)
    {
        var files = FixtureSite.Files(clean);
        Assert.Equal(files, FixtureSite.Files(incremental));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(incremental, file))),
                $"{when}: {file} differs from a clean build's");
    }

    private static BuildOptions CleanOf(BuildOptions options, TempDirectory temp, string name) =>
        options with { OutputDir = temp.Combine(name), CacheDir = temp.Combine(name + "-cache"), Clean = true };

    /// <summary>Right after a build, as a script or an impatient editor would: the record must see it (its times are settled, set back when younger).</summary>
    [Fact]
    public void Files_and_folders_deleted_added_or_replaced_by_hand_right_after_a_build_are_seen_and_the_output_equals_a_clean_build()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        var first = Build(options);
        Assert.True(File.Exists(temp.Combine(".publisher-cache", "output.bin")));
        Assert.Equal(first.Pages, Build(options).Reused);
        var output = options.OutputDir;
        var tagFolder = Directory.GetDirectories(Path.Combine(output, "tags")).Order(StringComparer.Ordinal).First();

        File.Delete(Path.Combine(output, Togo));
        Directory.Delete(tagFolder, recursive: true);
        OutputByHand.Replace(Path.Combine(output, "feed.xml"), "replaced by hand");
        OutputByHand.Replace(Path.Combine(output, "archive", "index.html"), "replaced by hand");
        File.WriteAllText(Path.Combine(output, "articles", "stray.html"), "not the site's");
        Directory.CreateDirectory(Path.Combine(output, "articles", "new", "deeper"));
        File.WriteAllText(Path.Combine(output, "articles", "new", "deeper", "stray.txt"), "not the site's");

        var repaired = Build(options);
        Build(CleanOf(options, temp, "clean"));
        AssertSameFiles(output, temp.Combine("clean"), "after changes by hand");
        Assert.Contains("articles/stray.html", repaired.Changes!.Removed);
        Assert.Contains("articles/new/deeper/stray.txt", repaired.Changes.Removed);
        Assert.False(Directory.Exists(Path.Combine(output, "articles", "new")));
        Assert.Contains(Togo, repaired.Changes.Added);
        Assert.Contains("archive/index.html", repaired.Changes.Changed);
        Assert.Contains("feed.xml", repaired.Changes.Changed);
        // And the build after it trusts the record again: nothing to do.
        var again = Build(options);
        Assert.Equal(first.Pages, again.Reused);
        Assert.Empty(again.Changes!.Added.Concat(again.Changes.Changed).Concat(again.Changes.Removed));
    }

    [Fact]
    public void A_deleted_output_folder_is_built_again_whole()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Build(options);
        Directory.Delete(options.OutputDir, recursive: true);

        var rebuilt = Build(options);
        Build(CleanOf(options, temp, "clean"));
        AssertSameFiles(options.OutputDir, temp.Combine("clean"), "after the output folder was deleted");
        Assert.Equal(0, rebuilt.Reused);
    }

    /// <summary>The record's limit, pinned: a file rewritten in place leaves its folder as recorded; a folder with any other change has every file looked at.</summary>
    [Fact]
    public void A_file_rewritten_in_place_by_hand_is_seen_when_its_folder_changed_too_or_once_the_record_is_gone()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Build(options);
        var home = Path.Combine(options.OutputDir, "index.html");
        var togo = Path.Combine(options.OutputDir, Togo);
        var original = (Home: File.ReadAllText(home), Togo: File.ReadAllText(togo));

        OutputByHand.RewriteInPlace(home, "rewritten in place");
        OutputByHand.RewriteInPlace(togo, "rewritten in place");
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(togo)!, "stray.txt"), "not the site's");
        Build(options);
        Assert.Equal("rewritten in place", File.ReadAllText(home));
        Assert.Equal(original.Togo, File.ReadAllText(togo));

        // --clean compares every file (and writes the record again).
        Build(options with { Clean = true });
        Assert.Equal(original.Home, File.ReadAllText(home));

        OutputByHand.RewriteInPlace(home, "rewritten in place");
        File.Delete(temp.Combine(".publisher-cache", "output.bin"));
        Build(options);
        Assert.Equal(original.Home, File.ReadAllText(home));
    }

    /// <summary>The record holds only with the render cache file saved with it: another one (a copy, another build's) has every file looked at.</summary>
    [Fact]
    public void A_record_saved_with_another_render_cache_file_is_not_trusted()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Build(options);
        var home = Path.Combine(options.OutputDir, "index.html");
        var original = File.ReadAllText(home);
        OutputByHand.RewriteInPlace(home, "rewritten in place");
        var render = temp.Combine(".publisher-cache", "render.bin");
        File.SetLastWriteTimeUtc(render, File.GetLastWriteTimeUtc(render).AddSeconds(-10));

        Build(options);
        Assert.Equal(original, File.ReadAllText(home));
    }

    [Fact]
    public void Every_folder_recorded_is_at_least_two_seconds_old_when_the_build_ends()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Build(options);
        var folders = Directory.GetDirectories(options.OutputDir, "*", SearchOption.AllDirectories).Append(options.OutputDir);
        var now = DateTime.UtcNow;
        Assert.All(folders, folder => Assert.True(now - Directory.GetLastWriteTimeUtc(folder) >= TimeSpan.FromSeconds(2), folder));
    }
}
