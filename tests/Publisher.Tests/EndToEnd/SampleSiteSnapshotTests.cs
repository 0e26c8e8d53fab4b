using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.EndToEnd;

/// <summary>
/// The committed sample archive, built: its file list, the normalised HTML of one page of each main
/// kind and the site feeds, as committed snapshots. A change anywhere in import output, build or theme
/// that reaches readers shows up here as a reviewable diff.
/// </summary>
[Collection(nameof(SampleSiteCollection))]
public class SampleSiteSnapshotTests(SampleSite site)
{
    [Fact]
    public void The_sample_archive_builds_without_errors_and_warns_only_of_its_likely_mistakes()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        // The sample's real mistakes (an article with no byline, one name spelt two ways) are warnings, rightly; nothing else warns.
        Assert.All(site.Result.Diagnostics.Where(d => d.Severity != Severity.Info), d => Assert.True(LikelyMistakes.Is(d), d.ToString()));
        Assert.Contains(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.NameSpellingVariants && d.Message.StartsWith("'al-Khadimi'", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_file_list()
    {
        Snapshot.Match("sample-files", string.Join("\n", site.OutputFiles()) + "\n");
    }

    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("issue-19-22", "publications/terrorism-monitor/issues/19-22/index.html")]
    [InlineData("publication-terrorism-monitor", "publications/terrorism-monitor/index.html")]
    [InlineData("article-with-footnotes", "articles/assassination-attempt-against-prime-minister-al-khadimi-highlights/index.html")]
    [InlineData("author-rami-jameel", "authors/rami-jameel/index.html")]
    [InlineData("tag-iraq", "tags/iraq/index.html")]
    [InlineData("tags-index", "tags/index.html")]
    public void Page_html(string name, string path)
    {
        Snapshot.Match("sample-page-" + name, HtmlNormalizer.Normalize(site.Read(path)), "html");
    }

    [Theory]
    [InlineData("sample-feed", "feed.xml", "xml")]
    [InlineData("sample-atom", "atom.xml", "xml")]
    [InlineData("sample-feed", "feed.json", "json")]
    public void Feed_text(string name, string path, string extension)
    {
        Snapshot.Match(name, site.Read(path), extension);
    }
}
