using System.Text;
using System.Text.RegularExpressions;
using Publisher.Core.Build.Lint;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;
using Publisher.Core.Model;

namespace Publisher.Tests.Build.Lint;

/// <summary>
/// <see cref="NameVariants"/> counts spellings per file instead of holding one record per use: its warnings must be
/// exactly those of the straightforward version (one record per use, grouped at the end), kept here as the reference.
/// </summary>
public sealed partial class NameVariantsTests
{
    [Fact]
    public void Counting_per_file_gives_the_same_warnings_as_one_record_per_use()
    {
        var documents = RandomArchive(seed: 11, count: 700);

        var expected = new List<Diagnostic>();
        Reference.Check(documents, expected);
        var actual = new List<Diagnostic>();
        NameVariants.Check(documents, actual);

        Assert.True(expected.Count > 20, $"the corpus should give warnings ({expected.Count})");
        Assert.Equal(expected.Select(d => d.ToString()), actual.Select(d => d.ToString()));
    }

    [Fact]
    public void A_file_with_two_forms_of_one_spelling_is_warned_at_the_earlier_with_both_counted()
    {
        var documents = new[]
        {
            Document("a.md", "Notes", "Governor al-Zahrani spoke. Al-Zahrani left.\nGovernor al-Zahrani again, Al-Zahrani too."),
            Document("b.md", "On Al-Zarani", "See [the report](https://example.org/Al-Zarani) where AL-ZARANI’s office and Al-Zarani's aide spoke."),
        };
        var expected = new List<Diagnostic>();
        Reference.Check(documents, expected);
        var actual = new List<Diagnostic>();
        NameVariants.Check(documents, actual);

        Assert.Equal(["b.md:3:4: warning PUB017: 'Al-Zarani' (3 times in this file) looks like another spelling of 'Al-Zahrani' (4 times in 1 file, first at a.md:5:10); if they are one name, use one spelling"],
            actual.Select(d => d.ToString()));
        Assert.Equal(expected.Select(d => d.ToString()), actual.Select(d => d.ToString()));
    }

