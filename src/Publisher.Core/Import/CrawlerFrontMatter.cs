using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import;

/// <summary>A value of a crawler's block and the 1-based seed line it stood on.</summary>
public sealed record CrawlerField<T>(T Value, int Line);

/// <summary>What a crawler's leading YAML block says about the page (placeholders already left out).</summary>
public sealed record CrawlerMetadata
{
    /// <summary>The page title with a site-name suffix removed ("Title | Site" → "Title").</summary>
    public CrawlerField<string>? Title { get; init; }

    /// <summary>The journal, volume and issue the raw title names after the article's title (<see cref="PublicationIssueLine.InTitleSuffix"/>).</summary>
    public PublicationIssue? TitleIssue { get; init; }

    /// <summary>The site's name: the block's <c>site_name</c> (a name, not a bare domain), else the suffix the title carried, if any.</summary>
    public string? SiteName { get; init; }

    public CrawlerField<string>? Url { get; init; }
    public CrawlerField<DateReading>? Date { get; init; }
    public CrawlerField<string>? Description { get; init; }
    public CrawlerField<IReadOnlyList<string>>? Authors { get; init; }

    /// <summary>Where <see cref="SiteName"/> was read (a saved page's og:site_name, its logo), for the editor; null when unknown.</summary>
    public string? SiteNameFrom { get; init; }

    /// <summary>
    /// The kind the block's genre keys name: a label (<c>kicker</c>, <c>genre</c>, <c>kind</c>), a section or category
    /// that is a genre, else a schema.org <c>type</c>. Weak when only a platform's default type says so (see
    /// <see cref="SchemaTypeGenre"/>): the page's own evidence then comes first.
    /// </summary>
    public CrawlerField<GenreEvidence>? Kind { get; init; }
    public bool KindIsWeak { get; init; }

    /// <summary>The kind was read from a saved page's markup (<see cref="Originals.PageFacts"/>), not from a line of the block.</summary>
    public bool KindFromMarkup { get; init; }

    /// <summary>1-based seed lines of the block's opening and closing <c>---</c>.</summary>
    public int FirstLine { get; init; }
    public int LastLine { get; init; }
}

