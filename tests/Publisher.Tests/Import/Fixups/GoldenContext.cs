using System.Globalization;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Fixups;
using Publisher.Core.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Import.Fixups;

/// <summary>
/// Reads a golden case's <c>-- context --</c> section: <c>key: value</c> lines.
/// <code>
/// source: seeds/x.txt            site_url: https://example.org/     own_publication: Terrorism Monitor
/// first_line: 40                 date: 2021-11-19                   authors: Rami Jameel; Jacob Zenn
/// title: …                       summary: …
/// outlet: Dawn | https://www.dawn.com/ | Dawn News, dawn.com
/// archive: some-slug | 2017-01-13 | Terrorism Monitor | Title
/// repeated: 3 | a paragraph that occurs in 3 seeds of the import     publication: Lakeside Herald
/// own: Coral Reef Sentinel | CRS, Reef Sentinel                      (one of site.yml's publications, with aliases)
/// </code>
/// </summary>
public sealed class GoldenContext
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly List<Outlet> _outlets = [];
    private readonly List<ArchiveEntry> _archive = [];
    private readonly Dictionary<string, int> _repeated = new(StringComparer.Ordinal);
    private readonly List<PublicationConfig> _own = [];

    public GoldenContext(GoldenCase golden)
    {
        foreach (var raw in (golden.Section("context") ?? "").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var colon = line.IndexOf(':');
            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "outlet":
                    var o = value.Split('|').Select(p => p.Trim()).ToArray();
                    _outlets.Add(new Outlet { Name = o[0], Url = o[1], Aliases = o.Length > 2 ? SplitList(o[2], ',') : [] });
                    break;
                case "archive":
                    var a = value.Split('|').Select(p => p.Trim()).ToArray();
                    _archive.Add(new ArchiveEntry(a.Length > 3 ? a[3] : a[0], a[0], DateOnly.ParseExact(a[1], "yyyy-MM-dd", CultureInfo.InvariantCulture), a[2], null, null));
                    break;
                case "own":
                    var p = value.Split('|').Select(x => x.Trim()).ToArray();
                    _own.Add(new PublicationConfig { Name = p[0], Slug = Publisher.Core.Text.Slug.From(p[0]), Aliases = p.Length > 1 ? SplitList(p[1], ',') : [] });
                    break;
                case "repeated":
                    var r = value.Split('|', 2).Select(p => p.Trim()).ToArray();
                    _repeated[Publisher.Core.Import.Text.RepeatedParagraphs.Normalize(r[1])] = int.Parse(r[0], CultureInfo.InvariantCulture);
                    break;
                default:
                    _values[key] = value;
                    break;
            }
        }
    }

    public string? this[string key] => _values.TryGetValue(key, out var v) ? v : null;

    public string Source => this["source"] ?? "seeds/test.txt";

    public int FirstLine => this["first_line"] is { } s ? int.Parse(s, CultureInfo.InvariantCulture) : 1;

    public FixupContext Fixup => new()
    {
        SourcePath = Source,
        FirstLine = FirstLine,
        SiteUrl = this["site_url"],
        OwnPublication = this["own_publication"],
        OwnPublications = _own,
        Outlets = _outlets,
        LinkMissingCitationsToOutlet = this["link_missing_citations_to_outlet"] != "false",
        Archive = _archive,
        RepeatedParagraphs = _repeated,
    };

    public ArticleDraft Draft(string body, string? notes) => new()
    {
        Title = this["title"] ?? "Test Article",
        Authors = this["authors"] is { } authors ? SplitList(authors, ';') : [],
        Body = body,
        Notes = notes,
        Summary = this["summary"],
        Publication = this["publication"],
        Date = this["date"] is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        SiteUrl = this["site_url"],
        Origin = new SourceLocation(Source, this["origin_line"] is { } o ? int.Parse(o, CultureInfo.InvariantCulture) : 1),
        BodyStartLine = FirstLine,
    };

    private static IReadOnlyList<string> SplitList(string value, char separator) =>
        value.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