    [Fact]
    public void Addresses_are_blanked_exactly_as_the_address_pattern_replaces_them()
    {
        // Every character the pattern tests, in random lines: links, bracketed and bare addresses, e-mail, near misses.
        string[] pieces = ["](", "]", "(", ")", "<", ">", "://", ":", "/", "@", "a", "ab", "http", "Z", "x.y", " ", "  ", "\t", "\u00A0", "\u2003", "’", "é"];
        var random = new Random(7);
        for (var i = 0; i < 50_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 16); n > 0; n--) text.Append(pieces[random.Next(pieces.Length)]);
            var line = text.ToString();
            Assert.True(NameVariants.Address().Replace(line, " ") == NameVariants.BlankAddresses(line), $"differs on '{line}'");
        }
        foreach (var line in new[] { "See [the report](https://example.org/Al-Zarani) and <https://a.org/x y> or mail x@y.org, http://q", "a@b", "@ab", "ab@", "]()", "<a://>", "a://", "a:// b" })
            Assert.Equal(NameVariants.Address().Replace(line, " "), NameVariants.BlankAddresses(line));
    }

    [Fact]
    public void Words_are_found_exactly_as_the_word_pattern_finds_them()
    {
        // Capitals and lower case, the articles' hyphens and apostrophes, digits and letters of every category the pattern
        // names (titlecase, modifier, other, letter numbers, a surrogate pair), spaces and punctuation.
        string[] pieces = ["al-", "el-", "Al-", "El-", "AL-", "a", "e", "l", "-", "--", "'", "’", "’s", "A", "E", "K", "Z", "x", "q", "É", "é", "ß", "Σ",
            "ǅ", "ʰ", "中", "Ⅻ", "²", "7", "𝐀", " ", "  ", ".", ",", "(", "[", "\u00A0", "Kadhimi", "al-Kadhimi", "Shi'ite", "l-B"];
        var random = new Random(17);
        for (var i = 0; i < 50_000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 14); n > 0; n--) text.Append(pieces[random.Next(pieces.Length)]);
            var line = text.ToString();
            Assert.True(Scanned(line).SequenceEqual(Matched(line)), $"differs on '{line}'");
        }
        foreach (var line in new[] { "Governor al-Zahrani spoke. Al-Zahrani left; el-Baz and AL-ZARANI’s aide, McDonald's and O’Neill-Smith.", "al-", "al-b", "Al-9", "xAl-B", "aAl-B", "al-Bal-C", "" })
            Assert.Equal(Matched(line), Scanned(line));

        static List<(int, int)> Matched(string line) => [.. NameVariants.Word().Matches(line).Select(m => (m.Index, m.Length))];

        static List<(int, int)> Scanned(string line)
        {
            var found = new List<(int, int)>();
            for (var at = 0; NameVariants.NextWord(line, at, out var index, out var length); at = index + length) found.Add((index, length));
            return found;
        }
    }

    private static ArticleDocument Document(string path, string title, string body) =>
        new(new ArticleFrontMatter { Title = title, Date = new DateOnly(2024, 1, 1) }, body, path, BodyStartLine: 5)
        {
            FieldLocations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal) { [KnownKeys.Article.Title] = new(path, 3, 8) },
        };

    /// <summary>Invented names in several spellings (case, apostrophes, h, doubled letters, possessives), links and addresses.</summary>
    private static List<ArticleDocument> RandomArchive(int seed, int count)
    {
        string[] names = ["Kadhimi", "Khadimi", "al-Kadhimi", "Al-Khadimi", "KADHIMI", "Hezbollah", "Hezbolah", "Hizbollah", "Shi'ite", "Shi’ite", "Shiite",
            "Zahrani", "Zarani", "Zahranni", "Ouagadougou", "Ouagadogou", "Marrakesh", "Marrakech", "Marrakesh's", "Tessalit", "Tesalit", "Government", "Ministry"];
        string[] filler = ["the", "said", "In", "of", "The", "report", "on", "When", "and", "It", "a"];
        var random = new Random(seed);
        var documents = new List<ArticleDocument>();
        for (var i = 0; i < count; i++)
        {
            var body = new StringBuilder();
            var lines = random.Next(1, 8);
            for (var l = 0; l < lines; l++)
            {
                var words = random.Next(0, 14);
                for (var w = 0; w < words; w++)
                {
                    var roll = random.Next(20);
                    body.Append(roll switch
                    {
                        < 7 => names[random.Next(names.Length)],
                        7 => $"[{names[random.Next(names.Length)]}](/articles/{names[random.Next(names.Length)].ToLowerInvariant()}/)",
                        8 => $"https://example.org/{names[random.Next(names.Length)]}",
                        9 => $"{names[random.Next(names.Length)]}@example.org",
                        _ => filler[random.Next(filler.Length)],
                    });
                    body.Append(random.Next(6) == 0 ? ", " : " ");
                }
                body.Append('\n');
            }
            documents.Add(Document($"input/articles/{i:D4}.md", $"{names[random.Next(names.Length)]} and {filler[random.Next(filler.Length)]}", body.ToString()));
        }
        return documents;
    }

    /// <summary>The version before per-file counting (one record per use), unchanged: the reference.</summary>
    private static partial class Reference
    {
        private const int MinimumSkeleton = 6;

        private sealed record Use(string Spelling, SourceLocation Location);

        public static void Check(IEnumerable<ArticleDocument> documents, List<Diagnostic> diagnostics)
        {
            var uses = new List<Use>();
            foreach (var doc in documents)
            {
                Collect(doc.FrontMatter.Title, doc.LocationOf(KnownKeys.Article.Title) with { Column = 0 }, uses);
                var lines = doc.Body.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                    Collect(lines[i], new SourceLocation(doc.Path, doc.BodyStartLine + i), uses);
            }

            foreach (var group in uses.GroupBy(u => NameSkeleton.Of(u.Spelling), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var spellings = group.GroupBy(u => u.Spelling.ToLowerInvariant().Replace('’', '\''), StringComparer.Ordinal)
                    .Select(s => (Display: MostCommon(s), Uses: s.ToList()))
                    .OrderByDescending(s => s.Uses.Count).ThenBy(s => s.Display, StringComparer.Ordinal)
                    .ToList();
                if (spellings.Count < 2) continue;
                var (top, topUses) = spellings[0];
                foreach (var (display, spellingUses) in spellings.Skip(1))
                {
                    var others = string.Concat(spellings.Skip(1).Where(s => s.Display != display)
                        .Select(s => $"; also '{s.Display}' {Places(s.Uses)}"));
                    foreach (var inFile in spellingUses.GroupBy(u => u.Location.Path, StringComparer.Ordinal))
                        diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.NameSpellingVariants,
                            $"'{display}' ({Times(inFile.Count())} in this file) looks like another spelling of '{top}' ({Places(topUses)}){others}; if they are one name, use one spelling",
                            inFile.First().Location));
                }
            }
        }

        private static void Collect(string text, SourceLocation line, List<Use> uses)
        {
            text = Address().Replace(text, " ");
            foreach (Match word in Word().Matches(text))
            {
                var spelling = Possessive().Replace(word.Value, "");
                if (NameSkeleton.Of(spelling).Length < MinimumSkeleton) continue;
                uses.Add(new Use(spelling, line with { Column = word.Index + 1 }));
            }
        }

        private static string MostCommon(IEnumerable<Use> uses) =>
            uses.GroupBy(u => u.Spelling, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .First().Key;

        private static string Places(IReadOnlyList<Use> uses) => $"{Times(uses.Count)} in {Files(uses)}, first at {uses[0].Location}";

        private static string Times(int n) => n == 1 ? "once" : $"{n} times";

        private static string Files(IEnumerable<Use> uses)
        {
            var n = uses.Select(u => u.Location.Path).Distinct(StringComparer.Ordinal).Count();
            return n == 1 ? "1 file" : $"{n} files";
        }

        [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?:[AaEe]l-)?\p{Lu}\p{L}*(?:['’-]\p{L}+)*")]
        private static partial Regex Word();

        [GeneratedRegex(@"['’]s$")]
        private static partial Regex Possessive();

        [GeneratedRegex(@"\]\([^)]*\)|<[a-z]+://[^>]*>|[a-z]+://\S+|\S+@\S+")]
        private static partial Regex Address();
    }
}
