using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>The head model over a page's title candidates (<see cref="TitleModel"/>): its features, weights and when it decides.</summary>
public class TitleModelTests
{
    private static readonly string[] Page =
    [
        "Harbour Ledger",
        "News   Opinion   Data   About",
        "Opinion",
        "Why the pilot service needs a second boat",
        "By Tamsin Okoro-Vale",
        "3 March 2031",
        "The pilot service at the northern approaches has run on a single launch since the spring, and every week of bad weather shows how thin that margin has become for the ships waiting offshore.",
    ];

    [Fact]
    public void Every_candidate_has_one_value_per_feature_and_every_feature_a_weight()
    {
        var candidates = PageTitle.Candidates(Page, PageTitleHints.None);
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal(PageTitle.FeatureNames.Length, c.Features.Length));
        Assert.Equal(PageTitle.FeatureNames.Length, TitleModel.Weights.Length);
        Assert.Single(candidates, c => c.RulesPick);
    }

    [Theory]
    [InlineData(10.0, 5.0, 0.1, 0.9, false)] // the rules are sure of their line
    [InlineData(4.0, 3.0, 0.2, 0.7, true)]   // unsure rules, confident model
    [InlineData(4.0, 3.0, 0.4, 0.6, false)]  // unsure rules, model not confident enough
    [InlineData(4.0, double.NegativeInfinity, 0.0, 1.0, false)] // a line the rules rule out is never the title
    public void The_model_decides_only_where_the_rules_are_unsure(double rules, double model, double pRules, double pModel, bool overrides) =>
        Assert.Equal(overrides, TitleModel.Overrides(rules, model, pRules, pModel));

    [Fact]
    public void Probabilities_over_a_page_sum_to_one()
    {
        var candidates = PageTitle.Candidates(Page, PageTitleHints.None);
        Assert.Equal(1.0, TitleModel.Probabilities(candidates, TitleModel.Weights).Sum(), 6);
    }

    [Fact]
    public void A_plain_head_keeps_the_headline_over_its_byline()
    {
        var choice = PageTitle.Choose(Page, PageTitleHints.None);
        Assert.NotNull(choice);
        Assert.Equal("Why the pilot service needs a second boat", choice.Text);
    }

    [Fact]
    public void The_committed_weights_rank_the_headline_first_on_an_invented_head()
    {
        var candidates = PageTitle.Candidates(Page, PageTitleHints.None);
        var p = TitleModel.Probabilities(candidates, TitleModel.Weights);
        var best = candidates[Array.IndexOf(p, p.Max())];
        Assert.Equal(3, best.Index);
        Assert.Equal(best.Index, TitleModel.Hybrid(candidates, 3, TitleModel.Weights));
    }
}
