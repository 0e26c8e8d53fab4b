using System.Diagnostics;

namespace Publisher.BrowserTests;

/// <summary>
/// The npm packages the browser tests use: axe-core (injected into pages), citation-js (run by Node) and vnu-jar (the
/// Nu HTML checker, run with Java). Installed from the committed lock file on
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

    /// <summary>
    /// Parses <paramref name="file"/> as <paramref name="format"/> (<c>bibtex</c> or <c>ris</c>) with citation-js
    /// (<c>citecheck.js</c>) and returns the CSL-JSON items it read.
    /// </summary>
    public static System.Text.Json.JsonElement ParseCitation(string format, string file)
    {
        var folder = Path.Combine(BuiltSite.RepoRoot(), "tests", "Publisher.BrowserTests");
        lock (Gate)
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "@citation-js", "plugin-ris"))) NpmCi(folder);
        }
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("citecheck.js");
        start.ArgumentList.Add(format);
        start.ArgumentList.Add(file);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node is not installed (apt-get install -y nodejs)");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"citation-js could not parse {file} as {format}: {errors.Result}");
        return System.Text.Json.JsonDocument.Parse(output).RootElement.Clone();
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
