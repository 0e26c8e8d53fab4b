using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The no-change record (NoChangeRecord, <c>.publisher-cache/unchanged.bin</c>): a build that finds its input, theme,
/// settings and output as the previous build recorded them returns that build's result without reading a cache, and
/// it is the result (and the output) the build would have given; any change of those runs the build.
/// </summary>
public class NoChangeRecordTests
{
    private const string Togo = "articles/togo-suffers-first-al-qaeda-affiliated-jihadist-attack/index.html";

    private static BuildResult Build(BuildOptions options)
    {
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>The site and its theme as an archive's are: written long before the build, so their times vouch for their bytes.</summary>
    private static BuildOptions SettledSite(TempDirectory temp)
    {
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        SetBack(options.InputDir);
        SetBack(options.ThemeDir);
        return options;
    }

    private static void SetBack(string folder)
    {
        var when = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, when);
    }

    private static string RecordOf(BuildOptions options) => Path.Combine(RenderCache.DefaultFolder(options.InputDir), "unchanged.bin");

    private static void AssertSameResult(BuildResult expected, BuildResult actual)
    {
        Assert.Equal(expected.Pages, actual.Pages);
        Assert.Equal(expected.Feeds, actual.Feeds);
        Assert.Equal(expected.Diagnostics.Select(d => (d.Severity, d.ToString())), actual.Diagnostics.Select(d => (d.Severity, d.ToString())));
        Assert.Equal(expected.Changes!.Added, actual.Changes!.Added);
        Assert.Equal(expected.Changes.Changed, actual.Changes.Changed);
        Assert.Equal(expected.Changes.Removed, actual.Changes.Removed);
        Assert.Equal(expected.Changes.Unchanged, actual.Changes.Unchanged);
    }

