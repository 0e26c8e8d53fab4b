using Publisher.Core.Import.Fixups;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Originals;

/// <summary>A saved web page through the whole importer: an article with its metadata, the same result on re-import, and the report's record of furniture.</summary>
public class HtmlSeedImportTests
{
    private const string Page = """
        <!DOCTYPE html><html><head>
        <title>Ferry crossings suspended after hijacking | Lakeside Herald</title>
        <meta property="og:site_name" content="Lakeside Herald">
        <link rel="canonical" href="https://herald.example/news/ferry-crossings">
        <meta property="article:published_time" content="2026-11-03T06:15:00Z">
        <meta name="author" content="Amara Lindqvist">
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>Ferry crossings suspended after hijacking</h1>
        <p>Ferry companies on the eastern shore suspended all night crossings on Monday, two days after armed men boarded a passenger vessel.</p>
        <div class="social-share">Share on Facebook</div>
        <p>It was the second hijacking on the lake in less than a month, and operators said they could not guarantee passengers' safety.</p>
        <p>The regional police said two patrol boats would be moved to the eastern shore by the end of the week, according to a <a href="/news/police-statement">statement</a>.</p>
        </article></body></html>
        """;

    [Fact]
    public void A_saved_page_imports_as_an_article_and_reimports_unchanged()
    {
        using var project = new ImportFixture();
        foreach (var name in new[] { "site.yml", "tags.yml", "outlets.yml" })
            File.Copy(Path.Combine(RepoPaths.Input, name), project.Temp.Combine("input", name).EnsureFolder());
        File.WriteAllText(project.Temp.Combine("seeds", "ferry.html").EnsureFolder(), Page);

        var first = project.Import();
        var file = Assert.Single(project.ArticleFiles());
        var article = project.Read(file);
        Assert.Contains("title: Ferry crossings suspended after hijacking", article, StringComparison.Ordinal);
        Assert.Contains("Amara Lindqvist", article, StringComparison.Ordinal);
        Assert.Contains("2026-11-03", article, StringComparison.Ordinal);
        Assert.Contains("[statement](https://herald.example/news/police-statement)", article, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", article, StringComparison.Ordinal);
        Assert.Contains(first.AllDropped, d => d.Text.Contains("Share on Facebook", StringComparison.Ordinal));
        Assert.Contains(first.Fixes, f => f.Kind == FixupActionKinds.DroppedPageElement && f.Location!.Path.EndsWith("ferry.html", StringComparison.Ordinal));

        var before = project.Snapshot();
        var second = project.Import();
        Assert.True(second.NothingChanged);
        Assert.Equal(before, project.Snapshot());
    }
}