/// <summary>
/// A block of <c>key: value</c> lines between <c>---</c> lines at the very start of a scraped page, written by the
/// crawler (title, source, date, description, author). Read before format detection; its lines are blanked (the
/// line count is kept) so the readers see only the page text. Placeholders ("unknown", "n/a", "none", "null",
/// empty) are ignored. Pure.
/// </summary>
public static partial class CrawlerFrontMatter
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "", "unknown", "n/a", "na", "none", "null", "nil", "undefined", "-", "--", "untitled", "no title", "tbd", "~",
    };

    private static readonly string[] TitleKeys = ["title", "og_title", "headline", "name"];
    private static readonly string[] UrlKeys = ["source", "url", "source_url", "original_url", "canonical", "canonical_url", "link", "permalink"];
    private static readonly string[] DateKeys = ["date", "published", "published_at", "publish_date", "published_date", "date_published", "pubdate", "created", "created_at"];
    private static readonly string[] UpdatedKeys = ["updated", "modified", "updated_at", "date_modified", "last_modified"];
    private static readonly string[] DescriptionKeys = ["description", "summary", "excerpt", "og_description", "abstract"];
    private static readonly string[] AuthorKeys = ["author", "authors", "byline", "creator"];
    private static readonly string[] SiteNameKeys = ["site_name", "og_site_name", "sitename"];
    private static readonly string[] LabelKeys = ["kicker", "genre", "kind", "label", "eyebrow"];
    private static readonly string[] SectionKeys = ["section", "article_section", "category", "categories"];
    private static readonly string[] TypeKeys = ["type", "schema_type", "ld_type"];

    /// <summary>The block's metadata and the text with the block's lines blanked; (null, text) when there is no block.</summary>
    public static (CrawlerMetadata? Metadata, string Text) Read(string text)
    {
        var lines = text.Split('\n');
        var open = 0;
        while (open < lines.Length && lines[open].Trim().Length == 0) open++;
        if (open >= lines.Length || lines[open].Trim() != "---") return (null, text);

        var fields = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        var lists = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        string? listKey = null;
        var close = -1;
        for (var i = open + 1; i < lines.Length && i <= open + 60; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Trim() is "---" or "...") { close = i; break; }
            if (line.Trim().Length == 0) continue;
            if (listKey is not null && ListItem().Match(line) is { Success: true } item)
            {
                lists[listKey].Add(Unquote(item.Groups["value"].Value));
                continue;
            }
            var field = Field().Match(line);
            if (!field.Success) return (null, text); // not a key: value block
            var key = field.Groups["key"].Value.Replace('-', '_');
            var value = field.Groups["value"].Value.Trim();
            listKey = null;
            if (value.Length == 0) { listKey = key; lists[key] = new List<string>(); }
            fields.TryAdd(key, (value, i + 1));
        }
        if (close < 0 || fields.Count == 0) return (null, text);
        if (!fields.Keys.Any(k => TitleKeys.Concat(UrlKeys).Concat(DateKeys).Concat(DescriptionKeys).Concat(AuthorKeys).Contains(k, StringComparer.OrdinalIgnoreCase)))
            return (null, text);

        CrawlerField<string>? Pick(string[] keys)
        {
            foreach (var key in keys)
                if (fields.TryGetValue(key, out var f) && Value(f.Value) is { } v) return new CrawlerField<string>(v, f.Line);
            return null;
        }

        var rawTitle = Pick(TitleKeys);
        // "Title | World news | Site": the section the title carries is left out of the title, and names the kind.
        var section = rawTitle is null ? null : TitleSection(rawTitle.Value);
        var (title, site) = rawTitle is null ? (null, null) : SplitSiteSuffix(section?.Title ?? rawTitle.Value);
        var url = Pick(UrlKeys) is { } u && Uri.TryCreate(u.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? u : null;
        var dateField = Pick(DateKeys) ?? Pick(UpdatedKeys);
        var date = dateField is not null && DateLine.Parse(dateField.Value) is { } reading
            ? new CrawlerField<DateReading>(reading, dateField.Line)
            : null;

        CrawlerField<IReadOnlyList<string>>? authors = null;
        foreach (var key in AuthorKeys)
        {
            if (!fields.TryGetValue(key, out var f)) continue;
            var names = lists.TryGetValue(key, out var items) && items.Count > 0
                ? items.Where(n => Value(n) is not null).Select(PersonNames.Clean).ToList()
                : Value(f.Value) is { } v ? PersonNames.Split(v.Trim('[', ']')).Select(n => Unquote(n)).Where(n => Value(n) is not null).ToList() : [];
            if (names.Count > 0) { authors = new CrawlerField<IReadOnlyList<string>>(names, f.Line); break; }
        }

        var (kind, kindIsWeak) = KindOf(Pick);
        if ((kind is null || kindIsWeak) && section is not null) (kind, kindIsWeak) = (new(section.Value.Kind, rawTitle!.Line), false);

        var blanked = lines.ToArray();
        for (var i = open; i <= close; i++) blanked[i] = "";
        var metadata = new CrawlerMetadata
        {
            Title = title is null ? null : new CrawlerField<string>(title, rawTitle!.Line),
            TitleIssue = rawTitle is null ? null : PublicationIssueLine.InTitleSuffix(rawTitle.Value),
            // A named site ("Frontier Ledger"), not a bare domain: a crawler's domain field says less than the title's suffix.
            SiteName = Pick(SiteNameKeys)?.Value is { } named && !IsBareDomain(named) ? named : site,
            Url = url,
            Date = date,
            Description = Pick(DescriptionKeys),
            Authors = authors,
            Kind = kind,
            KindIsWeak = kindIsWeak,
            FirstLine = open + 1,
            LastLine = close + 1,
        };
        return (metadata, string.Join('\n', blanked));
    }

    /// <summary>The kind the block's genre keys name, strongest first: a printed label, a section that is a genre, a schema.org type.</summary>
    private static (CrawlerField<GenreEvidence>? Kind, bool Weak) KindOf(Func<string[], CrawlerField<string>?> pick)
    {
        foreach (var key in LabelKeys)
            if (pick([key]) is { } label && Genres.OwnLabel(label.Value) is { } labelled)
                return (new(new GenreEvidence(labelled, $"the page's genre label '{label.Value}' (the block's '{key}')"), label.Line), false);
        foreach (var key in SectionKeys)
            if (pick([key]) is { } section && section.Value.Split(',').Select(v => v.Trim()).FirstOrDefault(v => Genres.Of(v) is not null) is { } genre)
                return (new(new GenreEvidence(Genres.Of(genre)!, $"the page's section '{genre}', a genre (the block's '{key}')"), section.Line), false);
        if (pick(TypeKeys) is { } type && SchemaTypeGenre.Of(type.Value.Split(',')) is { } typed)
            return (new(typed.Evidence, type.Line), typed.Weak);
        return (null, false);
    }

    /// <summary>
    /// A section the crawler's title carries between separators beside the article's title ("Title | Analysis | Site",
    /// "Site — Commentary — Title", "Title | World news"): the genre it names (<see cref="Genres.Of"/>, the whole part)
    /// and the title without it, the site's name kept last for <see cref="SplitSiteSuffix"/>. The longest part is the
    /// article's title and never a section; with no part of three words or more left, the title is kept whole. Null
    /// when no other part is a genre label.
    /// </summary>
    public static (string Title, GenreEvidence Kind)? TitleSection(string title)
    {
        var parts = SectionSeparator().Split(title.Trim()).Select(p => p.Trim()).ToList();
        if (parts.Count < 2 || parts.Any(p => p.Length == 0)) return null;
        var longest = parts.Select((p, i) => (Words: TextLines.WordCount(p), i)).MaxBy(x => x.Words).i;
        for (var k = 0; k < parts.Count; k++)
        {
            if (k == longest || Genres.Of(parts[k]) is not { } kind) continue;
            var evidence = new GenreEvidence(kind, $"the page's title names its section '{parts[k]}', a genre");
            if (TextLines.WordCount(parts[longest]) < 3) return (title.Trim(), evidence);
            // "Site — Commentary — Title": the site before the section, the title after it.
            var rest = k == 1 && parts.Count == 3 && longest == 2
                ? [parts[2], parts[0]]
                : parts.Where((_, i) => i != k).ToList();
            return (string.Join(" | ", rest), evidence);
        }
        return null;
    }

    [GeneratedRegex(@"\s+[|–—-]\s+")]
    private static partial Regex SectionSeparator();

    /// <summary>
    /// "Title | Site", "Title - Site", "Title — Site" → ("Title", "Site") when the suffix is a short site name;
    /// otherwise the whole title and no site. An edition after the name ("Site | English Edition") is passed over and a
    /// tagline after it ("Site, the free encyclopedia") is left out (<see cref="SiteName.Bare"/>).
    /// </summary>
    public static (string Title, string? Site) SplitSiteSuffix(string title)
    {
        // "Title - Journal of X - Volume 9, Issue 1": a journal's page names the journal and the issue after the title.
        if (PublicationIssueLine.SplitTitle(title) is { } journalTitle) return (journalTitle.Title, journalTitle.Issue.Publication);
        var match = SiteSuffix().Match(title);
        if (!match.Success) return (title.Trim(), null);
        var head = match.Groups["title"].Value.Trim();
        var site = match.Groups["site"].Value.Trim();
        // "Title - Journal - Volume 9, Issue 1": the issue a journal's page names last is not the site; the journal before it is.
        if (VolumeIssueLine.Parse(site) is { Before.Length: 0 } && SplitSiteSuffix(head) is { Site: not null } journal) return journal;
        var strong = match.Groups["sep"].Value == "|";
        var siteWords = TextLines.WordCount(site);
        // After a "|", an institution's long name ("Ministry of Justice of the Republic of Valmora") is still a site name.
        var maxSiteWords = strong ? (IsProperName(site) ? 10 : 6) : 4;
        if (siteWords > maxSiteWords || site.Length > (strong ? 80 : 50) || TextLines.WordCount(head) < (strong ? 1 : 3)) return (title.Trim(), null);
        if (site[^1] is '.' or '?' or '!' or ':') return (title.Trim(), null);
        // A site name is capitalised or a domain ("Daily Ledger", "ledger.example"), not the end of a sentence.
        if (!(char.IsUpper(site[0]) || site.Contains('.', StringComparison.Ordinal))) return (title.Trim(), null);
        // "… - Diário do Litoral | English Edition": an edition or section of the site is not its name; the name is before it.
        if (SiteName.IsEditionName(site) && SplitSiteSuffix(head) is { Site: { } outlet } inner) return (inner.Title, outlet);
        return (head, SiteName.Bare(site));
    }

    /// <summary>Every word capitalised but the small joining words ("of", "the", "and", "for").</summary>
    private static bool IsProperName(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || w is "of" or "the" or "and" or "for" or "on" or "in" or "de" or "&");

    private static bool IsBareDomain(string text) => !text.Contains(' ', StringComparison.Ordinal) && text.Contains('.', StringComparison.Ordinal);

    private static string? Value(string raw)
    {
        var value = Unquote(raw);
        return Placeholders.Contains(value) ? null : value;
    }

    private static string Unquote(string raw)
    {
        var value = raw.Trim();
        if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
            value = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("''", "'", StringComparison.Ordinal);
        return value.Trim();
    }

    [GeneratedRegex(@"^(?<key>[A-Za-z][A-Za-z0-9_\-]*)\s*:(?:\s+(?<value>.*)|\s*)$")]
    private static partial Regex Field();

    [GeneratedRegex(@"^\s*-\s+(?<value>.+)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?<title>.+\S)\s+(?<sep>[|–—-])\s+(?<site>[^|–—]+)$")]
    private static partial Regex SiteSuffix();
}
