using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

public class AboutMeBioTests
{
    [Theory]
    [InlineData("About me")]
    [InlineData("ABOUT ME")]
    [InlineData("## About the blogger")]
    public void Reads_the_label(string line) => Assert.True(AboutMeBio.IsLabel(line));

    [Theory]
    [InlineData("About the author")]
    [InlineData("About me and my work on the coast")]
    public void Other_lines_are_no_label(string line) => Assert.False(AboutMeBio.IsLabel(line));

    [Theory]
    [InlineData("I'm Oskar Lindmere-Tau, a historian of river trade.", "Oskar Lindmere-Tau")]
    [InlineData("Hi, I am Reet Akinola and I write about ports.", "Reet Akinola")]
    [InlineData("My name is Dalia al-Khoury. I teach law in Vessen.", "Dalia al-Khoury")]
    public void Reads_the_name_a_first_person_introduction_gives(string line, string name) =>
        Assert.Equal(name, AboutMeBio.Name(line));

    [Theory]
    [InlineData("I'm Recent Posts, the archive.")]
    [InlineData("I am sure the court was right.")]
    [InlineData("I'm writing a book about harbours.")]
    public void No_name_from_what_is_not_one(string line) => Assert.Null(AboutMeBio.Name(line));
}
