using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Tests.Import;

namespace Publisher.Tests.Robustness;

/// <summary>
/// A scratch project with the sample's editor files and the seeds a test writes, imported with the default rules,
/// and the checks every import of hostile input must pass: no exception, every diagnostic placed in a file (with a
/// line when the file is a seed or sidecar), every written file readable back without a problem, a second run
/// that changes no byte.
/// </summary>
internal sealed class HostileImport : IDisposable
{
    private readonly ImportFixture _fixture = new ImportFixture().WithSampleProject("none-");

    public string Root => _fixture.Root;

    public HostileImport Seed(string name, string text, string? sidecar = null) =>
        Seed(name, TextFile.Utf8NoBom.GetBytes(text), sidecar);

    public HostileImport Seed(string name, byte[] bytes, string? sidecar = null)
    {
        File.WriteAllBytes(_fixture.Temp.Combine("seeds", name + ".txt").EnsureFolder(), bytes);
        if (sidecar is not null) File.WriteAllText(_fixture.Temp.Combine("seeds", name + ".yml"), sidecar);
        return this;
    }

    /// <summary>Imports twice and checks everything the brief promises; returns the first run's report.</summary>
    public ImportReport ImportSoundly()
    {
        var report = _fixture.Import();
        AssertDiagnosticsArePlaced(report);
        AssertWrittenFilesReadBack();
        var first = _fixture.Snapshot();
        var again = _fixture.Import();
        Assert.Equal(first, _fixture.Snapshot());
        Assert.DoesNotContain(again.Files, f => f.Status is FileStatus.Created or FileStatus.Updated or FileStatus.Failed);
        return report;
    }

    /// <summary>Every article and author file as written, concatenated, plus the dropped boilerplate: where text must end up.</summary>
    public string Kept(ImportReport report) =>
        string.Join("\n", Directory.Exists(_fixture.Temp.Combine("input"))
            ? Directory.GetFiles(_fixture.Temp.Combine("input"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText)
            : [])
        + "\n" + string.Join("\n", report.AllDropped.Select(d => d.Text));

    public IReadOnlyList<string> ArticleFiles() => _fixture.ArticleFiles();

    public string Read(string relative) => _fixture.Read(relative);

    private static void AssertDiagnosticsArePlaced(ImportReport report)
    {
        foreach (var d in report.Diagnostics)
        {
            Assert.True(d.Location is { Path.Length: > 0 }, $"diagnostic without a file: {d}");
            var path = d.Location!.Path;
            if (path.StartsWith("seeds/", StringComparison.Ordinal) && d.Code != DiagnosticCodes.ImportSeedUnreadable)
                Assert.True(d.Location.Line >= 1, $"diagnostic about a seed without a line: {d}");
            Assert.DoesNotContain("Exception", d.Message, StringComparison.Ordinal);
        }
    }

    private void AssertWrittenFilesReadBack()
    {
        foreach (var file in _fixture.ArticleFiles())
        {
            var found = new List<Diagnostic>();
            var document = ArticleFile.Read(_fixture.Read(file), file, found);
            Assert.True(document is not null, $"{file} does not read back: {string.Join("; ", found)}");
            // An undated article is written without 'date' on purpose (the editor adds it); anything else is a defect.
            Assert.True(found.All(d => d.Code == DiagnosticCodes.RequiredFieldMissing && d.Message.Contains("'date'", StringComparison.Ordinal)),
                $"{file} reads back with problems: {string.Join("; ", found)}");
        }
        var authors = _fixture.Temp.Combine("input", "authors");
        if (!Directory.Exists(authors)) return;
        foreach (var file in Directory.GetFiles(authors, "*.md"))
        {
            var found = new List<Diagnostic>();
            Assert.NotNull(ConfigFiles.ReadAuthor(File.ReadAllText(file), file, found));
            Assert.Empty(found);
        }
    }

    public void Dispose() => _fixture.Dispose();
}
