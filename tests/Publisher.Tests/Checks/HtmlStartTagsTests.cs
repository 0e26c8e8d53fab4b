using Publisher.Core.Build.Checks;

namespace Publisher.Tests.Checks;

/// <summary>Reading only the attributes asked for gives those attributes exactly as reading every attribute does.</summary>
public sealed class HtmlStartTagsTests
{
    private const string Page = """
        <!doctype html><HTML lang="en"><Meta PROPERTY="og:url" content="https://x.example/a?b=1&amp;c=2">
        <a CLASS="x" Href='/one/' href="/ignored/" title="Tom &amp; Jerry" data-x=1 ID=top>a</a>
        <img alt=x SRC=pic.png srcset="a.png 1x, b.png 2x" hidden><a hreff="/not-href/" name>b</a></HTML>
        """;

    private static readonly AttributeNames Asked = new("href", "src", "srcset", "id", "content", "property", "name");

    [Fact]
    public void Only_the_asked_attributes_are_read_with_the_values_and_places_a_full_read_gives()
    {
        var all = HtmlStartTags.Read(Page).ToList();
        var some = HtmlStartTags.Read(Page, Asked).ToList();

        Assert.Equal(all.Select(t => (t.Name, t.Line, t.Column)), some.Select(t => (t.Name, t.Line, t.Column)));
        for (var i = 0; i < all.Count; i++)
            Assert.Equal(all[i].Attributes.Where(a => Asked.Find(a.Name) is not null), some[i].Attributes);
        Assert.Equal(["href", "id"], some.Single(t => t.Name == "a" && t.Attribute("href") is not null).Attributes.Select(a => a.Name));
        Assert.Equal("/one/", some.First(t => t.Name == "a").Attribute("href"));
        Assert.Equal("https://x.example/a?b=1&c=2", some.Single(t => t.Name == "meta").Attribute("content"));
        Assert.Null(some.Last(t => t.Name == "a").Attribute("href"));
        Assert.True(some.Last(t => t.Name == "a").Find("name") is { HasValue: false });
    }

    [Theory]
    [InlineData("HREF", "href")]
    [InlineData("SrcSet", "srcset")]
    [InlineData("hreF", "href")]
    [InlineData("hre", null)]
    [InlineData("hrefs", null)]
    [InlineData("ſrc", null)]
    public void A_written_name_matches_as_the_tokenizer_lower_cases_it(string written, string? name)
    {
        Assert.Equal(name, Asked.Find(written));
    }
}
