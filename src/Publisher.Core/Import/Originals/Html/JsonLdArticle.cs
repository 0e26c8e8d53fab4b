using System.Text.Json;

namespace Publisher.Core.Import.Originals.Html;

/// <summary>What a page's JSON-LD says about its article (<c>NewsArticle</c>, <c>Article</c>, <c>BlogPosting</c>, …).</summary>
internal sealed record JsonLdFields(
    string? Headline, IReadOnlyList<string> Authors, string? DatePublished, string? Publisher, string? Section, string? Url, string? Description)
{
    /// <summary>The article object's <c>@type</c> values ("NewsArticle", ["Article", "OpinionNewsArticle"]).</summary>
    public IReadOnlyList<string> Types { get; init; } = [];
}

/// <summary>
/// Reads the article object of a page's <c>application/ld+json</c> scripts: a bare object, an array of objects or an
/// <c>@graph</c>, authors as a string, an object with <c>name</c> or an array of either. Broken JSON is skipped. Pure.
/// </summary>
internal static class JsonLdArticle
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "Report", "AnalysisNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
        "ScholarlyArticle", "TechArticle", "LiveBlogPosting", "BackgroundNewsArticle", "PressRelease", "SocialMediaPosting",
    };

    /// <summary>The first article object among the scripts' texts, or null.</summary>
    public static JsonLdFields? Read(IEnumerable<string> scripts)
    {
        foreach (var script in scripts)
        {
            JsonDocument document;
            try { document = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
            catch (JsonException) { continue; }
            using (document)
                if (Objects(document.RootElement).FirstOrDefault(IsArticle) is { ValueKind: JsonValueKind.Object } article)
                    return Fields(article);
        }
        return null;
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            foreach (var o in Objects(item)) yield return o;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var o in Objects(graph)) yield return o;
        }
    }

    private static bool IsArticle(JsonElement o) => TypesOf(o).Any(ArticleTypes.Contains);

    private static IEnumerable<string> TypesOf(JsonElement o) =>
        !o.TryGetProperty("@type", out var type) ? []
            : type.ValueKind == JsonValueKind.String ? [type.GetString()!]
            : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!) : [];

    private static JsonLdFields Fields(JsonElement o) => new(
        Text(o, "headline") ?? Text(o, "name"),
        Names(o, "author").Distinct(StringComparer.Ordinal).ToList(),
        Text(o, "datePublished") ?? Text(o, "dateCreated") ?? Text(o, "dateModified"),
        o.TryGetProperty("publisher", out var publisher) ? Names(publisher).FirstOrDefault() : null,
        Text(o, "articleSection"),
        Text(o, "url") ?? (o.TryGetProperty("mainEntityOfPage", out var page) ? (page.ValueKind == JsonValueKind.String ? page.GetString() : Text(page, "@id")) : null),
        Text(o, "description")) { Types = TypesOf(o).ToList() };

    /// <summary>A property's text: a string, or the first string of an array.</summary>
    private static string? Text(JsonElement o, string name)
    {
        if (o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(name, out var value)) return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array => value.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()).FirstOrDefault(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : HtmlText.Collapse(text);
    }

    private static IEnumerable<string> Names(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) ? Names(value) : [];

    /// <summary>Names in a person/organisation value: "Name", {"name": "Name"}, or an array of either.</summary>
    private static IEnumerable<string> Names(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String when !string.IsNullOrWhiteSpace(value.GetString()) => [HtmlText.Collapse(value.GetString()!)],
        JsonValueKind.Object => Text(value, "name") is { } n ? [n] : [],
        JsonValueKind.Array => value.EnumerateArray().SelectMany(Names),
        _ => [],
    };
}
