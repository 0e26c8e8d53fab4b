using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// The plan record (<c>.publisher-cache/plan.bin</c>): an edit that leaves every article's place in the site as it was
/// (a body edit that keeps the card) reuses the previous build's page keys, and any other edit makes the full plan; either
/// way the output equals a clean build's, byte for byte.
/// </summary>
public class PlanRecordTests
{
    private const string Togo = "articles/2021/19-22/togo-attack.md";        // has a summary in its front matter
    private const string Other = "articles/2020/pakistan-2020.md";          // no edit below touches it
    private const string Garage = "articles/2021/19-22/garage-extremists.md"; // its summary is its body's opening

    [Fact]
    public void A_body_edit_that_keeps_the_card_reuses_the_plan_and_keys_only_the_edited_page()
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        var first = Build(options);
        Assert.Null(first.EditedWithPlanReused);

        File.AppendAllText(Input(options, Togo), "\nA paragraph appended to the body.\n");
        var edited = Build(options);
        AssertEqualsClean(options, temp, "a body edit");
        Assert.Equal(1, edited.EditedWithPlanReused);
        // Every page but the edited article's kept by its entry's key, and every feed not carrying it.
        Assert.Equal(edited.Pages - 1, edited.Reused);
        Assert.True(edited.ReusedFeeds > 0 && edited.ReusedFeeds < edited.Feeds);
        Assert.Contains(edited.Changes!.Changed, path => path.StartsWith("articles/togo-suffers-", StringComparison.Ordinal) && path.EndsWith("/index.html", StringComparison.Ordinal));

