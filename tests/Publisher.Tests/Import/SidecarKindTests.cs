using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Sidecars;

namespace Publisher.Tests.Import;

/// <summary>
/// The editor's sidecar kind fills an article whose text names none: one with no kind, one whose kind was inferred from
/// page furniture, and one that is a feature only by convention (an issue's article under no label); a kind the text
/// prints (a section label, a title's genre) stays. All cases invented.
/// </summary>
public class SidecarKindTests
{
    private static ArticleDraft Draft(string? kind, bool byConvention) => new()
    {
        Title = "Ferry Permits and the Zhelen Sea",
        Body = "Text.",
        Kind = kind,
        KindByConvention = byConvention,
        InferredFrom = kind is null ? [] : [new InferredValue("kind", kind, "the contents list the article by its title", null)],
        Origin = new SourceLocation("seeds/issue.txt", 12),
    };

    private static ArticleDraft Apply(ArticleDraft draft, string? kind) =>
        SidecarApplier.Apply([draft], new SeedSidecar { Path = "seeds/issue.yml", Kind = kind }, [])[0];

    [Fact]
    public void An_issue_s_feature_by_convention_gives_way_to_the_editor_s_kind()
    {
        var applied = Apply(Draft("feature", byConvention: true), "analysis");
        Assert.Equal("analysis", applied.Kind);
        Assert.False(applied.KindByConvention);
        Assert.DoesNotContain(applied.InferredFrom, v => v.Field == "kind");
    }

    [Fact]
    public void A_kind_the_text_prints_stays_whatever_the_sidecar_says()
    {
        var applied = Apply(Draft("brief", byConvention: false), "feature");
        Assert.Equal("brief", applied.Kind);
        Assert.Contains(applied.InferredFrom, v => v.Field == "kind");
    }

    [Fact]
    public void Without_a_sidecar_kind_the_convention_stays()
    {
        var applied = Apply(Draft("feature", byConvention: true), null);
        Assert.Equal("feature", applied.Kind);
        Assert.True(applied.KindByConvention);
    }
}
