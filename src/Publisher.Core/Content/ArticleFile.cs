using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Core.Content;

/// <summary>An article as stored in <c>input/articles/</c>: typed front matter plus Markdown body.</summary>
/// <param name="BodyStartLine">1-based line of the body's first line in the file, for diagnostics on the body.</param>
public sealed record ArticleDocument(ArticleFrontMatter FrontMatter, string Body, string Path, int BodyStartLine = 1)
{
    /// <summary>Where each front matter field is written, for diagnostics about its value.</summary>
    public IReadOnlyDictionary<string, SourceLocation> FieldLocations { get; init; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

    /// <summary>Where each item of a list field (authors, tags) is written, in the field's order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<SourceLocation>> ItemLocations { get; init; } = new Dictionary<string, IReadOnlyList<SourceLocation>>(StringComparer.Ordinal);

    /// <summary>Where item <paramref name="index"/> of list field <paramref name="field"/> is written, else the field's location.</summary>
    public SourceLocation LocationOf(string field, int index) =>
        ItemLocations.TryGetValue(field, out var items) && index < items.Count ? items[index] : LocationOf(field);

    /// <summary>The field's location, or the front matter's first line when the field is not written.</summary>
    public SourceLocation LocationOf(string field) =>
        FieldLocations.TryGetValue(field, out var location) ? location : new SourceLocation(Path, 2);
}

/// <summary>Reads and writes article files. Pure: text in, text (or typed document and diagnostics) out.</summary>
public static class ArticleFile
{
    /// <summary>The field names, in the order they are written.</summary>
    public static IReadOnlyList<string> KnownFields => KnownKeys.Article.All;

    public static string Write(ArticleFrontMatter fm, string body)
    {
        var yaml = new YamlWriter()
            .Add(KnownKeys.Article.Title, fm.Title)
            .Add(KnownKeys.Article.Draft, fm.Draft ? true : null)
            .Add(KnownKeys.Article.Slug, fm.Slug)
            .Add(KnownKeys.Article.Aliases, fm.Aliases)
            .Add(KnownKeys.Article.Authors, fm.Authors, writeEmpty: true)
            .Add(KnownKeys.Article.Date, fm.Date)
            .Add(KnownKeys.Article.Updated, fm.Updated)
            .Add(KnownKeys.Article.Publication, fm.Publication)
            .Add(KnownKeys.Article.Volume, fm.Volume)
            .Add(KnownKeys.Article.Issue, fm.Issue)
            .Add(KnownKeys.Article.Kind, fm.Kind)
            .Add(KnownKeys.Article.Tags, fm.Tags, writeEmpty: true)
            .Add(KnownKeys.Article.Summary, fm.Summary)
            .Add(KnownKeys.Article.Url, fm.Url)
            .Add(KnownKeys.Article.Sources, fm.Sources)
            .Add(KnownKeys.Article.Inferred, fm.Inferred)
            .ToString();
        return "---\n" + yaml + "---\n\n" + body.Trim('\n') + "\n";
    }

    /// <summary>
    /// Parses an article file. Returns null (with an error diagnostic) only when there is no usable
    /// title; every other problem is a warning and the field falls back to its default.
    /// </summary>
    public static ArticleDocument? Read(string text, string path, List<Diagnostic> diagnostics)
    {
        var split = FrontMatterSplitter.Split(text);
        if (split.Yaml is null)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterMissing,
                "article has no front matter (a block between '---' lines at the top with at least title and date)",
                new SourceLocation(path, 1)));
            return null;
        }

        var fields = YamlFields.Parse(split.Yaml, path, split.YamlStartLine, diagnostics);
        if (fields is null) return null;

        UnknownKeys.Report(fields, KnownKeys.Article.All, "front matter", diagnostics);

        var title = fields.String(KnownKeys.Article.Title)?.Trim();
        if (string.IsNullOrEmpty(title))
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RequiredFieldMissing, "article has no 'title'", new SourceLocation(path, split.YamlStartLine)));
            return null;
        }

        var diagnosticsBeforeDate = diagnostics.Count;
        var date = fields.Date(KnownKeys.Article.Date);
        if (date is null && !fields.Has(KnownKeys.Article.Date))
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RequiredFieldMissing, "article has no 'date'", new SourceLocation(path, split.YamlStartLine)));
        else if (date is null)
            // An article without a date has no place on the site: an error, carrying the reason the value's warning gave (one cause, one message).
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.RequiredFieldMissing,
                $"article has no usable 'date': {TakeDateReason(diagnostics, diagnosticsBeforeDate)}; the article is left out until it has one",
                fields.LocationOf(KnownKeys.Article.Date)));

        var fm = new ArticleFrontMatter
        {
            Title = title,
            Slug = NullIfBlank(fields.String(KnownKeys.Article.Slug)),
            Authors = fields.List(KnownKeys.Article.Authors),
            Date = date,
            Updated = fields.DateOrDateTime(KnownKeys.Article.Updated),
            Draft = fields.Bool(KnownKeys.Article.Draft) ?? false,
            Aliases = fields.List(KnownKeys.Article.Aliases),
            Publication = NullIfBlank(fields.String(KnownKeys.Article.Publication)),
            Volume = fields.Int(KnownKeys.Article.Volume),
            Issue = fields.Int(KnownKeys.Article.Issue),
            Kind = NullIfBlank(fields.String(KnownKeys.Article.Kind))?.ToLowerInvariant(),
            Tags = fields.List(KnownKeys.Article.Tags),
            Summary = NullIfBlank(fields.String(KnownKeys.Article.Summary)),
            Url = NullIfBlank(fields.String(KnownKeys.Article.Url)),
            Sources = fields.List(KnownKeys.Article.Sources),
            Inferred = fields.List(KnownKeys.Article.Inferred),
        };
        var locations = fields.Keys.Where(KnownFields.Contains).Distinct(StringComparer.Ordinal)
            .ToDictionary(key => key, fields.LocationOf, StringComparer.Ordinal);
        var items = new[] { KnownKeys.Article.Authors, KnownKeys.Article.Tags, KnownKeys.Article.Aliases }
            .ToDictionary(key => key, fields.ListLocations, StringComparer.Ordinal);
        return new ArticleDocument(fm, split.Body, path, split.BodyStartLine) { FieldLocations = locations, ItemLocations = items };
    }

    /// <summary>
    /// Removes the warning <see cref="YamlFields.Date"/> gave for the article's date (added since <paramref name="from"/>)
    /// and returns its reason ("2021-13-45 is not a real date: month 13 does not exist …", "should be written YYYY-MM-DD").
    /// </summary>
    private static string TakeDateReason(List<Diagnostic> diagnostics, int from)
    {
        var index = diagnostics.FindIndex(from, d => d.Code == DiagnosticCodes.FieldInvalid);
        if (index < 0) return "it should be written YYYY-MM-DD";
        var message = diagnostics[index].Message;
        diagnostics.RemoveAt(index);
        const string ignored = "; the value is ignored";
        if (message.EndsWith(ignored, StringComparison.Ordinal)) message = message[..^ignored.Length];
        var prefix = $"'{KnownKeys.Article.Date}' ";
        if (message.StartsWith(prefix, StringComparison.Ordinal)) message = message[prefix.Length..];
        return message.StartsWith("should ", StringComparison.Ordinal) ? "it " + message : message;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