    [Fact]
    public void A_build_with_nothing_changed_returns_the_result_the_build_would_give_and_writes_nothing()
    {
        using var temp = new TempDirectory();
        var options = SettledSite(temp);
        Build(options);
        // The build itself, nothing changed: the record it reads was written by the first build, it writes the next.
        File.Delete(RecordOf(options));
        var built = Build(options);
        Assert.False(built.NothingChanged);
        Assert.Empty(built.Changes!.Added.Concat(built.Changes.Changed).Concat(built.Changes.Removed));
        // The fixture's messages are replayed too: a result without them would pass only on a site with none.
        Assert.Contains(built.Diagnostics, d => d.Location is not null);
        var cacheFiles = Directory.GetFiles(RenderCache.DefaultFolder(options.InputDir)).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var outputFiles = FixtureSite.Files(options.OutputDir).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(options.OutputDir, f)));

        var replayed = Build(options);

        Assert.True(replayed.NothingChanged);
        AssertSameResult(built, replayed);
        Assert.Equal(cacheFiles, Directory.GetFiles(RenderCache.DefaultFolder(options.InputDir)).ToDictionary(f => f, File.GetLastWriteTimeUtc));
        Assert.Equal(outputFiles.Keys, FixtureSite.Files(options.OutputDir));
        foreach (var (file, bytes) in outputFiles) Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(options.OutputDir, file)));
    }

    [Fact]
    public void An_output_file_deleted_by_hand_is_put_back()
    {
        using var temp = new TempDirectory();
        var options = SettledSite(temp);
        Build(options);
        var togo = Path.Combine(options.OutputDir, Togo);
        var bytes = File.ReadAllBytes(togo);
        File.Delete(togo);

        var repaired = Build(options);

        Assert.False(repaired.NothingChanged);
        Assert.Equal([Togo], repaired.Changes!.Added);
        Assert.Equal(bytes, File.ReadAllBytes(togo));
        Assert.True(Build(options).NothingChanged);
    }

    /// <summary>Each change runs the build; the build after it (nothing changed since) is the recorded one again.</summary>
    [Theory]
    [InlineData("an article's body")]
    [InlineData("an article added")]
    [InlineData("an author's file deleted")]
    [InlineData("a template")]
    [InlineData("a theme asset")]
    [InlineData("--drafts")]
    [InlineData("--base-url")]
    [InlineData("--strict")]
    [InlineData("--clean")]
    public void A_changed_input_theme_or_setting_runs_the_build(string change)
    {
        using var temp = new TempDirectory();
        var options = SettledSite(temp);
        Build(options);
        var article = Directory.GetFiles(Path.Combine(options.InputDir, "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var asset = Directory.GetFiles(Path.Combine(options.ThemeDir, "assets"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var changed = change switch
        {
            "an article's body" => Edited(article),
            "an article added" => Added(article),
            "an author's file deleted" => Deleted(Directory.GetFiles(Path.Combine(options.InputDir, "authors")).Order(StringComparer.Ordinal).Last()),
            "a template" => Edited(Path.Combine(options.ThemeDir, "partials", "footer.sbn-html")),
            "a theme asset" => Edited(asset),
            "--drafts" => options with { Drafts = true },
            "--base-url" => options with { BaseUrl = "https://elsewhere.example.org/" },
            "--strict" => options with { Strict = true },
            "--clean" => options with { Clean = true },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };
        // A change by hand in the past (its time as settled as the rest): the time differs from the recorded one all the same.
        SetBack(options.InputDir);
        SetBack(options.ThemeDir);

        var result = SiteBuilder.Build(changed);

        Assert.False(result.NothingChanged, change);
        if (!result.Succeeded) return;
        // A clean build never takes the record, but records what it built: the next build without --clean takes it.
        Assert.True(Build(changed).NothingChanged != changed.Clean, $"the build after {change}");
        Assert.Equal(changed == options || changed.Clean, Build(options).NothingChanged);

        BuildOptions Edited(string file)
        {
            File.AppendAllText(file, "\n");
            return options;
        }

        BuildOptions Added(string file)
        {
            var copy = Path.Combine(Path.GetDirectoryName(file)!, "added-copy.md");
            File.WriteAllText(copy, File.ReadAllText(file).Replace("title: ", "slug: added-copy\ntitle: Added ", StringComparison.Ordinal));
            return options;
        }

        BuildOptions Deleted(string file)
        {
            File.Delete(file);
            return options;
        }
    }

    /// <summary>A date after today is a warning: a record made on one day is not the next day's build.</summary>
    [Fact]
    public void The_day_is_part_of_what_a_build_rests_on()
    {
        using var temp = new TempDirectory();
        var options = SettledSite(temp);
        var cacheDir = RenderCache.DefaultFolder(options.InputDir);
        var today = new DateOnly(2026, 12, 7);

        var sameDay = NoChangeRecord.Take(options, cacheDir, today);

        Assert.Equal(sameDay.Digest, NoChangeRecord.Take(options, cacheDir, today).Digest);
        Assert.NotEqual(sameDay.Digest, NoChangeRecord.Take(options, cacheDir, today.AddDays(1)).Digest);
        Assert.True(sameDay.Settled);
    }

    /// <summary>How an editor forces a build: the output would be the same, but the build runs (and makes the cache again).</summary>
    [Fact]
    public void A_cache_file_deleted_by_hand_runs_the_build()
    {
        using var temp = new TempDirectory();
        var options = SettledSite(temp);
        Build(options);
        File.Delete(Path.Combine(RenderCache.DefaultFolder(options.InputDir), ParsedBodyCache.FileName));

        var rebuilt = Build(options);

        Assert.False(rebuilt.NothingChanged);
        Assert.Equal(0, rebuilt.ReusedBodies);
        Assert.True(Build(options).NothingChanged);
    }

    [Fact]
    public void A_file_written_just_before_the_build_is_not_vouched_for_by_its_time_so_no_record_is_written()
    {
        using var temp = new TempDirectory();
        var options = SettledSite(temp);
        Build(options);
        var article = Directory.GetFiles(Path.Combine(options.InputDir, "articles"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        File.AppendAllText(article, "\n");

        Assert.False(Build(options).NothingChanged);

        Assert.False(File.Exists(RecordOf(options)));
        Assert.False(Build(options).NothingChanged);
    }

    [Fact]
    public void A_record_written_by_another_build_of_the_output_folder_is_not_replayed()
    {
        using var temp = new TempDirectory();
        var options = SettledSite(temp);
        Build(options);
        var record = RecordOf(options);
        var bytes = File.ReadAllBytes(record);
        // Another build over the same output with another cache: the output record and render cache are no longer the recorded ones.
        Build(options with { Clean = true });
        File.WriteAllBytes(record, bytes);

        Assert.False(Build(options).NothingChanged);
    }
}
