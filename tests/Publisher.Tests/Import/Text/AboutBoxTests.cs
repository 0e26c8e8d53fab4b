using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>"About NAME" boxes under a press release or a page, and the headings and paragraphs that look like them (invented text).</summary>
public class AboutBoxTests
{
    [Theory]
    [InlineData("About The Harbour Trust The Harbour Trust's mission is to keep the old docks working and open to the public.")]
    [InlineData("About Coastline Relief Network Coastline Relief Network is a coalition of twelve aid groups working on the northern coast.")]
    [InlineData("About the Fenland Water Board The Fenland Water Board was founded in 1921 and runs the pumping stations of the lower fens.")]
    public void Boxes_in_one_unit(string unit) => Assert.True(AboutBox.IsBox(unit));

    [Theory]
    [InlineData("About the author Jane Marsh is the author of two books on ports.")]
    [InlineData("About Wagner's fighters Wagner's fighters arrived in the town in March.")]
    [InlineData("About The Trust Nobody knew much about the trust until the audit.")]
    [InlineData("About Ilse Marchetti-Obi Ilse Marchetti-Obi is a journalist based in Gdansk who covers ports.")]
    public void Headings_over_other_text_are_not_boxes(string unit) => Assert.False(AboutBox.IsBox(unit));

    [Fact]
    public void A_heading_over_its_paragraph_in_two_units()
    {
        Assert.Equal("the Fenland Water Board", AboutBox.HeadingName("About the Fenland Water Board"));
        Assert.True(AboutBox.Describes("The Fenland Water Board works with farmers to keep the land drained.", "the Fenland Water Board"));
        Assert.False(AboutBox.Describes("Farmers said the Fenland Water Board had raised its rates.", "the Fenland Water Board"));
        Assert.Null(AboutBox.HeadingName("About the authors"));
        Assert.Null(AboutBox.HeadingName("About this report"));
    }
}
