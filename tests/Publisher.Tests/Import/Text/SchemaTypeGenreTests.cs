using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class SchemaTypeGenreTests
{
    [Theory]
    [InlineData("OpinionNewsArticle", "opinion", false)]
    [InlineData("AnalysisNewsArticle", "analysis", false)]
    [InlineData("https://schema.org/ReviewNewsArticle", "review", false)]
    [InlineData("schema:Report", "report", false)]
    [InlineData("ScholarlyArticle", "report", false)]
    [InlineData("LiveBlogPosting", "live blog", false)]
    [InlineData("NewsArticle", "news", true)]
    [InlineData("http://schema.org/BlogPosting", "blog", true)]
    public void A_type_names_its_kind_and_a_platform_default_is_weak(string type, string kind, bool weak)
    {
        var found = SchemaTypeGenre.Of([type]);
        Assert.NotNull(found);
        Assert.Equal(kind, found.Value.Evidence.Kind);
        Assert.Equal(weak, found.Value.Weak);
        Assert.Contains(type.Split('/', ':')[^1], found.Value.Evidence.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_specific_type_wins_over_the_platform_default_beside_it() =>
        Assert.Equal(("analysis", false), SchemaTypeGenre.Of(["NewsArticle", "AnalysisNewsArticle"]) is { } f ? (f.Evidence.Kind, f.Weak) : default);

    [Theory]
    [InlineData("Article")]
    [InlineData("WebPage")]
    [InlineData("TechArticle")]
    [InlineData("")]
    public void A_generic_or_unknown_type_says_nothing(string type) => Assert.Null(SchemaTypeGenre.Of([type]));
}
