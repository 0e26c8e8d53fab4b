using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>
/// Bylines fitted in the thirty-third session (cases35-new): three authors each with a role in lower case after a comma,
/// a newspaper's "From our correspondent, NAME", and a reporter filing from a place beside the date. Invented lines.
/// </summary>
public class WebShapes35Tests
{
    [Theory]
    [InlineData("By Hedda Quill-Oduya, senior fellow, Mats Ebeid, research director, and Saskia Venn, visiting scholar", new[] { "Hedda Quill-Oduya", "Mats Ebeid", "Saskia Venn" })]
    [InlineData("From our correspondent, Tomasz Arkwright-Obi", new[] { "Tomasz Arkwright-Obi" })]
    [InlineData("From our own correspondent in Kessin: Lidia Marsh", new[] { "Lidia Marsh" })]
    [InlineData("Ilse Marchetti-Obi in Korvana · 21 August 2039", new[] { "Ilse Marchetti-Obi" })]
    [InlineData("By Ann Lee, Bo Ma and Cy Young", new[] { "Ann Lee", "Bo Ma", "Cy Young" })]
    public void Bylines_with_roles_places_and_correspondents(string line, string[] names) => Assert.Equal(names, Byline.Read(line)?.Names);

    [Theory]
    [InlineData("From our correspondents in the field, the picture is grim.")]
    [InlineData("Floods in Korvana · 21 August 2039")]
    public void Look_alikes_name_no_author(string line) => Assert.Null(Byline.Read(line));
}
