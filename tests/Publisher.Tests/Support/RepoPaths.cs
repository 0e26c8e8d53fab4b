namespace Publisher.Tests.Support;

/// <summary>Finds the checkout the tests run from, so tests can read the sample seeds and theme.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publisher.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }
}
