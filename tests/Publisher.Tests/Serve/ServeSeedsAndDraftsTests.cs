using System.Net;
using Publisher.Cli.Serve;
using Publisher.Tests.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Serve;

/// <summary>
/// <c>publisher serve</c> over real HTTP on a free port, against a fixture copy: a seed dropped into <c>seeds/</c> while
/// serving is imported, built and announced to open pages; <c>--drafts</c> serves drafts as <c>build --drafts</c> builds them.
/// </summary>
public sealed class ServeSeedsAndDraftsTests
{
    // Invented text: a plain-text article as an editor might paste it into seeds/.
    private const string Seed =
        "Harbour Smugglers Turn to Small Drones on the Veltan Coast\n\nBy Marta Oskari\n\nMarch 3, 2021\n\n"
        + "Customs officers on the Veltan coast say smuggling crews have begun flying small drones over the harbour wall at night.\n\n"
        + "The crews use the drones to watch patrol boats, according to two officers who spoke on condition of anonymity.\n\n"
        + "Local councillors have asked for more night patrols and better lighting along the breakwater.\n";

    private const string Draft =
        "---\ntitle: An Unfinished Survey of Inland Ferries\ndraft: true\nslug: inland-ferries\ndate: 2021-06-01\n---\n\nNotes still to be checked.\n";

    [Fact]
    public async Task A_seed_dropped_into_seeds_while_serving_is_imported_built_and_reloaded()
    {
        using var temp = new TempDirectory();
        var build = FixtureSite.Prepare(temp);
        Directory.CreateDirectory(temp.Combine("seeds"));
        var log = new StringWriter();
        await using var server = await DevServer.StartAsync(
            new ServeOptions { Build = build, SeedsDir = temp.Combine("seeds"), ProjectRoot = temp.Path, Port = 0 }, TextWriter.Synchronized(log), TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };
        await using var events = await DevServerTests.EventStream.OpenAsync(http);
        await events.NextAsync("hello");

        temp.Write("seeds/harbour.txt", Seed);
        await WaitForAsync(() => File.Exists(Path.Combine(build.OutputDir, "articles", "harbour-smugglers-turn-to-small-drones-on-the-veltan-coast", "index.html")),
            events, log);

        Assert.True(server.LastBuild.Succeeded, string.Join("\n", server.LastBuild.Result.Diagnostics));
        Assert.Single(Directory.GetFiles(temp.Combine("input", "articles"), "harbour-smugglers-*.md", SearchOption.AllDirectories));
        using var page = await http.GetAsync("articles/harbour-smugglers-turn-to-small-drones-on-the-veltan-coast/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Harbour Smugglers Turn to Small Drones", await page.Content.ReadAsStringAsync());
        Assert.Contains("importing the changed seeds", log.ToString());
    }

    [Fact]
    public async Task With_drafts_the_server_builds_and_serves_draft_articles()
    {
        using var temp = new TempDirectory();
        var build = FixtureSite.Prepare(temp) with { Drafts = true };
        temp.Write("input/articles/2021/ferries.md", Draft);
        await using var server = await DevServer.StartAsync(new ServeOptions { Build = build, Port = 0 }, TextWriter.Null, TextWriter.Null);
        using var http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };

        using var page = await http.GetAsync("articles/inland-ferries/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("badge-draft", await page.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Reads reload events until <paramref name="done"/> holds: the import's own writes to input/ may arrive as more
    /// than one burst, so the build that has the new article need not be the first reload.
    /// </summary>
    private static async Task WaitForAsync(Func<bool> done, DevServerTests.EventStream events, StringWriter log)
    {
        for (var reloads = 0; reloads < 5 && !done(); reloads++)
            await events.NextAsync("reload");
        Assert.True(done(), "no reload brought the imported article; the server said:\n" + log);
    }
}
