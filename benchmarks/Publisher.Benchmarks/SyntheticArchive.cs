using System.Globalization;
using System.Text;
using Publisher.Core.Content;
using Publisher.Core.Model;

namespace Publisher.Benchmarks;

/// <summary>
/// Writes a deterministic archive of N articles shaped like the real one: issues of ~6 articles
/// (briefs and features), several authors, tags from a taxonomy, footnotes, links between articles,
/// and ~1,000-word bodies. Same N, same bytes.
/// </summary>
public static class SyntheticArchive
{
    private static readonly string[] Words =
    [
        "militia", "government", "attack", "security", "forces", "election", "province", "border", "analysis",
        "the", "of", "and", "in", "to", "a", "was", "that", "for", "on", "with", "as", "by", "its", "after",
        "official", "parliament", "group", "leader", "drone", "ceasefire", "region", "influence", "support",
    ];

    private static readonly string[] Tags =
    [
        "Iraq", "Iran", "Syria", "Afghanistan", "Pakistan", "Taliban", "Islamic State", "al-Qaeda",
        "Shia Militias", "Elections", "Drones", "CBRN", "Jihadism", "West Africa", "Europe", "United States",
    ];

    public static void Write(string inputDir, int articleCount)
    {
        var random = new Random(20211119);
        Directory.CreateDirectory(inputDir);
        File.WriteAllText(Path.Combine(inputDir, "site.yml"),
            "title: Benchmark Monitor Archive\ndescription: Synthetic archive for benchmarks.\npublication: Benchmark Monitor\n" +
            "base_url: https://bench.example.org/\nfirst_volume_year: 2003\npage_size: 20\n");
        File.WriteAllText(Path.Combine(inputDir, "tags.yml"),
            "tags:\n" + string.Concat(Tags.Select(t => $"  - {{ name: \"{t}\" }}\n")));

        var authors = Enumerable.Range(1, 60).Select(i => $"Author Number{i}").ToArray();
        foreach (var author in authors.Take(40))
            TextFile.Write(Path.Combine(inputDir, "authors", Publisher.Core.Text.Slug.From(author) + ".md"),
                ConfigFiles.WriteAuthor(new AuthorProfile { Name = author, Slug = Publisher.Core.Text.Slug.From(author), Bio = $"{author} is an analyst." }));

        for (var i = 0; i < articleCount; i++)
        {
            var issueNumber = i / 6;
            var volume = 1 + issueNumber / 24;
            var date = new DateOnly(2003 + volume - 1, 1, 1).AddDays(issueNumber % 24 * 15);
            var title = $"Article {i:D5}: {Sentence(random, 6)}";
            var fm = new ArticleFrontMatter
            {
                Title = title,
                Slug = $"article-{i:D5}",
                Authors = [authors[random.Next(authors.Length)]],
                Date = date,
                Publication = "Benchmark Monitor",
                Volume = volume,
                Issue = issueNumber % 24 + 1,
                Kind = i % 6 < 2 ? "brief" : "feature",
                Tags = Tags.OrderBy(_ => random.Next()).Take(3).Order(StringComparer.Ordinal).ToList(),
                Summary = Sentence(random, 30),
            };
            TextFile.Write(Path.Combine(inputDir, "articles", date.Year.ToString(CultureInfo.InvariantCulture), fm.Slug + ".md"),
                ArticleFile.Write(fm, Body(random, i)));
        }
    }

    private static string Body(Random random, int index)
    {
        var sb = new StringBuilder();
        for (var p = 0; p < 10; p++)
        {
            if (p == 4) sb.Append("## ").Append(Sentence(random, 4).TrimEnd('.')).Append("\n\n");
            sb.Append(Sentence(random, 100));
            if (p == 2) sb.Append("[^1]");
            if (p == 6 && index > 0) sb.Append($" See [an earlier article](/articles/article-{index - 1:D5}/).");
            sb.Append("\n\n");
        }
        sb.Append("[^1]: ").Append(Sentence(random, 20)).Append('\n');
        return sb.ToString();
    }

    private static string Sentence(Random random, int words)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(' ');
            var word = Words[random.Next(Words.Length)];
            sb.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
        }
        return sb.Append('.').ToString();
    }
}
