using System.Globalization;
using System.Text;

namespace Publisher.Benchmarks;

/// <summary>
/// Writes N deterministic raw whole-issue seeds shaped like a monitor issue as text extraction leaves it: a masthead
/// with volume, issue and date, a table of contents, then four articles, each with a title, a "By NAME" byline,
/// paragraphs wrapped at about 70 characters and numbered notes; beside each, a sidecar naming the publication and
/// its site. All text is invented. Same N, same bytes.
/// </summary>
public static class SyntheticSeeds
{
    public const int ArticlesPerIssue = 4;
    private const int FirstYear = 2001;

    private static readonly string[] Places =
        ["Korvath", "Ellisund", "Maraveno", "Durrow", "Nerith", "Aquilae", "Sitka Vale", "Ouradi", "Vantor", "Halloway Basin"];

    private static readonly string[] Things =
        ["militias", "border posts", "clinics", "convoys", "ferries", "radio stations", "mining camps", "fuel depots", "courts", "checkpoints"];

    private static readonly string[] Verbs = ["tax", "patrol", "protect", "disrupt", "recruit from", "negotiate with", "monitor", "control"];

    private static readonly string[] Adjectives = ["remote", "eastern", "forested", "sprawling", "coastal", "northern", "upland", "southern"];

    private static readonly string[] Words =
    [
        "militia", "government", "attack", "security", "forces", "election", "province", "border", "analysis",
        "the", "of", "and", "in", "to", "a", "was", "that", "for", "on", "with", "as", "by", "its", "after",
        "official", "parliament", "group", "leader", "drone", "ceasefire", "region", "influence", "support",
        "smuggling", "harbour", "council", "tribunal", "pipeline", "mountain", "garrison", "envoy", "truce",
    ];

    private static readonly string[] TitleNouns =
        ["Smugglers", "Militias", "Envoys", "Courts", "Convoys", "Garrisons", "Councils", "Pipelines", "Ferries", "Tribunals", "Drones", "Clinics"];

    private static readonly string[] TitleVerbs =
        ["Reshape", "Unsettle", "Test", "Strain", "Redraw", "Divide", "Expose", "Reopen", "Tighten", "Weaken"];

    private static readonly string[] TitleObjects =
        ["the Border Economy", "a Fragile Truce", "Provincial Politics", "the Northern Corridor", "Old Alliances", "the Harbour Trade", "Local Courts", "the Mountain Passes"];

    private static readonly string[] GivenNames = ["Amira", "Bruno", "Chidi", "Dana", "Emil", "Farah", "Goran", "Hana", "Idris", "Jonas"];

    private static readonly string[] FamilyNames = ["Aldane", "Brevik", "Castellan", "Dorsey", "Ekwueme", "Falkner", "Grisolt", "Halvard"];

    /// <summary>Writes <c>issue-NNNN.txt</c> files and their sidecars into <paramref name="seedsDir"/>; returns the seeds' total bytes.</summary>
    public static long Write(string seedsDir, int issues)
    {
        var random = new Random(20261130);
        Directory.CreateDirectory(seedsDir);
        long bytes = 0;
        for (var i = 0; i < issues; i++)
        {
            var text = Issue(random, i);
            File.WriteAllText(Path.Combine(seedsDir, $"issue-{i:D4}.txt"), text, new UTF8Encoding(false));
            // The sidecar an editor writes beside each seed (as the sample's have): what the text does not say.
            File.WriteAllText(Path.Combine(seedsDir, $"issue-{i:D4}.yml"), "publication: Benchmark Security Monitor\nsite: https://bench.example.org/\n");
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return bytes;
    }

    private static string Issue(Random random, int index)
    {
        // Two issues a month from January 2001: every date distinct and in the past; a year is a volume.
        var date = new DateOnly(FirstYear, 1, 1).AddMonths(index / 2).AddDays(index % 2 == 0 ? 2 : 16);
        var volume = date.Year - FirstYear + 1;
        var issue = date.Month * 2 - 1 + index % 2;
        var articles = Enumerable.Range(0, ArticlesPerIssue)
            .Select(a => (Title: Title(random), Author: $"{GivenNames[random.Next(GivenNames.Length)]} {FamilyNames[random.Next(FamilyNames.Length)]}"))
            .ToList();

        var sb = new StringBuilder();
        sb.Append("BENCHMARK SECURITY MONITOR\n");
        sb.Append(CultureInfo.InvariantCulture, $"Volume {volume} • Issue {issue} • {date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}\n\n");
        sb.Append("In this issue\n\n");
        for (var a = 0; a < articles.Count; a++)
            sb.Append(CultureInfo.InvariantCulture, $"{articles[a].Title} — {articles[a].Author} — {1 + a * 3}\n");
        sb.Append('\n');
        for (var a = 0; a < articles.Count; a++)
        {
            sb.Append(articles[a].Title).Append('\n');
            sb.Append("By ").Append(articles[a].Author).Append("\n\n");
            var paragraphs = 5 + random.Next(4);
            for (var p = 0; p < paragraphs; p++)
            {
                var paragraph = new StringBuilder();
                // One stock sentence and four of random words: text as varied as real prose, so no two articles look alike.
                for (var s = 0; s < 5; s++)
                {
                    if (s > 0) paragraph.Append(' ');
                    paragraph.Append(s == p % 5 ? Stock(random) : Sentence(random, 14 + random.Next(10)));
                    if (p == 1 && s == 2) paragraph.Append("[1]");
                    if (p == 3 && s == 1) paragraph.Append("[2]");
                }
                sb.Append(Wrap(paragraph.ToString(), 70)).Append("\n\n");
            }
            sb.Append("Notes\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"[1] Interview with a trader in {Pick(random, Places)}, {date.AddDays(-20).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}.\n");
            sb.Append(CultureInfo.InvariantCulture, $"[2] Provincial report on the {Pick(random, Things)} of {Pick(random, Places)}, {date.Year - 1}.\n\n");
            sb.Append(CultureInfo.InvariantCulture, $"Benchmark Security Monitor • Volume {volume} • Issue {issue} • {2 + a * 3}\n\n");
        }
        return sb.ToString();
    }

    // About 10,000 combinations: a large archive repeats a few titles, as real ones do.
    private static string Title(Random random) =>
        $"{Pick(random, TitleNouns)} {Pick(random, TitleVerbs)} {Pick(random, TitleObjects)} in {Pick(random, Places)}";

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(' ');
            var word = Words[random.Next(Words.Length)];
            sb.Append(w == 0 ? Capitalise(word) : word);
        }
        return sb.Append('.').ToString();
    }

    private static string Stock(Random random) => random.Next(3) switch
    {
        0 => $"In the {Pick(random, Adjectives)} districts around {Pick(random, Places)}, armed groups now {Pick(random, Verbs)} the {Pick(random, Things)} that once answered to the provincial government.",
        1 => $"According to traders interviewed in {Pick(random, Places)}, payments to the {Pick(random, Things)} rose by about a third over the past year.",
        _ => $"Officials in {Pick(random, Places)} say the {Pick(random, Things)} of {Pick(random, Places)} have become harder to {Pick(random, Verbs)} since the spring.",
    };

    private static string Wrap(string text, int width)
    {
        var sb = new StringBuilder();
        var column = 0;
        foreach (var word in text.Split(' '))
        {
            if (column > 0 && column + 1 + word.Length > width) { sb.Append('\n'); column = 0; }
            else if (column > 0) { sb.Append(' '); column++; }
            sb.Append(word);
            column += word.Length;
        }
        return sb.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}
