using Publisher.Core.Build;
using Publisher.Tests.Support;
using static Publisher.Tests.Build.PlanRecordTests;

namespace Publisher.Tests.Build;

/// <summary>
/// The feed layouts (<c>.publisher-cache/feeds.bin</c>): when only articles' bodies changed (the plan reused), each feed
/// carrying an edited article is made from its previous file with that article's item replaced; every other edit, a
/// damaged record or a feed file changed by hand writes the feeds whole. Either way the output equals a clean build's.
/// </summary>
public class FeedLayoutsTests
{
    private const string Togo = "articles/2021/19-22/togo-attack.md";        // has a summary in its front matter
    private const string Garage = "articles/2021/19-22/garage-extremists.md"; // its summary is its body's opening

    public static TheoryData<string> BodyEdits => new()
    {
        "a paragraph appended",
        "a footnote added",
        "a heading added",
        "a link to another page added",
        "markup characters and a CDATA end added",
        "the opening paragraph changed (the summary is the front matter's)",
        "the body shortened to one line",
    };

    [Theory]
    [MemberData(nameof(BodyEdits))]
    public void A_body_edit_that_keeps_the_card_makes_each_feed_carrying_it_from_its_file_and_equals_a_clean_build(string edit)
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        var first = PlanRecordTests.Build(options);
        Assert.Equal(0, first.SplicedFeeds);

        EditBody(Input(options, Togo), edit);
        var edited = PlanRecordTests.Build(options);
        AssertEqualsClean(options, temp, edit);
        Assert.Equal(1, edited.EditedWithPlanReused);
        Assert.True(edited.SplicedFeeds > 0, "no feed was made from its previous file");
        Assert.Equal(edited.Feeds - edited.ReusedFeeds, edited.SplicedFeeds);

        // The layouts of the feeds made so are recorded in turn: a second edit is made the same way.
        EditBody(Input(options, Togo), "a paragraph appended");
        var again = PlanRecordTests.Build(options);
        AssertEqualsClean(options, temp, edit + ", then another");
        Assert.Equal(again.Feeds - again.ReusedFeeds, again.SplicedFeeds);
    }

    public static TheoryData<string> EditsThatWriteFeedsWhole => new()
    {
        "a body edit that changes the summary lists and feeds show",
        "a title in the front matter",
        "a tag in the front matter",
    };

    [Theory]
    [MemberData(nameof(EditsThatWriteFeedsWhole))]
    public void An_edit_beyond_the_body_writes_every_feed_whole_and_equals_a_clean_build(string edit)
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        PlanRecordTests.Build(options);
        switch (edit)
        {
            case "a body edit that changes the summary lists and feeds show":
                File.WriteAllText(Input(options, Garage), InsertInBody(File.ReadAllText(Input(options, Garage)), "\nA new opening sentence, which lists now show.\n\n"));
                break;
            case "a title in the front matter":
                SetField(Input(options, Togo), "title", "\"Togo Retitled\"");
                break;
            case "a tag in the front matter":
                File.WriteAllText(Input(options, Togo), File.ReadAllText(Input(options, Togo)).Replace("tags:\n- Togo\n", "tags:\n- Iraq\n- Togo\n", StringComparison.Ordinal));
                break;
        }
        var result = PlanRecordTests.Build(options);
        AssertEqualsClean(options, temp, edit);
        Assert.Null(result.EditedWithPlanReused);
        Assert.Equal(0, result.SplicedFeeds);

        // That build recorded every feed's layout: the next body edit makes its feeds from their files.
        EditBody(Input(options, Togo), "a paragraph appended");
        var next = PlanRecordTests.Build(options);
        AssertEqualsClean(options, temp, edit + ", then a body edit");
        Assert.True(next.SplicedFeeds > 0);
    }

    [Fact]
    public void A_body_edit_with_a_broken_link_fails_and_once_fixed_equals_a_clean_build()
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        PlanRecordTests.Build(options);
        var togo = Input(options, Togo);
        var text = File.ReadAllText(togo);
        File.WriteAllText(togo, text + "\nA link to [nowhere](/articles/no-such-article/).\n");
        var failed = SiteBuilder.Build(options);
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.Message.Contains("no-such-article", StringComparison.Ordinal));

        File.WriteAllText(togo, text + "\nFixed.\n");
        var result = PlanRecordTests.Build(options);
        AssertEqualsClean(options, temp, "after a failed build");
        Assert.True(result.SplicedFeeds > 0);
    }

    [Theory]
    [InlineData("record cut short")]
    [InlineData("record garbage")]
    [InlineData("record deleted")]
    [InlineData("a feed file deleted by hand")]
    [InlineData("a feed file replaced by hand")]
    public void A_damaged_record_or_a_feed_changed_by_hand_writes_the_feeds_whole_and_equals_a_clean_build(string damage)
    {
        using var temp = new TempDirectory();
        var options = Prepare(temp);
        PlanRecordTests.Build(options);
        var record = Path.Combine(RenderCache.DefaultFolder(options.InputDir), "feeds.bin");
        var bytes = File.ReadAllBytes(record);
        var feed = Path.Combine(options.OutputDir, "feed.xml");
        switch (damage)
        {
            case "record cut short":
                File.WriteAllBytes(record, bytes[..(bytes.Length - 7)]);
                break;
            case "record garbage":
                File.WriteAllBytes(record, [.. bytes[..40], .. Enumerable.Repeat((byte)0xA5, bytes.Length - 40)]);
                break;
            case "record deleted":
                File.Delete(record);
                break;
            case "a feed file deleted by hand":
                File.Delete(feed);
                break;
            case "a feed file replaced by hand":
                // An editor's save: a new file renamed over the old, as long as it was.
                var replaced = feed + ".new";
                File.WriteAllBytes(replaced, Enumerable.Repeat((byte)' ', (int)new FileInfo(feed).Length).ToArray());
                File.Move(replaced, feed, overwrite: true);
                break;
        }
        EditBody(Input(options, Togo), "a paragraph appended");
        var result = PlanRecordTests.Build(options);
        AssertEqualsClean(options, temp, damage);
        Assert.Equal(1, result.EditedWithPlanReused);
        if (damage.StartsWith("record", StringComparison.Ordinal)) Assert.Equal(0, result.SplicedFeeds);
    }

    private static void EditBody(string file, string edit)
    {
        var text = File.ReadAllText(file);
        File.WriteAllText(file, edit switch
        {
            "a paragraph appended" => text + "\nA paragraph appended to the body " + Guid.NewGuid().ToString("N")[..6] + ".\n",
            "a footnote added" => text + "\nA claim with a source.[^new]\n\n[^new]: The new source, with a [link](https://example.org/source).\n",
            "a heading added" => text + "\n## A New Heading\n\nText under it.\n",
            "a link to another page added" => text + "\nSee [the archive](/archive/) and [the tags](/tags/).\n",
            "markup characters and a CDATA end added" => text + "\nCode: `a[b[0]]]>c` and 1 < 2 & \"quotes\", Kurdistanê.\n",
            "the opening paragraph changed (the summary is the front matter's)" => InsertInBody(text, "\nA new opening paragraph, which the summary does not take.\n\n"),
            "the body shortened to one line" => text[..(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + "\n---\n".Length)] + "\nOnly one line is left.\n",
            _ => throw new ArgumentException(edit),
        });
    }
}
