using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The name-variants lint's uses are kept between builds (<see cref="NameUseCache"/>): a build that reads them back
/// must give exactly a clean build's warnings, however the articles that use a name changed in between.
/// </summary>
public class NameUseCacheTests
{
    private const string Front = "---\ntitle: {0}\nauthors:\n- Jacob Zenn\ndate: 2021-03-0{1}\nkind: analysis\ntags:\n- Iraq\n---\n\n";

    [Fact]
    public void Warnings_from_cached_uses_are_a_clean_builds_after_each_edit()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        var folder = Path.Combine(options.InputDir, "articles", "2021");
        var a = Path.Combine(folder, "names-a.md");
        var b = Path.Combine(folder, "names-b.md");
        File.WriteAllText(a, string.Format(Front, "Notes", 1) + "Governor al-Zahrani spoke. Al-Zahrani left.\n\nGovernor al-Zahrani again.\n");
        File.WriteAllText(b, string.Format(Front, "On Al-Zarani", 2) + "Al-Zarani's aide spoke.\n");

        var first = Warnings(options, temp, 0);
        Assert.Contains(first.Incremental, d => d.Contains("PUB017", StringComparison.Ordinal) && d.Contains("'Al-Zarani'", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(options.CacheDir ?? RenderCache.DefaultFolder(options.InputDir), NameUseCache.FileName)));

        // Nothing changed: every article's uses come from the cache.
        var articles = Directory.GetFiles(Path.Combine(options.InputDir, "articles"), "*.md", SearchOption.AllDirectories).Length;
        Assert.Equal(articles, Warnings(options, temp, 1).ReusedNames);
        // The variant's article moves its use down two lines, then the common spelling's article drops to one use (the
        // variant becomes as common and the warning turns round), then the variant goes.
        File.WriteAllText(b, string.Format(Front, "On Al-Zarani", 2) + "An opening.\n\nAl-Zarani's aide spoke.\n");
        Assert.Equal(articles - 1, Warnings(options, temp, 2).ReusedNames);
        // The same body under a longer front matter: its uses' lines move, so it is scanned again.
        File.WriteAllText(b, string.Format(Front, "On Al-Zarani", 2).Replace("kind:", "summary: A summary.\nkind:", StringComparison.Ordinal)
            + "An opening.\n\nAl-Zarani's aide spoke.\n");
        Assert.Equal(articles - 1, Warnings(options, temp, 5).ReusedNames);
        File.WriteAllText(a, string.Format(Front, "Notes", 1) + "Governor Al-Zahrani spoke.\n");
        Warnings(options, temp, 3);
        File.WriteAllText(b, string.Format(Front, "On Others", 2) + "An aide spoke.\n");
        var last = Warnings(options, temp, 4);
        Assert.DoesNotContain(last.Incremental, d => d.Contains("PUB017", StringComparison.Ordinal));
    }

    /// <summary>The content warnings (input files') of an incremental build and of a clean one, asserted equal.</summary>
    private static (IReadOnlyList<string> Incremental, IReadOnlyList<string> Clean, int ReusedNames) Warnings(BuildOptions options, TempDirectory temp, int n)
    {
        var incremental = SiteBuilder.Build(options);
        var clean = SiteBuilder.Build(options with { OutputDir = temp.Combine($"clean-{n}"), Clean = true, CacheDir = temp.Combine($"clean-cache-{n}") });
        Assert.True(incremental.Succeeded, string.Join("\n", incremental.Diagnostics));
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics));
        static List<string> Content(BuildResult result) =>
            result.Diagnostics.Where(d => d.Severity != Severity.Info && d.Code.StartsWith("PUB0", StringComparison.Ordinal)).Select(d => d.ToString()).ToList();
        var (mine, theirs) = (Content(incremental), Content(clean));
        Assert.Equal(theirs, mine);
        Assert.Equal(0, clean.ReusedNames);
        return (mine, theirs, incremental.ReusedNames);
    }
}
