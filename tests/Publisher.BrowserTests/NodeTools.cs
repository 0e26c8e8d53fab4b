using System.Diagnostics;

namespace Publisher.BrowserTests;

/// <summary>
/// The npm packages the browser tests use: axe-core (injected into pages) and vnu-jar (the Nu HTML checker, run
/// with Java). Installed from the committed lock file on
/// first use, so a plain <c>dotnet test</c> works on a fresh machine that has npm.
/// </summary>
public static class NodeTools
{
    private static readonly Lock Gate = new();

    public static string AxePath() => Installed(Path.Combine("axe-core", "axe.min.js"));

    public static string VnuJarPath() => Installed(Path.Combine("vnu-jar", "build", "dist", "vnu.jar"));

    private static string Installed(string pathInNodeModules)
    {
        var folder = Path.Combine(BuiltSite.RepoRoot(), "tests", "Publisher.BrowserTests");
        var file = Path.Combine(folder, "node_modules", pathInNodeModules);
        lock (Gate)
        {
            if (!File.Exists(file)) NpmCi(folder);
        }
        return File.Exists(file) ? file : throw new InvalidOperationException($"npm ci did not install {file}");
    }

    private static void NpmCi(string folder)
    {
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund --ignore-scripts")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm is not installed (apt-get install -y npm)");
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"npm ci failed in {folder}: {errors.Result}");
    }
}
