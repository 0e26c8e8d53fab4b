using Publisher.Core.Import;

namespace Publisher.Tests.Import.Text;

/// <summary>The genre keys of a crawler block (a crawler's kicker, section and schema.org type keys).</summary>
public class CrawlerFrontMatterKindTests
{
    private static CrawlerMetadata Read(params string[] keys) =>
        CrawlerFrontMatter.Read(string.Join('\n', ["---", "title: \"Salt roads of the delta\"", .. keys, "---", "", "Body."])).Metadata!;

    [Fact]
    public void A_kicker_that_names_a_genre_is_a_strong_kind_at_its_line()
    {
        var m = Read("kicker: \"Field Diary\"", "type: \"NewsArticle\"");
        Assert.Equal("field diary", m.Kind!.Value.Kind);
        Assert.Equal(3, m.Kind.Line);
        Assert.False(m.KindIsWeak);
    }

    [Fact]
    public void A_section_counts_only_when_it_names_a_genre()
    {
        Assert.Null(Read("section: \"Africa\"").Kind);
        Assert.Equal("op-ed", Read("section: \"Op-Ed\"").Kind!.Value.Kind);
        Assert.Equal("analysis", Read("categories: \"Delta, Analysis\"").Kind!.Value.Kind);
    }

    [Fact]
    public void A_platform_default_type_is_weak_and_a_specific_type_is_not()
    {
        var weak = Read("type: \"NewsArticle\"");
        Assert.Equal("news", weak.Kind!.Value.Kind);
        Assert.True(weak.KindIsWeak);
        var strong = Read("type: \"Article, OpinionNewsArticle\"");
        Assert.Equal("opinion", strong.Kind!.Value.Kind);
        Assert.False(strong.KindIsWeak);
    }
}
