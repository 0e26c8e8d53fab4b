using Publisher.Core.Import.Merge;

namespace Publisher.Tests.Import.Merge;

public class WordAlignerTests
{
    private static string Show(string a, string b)
    {
        var ta = a.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var tb = b.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" | ", WordAligner.Align(ta, tb).Select(r => r.Equal
            ? "=" + string.Join(' ', ta.Skip(r.AStart).Take(r.ACount))
            : "-" + string.Join(' ', ta.Skip(r.AStart).Take(r.ACount)) + " +" + string.Join(' ', tb.Skip(r.BStart).Take(r.BCount))));
    }

    [Theory]
    [InlineData("the ferry left at noon", "the ferry left at noon", "=the ferry left at noon")]
    [InlineData("the ferry left at noon", "the Ferry left at noon", "=the | -ferry +Ferry | =left at noon")]
    [InlineData("the ferry left at noon", "the ferry left noon", "=the ferry left | -at + | =noon")]
    [InlineData("the ferry left", "the old ferry left", "=the | - +old | =ferry left")]
    [InlineData("a b c d e", "x y", "-a b c d e +x y")]
    [InlineData("", "one two", "- +one two")]
    [InlineData("pier 4 and pier 5 closed", "pier 4 closed and pier 5 closed", "=pier 4 | - +closed | =and pier 5 closed")]
    public void Aligns_words_and_groups_the_differences(string a, string b, string expected) =>
        Assert.Equal(expected, Show(a, b));

    [Fact]
    public void Keys_ignore_typographic_quotes_ligatures_and_link_targets()
    {
        Assert.Equal(WordAligner.Key("“docks’"), WordAligner.Key("\"docks'"));
        Assert.Equal("office", WordAligner.Key("oﬃce"));
        Assert.Equal("(Harbour", WordAligner.Key("([Harbour"));
        Assert.Equal("Times),", WordAligner.Key("Times](https://example.org/x)),"));
        Assert.Equal("docks.[^2]", WordAligner.Key("docks.[^2]"));
    }

    [Fact]
    public void A_long_paragraph_with_one_change_aligns_in_one_difference()
    {
        var words = Enumerable.Range(0, 4000).Select(i => "w" + (i % 97)).ToArray();
        var changed = (string[])words.Clone();
        changed[2500] = "changed";

        var runs = WordAligner.Align(words, changed);

        var difference = Assert.Single(runs, r => !r.Equal);
        Assert.Equal(2500, difference.AStart);
    }
}
