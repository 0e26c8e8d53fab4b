using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A post signed with its writer's given name or initials, and the full name the page prints for it (<see cref="ShortSignature"/>). Invented names.</summary>
public class ShortSignatureTests
{
    [Theory]
    [InlineData("— Ottoline", "Ottoline")]
    [InlineData("– R.K.", "R.K.")]
    [InlineData("-- Bram", "Bram")]
    [InlineData("— Ottoline Baird-Kessy", null)]
    [InlineData("- Bram", null)]
    [InlineData("— the editors", null)]
    public void A_dash_and_a_given_name_or_initials_alone_is_a_short_signature(string line, string? expected) =>
        Assert.Equal(expected, ShortSignature.Read(line));

    [Fact]
    public void The_name_below_the_text_that_opens_with_the_given_name_or_has_the_initials_is_the_full_name()
    {
        string[] below = ["Filed under: ports, rivers", "ledgerline is kept by Ottoline Baird-Kessy, who taught navigation for thirty years.", "© Ottoline Baird-Kessy"];

        Assert.Equal("Ottoline Baird-Kessy", ShortSignature.FullName("Ottoline", below));
        Assert.Equal("Ottoline Baird-Kessy", ShortSignature.FullName("O.B.", below));
        // "Commodore (retd) Rasmus Kell-Ayodele": the honorific is not part of the name the initials stand for.
        Assert.Equal("Rasmus Kell-Ayodele", ShortSignature.FullName("R.K.", ["Commodore (retd) Rasmus Kell-Ayodele writes here about the sea."]));
    }

    [Fact]
    public void No_name_or_two_names_that_fit_spell_out_nothing()
    {
        Assert.Null(ShortSignature.FullName("Ottoline", ["Powered by a static site generator"]));
        Assert.Null(ShortSignature.FullName("O.B.", ["Ottoline Baird and Olaf Brandt edit this site."]));
    }
}
