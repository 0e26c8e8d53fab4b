using Publisher.Core.Build;
using Publisher.Core.Diagnostics;
using Publisher.Tests.Support;

namespace Publisher.Tests.Build;

/// <summary>
/// Each likely mistake of issue 10 made on the fixture site, and what the editor sees: a warning at file:line in
/// plain words (never silence, never an Info), the build still succeeding.
/// </summary>
public class LikelyMistakesTests
{
    private static string Header(string title) => $"---\ntitle: {title}\nauthors:\n- Rami Jameel\ndate: 2021-06-01\nkind: analysis\nsummary: A summary.\ntags:\n- Iraq\n";

    /// <summary>Adds articles to the fixture, checks it and returns its diagnostics as printed, paths from input/.</summary>
    private static IReadOnlyList<string> Check(params (string Path, string Text)[] articles)
    {
        using var temp = new TempDirectory();
        var options = FixtureSite.Prepare(temp);
        foreach (var (path, text) in articles) temp.Write("input/articles/" + path, text);
        var result = SiteBuilder.Check(options);
        var prefix = options.InputDir.Replace('\\', '/');
        return result.Diagnostics.Select(d => "input" + d.ToString().Replace('\\', '/')[prefix.Length..])
            .Where(line => articles.Any(a => line.StartsWith("input/articles/" + a.Path, StringComparison.Ordinal)))
            .ToList();
    }

    [Fact]
    public void A_misspelt_tag_is_a_warning_at_its_line_with_the_near_miss()
    {
        var seen = Check(("t/tag.md", Header("Test Article 1") + "- Pakistn\n---\n\nBody.\n"));

        Assert.Equal(["input/articles/t/tag.md:10:3: warning PUB011: tag 'Pakistn' is not in tags.yml, so it gets a page of its own; did you mean 'Pakistan'? (add it to tags.yml if it is meant)"], seen);
    }

    [Fact]
    public void An_author_without_profile_is_a_warning_with_the_near_miss()
    {
        var seen = Check(("t/author.md", Header("Test Article 2").Replace("- Rami Jameel", "- Rami Jamel") + "---\n\nBody.\n"));

        Assert.Equal(["input/articles/t/author.md:4:3: warning PUB012: author 'Rami Jamel' has no profile in authors/, so the author page has no bio; did you mean 'Rami Jameel'? (add authors/<slug>.md, or the spelling to a profile's aliases)"], seen);
    }

    [Fact]
    public void Footnote_references_and_definitions_without_their_partner_are_warnings()
    {
        var seen = Check(("t/notes.md", Header("Test Article 3") + "---\n\nFirst claim.[^1] Second claim.[^9]\n\n`code [^7]`\n\n[^1]: A source.\n\n[^2]: A note nothing cites.\n"));

        Assert.Equal(
        [
            "input/articles/t/notes.md:12:31: warning PUB013: footnote [^9] has no definition (a line '[^9]: …'), so the page shows the text '[^9]'",
            "input/articles/t/notes.md:18:1: warning PUB014: footnote [^2] is defined but the text never refers to it, so the page leaves it out (add [^2] where it belongs)",
        ], seen);
    }

    [Fact]
    public void An_article_with_empty_tags_and_no_summary_or_kind_is_a_warning()
    {
        var seen = Check(("t/bare.md", "---\ntitle: Bare\nauthors:\n- Rami Jameel\ndate: 2021-06-01\ntags: []\n---\n\nBody.\n"));

        Assert.Equal(["input/articles/t/bare.md:6:7: warning PUB015: article has no 'tags', 'summary' or 'kind': it is on no topic page; lists and feeds show its first paragraph instead; it is filed as 'feature'"], seen);
    }

    [Fact]
    public void An_unknown_kind_is_a_warning_with_the_near_miss()
    {
        var seen = Check(("t/kind.md", Header("Test Article 4").Replace("kind: analysis", "kind: anlysis") + "---\n\nBody.\n"));

        var warning = Assert.Single(seen);
        Assert.StartsWith("input/articles/t/kind.md:6:7: warning PUB016: kind 'anlysis' is not a known kind, so it gets an issue section of its own; did you mean 'analysis'?", warning);
    }

