using System.Text.Json;
using System.Text.Json.Nodes;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// schema.org JSON-LD for each page kind. Written with System.Text.Json's default encoder, which escapes
/// &lt; &gt; &amp; so the text is safe inside a script element; property order is fixed.
/// </summary>
public sealed class JsonLd(Site site, Permalinks permalinks)
{
    private const string Context = "https://schema.org";

    public string WebSite() => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "WebSite",
        ["name"] = site.Config.Title,
        ["description"] = site.Config.Description,
        ["url"] = permalinks.Absolute(Permalinks.Home),
        ["inLanguage"] = site.Config.Language,
    });

    public string Article(Article article, string description)
    {
        var node = new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = article.IsThirdParty || article.Kind is "brief" or "news" ? "NewsArticle" : "Article",
            ["headline"] = article.Title,
            ["description"] = description,
            ["datePublished"] = Labels.IsoDate(article.Date),
            ["dateModified"] = article.Updated is { } updated ? Labels.IsoMoment(updated) : Labels.IsoDate(article.Date),
            ["url"] = permalinks.Absolute(Permalinks.Article(article.Slug)),
            ["mainEntityOfPage"] = permalinks.Absolute(Permalinks.Article(article.Slug)),
            ["inLanguage"] = site.Config.Language,
            ["author"] = new JsonArray(article.Authors.Select(slug => (JsonNode)Person(site.AuthorBySlug[slug])).ToArray()),
            ["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = article.Publication },
        };
        if (article.Tags.Count > 0)
            node["keywords"] = new JsonArray(article.Tags.Select(t => (JsonNode)JsonValue.Create(site.TagBySlug[t].Name)).ToArray());
        if (article.Issue is { } key)
            node["isPartOf"] = IssueNode(key);
        if (article.Url is { } url)
            node["sameAs"] = url;
        return Write(node);
    }

    public string Issue(Issue issue)
    {
        var node = IssueNode(issue.Key, withContext: true);
        node["datePublished"] = Labels.IsoDate(issue.Date);
        node["hasPart"] = new JsonArray(issue.Articles.Select(slug => (JsonNode)new JsonObject
        {
            ["@type"] = "Article",
            ["headline"] = site.ArticleBySlug[slug].Title,
            ["url"] = permalinks.Absolute(Permalinks.Article(slug)),
        }).ToArray());
        return Write(node);
    }

    /// <summary>A publication's landing page: the publication as a schema.org Periodical.</summary>
    public string Periodical(Publication publication, string description)
    {
        var node = PeriodicalNode(publication.Slug, withContext: true);
        node["description"] = description;
        node["inLanguage"] = site.Config.Language;
        return Write(node);
    }

    public string Author(Author author, string description)
    {
        var person = Person(author, withContext: true);
        if (description.Length > 0) person["description"] = description;
        return Write(person);
    }

    public string Collection(string name, string url, string description) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "CollectionPage",
        ["name"] = name,
        ["description"] = description,
        ["url"] = permalinks.Absolute(url),
        ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = site.Config.Title, ["url"] = permalinks.Absolute(Permalinks.Home) },
    });

    public string WebPage(string name) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "WebPage",
        ["name"] = name,
        ["isPartOf"] = new JsonObject { ["@type"] = "WebSite", ["name"] = site.Config.Title, ["url"] = permalinks.Absolute(Permalinks.Home) },
    });

    private JsonObject Person(Author author, bool withContext = false)
    {
        var node = withContext ? new JsonObject { ["@context"] = Context } : new JsonObject();
        node["@type"] = "Person";
        node["name"] = author.Name;
        node["url"] = permalinks.Absolute(Permalinks.Author(author.Slug));
        return node;
    }

    /// <summary>An issue: a PublicationIssue, part of a PublicationVolume, part of its publication's Periodical.</summary>
    private JsonObject IssueNode(IssueKey key, bool withContext = false)
    {
        var node = withContext ? new JsonObject { ["@context"] = Context } : new JsonObject();
        node["@type"] = "PublicationIssue";
        node["name"] = $"{site.PublicationBySlug[key.Publication].Name} — {Labels.Issue(key)}";
        node["issueNumber"] = key.Number;
        node["url"] = permalinks.Absolute(Permalinks.Issue(key));
        node["isPartOf"] = new JsonObject
        {
            ["@type"] = "PublicationVolume",
            ["volumeNumber"] = key.Volume,
            ["isPartOf"] = PeriodicalNode(key.Publication),
        };
        return node;
    }

    private JsonObject PeriodicalNode(string publication, bool withContext = false)
    {
        var node = withContext ? new JsonObject { ["@context"] = Context } : new JsonObject();
        node["@type"] = "Periodical";
        node["name"] = site.PublicationBySlug[publication].Name;
        node["url"] = permalinks.Absolute(Permalinks.Publication(publication));
        return node;
    }

    private static string Write(JsonNode node) => node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
