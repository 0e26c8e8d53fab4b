using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

public class SiteLoaderTests
{
    private const string SiteYml = "title: Test Archive\nbase_url: https://example.org/\npublications:\n  - name: Terrorism Monitor\n    first_volume_year: 2003\n";

    private static (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) Load(TempDirectory temp)
    {
        var bag = new DiagnosticBag();
        var site = SiteLoader.Load(temp.Combine("input"), bag);
        return (site, bag.Sorted());
    }

    private static string Article(string frontMatter, string body = "Text.") => $"---\n{frontMatter}\n---\n\n{body}\n";

    [Fact]
    public void Only_title_and_date_are_required_and_defaults_apply()
    {
        // Given
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        temp.Write("input/articles/deep/er/a.md", Article("title: A Plain Article\ndate: 2021-01-02"));

        // When
        var (site, diagnostics) = Load(temp);

        // Then: it builds; what it lacks is one warning
        var warning = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.ArticleFieldEmpty, Severity.Warning), (warning.Code, warning.Severity));
        var article = Assert.Single(site!.Articles);
        Assert.Equal("a-plain-article", article.Slug);
        Assert.Equal("feature", article.Kind);
        Assert.Equal("Terrorism Monitor", article.Publication);
        Assert.False(article.IsThirdParty);
        Assert.Empty(article.Authors);
        Assert.Empty(article.Tags);
        Assert.Empty(site.Issues);
    }

    [Fact]
    public void Author_aliases_map_to_the_profile_and_unknown_authors_still_exist()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        temp.Write("input/authors/jacob-zenn.md", "---\nname: Jacob Zenn\naliases:\n- J. Zenn\n---\n\nEditor.\n");
        temp.Write("input/articles/a.md", Article("title: A\ndate: 2021-01-02\nauthors:\n- J. Zenn\n- Rami Jameel"));
        temp.Write("input/articles/b.md", Article("title: B\ndate: 2021-01-03\nauthors:\n- jacob zenn"));

        var (site, _) = Load(temp);

        Assert.Equal(["jacob-zenn", "rami-jameel"], site!.Authors.Select(a => a.Slug));
        var zenn = site.AuthorBySlug["jacob-zenn"];
        Assert.True(zenn.HasProfile);
        Assert.Equal("Jacob Zenn", zenn.Name);
        Assert.Equal(["b", "a"], zenn.Articles);
        var jameel = site.AuthorBySlug["rami-jameel"];
        Assert.False(jameel.HasProfile);
        Assert.Equal("Rami Jameel", jameel.Name);
    }

    [Fact]
    public void Tags_match_definitions_by_name_alias_or_slug_and_undefined_tags_get_their_own()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        temp.Write("input/tags.yml", "tags:\n  - { name: Islamic State in Khorasan Province, slug: iskp, kind: organisation, aliases: [ISKP, IS-K] }\n  - { name: Unused, slug: unused }\n");
        temp.Write("input/articles/a.md", Article("title: A\ndate: 2021-01-02\ntags:\n- IS-K\n- Drone Warfare"));
        temp.Write("input/articles/b.md", Article("title: B\ndate: 2021-01-03\ntags:\n- iskp\n- Islamic State in Khorasan Province"));

        var (site, _) = Load(temp);

        Assert.Equal(["drone-warfare", "iskp"], site!.Tags.Select(t => t.Slug).Order(StringComparer.Ordinal));
        Assert.Equal(["b", "a"], site.TagBySlug["iskp"].Articles);
        Assert.Equal(["iskp"], site.ArticleBySlug["b"].Tags);
        Assert.Equal("Drone Warfare", site.TagBySlug["drone-warfare"].Name);
        Assert.False(site.TagBySlug["drone-warfare"].IsDefined);
    }

    [Fact]
    public void Issues_hold_only_the_sites_own_articles_briefs_first()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        temp.Write("input/articles/1-feature.md", Article("title: Feature\ndate: 2021-11-19\nvolume: 19\nissue: 22"));
        temp.Write("input/articles/2-brief.md", Article("title: Brief\ndate: 2021-11-19\nvolume: 19\nissue: 22\nkind: brief"));
        temp.Write("input/articles/3-press.md", Article("title: Press\ndate: 2021-11-20\nvolume: 19\nissue: 22\npublication: Arab News\nurl: https://www.arabnews.com/x"));
        temp.Write("input/articles/4-old.md", Article("title: Old\ndate: 2020-05-01\nvolume: 18\nissue: 9"));

        var (site, _) = Load(temp);

        Assert.Equal([new IssueKey("terrorism-monitor", 19, 22), new IssueKey("terrorism-monitor", 18, 9)], site!.Issues.Select(i => i.Key));
        Assert.Equal(["brief", "feature"], site.Issues[0].Articles);
        Assert.True(site.ArticleBySlug["press"].IsThirdParty);
        Assert.Equal("Arab News", site.ArticleBySlug["press"].Publication);
        Assert.Equal([19, 18], site.Publications[0].Volumes.Select(v => v.Number));
        Assert.Equal(2021, site.Publications[0].Volumes[0].Year);
    }

    [Fact]
    public void Two_equal_explicit_slugs_are_an_error_at_the_second_file_naming_both()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        temp.Write("input/articles/a.md", Article("title: One\nslug: same-title\ndate: 2021-01-02"));
        temp.Write("input/articles/b.md", Article("title: Other\nslug: same-title\ndate: 2021-01-03"));

        var (site, diagnostics) = Load(temp);

        var error = Assert.Single(diagnostics, d => d.Code != DiagnosticCodes.ArticleFieldEmpty);
        Assert.Equal(DiagnosticCodes.DuplicateSlug, error.Code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("input/articles/b.md", error.Location!.Path);
        Assert.Equal(3, error.Location.Line); // the 'slug:' line
        Assert.Contains("input/articles/a.md", error.Message);
        Assert.Contains("input/articles/b.md", error.Message);
        Assert.Single(site!.Articles);
    }

    [Fact]
    public void Equal_titles_without_slugs_both_build_the_later_one_with_its_year_and_a_warning_naming_both()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        // The path order is the reverse of the date order: the older article keeps the title's slug.
        temp.Write("input/articles/a-reprint.md", Article("title: Weekly Column\ndate: 2022-03-04"));
        temp.Write("input/articles/b-original.md", Article("title: Weekly Column\ndate: 2021-05-06"));

        var (site, diagnostics) = Load(temp);

        Assert.Equal(["weekly-column", "weekly-column-2022"], site!.Articles.Select(a => a.Slug).Order(StringComparer.Ordinal));
        Assert.Equal("input/articles/b-original.md", site.ArticleBySlug["weekly-column"].SourcePath[^"input/articles/b-original.md".Length..]);
        var warning = Assert.Single(diagnostics, d => d.Code != DiagnosticCodes.ArticleFieldEmpty);
        Assert.Equal(DiagnosticCodes.DerivedSlugCollision, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("input/articles/a-reprint.md", warning.Location!.Path);
        Assert.Equal(2, warning.Location.Line); // the 'title:' line
        Assert.Contains("b-original.md", warning.Message);
        Assert.Contains("weekly-column-2022", warning.Message);
    }

    [Fact]
    public void An_explicit_slug_wins_over_a_title_and_a_third_equal_title_in_the_same_year_gets_a_number()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        temp.Write("input/articles/x.md", Article("title: Something Else\nslug: notes-from-the-field\ndate: 2023-01-01"));
        temp.Write("input/articles/y.md", Article("title: Notes from the Field\ndate: 2021-02-01"));
        temp.Write("input/articles/z.md", Article("title: Notes from the Field\ndate: 2021-09-01"));

        var (site, diagnostics) = Load(temp);

        Assert.Equal("notes-from-the-field", site!.Articles.Single(a => a.SourcePath.EndsWith("x.md", StringComparison.Ordinal)).Slug);
        Assert.Equal("notes-from-the-field-2021", site.Articles.Single(a => a.SourcePath.EndsWith("y.md", StringComparison.Ordinal)).Slug);
        Assert.Equal("notes-from-the-field-2021-2", site.Articles.Single(a => a.SourcePath.EndsWith("z.md", StringComparison.Ordinal)).Slug);
        Assert.Equal(2, diagnostics.Count(d => d.Code == DiagnosticCodes.DerivedSlugCollision));
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Unknown_front_matter_keys_are_warnings_at_their_line_with_the_known_key_they_resemble()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml + "langauge: en\n");
        temp.Write("input/articles/a.md", Article("title: Harbour Notes\ndate: 2021-01-02\ntag: [ports]\nauthor: Ann Lee\nSummary: Short.\nmood: calm"));
        temp.Write("input/authors/ann-lee.md", "---\nname: Ann Lee\nalias: [A. Lee]\n---\n\nBio.\n");
        temp.Write("input/tags.yml", "tags:\n  - name: Ports\n    kinds: place\n");

        var (_, diagnostics) = Load(temp);

        var unknown = diagnostics.Where(d => d.Code == DiagnosticCodes.UnknownKey).ToList();
        Assert.All(unknown, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(unknown, d => d.Location!.Path.EndsWith("a.md", StringComparison.Ordinal) && d.Location.Line == 4 && d.Message.Contains("did you mean 'tags'?", StringComparison.Ordinal));
        Assert.Contains(unknown, d => d.Location!.Line == 5 && d.Message.Contains("did you mean 'authors'?", StringComparison.Ordinal));
        Assert.Contains(unknown, d => d.Location!.Line == 6 && d.Message.Contains("did you mean 'summary'?", StringComparison.Ordinal));
        Assert.Contains(unknown, d => d.Location!.Line == 7 && d.Message.Contains("'mood'", StringComparison.Ordinal) && !d.Message.Contains("did you mean", StringComparison.Ordinal));
        Assert.Contains(unknown, d => d.Location!.Path.EndsWith("site.yml", StringComparison.Ordinal) && d.Message.Contains("did you mean 'language'?", StringComparison.Ordinal));
        Assert.Contains(unknown, d => d.Location!.Path.EndsWith("ann-lee.md", StringComparison.Ordinal) && d.Location.Line == 3 && d.Message.Contains("did you mean 'aliases'?", StringComparison.Ordinal));
        Assert.Contains(unknown, d => d.Location!.Path.EndsWith("tags.yml", StringComparison.Ordinal) && d.Location.Line == 3 && d.Message.Contains("did you mean 'kind'?", StringComparison.Ordinal));
        Assert.Equal(7, unknown.Count);
    }

    [Fact]
    public void A_misspelt_title_is_an_error_for_the_missing_title_and_a_hint_at_the_misspelt_key()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        temp.Write("input/articles/a.md", Article("tittle: Harbour Notes\ndate: 2021-01-02"));

        var (_, diagnostics) = Load(temp);

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.RequiredFieldMissing);
        var hint = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Equal(2, hint.Location!.Line);
        Assert.Contains("'tittle'", hint.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'title'?", hint.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_date_is_an_error_with_file_and_line_and_the_article_is_left_out()
    {
        using var temp = new TempDirectory();
        temp.Write("input/site.yml", SiteYml);
        temp.Write("input/articles/no-date.md", Article("title: No Date"));

        var (site, diagnostics) = Load(temp);

        var error = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.RequiredFieldMissing, error.Code);
        Assert.Matches(@"input/articles/no-date\.md:2: error PUB003", error.ToString());
        Assert.Empty(site!.Articles);
    }

    [Fact]
    public void Missing_site_yml_is_an_error_not_an_exception()
    {
        using var temp = new TempDirectory();
        var (site, diagnostics) = Load(temp);
        Assert.Null(site);
        Assert.Equal(DiagnosticCodes.InputMissing, Assert.Single(diagnostics).Code);
    }
}
