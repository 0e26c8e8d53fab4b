using Publisher.Core.Import.Text;

namespace Publisher.Tests.Import.Text;

/// <summary>Golden cases of <see cref="AcronymExpansion"/>: a site known by its initials, its name spelt out on the page (authors22).</summary>
public class AcronymExpansionTests
{
    [Theory]
    [InlineData("BRWA", "BRWA")]
    [InlineData("KSF 2031", "KSF")]
    [InlineData("OMTO Varland 2029", "OMTO")]
    [InlineData("Harbour Gazette", null)]
    [InlineData("A", null)]
    [InlineData("WKRB Channel 12 Eastport", null)]
    public void A_short_name_opens_with_its_initials(string name, string? acronym) =>
        Assert.Equal(acronym, AcronymExpansion.Acronym(name));

    [Theory]
    [InlineData("BRWA", new[] { "BALDERN RIVER WATERMEN'S ASSOCIATION", "Members' news" }, "Baldern River Watermen's Association")]
    [InlineData("KSF 2031", new[] { "KSF 2031 · Kellmark Security Forum · Vessa, 2–3 May" }, "Kellmark Security Forum")]
    [InlineData("OMTO Varland 2029", new[] { "The Observer Mission for Transparency in Ostvaria (OMTO) followed the count in all districts." }, "Observer Mission for Transparency in Ostvaria")]
    [InlineData("HPA", new[] { "Harbour pilots Association meeting" }, null)]
    [InlineData("DLW", new[] { "© Dock & Lighter Workers 2030. All rights reserved." }, "Dock & Lighter Workers")]
    [InlineData("RTK", new[] { "RTK", "Home  News  Sport", "Rail traffic keeps rising" }, null)]
    public void The_page_spells_the_initials_out(string shortName, string[] lines, string? expected) =>
        Assert.Equal(expected, AcronymExpansion.Find(shortName, lines));

    [Theory]
    [InlineData("KESTREL BASIN WATER AUTHORITY", "https://www.kbwa-kestrel.example/notices/19", true)]
    [InlineData("Bureau for the Protection of Shipping – Ostmark", "https://bps-ostmark.example/alerts/4", true)]
    [InlineData("NATIONAL COUNCIL ON PORT SAFETY", "https://www.ncps.example/news", true)]
    [InlineData("Harbour Gazette", "https://www.hg-news.example/a", false)]
    [InlineData("KESTREL BASIN WATER AUTHORITY", "https://www.kestrel-news.example/a", false)]
    [InlineData("KESTREL BASIN WATER AUTHORITY", null, false)]
    public void The_address_may_spell_a_name_by_its_initials(string line, string? url, bool spelt) =>
        Assert.Equal(spelt, AcronymExpansion.AddressSpells(line, url));
}
