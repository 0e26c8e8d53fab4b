using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A reference entry's line of its subject's other names (<see cref="OtherNamesLine"/>). Invented terms.</summary>
public class OtherNamesLineTests
{
    [Theory]
    [InlineData("Also known as: harbour dues, the quiet toll", true)]
    [InlineData("Also called — pier tax", true)]
    [InlineData("Other names: tide levy; boat fee", true)]
    [InlineData("a.k.a. the salt tithe", true)]
    [InlineData("Also known as the quiet toll, the levy is paid monthly by every boat owner in the harbour.", false)]
    [InlineData("Also called to testify were two harbour pilots.", false)]
    public void Names_its_subject_goes_by_under_the_title(string line, bool expected) =>
        Assert.Equal(expected, OtherNamesLine.Is(line));
}
