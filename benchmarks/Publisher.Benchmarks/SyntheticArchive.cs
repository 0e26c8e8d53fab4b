using System.Globalization;
using System.Text;
using Publisher.Core.Content;
using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Benchmarks;

/// <summary>
/// Writes a deterministic archive of N articles shaped like a real one at scale: issues of ~6 articles (briefs
/// and features), 180 authors with profiles and 40 tags (so ~220 per-author and per-tag feeds besides the site's),
/// explicit slugs, and ~1,200-word bodies with two headings, an internal and an external link and two footnotes.
/// Same N, same bytes.
/// </summary>
public static class SyntheticArchive
{
    public const int AuthorCount = 180;
    private const int FirstYear = 1990;
    private const int LastYear = 2025;

    private static readonly string[] Words =
    [
        "militia", "government", "attack", "security", "forces", "election", "province", "border", "analysis",
        "the", "of", "and", "in", "to", "a", "was", "that", "for", "on", "with", "as", "by", "its", "after",
        "official", "parliament", "group", "leader", "drone", "ceasefire", "region", "influence", "support",
    ];

    // Forty invented-shaped tags: places and topics, as a monitor's taxonomy has.
    private static readonly string[] Tags =
    [
        "Iraq", "Iran", "Syria", "Afghanistan", "Pakistan", "Yemen", "Libya", "Somalia", "Nigeria", "Mali",
        "Niger", "Burkina Faso", "Mozambique", "Egypt", "Turkey", "India", "Bangladesh", "Philippines", "Indonesia",
        "Central Asia", "West Africa", "East Africa", "Europe", "United States", "Taliban", "Islamic State",
        "al-Qaeda", "Shia Militias", "Elections", "Drones", "CBRN", "Jihadism", "Financing", "Prisons",
        "Propaganda", "Maritime Security", "Kidnapping", "Counterterrorism", "Insurgency", "Sectarianism",
    ];

    private static readonly string[] GivenNames =
        ["Amira", "Bruno", "Chidi", "Dana", "Emil", "Farah", "Goran", "Hana", "Idris", "Jonas", "Kemal", "Lena", "Malik", "Nora", "Omar"];

    private static readonly string[] FamilyNames =
        ["Aldane", "Brevik", "Castellan", "Dorsey", "Ekwueme", "Falkner", "Grisolt", "Halvard", "Ibarrola", "Joosten", "Karimov", "Lindqvist"];

    // The word source of this Write: the fixed 33-word list unless a vocabulary was given.
    private static Func<Random, string>? vocabulary;

    /// <param name="words">Draws a word (lower case); null: the fixed 33-word list (the build benchmark's archive).</param>
    public static void Write(string inputDir, int articleCount, Func<Random, string>? words = null)
    {
        vocabulary = words;
        try
        {
            WriteArchive(inputDir, articleCount);
        }
        finally
        {
            vocabulary = null;
        }
    }

    private static void WriteArchive(string inputDir, int articleCount)
    {
        var random = new Random(20211119);
        Directory.CreateDirectory(inputDir);
        File.WriteAllText(Path.Combine(inputDir, "site.yml"),
            "title: Benchmark Monitor Archive\ndescription: Synthetic archive for benchmarks.\nbase_url: https://bench.example.org/\n" +
            "publications:\n  - name: Benchmark Monitor\n    slug: benchmark-monitor\n    first_volume_year: " + FirstYear.ToString(CultureInfo.InvariantCulture) + "\n" +
            "    description: A synthetic monitor.\npage_size: 20\n");
        File.WriteAllText(Path.Combine(inputDir, "tags.yml"),
            "tags:\n" + string.Concat(Tags.Select(t => $"  - {{ name: \"{t}\", slug: {Slug.From(t)} }}\n")));

        // 15 × 12 = 180 distinct names, each with a profile page.
        var authors = GivenNames.SelectMany(g => FamilyNames.Select(f => $"{g} {f}")).Take(AuthorCount).ToArray();
        foreach (var author in authors)
            TextFile.Write(Path.Combine(inputDir, "authors", Slug.From(author) + ".md"),
                ConfigFiles.WriteAuthor(new AuthorProfile { Name = author, Slug = Slug.From(author), Bio = $"{author} is an analyst. {Sentence(random, 40)}" }));

        // The issues are spread evenly over FirstYear..LastYear, so every date is in the past and, at 50,000
        // articles, a year holds a daily monitor's worth of issues; each year is a volume numbered from issue 1.
        var issueCount = (articleCount + 5) / 6;
        var firstDay = new DateOnly(FirstYear, 1, 1).DayNumber;
        var days = new DateOnly(LastYear, 12, 31).DayNumber - firstDay + 1;
        var (issueInVolume, volumeOfLastIssue, lastIssue) = (0, 0, -1);
        for (var i = 0; i < articleCount; i++)
        {
            var issueNumber = i / 6;
            var date = DateOnly.FromDayNumber(firstDay + (int)((long)issueNumber * days / issueCount));
            var volume = date.Year - FirstYear + 1;
            if (issueNumber != lastIssue)
            {
                issueInVolume = volume == volumeOfLastIssue ? issueInVolume + 1 : 1;
                (volumeOfLastIssue, lastIssue) = (volume, issueNumber);
            }
            var title = $"Article {i:D5}: {Sentence(random, 6)}";
            // One author mostly, two for one article in five: real bylines.
            var byline = random.Next(5) == 0
                ? new[] { authors[random.Next(authors.Length)], authors[random.Next(authors.Length)] }.Distinct().ToList()
                : [authors[random.Next(authors.Length)]];
            var fm = new ArticleFrontMatter
            {
                Title = title,
                Slug = ArticleSlug(i),
                Authors = byline,
                Date = date,
                Publication = "Benchmark Monitor",
                Volume = volume,
                Issue = issueInVolume,
                Kind = i % 6 < 2 ? "brief" : "feature",
                Tags = Tags.OrderBy(_ => random.Next()).Take(3).Order(StringComparer.Ordinal).ToList(),
                Summary = Sentence(random, 30),
            };
            TextFile.Write(Path.Combine(inputDir, "articles", date.Year.ToString(CultureInfo.InvariantCulture), fm.Slug + ".md"),
                ArticleFile.Write(fm, Body(random, i)));
        }
    }

    private static string ArticleSlug(int index) => $"article-{index:D5}";

    // 12 paragraphs of 100 words (~1,200 words), two headings, a link to an earlier article, an external link,
    // two footnotes.
    private static string Body(Random random, int index)
    {
        var sb = new StringBuilder();
        for (var p = 0; p < 12; p++)
        {
            if (p is 4 or 8) sb.Append("## ").Append(Sentence(random, 4).TrimEnd('.')).Append("\n\n");
            sb.Append(Sentence(random, 100));
            if (p == 2) sb.Append("[^1]");
            if (p == 9) sb.Append("[^2]");
            if (p == 6 && index > 0) sb.Append($" See [an earlier article](/articles/{ArticleSlug(random.Next(index))}/).");
            if (p == 7) sb.Append($" The [ministry's statement](https://www.example.org/statements/{index}) said so.");
            sb.Append("\n\n");
        }
        sb.Append("[^1]: ").Append(Sentence(random, 20)).Append("\n\n");
        sb.Append("[^2]: ").Append(Sentence(random, 25)).Append('\n');
        return sb.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(' ');
            var word = vocabulary is null ? Words[random.Next(Words.Length)] : vocabulary(random);
            sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }
        return sb.Append('.').ToString();
    }
}
