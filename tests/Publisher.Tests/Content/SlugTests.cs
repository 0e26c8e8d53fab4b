using System.Globalization;
using Publisher.Core.Text;
using Publisher.Tests.Support;

namespace Publisher.Tests.Content;

public class SlugTests
{
    [Theory]
    [InlineData("Pakistan's Deal with Tehreek-i-Labbaik Pakistan: Statesmanship or Surrender?", "pakistans-deal-with-tehreek-i-labbaik-pakistan-statesmanship-or-surrender")]
    [InlineData("Côte d’Ivoire", "cote-divoire")]
    [InlineData("  --  ", "untitled")]
    [InlineData("Syed Fazl-e-Haider", "syed-fazl-e-haider")]
    [InlineData("العربية", "untitled")]
    public void Slugs_are_lowercase_ascii_with_single_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slug.From(text));

    [Fact]
    public void Long_slugs_are_cut_at_a_word_boundary()
    {
        var slug = Slug.From(string.Join(' ', Enumerable.Repeat("word", 40)), maxLength: 30);
        Assert.True(slug.Length <= 30);
        Assert.False(slug.EndsWith('-'));
    }

    public static TheoryData<string> GoldenCases => GoldenCase.Names("Slug");

    /// <summary>Golden cases: one title per input line, its slug on the same line of the expected section.</summary>
    [Theory]
    [MemberData(nameof(GoldenCases))]
    public void Long_titles_are_cut_where_the_phrase_is_whole(string name)
    {
        var golden = GoldenCase.Get("Slug", name);
        var max = golden.Section("max") is { } m ? int.Parse(m.Trim(), CultureInfo.InvariantCulture) : 80;
        var titles = golden.Input.Split('\n');
        var expected = golden.Expected.Split('\n');
        Assert.Equal(expected.Length, titles.Length);
        var actual = titles.Select(t => Slug.From(t, max)).ToArray();
        Assert.Equal(string.Join('\n', expected), string.Join('\n', actual));
        Assert.All(actual, s => Assert.True(s.Length <= max, s));
    }
}
