using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>The fixture archive in Fixtures/monitor, copied into a temp folder so a test may change it, then built.</summary>
internal static class FixtureSite
{
    public static string FixtureInput => Path.Combine(RepoPaths.Root, "tests", "Publisher.Tests", "Build", "Fixtures", "monitor", "input");

    /// <summary>Copies the fixture input (and the real theme) into <paramref name="temp"/>; returns build options for it.</summary>
    public static BuildOptions Prepare(TempDirectory temp, bool copyTheme = false)
    {
        CopyTree(FixtureInput, temp.Combine("input"));
        var theme = RepoPaths.Theme;
        if (copyTheme)
        {
            CopyTree(RepoPaths.Theme, temp.Combine("theme"));
            theme = temp.Combine("theme");
        }
        return new BuildOptions { InputDir = temp.Combine("input"), ThemeDir = theme, OutputDir = temp.Combine("output") };
    }

    public static BuildResult Build(TempDirectory temp)
    {
        var result = SiteBuilder.Build(Prepare(temp));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    /// <summary>Every file under <paramref name="root"/> as a sorted list of forward-slash relative paths.</summary>
    public static IReadOnlyList<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
}
