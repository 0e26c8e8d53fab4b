using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// A page's render-cache key made from its model's inputs (<see cref="PageInputKeys"/>: articles, tags' and authors'
/// lists, issues) must change whenever its model does: for every edit below and every such page, a changed key model (the
/// model-hash key the other kinds use) means a changed input key. The byte-for-byte check is
/// <c>IncrementalEqualityTests</c>; this one names the input an omission would have missed.
/// </summary>
public class PageInputKeysTests
{
    /// <summary>
    /// <see cref="PageInputKeys.AddArticle"/> hashes every property of <see cref="Article"/>: a new property fails this
    /// test until it is hashed there (and listed here).
    /// </summary>
    [Fact]
    public void Every_property_of_an_article_is_in_its_page_key()
    {
        var hashed = new[]
        {
            "Slug", "DerivedSlugFile", "Title", "Date", "Updated", "Draft", "Aliases", "Publication", "PublicationSlug", "Volume", "IssueNumber",
            "Kind", "Summary", "Url", "Sources", "Authors", "Tags", "BodyText", "SourcePath", "BodyStartLine",
            // Derived from the ones above: Body is BodyText decoded; IsThirdParty and Issue are made of the publication, volume and issue.
            "Body", "IsThirdParty", "Issue",
        };
        Assert.Equal(hashed.Order(StringComparer.Ordinal), typeof(Article).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    private static readonly (string What, Action<string> Edit)[] Edits =
    [
        ("a related article's title", input => Replace(input, "articles/2021/19-22/pakistan-tlp.md", "title: \"Pakistan's Deal", "title: \"Pakistan's Edited Deal")),
        ("a related article's summary", input => Insert(input, "articles/2021/19-22/pakistan-tlp.md", "summary: \"An edited summary.\"")),
        ("a related article's opening", input => Replace(input, "articles/2021/19-22/pakistan-tlp.md", "\n---\n\n", "\n---\n\nAn opening paragraph written by the test.\n\n")),
        ("a related article's date", input => Replace(input, "articles/2021/19-22/pakistan-tlp.md", "date: 2021-", "date: 2019-")),
        ("a related article's kind", input => Replace(input, "articles/2021/19-22/pakistan-tlp.md", "kind: feature", "kind: news")),
        ("a related article's draft flag", input => Insert(input, "articles/2021/19-22/pakistan-tlp.md", "draft: true")),
        ("an article's tags (the related choice)", input => Replace(input, "articles/2021/19-21/militias-elections.md", "- Iraq\n", "- Iraq\n- Pakistan\n- Blasphemy\n")),
        ("an article's author", input => Replace(input, "articles/2021/19-22/togo-attack.md", "- Jacob Zenn\n", "- Rami Jameel\n")),
        ("a neighbour's title in the issue", input => Replace(input, "articles/2021/19-22/iraq-assassination.md", "title: Assassination Attempt", "title: An Assassination Attempt")),
        ("an author's name", input => Replace(input, "authors/jacob-zenn.md", "name: Jacob Zenn\n", "name: Jacob A. Zenn\n").Also(() =>
            Replace(input, "authors/jacob-zenn.md", "- J. Zenn\n", "- J. Zenn\n- Jacob Zenn\n"))),
        ("an author's bio", input => File.AppendAllText(Path.Combine(input, "authors/rami-jameel.md"), "\nMore of the bio.\n")),
        ("a tag's label", input => Replace(input, "tags.yml", "{ name: Togo, slug: togo, kind: country, aliases: [Togolese] }",
            "{ name: Togolese Republic, slug: togo, kind: country, aliases: [Togo, Togolese] }")),
        ("a publication's name", input => Replace(input, "site.yml", "  - name: Terrorism Monitor\n", "  - name: The Terrorism Monitor\n    aliases: [Terrorism Monitor]\n")),
        ("site.yml's title", input => Replace(input, "site.yml", "title: Terrorism Monitor Archive", "title: An Archive Retitled")),
        ("site.yml's language and copyright", input => Replace(input, "site.yml", "language: en", "language: en-GB").Also(() =>
            Replace(input, "site.yml", "copyright: ©", "copyright: Copyright"))),
        ("site.yml's page size", input => Replace(input, "site.yml", "page_size: 2", "page_size: 3")),
        ("a tag's kind and description", input => Replace(input, "tags.yml", "{ name: Europe, slug: europe, kind: region }",
            "{ name: Europe, slug: europe, kind: theme, description: \"A *continent*.\" }")),
        ("a profile-less author's profile", input => File.WriteAllText(Path.Combine(input, "authors/rueben-dass.md"), "---\nname: Rueben Dass\n---\n\nA new profile.\n")),
        ("an article added to an issue", input => File.WriteAllText(Path.Combine(input, "articles/2021/19-22/added.md"),
            "---\ntitle: An Added Article\nauthors:\n- Rami Jameel\ndate: 2021-11-19\nvolume: 19\nissue: 22\nkind: brief\ntags:\n- Iraq\n---\n\nAn added article.\n")),
        ("a new issue", input => File.WriteAllText(Path.Combine(input, "articles/2021/19-22/later.md"),
            "---\ntitle: A Later Article\nauthors:\n- Rami Jameel\ndate: 2021-12-03\nvolume: 19\nissue: 23\nkind: brief\ntags:\n- Togo\n---\n\nA later article.\n")),
        ("site.yml's base URL", input => Replace(input, "site.yml", "base_url: https://monitor-archive.example.org/", "base_url: https://elsewhere.example.org/archive/")),
    ];

    [Fact]
    public void An_edit_that_changes_an_article_pages_model_changes_its_input_key()
    {
        var reachedOtherPages = 0;
        foreach (var (what, edit) in Edits)
        {
            // The same folder before and after: an article's source path (in its key) names it.
            using var temp = new TempDirectory();
            FixtureSite.CopyTree(FixtureSite.FixtureInput, temp.Path);
            var before = Keys(temp.Path);
            edit(temp.Path);
            var after = Keys(temp.Path);
            var modelChanged = 0;
            foreach (var (url, (input, model)) in after)
            {
                if (!before.TryGetValue(url, out var old)) continue;
                if (old.Model.AsSpan().SequenceEqual(model)) continue;
                modelChanged++;
                Assert.False(old.Input.AsSpan().SequenceEqual(input), $"{what}: the page {url} has another model but the same input key");
            }
            // Every edit here changes some page's model (else it tests nothing).
            Assert.True(modelChanged > 0, $"{what} changed no input-keyed page's model");
            if (modelChanged > 1) reachedOtherPages++;
        }
        Assert.True(reachedOtherPages > Edits.Length / 2);
    }

    /// <summary>An article page shows a tag's name, not its kind or description (the tag's own page does): such an edit changes no article page's key.</summary>
    [Fact]
    public void An_edit_article_pages_do_not_show_leaves_their_input_keys_alone()
    {
        using var temp = new TempDirectory();
        FixtureSite.CopyTree(FixtureSite.FixtureInput, temp.Path);
        var before = Keys(temp.Path);
        Replace(temp.Path, "tags.yml", "{ name: Europe, slug: europe, kind: region }", "{ name: Europe, slug: europe, kind: theme, description: \"A *continent*.\" }");
        var after = Keys(temp.Path);
        foreach (var (url, keys) in after.Where(p => p.Key.StartsWith("/articles/", StringComparison.Ordinal)))
        {
            Assert.True(keys.Model.AsSpan().SequenceEqual(before[url].Model), url);
            Assert.True(keys.Input.AsSpan().SequenceEqual(before[url].Input), url);
        }
    }

    /// <summary>An issue's old address shows its publication's name and the site's title: either edit gives every such redirect another model and another key.</summary>
    [Fact]
    public void A_publication_name_or_site_title_edit_changes_every_issue_redirects_key()
    {
        foreach (var edit in new Action<string>[]
        {
            input => Replace(input, "site.yml", "  - name: Terrorism Monitor\n", "  - name: The Terrorism Monitor\n    aliases: [Terrorism Monitor]\n"),
            input => Replace(input, "site.yml", "title: Terrorism Monitor Archive", "title: An Archive Retitled"),
        })
        {
            using var temp = new TempDirectory();
            FixtureSite.CopyTree(FixtureSite.FixtureInput, temp.Path);
            var before = Keys(temp.Path, PageKinds.IssueRedirect);
            edit(temp.Path);
            var after = Keys(temp.Path, PageKinds.IssueRedirect);
            Assert.NotEmpty(before);
            Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
            foreach (var (url, keys) in after)
            {
                Assert.False(keys.Model.AsSpan().SequenceEqual(before[url].Model), url);
                Assert.False(keys.Input.AsSpan().SequenceEqual(before[url].Input), url);
            }
        }
    }

    [Fact]
    public void An_unchanged_site_gives_every_article_page_the_same_input_key()
    {
        using var temp = new TempDirectory();
        FixtureSite.CopyTree(FixtureSite.FixtureInput, temp.Path);
        var first = Keys(temp.Path);
        var second = Keys(temp.Path);
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (slug, keys) in first) Assert.True(keys.Input.AsSpan().SequenceEqual(second[slug].Input), slug);
    }

    /// <summary>Each input-keyed page's input key and model-hash key (its key model's SHA-256, as the other kinds are keyed), by URL.</summary>
    private static Dictionary<string, (byte[] Input, byte[] Model)> Keys(string inputDir, string? kind = null)
    {
        var diagnostics = new DiagnosticBag();
        var site = SiteLoader.Load(inputDir, diagnostics);
        Assert.True(site is not null && !diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        var bodies = site!.Articles.ToDictionary(a => a.Slug, ArticleMarkdown.Parse, StringComparer.Ordinal);
        var plans = new PageFactory(site, new Permalinks(site.Config.BaseUrl), bodies).Plan().Where(p => p.InputKey is not null).ToList();
        // Articles, tags' and authors' lists, issues, issues' old addresses and the archive are keyed on their inputs.
        Assert.Equal([PageKinds.Article, PageKinds.Issue, PageKinds.IssueRedirect, PageKinds.Author, PageKinds.Tag, PageKinds.Archive], plans.Select(p => p.Kind.Name).Distinct());
        return plans.Where(p => kind is null || p.Kind.Name == kind).ToDictionary(p => p.Url, p => (p.InputKey!(), RenderCache.KeyOf((p.KeyModel ?? p.Model)())), StringComparer.Ordinal);
    }

    private static Unit Replace(string input, string file, string from, string to)
    {
        var path = Path.Combine(input, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return default;
    }

    /// <summary>Adds a front matter field after the title.</summary>
    private static void Insert(string input, string file, string field)
    {
        var path = Path.Combine(input, file);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        lines.Insert(lines.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal)) + 1, field);
        File.WriteAllText(path, string.Join('\n', lines));
    }

    private readonly struct Unit
    {
        public void Also(Action then) => then();
    }
}
