using System.Diagnostics;

namespace Publisher.BrowserTests;

/// <summary>
/// The npm packages the browser tests inject (axe-core). Installed from the committed lock file on
/// first use, so a plain <c>dotnet test</c> works on a fresh machine that has npm.
/// </summary>
public static class NodeTools
{
    private static readonly Lock Gate = new();

    public static string AxePath()
    {
        var folder = Path.Combine(BuiltSite.RepoRoot(), "tests", "Publisher.BrowserTests");
        var axe = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        lock (Gate)
        {
            if (!File.Exists(axe)) NpmCi(folder);
        }
        return File.Exists(axe) ? axe : throw new InvalidOperationException($"npm ci did not install {axe}");
    }

    private static void NpmCi(string folder)
    {
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
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
