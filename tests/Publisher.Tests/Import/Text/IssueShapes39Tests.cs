using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Shapes found in the thirty-first session's new cases (issues39-new, cases33-new): note numbers in brackets at a clause's
/// end, a span of years that is no phone number. Invented lines.
/// </summary>
public class IssueShapes39Tests
{
    [Fact]
    public void Numbers_in_brackets_at_a_clauses_end_are_markers_in_order()
    {
        const string text = "The guards are cheap (1). Their number has tripled in two years (2), the ministry says.\nThey answer to the notables (3)";
        var found = GluedMarkers.FindSpacedParenthesised(text, 3);
        Assert.Equal([1, 2, 3], found.Select(m => m.Number));
        Assert.Equal(" (1)", text.Substring(found[0].Index, found[0].Length));
    }

    [Theory]
    [InlineData("The plan has three steps: (1) register every guard, (2) appoint officers and (3) hear complaints.")]
    [InlineData("Only one number was given (1).")]
    [InlineData("The figures (2). And more (1).")]
    public void Numbers_in_brackets_inside_a_clause_or_out_of_order_are_not_markers(string text) =>
        Assert.Empty(GluedMarkers.FindSpacedParenthesised(text, 3));

    [Theory]
    [InlineData("2. Ministry of Finance, security payroll figures, 2036-2038.", false)]
    [InlineData("Press office: +44 1632 960 123", true)]
    public void A_span_of_years_is_no_phone_number(string line, bool contact) => Assert.Equal(contact, ContactBlock.Is(line));

    [Theory]
    [InlineData("No. 15 (Vol. 36)", 36, 15, "")]
    [InlineData("Vol. 4 [No. 2] · May 2038", 4, 2, "May 2038")]
    public void A_second_number_in_brackets(string line, int volume, int issue, string rest)
    {
        var read = VolumeIssueLine.Parse(line);
        Assert.NotNull(read);
        Assert.Equal((volume, issue, rest), (read.Volume, read.Issue, read.Rest));
    }

    [Theory]
    [InlineData("—J.-P. Marchetti", "J.-P. Marchetti")]
    [InlineData("— A.-M. Lindqvist, Tessin", "A.-M. Lindqvist")]
    public void Hyphenated_initials_sign_a_piece(string line, string name) => Assert.Equal([name], ClosingSignature.Names(line));

    [Theory]
    [InlineData("From our correspondent in Vossmark", true)]
    [InlineData("By our own reporter in Port Ardeny", true)]
    [InlineData("From our correspondents", true)]
    [InlineData("From our readers in Vossmark", false)]
    public void The_papers_own_unnamed_correspondent_is_a_credit(string line, bool credit) => Assert.Equal(credit, CollectiveByline.IsCredit(line));
}

