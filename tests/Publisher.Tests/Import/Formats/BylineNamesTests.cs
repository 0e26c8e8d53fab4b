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
    [InlineData("Reported by Oriel Vantongeren in Kessel Harbour", "Oriel Vantongeren")]
    [InlineData("Written by Oriel Vantongeren and Bram Liefsma from Nieuw Brandt", "Bram Liefsma|Oriel Vantongeren")]
    [InlineData("Written by hand in Kessel Harbour", null)]
    [InlineData("Text and pictures: Oriel Vantongeren", "Oriel Vantongeren")]
    [InlineData("Story, photos and video by Oriel Vantongeren and Bram Liefsma", "Bram Liefsma|Oriel Vantongeren")]
    [InlineData("Reporting by Oriel Vantongeren", "Oriel Vantongeren")]
    [InlineData("By Oriel Vantongeren, retired master of the Kessel pilot cutter", "Oriel Vantongeren")]
    [InlineData("By Oriel Vantongeren, a retired master of the pilot cutter", "Oriel Vantongeren")]
    public void Names_of_a_byline(string line, string? expected) =>
        Assert.Equal(expected, IssueSegmenter.BylineNames(line) is { } names ? string.Join('|', names.Order(StringComparer.Ordinal)) : null);

    [Theory]
    [InlineData("— Oriel Vantongeren", "Oriel Vantongeren")]
    [InlineData("– Oriel Vantongeren and Bram Liefsma", "Bram Liefsma|Oriel Vantongeren")]
    [InlineData("— Oriel Vantongeren, Kessel Harbour", "Oriel Vantongeren")]
    [InlineData("Oriel Vantongeren", null)]
    [InlineData("— as the harbour master said", null)]
    public void Names_of_a_dash_byline(string line, string? expected) =>
        Assert.Equal(expected, IssueSegmenter.DashBylineNames(line) is { } names ? string.Join('|', names.Order(StringComparer.Ordinal)) : null);

    [Theory]
    [InlineData(new[] { "The harbour stayed shut until May.", "Oriel Vantongeren is a correspondent based in Kessel." }, true)]
    [InlineData(new[] { "† Oriel Vantongeren is a researcher at the Kessel Institute." }, true)]
    [InlineData(new[] { "[3] Harbour board minutes, 4 May 2031." }, true)]
    [InlineData(new[] { "* * *" }, true)]
    [InlineData(new[] { "The harbour stayed shut. ■" }, true)]
    [InlineData(new[] { "— Oriel Vantongeren, Kessel" }, true)]
    [InlineData(new[] { "The harbour stayed shut until May, and the crews", "went north to fish." }, false)]
    [InlineData(new[] { "Oriel Vantongeren is right that the harbour matters." }, false)]
    public void End_evidence_of_an_article(string[] lines, bool expected) => Assert.Equal(expected, ArticleEndEvidence.Closes(lines));
}
