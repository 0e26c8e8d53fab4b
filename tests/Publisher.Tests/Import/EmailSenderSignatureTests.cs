namespace Publisher.Tests.Import;

/// <summary>
/// An email whose sender signs it with name, role and office on three lines of their own (heldout8 z14's shape): the
/// sender is the author, the signature dropped and listed. Invented text.
/// </summary>
public class EmailSenderSignatureTests
{
    private const string Email = """
        From: Orla Benedek-Musa <o.benedek@tidewell-aid.example>
        To: friends@lists.tidewell-aid.example
        Date: Tue, 9 Mar 2032 11:20:00 +0100
        Subject: Letter from Sandpoint: the clinic after the floods

        Dear friends,

        The water has gone down at last in the lower town of Sandpoint, and the clinic opened its doors again on Monday
        after eleven days in which the nurses worked from a tent on the school playground. Most of the equipment survived
        on the upper floor, but the generator and the cold store for vaccines were ruined and will have to be replaced.

        The families who lost their homes are staying with relatives in the hill villages, and our team visits them twice
        a week with medicines and water tablets. The greatest need now is for clean water, as the town's pumps are still
        being repaired, and we are trucking in what we can.

        Thank you for standing with the people of Sandpoint.

        Orla Benedek-Musa
        Programme Lead, Sandpoint
        Tidewell Aid

        --
        You are receiving this email because you signed up for letters from Tidewell Aid. Unsubscribe
        """;

    [Fact]
    public void The_sender_signing_with_name_role_and_office_on_lines_of_their_own_is_the_author()
    {
        using var project = new ImportFixture().WithSampleProject("none");
        project.Temp.Write("seeds/letter.txt", Email);

        var report = project.Import();

        Assert.False(report.HasErrors, string.Join('\n', report.Diagnostics));
        var letter = project.Read("input/articles/2032/letter-from-sandpoint-the-clinic-after-the-floods.md");
        Assert.Contains("- Orla Benedek-Musa\n", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Programme Lead", letter, StringComparison.Ordinal);
    }
}
