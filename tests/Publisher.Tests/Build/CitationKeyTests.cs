using Publisher.Core.Build;
using Publisher.Core.Build.Reading;

namespace Publisher.Tests.Build;

/// <summary>
/// A citation file (cite.bib, cite.ris) is kept from the previous build when its render-cache key matches
/// (<c>SiteExtras.KeyOf</c>): the key must hash every field the file is made from.
/// </summary>
public class CitationKeyTests
{
    private static readonly Citation Sample = new("slug", ["Jane Q. Doe", "Rami Jameel"], "A Title", "The Monitor", 12, 3, new DateOnly(2021, 11, 19), "https://example.org/articles/slug/");

    [Fact]
    public void The_key_hashes_every_property_of_a_citation()
    {
        // A new property fails here until SiteExtras.KeyOf hashes it (and this list names it).
        Assert.Equal(["Authors", "Date", "Issue", "Key", "Publication", "Title", "Url", "Volume"],
            typeof(Citation).GetProperties().Select(p => p.Name).Where(n => n != "EqualityContract").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_field_and_the_format_change_the_key()
    {
        var key = SiteExtras.KeyOf("bib", Sample);
        Citation[] edits =
        [
            Sample with { Key = "other" },
            Sample with { Authors = ["Jane Q. Doe"] },
            Sample with { Authors = ["Rami Jameel", "Jane Q. Doe"] },
            Sample with { Title = "Another Title" },
            Sample with { Publication = "Another" },
            Sample with { Volume = null },
            Sample with { Volume = 13 },
            Sample with { Issue = null },
            Sample with { Date = new DateOnly(2021, 11, 20) },
            Sample with { Url = "https://example.org/other/" },
        ];
        foreach (var edit in edits) Assert.NotEqual(key, SiteExtras.KeyOf("bib", edit));
        Assert.NotEqual(key, SiteExtras.KeyOf("ris", Sample));
        Assert.Equal(key, SiteExtras.KeyOf("bib", Sample with { Authors = ["Jane Q. Doe", "Rami Jameel"] }));
    }
}
