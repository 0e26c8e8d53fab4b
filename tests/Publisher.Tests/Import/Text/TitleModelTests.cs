using Publisher.Core.Import;
using Publisher.Core.Import.Formats;
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
    /// <summary>A candidate whose features are all zero but those given (index, value).</summary>
    private static TitleCandidate Line(int index, double ruleScore, params (int Feature, double Value)[] features)
    {
        var f = new double[PageTitle.FeatureNames.Length];
        foreach (var (k, v) in features) f[k] = v;
        return new TitleCandidate(index, ruleScore, f, $"line {index}");
    }

    private static int Feature(string name) => Array.IndexOf(PageTitle.FeatureNames, name);

    [Theory]
    [InlineData(4.0, 3.0, 4)]                      // unsure rules (1.0 apart), the model sure of the headline over the text
    [InlineData(10.0, 3.0, null)]                  // the rules sure of their line
    [InlineData(4.0, double.NegativeInfinity, null)] // a line the rules rule out is never the title
    public void The_features_only_model_decides_where_the_rules_are_unsure(double rulesScore, double headlineScore, int? decided)
    {
        var candidates = new[]
        {
            Line(2, rulesScore),
            Line(4, headlineScore, (Feature("words in first paragraph"), 1), (Feature("byline/date 2 under"), 1), (Feature("log words"), 2.5)),
        };
        Assert.Equal(decided, TitleModel.Decides(candidates, 2)?.Line.Index);
    }

    [Fact]
    public void The_model_is_not_consulted_when_it_agrees_with_the_rules()
    {
        var candidates = new[] { Line(2, 4.0, (Feature("words in first paragraph"), 1)), Line(3, 3.5) };
        Assert.Null(TitleModel.Decides(candidates, 2));
        // A longer line right under a headline of three words or more is its standfirst, whatever the model says.
        var standfirst = new[] { Line(2, 4.0, (Feature("log words"), 1.6)), Line(3, 3.5, (Feature("log words"), 3), (Feature("words in first paragraph"), 1), (Feature("byline/date under"), 1)) };
        Assert.Null(TitleModel.Decides(standfirst, 2));
        Assert.Equal(PageTitle.FeatureNames.Length, TitleModel.FeaturesOnlyWeights.Length);
        Assert.All(TitleModel.FeaturesOnlyWeights.Take(4), w => Assert.Equal(0, w)); // what the rules say is not a feature
    }

    private static readonly string[] Wire =
    [
        "Compass Wire",
        "World",
        "Business",
        "Markets",
        "Africa",
        "Europe",
        "Harbour pilots strike over night shifts as tanker queue grows off Velsk",
        "March 4, 2031 8:02 AM GMT+1",
        "Updated 3 hours ago",
        "VELSK, March 4 (Compass) - Harbour pilots at the port of Velsk stopped work on Tuesday over a new rota of night shifts, leaving more than forty tankers waiting at anchor in the outer roads, the port authority said.",
        "The pilots' union said its members would guide ships in emergencies only until the rota was withdrawn.",
    ];

    [Fact]
    public void A_wire_story_under_a_menu_is_titled_by_its_headline_and_the_menu_item_stays_out_of_the_body()
    {
        var choice = PageTitle.Choose(Wire, PageTitleHints.None)!;
        Assert.Equal("Harbour pilots strike over night shifts as tanker queue grows off Velsk", choice.Text);
        var result = new WebScrapeFormat().Read(string.Join('\n', Wire) + "\n", new RawSource("seeds/wire.txt"));
        var draft = result.Drafts.Single();
        Assert.Equal("Harbour pilots strike over night shifts as tanker queue grows off Velsk", draft.Title);
        Assert.DoesNotContain("Europe", draft.Body);
        Assert.StartsWith("VELSK, March 4", draft.Body.TrimStart());
    }
}
