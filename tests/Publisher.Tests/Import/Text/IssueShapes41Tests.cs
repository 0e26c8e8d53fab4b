using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes fitted in the thirty-third session (issues40-new's misses, then issues41-new): an email letter's contents
/// under "This week:"; send counts in a newsletter's own words; plural genre nouns the catalogue does not list; ranks
/// of air forces, navies and police forces written out; rules of plus signs; a sign-off naming where it is from.
/// Invented lines.
/// </summary>
public class IssueShapes41Tests
{
    [Theory]
    [InlineData("This week:", true)]
    [InlineData("Today:", true)]
    [InlineData("In this week's letter", true)]
    [InlineData("Inside this week's briefing:", true)]
    [InlineData("In today's edition", false)]
    [InlineData("In this mailing", true)]
    [InlineData("THIS WEEK", false)]
    [InlineData("ALSO THIS WEEK", false)]
    [InlineData("This week in the ports", false)]
    public void An_email_letters_contents_heading(string line, bool heading) => Assert.Equal(heading, ContentsHeading.IsMatch(line));

    [Theory]
    [InlineData("THIS WEEK")]
    [InlineData("Today in brief")]
    [InlineData("This issue")]
    [InlineData("IN TODAY'S EDITION")]
    public void A_label_over_a_newsletters_list_may_name_the_time_alone(string label) => Assert.True(ContentsHeading.IsListLabel(label));

    [Theory]
    [InlineData("Mailing no. 87", true)]
    [InlineData("Letter № 140", true)]
    [InlineData("Edition #12", true)]
    [InlineData("Briefing 301", true)]
    [InlineData("No. 58", true)]
    [InlineData("Mailing list", false)]
    [InlineData("Letter from Kessin", false)]
    [InlineData("87 boats", false)]
    public void A_newsletters_count_of_its_sends(string line, bool count) => Assert.Equal(count, VolumeIssueLine.IsSendCount(line));

    [Theory]
    [InlineData("DISPATCHES", true)]
    [InlineData("Field Notes", true)]
    [InlineData("Field Sketches", false)]
    [InlineData("BRIEFS", true)]
    [InlineData("ANALYSES", true)]
    [InlineData("DISPATCH", false)]
    [InlineData("ANALYSIS", false)]
    [InlineData("Harbour News", false)]
    public void A_plural_label_heads_a_run(string label, bool run) => Assert.Equal(run, SectionLabels.OpensRun(label));

    [Theory]
    [InlineData("By Air Cdre Idris Penhallow-Ade", "Idris Penhallow-Ade")]
    [InlineData("By Wing Commander Farah Oyelowo", "Farah Oyelowo")]
    [InlineData("By Rear Adm. (ret.) Teodor Vance", "Teodor Vance")]
    [InlineData("By Chief Supt. Ngaire Brackett", "Ngaire Brackett")]
    [InlineData("By Inspector Hamid Rahman-Cole", "Hamid Rahman-Cole")]
    [InlineData("Reviewed by Capt. (N) Amara Quill", "Amara Quill")]
    [InlineData("By John Constable", "John Constable")]
    [InlineData("Reviewed by Dr. Rhian ap Gruffydd", "Rhian ap Gruffydd")]
    [InlineData("By Nur Aisyah binti Kamal", "Nur Aisyah binti Kamal")]
    public void Ranks_written_out_are_no_part_of_the_name(string line, string name) => Assert.Equal([name], IssueSegmenter.BylineNames(line));

    [Theory]
    [InlineData("++++++++++++++++++++++++++++++", true)]
    [InlineData("+ + + + +", true)]
    [InlineData("1 + 1 = 2", false)]
    public void A_rule_of_plus_signs(string line, bool rule) => Assert.Equal(rule, RuleLine.Is(line));

    [Theory]
    [InlineData("That's all from the waterfront this week.", "newsletter sign-off")]
    [InlineData("That's all from our harbour desk for today.", "newsletter sign-off")]
    [InlineData("That's all from the ministry this week, officials said.", null)]
    public void A_sign_off_naming_where_it_is_written(string unit, string? what) => Assert.Equal(what, NewsletterAboutItself.What(unit));

    [Theory]
    [InlineData("Edited by Hedda Varn and Kofi Ashdown-Lee. Sorrel Academic, 2039. xii + 344 pp.", true)]
    [InlineData("By Ilario Bencini-Kaur. Farrow Press, 2038. 212 pp.", true)]
    [InlineData("The survey covered 212 pages of court records, and the clerks, in 2038. said little.", false)]
    public void A_reviewed_books_details_with_its_publisher_and_year(string line, bool details) => Assert.Equal(details, BookBlock.IsDetails(line));
}
