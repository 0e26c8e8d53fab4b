using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Golden cases for an issue piece's labels and title glued to its prose with no blank line (branch kinds22): label lines
/// in capitals, then a title in title case, then prose; a wrapped line of prose in sentence case is no title. Invented text.
/// </summary>
public class GluedTitleOpeningTests
{
    [Fact]
    public void A_label_and_a_title_case_title_over_prose_are_found()
    {
        var lines = new[]
        {
            "IN BRIEF", "Boardings Return to the Northern Banks",
            "Fishing crews on the northern banks report that patrol boats have",
            "not been seen for six weeks, since the coast guard moved two of its",
        };
        Assert.Equal((1, 1), GluedTitleOpening.Find(lines));
    }

    [Fact]
    public void A_title_without_a_label_is_found() =>
        Assert.Equal((0, 0), GluedTitleOpening.Find(["Commander Yusuf Reappears in a Ransom Video",
            "A video released on July 19 by the lake group showed a man iden-", "tified as the group's former deputy commander, reading out the"]));

    [Fact]
    public void Wrapped_prose_in_sentence_case_is_no_title() =>
        Assert.Null(GluedTitleOpening.Find(["Three armed groups active on the plain announced on",
            "January 6 that they had merged into a single coalition, the", "Front for the Defence of the Plain, in a communiqué read on a"]));

    [Fact]
    public void A_byline_is_no_title() =>
        Assert.Null(GluedTitleOpening.Find(["By Oskar Marrak-Lindqvist", "The men who stand at the barriers on the upper valley road do not",
            "wear uniforms, and they do not say whom they work for. Drivers pay"]));
}
