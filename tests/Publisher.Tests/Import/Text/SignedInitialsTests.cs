using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A piece signed with its author's initials and the contributors' line keying them (<see cref="SignedInitials"/>). Invented names.</summary>
public class SignedInitialsTests
{
    [Theory]
    [InlineData("The governor says no escort can be spared. (A.K.)", "A.K.", "The governor says no escort can be spared.")]
    [InlineData("“We wait,” she said. (T. M. B.)", "T. M. B.", "“We wait,” she said.")]
    [InlineData("The road stays shut until June. (L.O.-K.)", "L.O.-K.", "The road stays shut until June.")]
    public void Initials_in_brackets_after_a_sentence_sign_the_piece(string paragraph, string initials, string before) =>
        Assert.Equal((initials, before), SignedInitials.Closing(paragraph));

    [Theory]
    [InlineData("The sanctions were imposed by the (U.N.)")]
    [InlineData("The council met (A.K.) twice.")]
    [InlineData("(A.K.)")]
    public void Initials_inside_a_sentence_or_alone_sign_nothing(string paragraph) =>
        Assert.Null(SignedInitials.Closing(paragraph));

    [Fact]
    public void The_contributors_key_names_the_initials_before_any_name_that_shares_them()
    {
        string[] bios = ["A.K. — Aminata Kessel-Sow is the managing editor of the review.", "Abel Kaya is a researcher in Niamey."];

        Assert.Equal("Aminata Kessel-Sow", SignedInitials.Match("A.K.", bios, ["Abel Kaya", "Aminata Kessel-Sow"]));
        Assert.Equal("Aminata Kessel-Sow is the managing editor of the review.", SignedInitials.WithoutKey(bios[0]));
    }

    [Fact]
    public void Without_a_key_one_name_with_the_initials_is_the_author_and_two_are_none()
    {
        Assert.Equal("Youssef Ag Idris", SignedInitials.Match("Y.A.I.", [], ["Youssef Ag Idris", "Abel Kaya"]));
        Assert.Null(SignedInitials.Match("A.K.", [], ["Abel Kaya", "Amina Kone"]));
    }

    [Fact]
    public void Keyed_bios_run_together_in_one_block_are_each_keyed_by_their_initials()
    {
        const string block = "P.V. — Petra Voss is a fellow at the Lindqvist Institute. L.O.-K. — Lars Odum-Kell reports on the ports for the review.";

        Assert.Equal([("P.V.", "Petra Voss is a fellow at the Lindqvist Institute."), ("L.O.-K.", "Lars Odum-Kell reports on the ports for the review.")],
            SignedInitials.KeyedBios(block));
        Assert.Equal("Petra Voss is a fellow at the Lindqvist Institute. Lars Odum-Kell reports on the ports for the review.", SignedInitials.WithoutKey(block));
        Assert.Equal("Lars Odum-Kell", SignedInitials.Match("L.O.-K.", [block], []));
        // Initials inside a sentence key nothing.
        Assert.Empty(SignedInitials.KeyedBios("The talks at the U.N. — which began in May — stalled."));
    }
}
