using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>A page of pieces each signed at its foot, one under another (invented text).</summary>
public class SignedPiecesTests
{
    private const string Prose1 = "Your report on the harbour dredging (\"Silt and promises\", March 3) left out the one fact that matters most to the boatmen of the lower quay. The dredger came twice in ten years, and each time it left before the channel was clear.";
    private const string Prose2 = "Nobody on the quay expects the council to pay for a dredger of its own. We ask only that the work, once begun, is finished, and that someone tells us when it will be.";
    private const string Reply1 = "I thank Ms Adeyemi-Holt for her letter, which is right in every particular. The council's own minutes show that the second visit was cut short to save money for the road scheme, a decision nobody on the council has since been willing to defend in public.";
    private const string Reply2 = "The council has promised a third visit next spring. I will report on whether it stays long enough this time, and I hope the boatmen of the lower quay will tell me if it does not, and whether the channel is at last clear for the boats that need it most.";

    private static string[] Page(params string[] lines) => lines;

    [Fact]
    public void A_letter_and_the_reply_under_it_are_two_pieces()
    {
        var lines = Page("The Kelby Courier", "Letters", "The dredger never stays", Prose1, Prose2, "Rosa Adeyemi-Holt", "Lower Quay, Kelby",
            "The author replies", Reply1, Reply2, "Piet Varga-Lund", "Courier staff", "Most read", "Subscribe from £2 a week.");
        var pieces = SignedPieces.Read(lines);
        Assert.NotNull(pieces);
        Assert.Equal([new SignedPieces.Piece(2, 6), new SignedPieces.Piece(7, 10)], pieces);
    }

    [Fact]
    public void A_single_signed_piece_is_no_run()
    {
        var lines = Page("The Kelby Courier", "The dredger never stays", Prose1, Prose2, "Rosa Adeyemi-Holt", "Lower Quay, Kelby", "Most read");
        Assert.Null(SignedPieces.Read(lines));
    }

    [Fact]
    public void A_name_over_a_subheading_is_no_signature_unless_the_next_piece_is_signed_too()
    {
        // A pull quote's speaker and a subheading inside one article: the second part is not signed, so no run.
        var lines = Page("The dredger never stays", Prose1, Prose2, "Rosa Adeyemi-Holt", "What the council says", Reply1, Reply2, "Related stories");
        Assert.Null(SignedPieces.Read(lines));
    }

    [Fact]
    public void Short_notes_are_not_pieces()
    {
        var lines = Page("Letters", "A correction", "The photograph on page four was taken in Kelby.", "Rosa Adeyemi-Holt", "Lower Quay, Kelby",
            "Another correction", "The dredger's name is the Marta, not the Martha.", "Piet Varga-Lund", "Courier staff");
        Assert.Null(SignedPieces.Read(lines));
    }
}
