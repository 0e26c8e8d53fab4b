using Publisher.Core.Import.Formats;

namespace Publisher.Tests.Import.Formats;

/// <summary>Bylines of whole issues, in capitals as well as in title case.</summary>
public class BylineNamesTests
{
    [Theory]
    [InlineData("By Corin Maddox", "Corin Maddox")]
    [InlineData("BY CORIN MADDOX", "Corin Maddox")]
    [InlineData("BY YSOLDE FARRANT AND CORIN MADDOX", "Corin Maddox|Ysolde Farrant")]
    [InlineData("HARBOUR POLICE ARREST FUEL SMUGGLERS", null)]
    public void Names_of_a_byline(string line, string? expected) =>
        Assert.Equal(expected, IssueSegmenter.BylineNames(line) is { } names ? string.Join('|', names.Order(StringComparer.Ordinal)) : null);
}