        // With nothing changed, the plan is reused with no article edited.
        var again = Build(options);
        Assert.Equal(0, again.EditedWithPlanReused);
        Assert.Equal(again.Pages, again.Reused);
    }

    /// <summary>
    /// What reusing the plan rests on: of every page and feed, only an article's own page reads its body beyond its card,
    /// and only the feeds that carry it. Two sites that differ in one article's body alone (a new opening, heading and
    /// words; its summary set in front matter, so its card stays) give every other page the same model, and every feed
    /// that does not carry it the same key.
    /// </summary>
    [Fact]
    public void Only_an_articles_own_page_and_the_feeds_carrying_it_read_its_body_beyond_its_card()
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        var before = Keys(options.InputDir);
        var togo = Input(options, Togo);
        File.WriteAllText(togo, InsertInBody(File.ReadAllText(togo), "\nA new opening, longer than the old one by far.\n\n## A new heading\n\n")
            + string.Concat(Enumerable.Repeat("\nMany more words to change the reading time of the page. ", 200)));
        var after = Keys(options.InputDir);
        var page = Assert.Single(after.Pages.Keys, url => url.StartsWith("/articles/togo-suffers-", StringComparison.Ordinal));
        Assert.Equal(before.Pages.Keys, after.Pages.Keys);
        Assert.NotEqual(before.Pages[page], after.Pages[page]);
        foreach (var (url, key) in after.Pages)
            if (url != page) Assert.True(before.Pages[url] == key, $"{url}: its model changed with another article's body");
        Assert.Contains(after.Feeds, feed => feed.Value.Carries);
        foreach (var (url, (key, carries)) in after.Feeds)
            if (!carries) Assert.True(before.Feeds[url].Key == key, $"{url}: a feed not carrying the article changed with its body");
            else Assert.NotEqual(before.Feeds[url].Key, key);
    }

    private static (Dictionary<string, string> Pages, Dictionary<string, (string Key, bool Carries)> Feeds) Keys(string inputDir)
    {
        var site = SiteLoader.Load(inputDir, new Publisher.Core.Diagnostics.DiagnosticBag())!;
        var permalinks = new Permalinks(site.Config.BaseUrl);
        var bodies = site.Articles.ToDictionary(a => a.Slug, ArticleMarkdown.Parse, StringComparer.Ordinal);
        var pages = new PageFactory(site, permalinks, bodies).Plan()
            .ToDictionary(plan => plan.Url, plan => Convert.ToHexString(RenderCache.KeyOf(plan.Model())), StringComparer.Ordinal);
        var mapping = new FeedMapping(site, permalinks, a => ArticleMarkdown.Render(bodies[a.Slug], LinkContext.AbsoluteFor(permalinks)));
        var carrying = mapping.Carrying(site.Articles.Where(a => a.SourcePath.EndsWith(Togo, StringComparison.Ordinal)).Select(a => a.Slug).ToHashSet());
        var feedKeys = new FeedKeys(site.Articles.Count);
        var feeds = PageKinds.Feeds(site).ToDictionary(feed => feed.Url,
            feed => (Convert.ToHexString(feedKeys.Of(feed.Format, feed.Channel(mapping))), carrying(feed.Channel)), StringComparer.Ordinal);
        return (pages, feeds);
    }

    public static TheoryData<string> EditsThatMoveAnArticle => new()
    {
        "a body edit that changes the summary lists show",
        "a date that reorders the lists and feeds",
        "a title",
        "a tag added (the tag's paginated list shifts)",
        "an author's name in their profile",
        "a draft flag flipped",
        "a tag's description in tags.yml",
        "site.yml's title",
        "an article added",
        "an article deleted",
    };

    [Theory]
    [MemberData(nameof(EditsThatMoveAnArticle))]
    public void An_edit_that_changes_what_other_pages_show_makes_the_full_plan_and_equals_a_clean_build(string edit)
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        Build(options);
        Apply(options, edit);
        var result = Build(options);
        AssertEqualsClean(options, temp, edit);
        Assert.Null(result.EditedWithPlanReused);
        // The next body edit reuses the plan that build recorded, and still equals a clean build.
        File.AppendAllText(Input(options, Other), "\nAnother paragraph.\n");
        var next = Build(options);
        AssertEqualsClean(options, temp, edit + ", then a body edit");
        Assert.Equal(1, next.EditedWithPlanReused);
    }

    [Theory]
    [InlineData("another version")]
    [InlineData("cut short")]
    [InlineData("garbage")]
    [InlineData("another render cache")]
    public void A_record_from_another_build_or_damaged_is_ignored(string damage)
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        Build(options);
        var record = Path.Combine(RenderCache.DefaultFolder(options.InputDir), "plan.bin");
        var bytes = File.ReadAllBytes(record);
        switch (damage)
        {
            case "another version":
                // The writer (the code's build id) follows the magic and the version: one character of it changed.
                var at = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(typeof(SiteBuilder).Assembly.ManifestModule.ModuleVersionId.ToString()));
                Assert.True(at > 0);
                bytes[at] = (byte)(bytes[at] == (byte)'0' ? '1' : '0');
                File.WriteAllBytes(record, bytes);
                break;
            case "cut short":
                File.WriteAllBytes(record, bytes[..(bytes.Length - 7)]);
                break;
            case "garbage":
                File.WriteAllBytes(record, [.. bytes[..40], .. Enumerable.Repeat((byte)0xA5, bytes.Length - 40)]);
                break;
            case "another render cache":
                File.SetLastWriteTimeUtc(Path.Combine(RenderCache.DefaultFolder(options.InputDir), "render.bin"), DateTime.UtcNow.AddMinutes(-5));
                break;
        }
        File.AppendAllText(Input(options, Togo), "\nA paragraph appended to the body.\n");
        var result = Build(options);
        AssertEqualsClean(options, temp, damage);
        Assert.Null(result.EditedWithPlanReused);
    }

    [Fact]
    public void A_failed_build_leaves_the_record_and_render_cache_as_they_were_and_the_next_edit_build_reuses_the_plan()
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        Build(options);
        var togo = Input(options, Togo);
        var text = File.ReadAllText(togo);
        File.WriteAllText(togo, text + "\nA link to [nowhere](/articles/no-such-article/).\n");
        Assert.False(SiteBuilder.Build(options).Succeeded);
        File.WriteAllText(togo, text + "\nFixed.\n");
        var result = Build(options);
        AssertEqualsClean(options, temp, "after a failed build");
        // The failed build changed nothing: the record still matches the render cache, and the plan is reused.
        Assert.Equal(1, result.EditedWithPlanReused);
    }

    private static void Apply(BuildOptions options, string edit)
    {
        var garage = Input(options, Garage);
        var togo = Input(options, Togo);
        switch (edit)
        {
            case "a body edit that changes the summary lists show":
                File.WriteAllText(garage, InsertInBody(File.ReadAllText(garage), "\nA new opening sentence, which lists now show.\n\n"));
                break;
            case "a date that reorders the lists and feeds":
                SetField(garage, "date", "2020-01-02");
                break;
            case "a title":
                SetField(togo, "title", "\"Togo Retitled\"");
                break;
            case "a tag added (the tag's paginated list shifts)":
                File.WriteAllText(togo, File.ReadAllText(togo).Replace("tags:\n- Togo\n", "tags:\n- Iraq\n- Togo\n", StringComparison.Ordinal));
                break;
            case "an author's name in their profile":
                var rami = Input(options, "authors/rami-jameel.md");
                File.WriteAllText(rami, File.ReadAllText(rami).Replace("name: Rami Jameel", "name: Rami J. Jameel\naliases: [Rami Jameel]", StringComparison.Ordinal));
                break;
            case "a draft flag flipped":
                SetField(togo, "draft", "true");
                break;
            case "a tag's description in tags.yml":
                var tags = Input(options, "tags.yml");
                File.WriteAllText(tags, File.ReadAllText(tags).Replace("{ name: Togo, slug: togo, kind: country, aliases: [Togolese] }",
                    "{ name: Togo, slug: togo, kind: country, aliases: [Togolese], description: \"A country in West Africa.\" }", StringComparison.Ordinal));
                break;
            case "site.yml's title":
                SetField(Input(options, "site.yml"), "title", "An Archive Retitled");
                break;
            case "an article added":
                File.WriteAllText(Input(options, "articles/2021/19-22/added.md"), "---\ntitle: An Added Article\nauthors: [Rami Jameel]\ndate: 2021-11-19\n---\n\nIts body.\n");
                break;
            case "an article deleted":
                File.Delete(garage);
                break;
            default:
                throw new ArgumentException(edit);
        }
    }

    internal static BuildOptions Prepare(TempDirectory temp)
    {
        var options = FixtureSite.Prepare(temp, copyTheme: true);
        // Written long before the build, as an archive's files are: the manifest takes unchanged files unread.
        foreach (var file in Directory.GetFiles(options.InputDir, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        return options;
    }

    internal static string Input(BuildOptions options, string relative) => Path.Combine(options.InputDir, relative);

    internal static BuildResult Build(BuildOptions options)
    {
        var result = SiteBuilder.Build(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    internal static void AssertEqualsClean(BuildOptions options, TempDirectory temp, string when)
    {
        var clean = temp.Combine("clean-" + Guid.NewGuid().ToString("N")[..8]);
        var result = SiteBuilder.Build(options with { OutputDir = clean, Clean = true, CacheDir = temp.Combine("clean-cache") });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var files = FixtureSite.Files(clean);
        Assert.Equal(files, FixtureSite.Files(options.OutputDir));
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(options.OutputDir, file))),
                $"{when}: {file} differs from a clean build's");
        Directory.Delete(clean, recursive: true);
    }

    internal static void SetField(string file, string field, string value)
    {
        var lines = File.ReadAllText(file).Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        if (at >= 0) lines[at] = $"{field}: {value}";
        else lines.Insert(lines.FindIndex(l => l.StartsWith("title:", StringComparison.Ordinal)) + 1, $"{field}: {value}");
        File.WriteAllText(file, string.Join('\n', lines));
    }

    internal static string InsertInBody(string text, string opening)
    {
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + "\n---\n".Length;
        return text[..end] + opening + text[end..];
    }
}