    [Theory]
    [InlineData("2021-13-45", "month 13 does not exist (months are 01–12)")]
    [InlineData("2021-02-30", "February 2021 has days 01–28, not 30")]
    [InlineData("2021-13-05", "are month and day swapped? YYYY-MM-DD would be 2021-05-13")]
    public void An_impossible_date_says_why(string date, string reason)
    {
        var seen = Check(("t/date.md", Header("Test Article 5").Replace("2021-06-01", date) + "---\n\nBody.\n"));

        // One cause, one message: the error that leaves the article out says why.
        var line = Assert.Single(seen);
        Assert.StartsWith($"input/articles/t/date.md:5:7: error PUB003: article has no usable 'date': {date} is not a real date: ", line);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.EndsWith("; the article is left out until it has one", line);
    }

    [Fact]
    public void A_date_in_the_future_or_before_the_first_volume_is_a_warning_with_the_reason()
    {
        var seen = Check(("t/future.md", Header("Test Article 6").Replace("2021-06-01", "2999-01-01") + "---\n\nBody.\n"),
            ("t/early.md", Header("Test Article 7").Replace("2021-06-01", "1903-01-01") + "---\n\nBody.\n"));

        Assert.Equal(
        [
            "input/articles/t/early.md:5:7: warning PUB018: date 1903-01-01 is before Terrorism Monitor's first volume (2003, site.yml); is the year right?",
            $"input/articles/t/future.md:5:7: warning PUB018: date 2999-01-01 is in the future (today is {Labels.IsoDate(DateOnly.FromDateTime(DateTime.UtcNow))}); is the year right?",
        ], seen);
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_at_its_own_line_with_a_hint()
    {
        var seen = Check(("t/yaml.md", "---\ntitle: Brackets\ndate: 2021-06-01\ntags: [Iraq, Pakistan\nkind: analysis\nsummary: A summary.\n---\n\nBody.\n"));

        var error = Assert.Single(seen);
        Assert.StartsWith("input/articles/t/yaml.md:4: error PUB002: front matter is not valid YAML: a '[' or '{' on this line is not closed", error);
    }

    [Fact]
    public void A_colon_in_a_title_gets_a_plain_hint_to_quote_it()
    {
        var seen = Check(("t/colon.md", "---\ntitle: Iraq: What Next?\ndate: 2021-06-01\n---\n\nBody.\n"));

        var error = Assert.Single(seen);
        Assert.StartsWith("input/articles/t/colon.md:2:12: error PUB002: front matter is not valid YAML: a value contains ': ' (a colon and a space); put the whole value in double quotes", error);
    }

    [Fact]
    public void An_unknown_front_matter_key_is_a_warning_with_the_near_miss()
    {
        var seen = Check(("t/key.md", Header("Test Article 8") + "---\n\nBody.\n".Insert(0, "sumary: x\n")));

        Assert.Contains("input/articles/t/key.md:10:9: warning PUB009: unknown front matter field 'sumary' is ignored; did you mean 'summary'?", seen);
    }

    [Fact]
    public void Spelling_variants_of_one_name_across_the_archive_are_warnings_with_counts_and_places()
    {
        var seen = Check(
            ("t/one.md", Header("Test Article 9") + "---\n\nGovernor al-Zahrani spoke. Al-Zahrani left.\n"),
            ("t/two.md", Header("Test Article 10") + "---\n\nGovernor al-Zahrani returned.\n"),
            ("t/three.md", Header("Test Article 11") + "---\n\nGovernor Al-Zarani’s office said so.\n"));

        Assert.Equal(["input/articles/t/three.md:12:10: warning PUB017: 'Al-Zarani' (once in this file) looks like another spelling of 'al-Zahrani' (3 times in 2 files, first at "
            + "input/articles/t/one.md:12:10); if they are one name, use one spelling"], seen.Select(s => s.Replace(TempPrefix(s), "", StringComparison.Ordinal)));
    }

    /// <summary>Places inside a message carry the full temp path; strip it to compare.</summary>
    private static string TempPrefix(string line)
    {
        var at = line.IndexOf("first at ", StringComparison.Ordinal);
        if (at < 0) return "\0";
        var start = at + "first at ".Length;
        var input = line.IndexOf("input/articles/", start, StringComparison.Ordinal);
        return input < 0 ? "\0" : line[start..input];
    }
}
