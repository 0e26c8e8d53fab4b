using AngleSharp.Html;
using AngleSharp.Html.Parser;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>The whole fixture site: its file list and the normalised HTML of one page of each main kind.</summary>
public class SiteSnapshotTests
{
    [Fact]
    public void Output_file_list()
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);
        Snapshot.Match("site-files", string.Join("\n", FixtureSite.Files(temp.Combine("output"))) + "\n");
    }

    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("issue", "publications/terrorism-monitor/issues/19-22/index.html")]
    [InlineData("publication", "publications/terrorism-monitor/index.html")]
    [InlineData("issue-redirect", "issues/19-22/index.html")]
    [InlineData("article-with-footnotes", "articles/togo-suffers-first-al-qaeda-affiliated-jihadist-attack/index.html")]
    [InlineData("author", "authors/jacob-zenn/index.html")]
    [InlineData("tag", "tags/iraq/index.html")]
    public void Page_html(string name, string path)
    {
        using var temp = new TempDirectory();
        FixtureSite.Build(temp);

        var document = new HtmlParser().ParseDocument(File.ReadAllText(temp.Combine("output", path)));
        var writer = new StringWriter { NewLine = "\n" };
        document.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });

        Snapshot.Match("page-" + name, writer.ToString().Replace("\r\n", "\n").TrimEnd() + "\n", "html");
    }
}
