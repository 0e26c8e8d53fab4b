namespace Publisher.Core.Import.Sidecars;

/// <summary>
/// The sidecar <c>publisher new seed</c> writes: every field <see cref="SidecarFile"/> reads, each with what it does
/// (as <see cref="SidecarApplier"/> applies it) and an example, commented out for the editor to fill or delete; the
/// publication is filled in only when the editor named it (it wins over the text, so a guess would turn press
/// coverage into the archive's own articles).
/// </summary>
public static class SidecarTemplate
{
    /// <summary>A field, what it does, and a commented-out example value.</summary>
    public sealed record Field(string Key, string Meaning, string Example);

    /// <summary>In <see cref="SidecarFile.KnownFields"/>' order; a test keeps the two lists equal.</summary>
    public static readonly IReadOnlyList<Field> Fields =
    [
        new("publication", "the publication the text appeared in (every article; wins over the text)", "Example Monitor"),
        new("site", "address of the site the text was taken from; relative links resolve against it", "https://www.example.org/"),
        new("url", "the original address of the article (only for a seed holding one article)", "https://www.example.org/articles/example/"),
        new("date", "publication date, YYYY-MM-DD (every article; wins over the text)", "2021-11-19"),
        new("volume", "volume number (every article; wins over the text)", "19"),
        new("issue", "issue number (every article; wins over the text)", "22"),
        new("kind", "feature, brief, analysis, news, … (only articles whose text gives none)", "feature"),
        new("authors", "the authors (only articles whose text names none)", "[First Author, Second Author]"),
        new("summary", "one or two sentences (only articles whose text gives none)", "What the article is about, in a sentence."),
    ];

    /// <summary>
    /// The sidecar of <c>seeds/&lt;name&gt;.txt</c> (or <c>.pdf</c>, <c>.html</c>), its publication set to <paramref name="publication"/> when given;
    /// <paramref name="examplePublication"/> (the site's first) is the commented-out example otherwise.
    /// </summary>
    public static string Render(string name, string? publication, string? examplePublication = null)
    {
        var lines = new List<string>
        {
            $"# Sidecar of seeds/{name}.txt (or .pdf, .html): what you know about the seed that the seed itself does not say.",
            "# A PDF or a saved web page is first converted to text; its own metadata (a web page's title, author, date, site) is read too, and this file still wins.",
            "# Every field is optional: remove the '# ' before a field to use it, delete the ones you do not need.",
            "# Where the text and this file disagree, this file wins and import says so (a note with --verbose).",
        };
        foreach (var field in Fields)
        {
            lines.Add("");
            lines.Add($"# {field.Key} — {field.Meaning}");
            var isPublication = field.Key == "publication";
            lines.Add(isPublication && !string.IsNullOrWhiteSpace(publication)
                ? new Content.YamlWriter().Add(field.Key, publication.Trim()).ToString().TrimEnd('\n')
                : $"# {field.Key}: {(isPublication && !string.IsNullOrWhiteSpace(examplePublication) ? examplePublication.Trim() : field.Example)}");
        }
        return string.Join('\n', lines) + "\n";
    }
}
