using Publisher.Core.Build.Checks;
using Publisher.Tests.Support;

namespace Publisher.Tests.Checks;

public sealed class OutputCatalogueTests : IDisposable
{
    private const string Base = "https://monitor.example.org/";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Checking_what_was_recorded_while_writing_gives_what_checking_the_written_folder_gives()
    {
        // Given files recorded as they are written (a page, a feed, an asset) and the same files on disk
        var files = new Dictionary<string, string>
        {
            ["index.html"] = "<!doctype html>\n<a href=\"a/\">a</a> <a href=\"a/#gone\">x</a> <a href=\"missing/\">m</a> <img src=\"assets/logo.png\"> <a href=\"#top\">top</a>",
            ["a/index.html"] = "<!doctype html>\n<h2 id=\"x\">X</h2><p id=\"x\">again</p><a href=\"../feed.xml\">feed</a>",
            ["feed.xml"] = "<rss><channel><link>https://monitor.example.org/old/</link></channel></rss>",
            ["assets/logo.png"] = "png",
        };
        var output = _temp.Combine("output");
        var catalogue = new OutputCatalogue(output, Base, "output");
        foreach (var (path, text) in files)
        {
            _temp.Write("output/" + path, text);
            catalogue.Written(path, text);
        }

        // When both are checked, then they report the same, named by the output folder as displayed
        var fromDisk = LinkChecker.Check(output, Base, displayAs: "output").Select(d => d.ToString()).ToArray();
        Assert.Equal(4, fromDisk.Length);
        Assert.Equal(fromDisk, catalogue.CheckLinks().Select(d => d.ToString()));
    }

    [Fact]
    public void A_base_url_that_cannot_be_checked_is_one_error()
    {
        var catalogue = new OutputCatalogue(_temp.Combine("output"), "not-a-url");
        catalogue.Written("index.html", "<a href=\"missing/\">x</a>");

        Assert.Equal("PUB303", Assert.Single(catalogue.CheckLinks()).Code);
    }
}
