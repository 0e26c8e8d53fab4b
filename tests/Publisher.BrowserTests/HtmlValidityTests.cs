using Xunit.Abstractions;

namespace Publisher.BrowserTests;

/// <summary>
/// Every page of the sample site and of the fixture site (which has every page kind of <c>PageKinds.All</c>) passes
/// the Nu HTML checker: its errors fail the test as <c>output path:line:col: message</c>; its warnings are listed in
/// the test output. One checker run covers both sites.
/// </summary>
[Collection(BuiltSiteCollection.Name)]
public class HtmlValidityTests(BuiltSite site, ITestOutputHelper output)
{
    [Fact]
    public void Every_page_of_every_kind_passes_the_Nu_HTML_checker()
    {
        var roots = new[] { site.OutputDir, site.FixtureOutputDir };
        var files = roots.SelectMany(root => Directory.GetFiles(root, "*.html", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();

        var missingKinds = BuiltSite.PagesByKind(site.FixtureInputDir, drafts: true)
            .Where(kind => kind.Value.Count == 0 || !kind.Value.All(p => File.Exists(Path.Combine(site.FixtureOutputDir, p))))
            .Select(kind => kind.Key).ToList();
        Assert.True(missingKinds.Count == 0, "the fixture site lacks pages of: " + string.Join(", ", missingKinds));

        // A page known to be invalid rides along in the same run: it proves the checker ran and reports errors.
        var probe = Path.Combine(Path.GetDirectoryName(site.OutputDir)!, "probe.html");
        File.WriteAllText(probe, "<!DOCTYPE html>\n<html lang=\"en\"><title>probe</title>\n<p><div>block in p</div></p>\n");
        var all = NuHtmlChecker.Check([.. files, probe]);
        Assert.Contains(all, m => m.File == probe && m.Severity == "error" && m.Line == 3);

        var messages = all.Where(m => m.File != probe)
            .Select(m => m with { File = Shown(m.File, roots) })
            .ToList();
        foreach (var note in messages.Where(m => m.Severity != "error")) output.WriteLine(note.ToString());
        output.WriteLine($"{files.Count} pages checked");

        var errors = messages.Where(m => m.Severity == "error").Select(m => $"{m.File}:{m.Line}:{m.Column}: {m.Text}").ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} Nu HTML checker errors:\n" + string.Join('\n', errors));
    }

    /// <summary>A checked file as the output folder it is in ("output/", "fixture-output/") and its site path.</summary>
    private static string Shown(string file, IEnumerable<string> roots)
    {
        var root = roots.FirstOrDefault(r => file.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal));
        return root is null ? file : Path.GetFileName(root) + "/" + Path.GetRelativePath(root, file).Replace('\\', '/');
    }
}
