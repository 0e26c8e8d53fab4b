using Publisher.Core.Import.Fixups;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes of issue 6 met in the seventeenth session: document nouns before "by", helpers after the names, page widgets,
/// citation and sequence lines, a bio closing a page without a byline, a publisher's web page's publication field.
/// </summary>
public class AuthorShapes23Tests
{
    [Theory]
    [InlineData("Report by Amara Veldt-Osei with the Institute's field team", "Amara Veldt-Osei")]
    [InlineData("Analysis by Dr Corin Hallam", "Corin Hallam")]
    [InlineData("Commentary by Ines Borrow and Tal Kemper", "Ines Borrow; Tal Kemper")]
    [InlineData("By Ruth Ogunde-Marsh, with additional reporting by Piet Aalto", "Ruth Ogunde-Marsh")]
    public void Reads_the_names_after_a_document_noun_and_leaves_helpers_out(string line, string names) =>
        Assert.Equal(names, string.Join("; ", Byline.Read(line)!.Names));

    [Theory]
    [InlineData("Report by the Monitoring Unit")]
    [InlineData("Analysis by region shows a rise in attacks")]
    public void A_document_noun_before_by_needs_a_person(string line) => Assert.Null(Byline.Read(line));

    [Theory]
    [InlineData("Report this article")]
    [InlineData("+ Follow")]
    [InlineData("Report this post")]
    public void Reporting_and_following_buttons_are_widgets(string line) => Assert.True(HeaderWidget.Is(line));

    [Fact]
    public void A_report_of_a_sentence_is_no_widget() => Assert.False(HeaderWidget.Is("Report this article to the editors if it breaks the rules."));

    [Theory]
    [InlineData("Cite this commentary: Lindahl, M. (2031) 'Ports and patrols', Centre for Maritime Studies.")]
    [InlineData("Cite this article: Osei, A. and Brand, K. (2032). Title of the piece. Journal of Things.")]
    public void A_cite_this_line_is_a_citation_line(string line) => Assert.True(CitationLine.Is(line));

    [Theory]
    [InlineData("‹ Previous: Ten years of the coastal watch")]
    [InlineData("Next: Drones over the estuary ›")]
    public void Sequence_links_between_angle_quotes(string line) => Assert.True(SequenceLink.Is(line));

    private static readonly string[] Prose =
    [
        "Last month a court in the river town convicted two men of planning to damage the lock gates, and the case has been read mostly as a story about their age and their online lives.",
        "The evidence suggests a different lesson: the pair never belonged to any organisation, and the warning signs that the prevention system is built to notice appeared only after their plans were made.",
    ];

    private const string UnnamedBio = "*Dr Maren Solvik-Adeyemi is a lecturer in security studies at the University of Halm and a fellow of its Centre for Conflict Research.*";

    [Fact]
    public void A_closing_bio_on_a_page_without_a_byline_ends_the_article_past_its_citation_line()
    {
        var body = string.Join("\n\n", Prose[0], Prose[1], UnnamedBio,
            "Cite this commentary: Solvik-Adeyemi, M. (2032) 'What the lock-gates case tells us', Centre for Conflict Research, University of Halm, published online in the centre's commentary series.",
            "‹ Previous: Ten years of the river watch");
        var stripped = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.DoesNotContain("Cite this commentary", stripped.Text);
        Assert.DoesNotContain("Previous:", stripped.Text);
        var bio = ExtractAuthorBio.Apply(stripped.Text, [], new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Equal(["Maren Solvik-Adeyemi"], bio.NamedAuthors);
        Assert.Contains("the warning signs", bio.Body);
    }

    [Fact]
    public void Notes_after_such_a_bio_stay()
    {
        var body = string.Join("\n\n", Prose[0], Prose[1], UnnamedBio.Trim('*'),
            "NOTES\n(1) Court records, Halm district court, March 2032.\n(2) Interview with a lock keeper, April 2032.");
        var stripped = StripBoilerplate.Apply(body, new FixupContext { SourcePath = "seeds/x.txt" });
        Assert.Contains("(2) Interview with a lock keeper", stripped.Text);
    }

    private const string PublisherWebPage = """
        Skip to content
        HARBOUR INSTITUTE
        We use cookies to understand how visitors use this site. Accept all  |  Only necessary  |  Settings
        Nets and Networks: How Smugglers Use the Fishing Fleet of the Southern Shore
        Publication: Harbour Security Review Volume: 12 Issue: 7
        July 17, 2031
        By: Ines Borrow
        When the coast guard boarded a trawler off the southern shore in March, it found no fish in the hold but four hundred crates of cigarettes and the papers of three companies that do not exist.
        The case was not unusual. Officials say that a third of the fleet now carries cargo other than fish on at least some of its voyages, and that the owners are paid in cash at the quay.
        """;

    [Fact]
    public void A_web_pages_publication_field_is_no_running_header()
    {
        var context = new FixupContext { SourcePath = "seeds/x.txt", OwnPublications = [new() { Name = "Harbour Security Review", Slug = "harbour-security-review" }] };
        var result = StripPageFurniture.Apply(PublisherWebPage, context);
        Assert.Contains("Publication: Harbour Security Review Volume: 12 Issue: 7", result.Text);
    }

    [Fact]
    public void A_title_with_and_is_no_bare_byline_over_the_publication_field()
    {
        var draft = new WebArticleFormat().Read(PublisherWebPage, new RawSource("seeds/x.txt")).Drafts.Single();
        Assert.Equal("Nets and Networks: How Smugglers Use the Fishing Fleet of the Southern Shore", draft.Title);
        Assert.Equal((12, 7), (draft.Volume, draft.Issue));
    }
}
