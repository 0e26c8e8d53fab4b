using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>The staging folder's own writes (OutputFolder): each file created new, a path written twice holding the last bytes.</summary>
public class OutputFolderTests
{
    [Fact]
    public void A_staged_file_holds_exactly_the_bytes_written()
    {
        using var temp = new TempDirectory();
        var diagnostics = new DiagnosticBag();
        var output = OutputFolder.Begin(temp.Combine("output"), diagnostics)!;

        output.Write("articles/a/index.html", "<p>é</p>");
        output.Write("articles/a/cite.bib", ReadOnlySpan<byte>.Empty);
        var changes = output.Commit(diagnostics)!;

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["articles/a/cite.bib", "articles/a/index.html"], changes.Added);
        Assert.Equal("<p>é</p>"u8.ToArray(), File.ReadAllBytes(temp.Combine("output", "articles", "a", "index.html")));
        Assert.Empty(File.ReadAllBytes(temp.Combine("output", "articles", "a", "cite.bib")));
    }

    [Fact]
    public void A_path_written_twice_in_one_build_holds_the_second_write_whole_and_nothing_of_the_first()
    {
        using var temp = new TempDirectory();
        var diagnostics = new DiagnosticBag();
        var output = OutputFolder.Begin(temp.Combine("output"), diagnostics)!;

        output.Write("index.html", "a longer first text");
        output.Write("index.html", "short");
        output.Commit(diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("short", File.ReadAllText(temp.Combine("output", "index.html")));
    }
}
