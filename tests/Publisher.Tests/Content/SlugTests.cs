using Publisher.Core.Text;

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
}
