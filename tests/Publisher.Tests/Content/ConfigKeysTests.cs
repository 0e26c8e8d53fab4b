using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Tests.Content;

public class ConfigKeysTests
{
    [Fact]
    public void Outlets_yml_reads_the_outlet_link_setting_and_hints_at_misspelt_keys()
    {
        var diagnostics = new List<Diagnostic>();
        const string text = "link_missing_citation_to_outlet: false\noutlets:\n  - { name: Harbour Post, url: \"https://harbourpost.example/\", alias: [HP] }\n";

        var config = ConfigFiles.ReadOutletsConfig(text, "input/outlets.yml", diagnostics);

        Assert.True(config.LinkMissingCitations); // the misspelt key is ignored, so the default holds
        Assert.Single(config.Outlets);
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey && d.Location!.Line == 1
            && d.Message.Contains("did you mean 'link_missing_citations_to_outlet'?", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey && d.Location!.Line == 3
            && d.Message.Contains("did you mean 'aliases'?", StringComparison.Ordinal));
    }

    [Fact]
    public void The_outlet_link_setting_can_be_turned_off()
    {
        var config = ConfigFiles.ReadOutletsConfig("link_missing_citations_to_outlet: false\noutlets: []\n", "input/outlets.yml", []);
        Assert.False(config.LinkMissingCitations);
    }

    [Theory]
    [InlineData("tittle", "title")]
    [InlineData("tag", "tags")]
    [InlineData("author", "authors")]
    [InlineData("Date", "date")]
    [InlineData("sumary", "summary")]
    [InlineData("publicaiton", "publication")]
    [InlineData("colour", null)]
    [InlineData("x", null)]
    public void Unknown_keys_suggest_the_known_key_they_resemble(string key, string? expected) =>
        Assert.Equal(expected, UnknownKeys.Suggest(key, KnownKeys.Article.All));
}
