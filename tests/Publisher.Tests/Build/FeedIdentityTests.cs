using System.Xml.Linq;
using Publisher.Core.Build;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// Subscribers must not see an article twice: its RSS guid, Atom id and JSON Feed id stay the same when the
/// site is rebuilt and when an editor changes its title, whether or not the front matter sets a slug.
/// </summary>
public class FeedIdentityTests
{
    private const string TogoFile = "input/articles/2021/19-22/togo-attack.md";       // slug derived from the title
    private const string PakistanFile = "input/articles/2021/19-22/pakistan-tlp.md";  // slug set in the front matter

    [Fact]
    public void Guids_survive_a_rebuild_and_a_title_edit()
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = Guids(temp);

        Assert.True(SiteBuilder.Build(options).Succeeded);
        Assert.Equal(before, Guids(temp));

        EditTitle(temp, TogoFile, "Togo Suffers Its First Jihadist Attack");
        EditTitle(temp, PakistanFile, "Pakistan Strikes a Deal with the TLP");
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var after = Guids(temp);

        Assert.Equal(before.Values.Order(StringComparer.Ordinal), after.Values.Order(StringComparer.Ordinal));
        Assert.Equal(before["Togo Suffers First Al-Qaeda-Affiliated Jihadist Attack"], after["Togo Suffers Its First Jihadist Attack"]);
        Assert.Equal(before["Pakistan's Deal with Tehreek-i-Labbaik Pakistan: Statesmanship or Surrender?"], after["Pakistan Strikes a Deal with the TLP"]);
        Assert.All(after.Values, guid => Assert.StartsWith("tag:monitor-archive.example.org,", guid));
    }

    private static void EditTitle(TempDirectory temp, string file, string title)
    {
        var path = temp.Combine(file.Split('/'));
        var lines = File.ReadAllLines(path);
        var at = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        lines[at] = "title: " + title;
        File.WriteAllLines(path, lines);
    }

    /// <summary>Item title → guid in the built feed.xml.</summary>
    private static Dictionary<string, string> Guids(TempDirectory temp) =>
        XDocument.Load(temp.Combine("output", "feed.xml"))
            .Descendants("item")
            .ToDictionary(i => (string)i.Element("title")!, i => (string)i.Element("guid")!, StringComparer.Ordinal);
}
