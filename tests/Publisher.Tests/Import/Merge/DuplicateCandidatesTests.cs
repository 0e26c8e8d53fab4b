using Publisher.Core.Diagnostics;
using Publisher.Core.Import;
using Publisher.Core.Import.Merge;

namespace Publisher.Tests.Import.Merge;

/// <summary>
/// The duplicate check's index must decide exactly as comparing every draft with every other did: checked on a
/// generated archive with planted duplicates and near-duplicates on both sides of every threshold.
/// </summary>
public class DuplicateCandidatesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_pair_the_exact_test_calls_the_same_article_is_a_candidate(int seed)
    {
        // Given: a generated archive with planted duplicates
        var drafts = GeneratedArchive(seed);

        // When
        var candidates = DuplicateCandidates.For(drafts);

        // Then: all pairs checked, none missed; and the planted ones were there to find
        var reasons = new List<string>();
        for (var i = 0; i < drafts.Count; i++)
            for (var j = 0; j < drafts.Count; j++)
            {
                if (i == j || DuplicateMerger.SameArticleReason(drafts[i], drafts[j]) is not { } reason) continue;
                reasons.Add(reason);
                Assert.Contains(j, candidates.Of(i));
            }
        Assert.True(reasons.Count >= 60, $"only {reasons.Count} same-article pairs planted");
        Assert.Equal(3, reasons.Distinct(StringComparer.Ordinal).Count());
        Assert.True(candidates.Of(0).Count < drafts.Count / 4, "the index should not make every draft a candidate");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Indexed_grouping_equals_grouping_by_comparing_every_pair(int seed)
    {
        // Given
        var drafts = GeneratedArchive(seed);

        // When
        var indexed = DuplicateMerger.Groups(drafts);

        // Then
        Assert.Equal(AllPairsGroups(drafts), indexed.Select(g => g.ToList()).ToList());
        Assert.True(indexed.Count(g => g.Count >= 2) >= 10, "too few planted duplicates merged");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_hash_collision_only_adds_candidates(int seed)
    {
        // Given: the same archive indexed with the real hash and with one that makes most items collide
        var drafts = GeneratedArchive(seed);
        static ulong Colliding(string item) => (ulong)(item.Length % 3);

        // When
        var exact = DuplicateCandidates.For(drafts);
        var collided = DuplicateCandidates.For(drafts, Colliding);

        // Then: every candidate of the real index is still one, and the exact test still finds every pair
        for (var i = 0; i < drafts.Count; i++)
        {
            Assert.Empty(exact.Of(i).Except(collided.Of(i)));
            for (var j = 0; j < drafts.Count; j++)
                if (i != j && DuplicateMerger.IsSameArticle(drafts[i], drafts[j])) Assert.Contains(j, collided.Of(i));
        }
        Assert.True(Enumerable.Range(0, drafts.Count).Sum(i => collided.Of(i).Count) > Enumerable.Range(0, drafts.Count).Sum(i => exact.Of(i).Count),
            "the colliding hash should have added candidates");
    }

    [Fact]
    public void The_item_hash_is_the_same_on_every_run()
    {
        // FNV-1a 64 of the UTF-16 code units, fixed values: a randomised hash would make the index differ between runs.
        Assert.Equal(14695981039346656037UL, StableHash.Of(""));
        Assert.Equal(StableHash.Of("harbour ledger keeps its word"), StableHash.Of(string.Concat("harbour ledger ", "keeps its word")));
        Assert.NotEqual(StableHash.Of("ab"), StableHash.Of("ba"));
    }

    [Fact]
    public void Merge_of_the_generated_archive_merges_the_planted_duplicates()
    {
        // Given
        var drafts = GeneratedArchive(4).Select((d, i) => new ImportedDraft(d, TextFidelity: i % 2)).ToList();
        var diagnostics = new List<Diagnostic>();

        // When
        var outcome = DuplicateMerger.Merge(drafts, diagnostics);

        // Then: one merged article per group of the all-pairs check
        var expected = AllPairsGroups(drafts.Select(d => d.Draft).ToList());
        Assert.Equal(expected.Count, outcome.Drafts.Count);
        Assert.Equal(expected.Sum(g => g.Count - 1), diagnostics.Count(d => d.Code == DiagnosticCodes.ImportDuplicateMerged));
    }

    /// <summary>The grouping as it was before the index: each draft joins the first group with a member it is the same article as.</summary>
    private static List<List<int>> AllPairsGroups(IReadOnlyList<ArticleDraft> drafts)
    {
        var groups = new List<List<int>>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var group = groups.FirstOrDefault(g => g.Any(member => DuplicateMerger.IsSameArticle(drafts[member], drafts[i])));
            if (group is null) groups.Add([i]);
            else group.Add(i);
        }
        return groups;
    }

    /// <summary>
    /// Invented articles, each issue a seed, and for some of them a second version from a web seed: the same text,
    /// text with a share of its words replaced (around the 0.3 and 0.6 overlap thresholds), a title with a word
    /// changed or added (around Jaccard 0.8), the same title in another issue, tiny bodies, empty and repeated titles.
    /// </summary>
    private static List<ArticleDraft> GeneratedArchive(int seed)
    {
        var random = new Random(seed);
        var vocabulary = Vocabulary(random, 900);
        string Word() => random.Next(5) == 0 ? Common[random.Next(Common.Length)] : vocabulary[random.Next(vocabulary.Count)];
        List<string> Words(int n) => Enumerable.Range(0, n).Select(_ => Word()).ToList();
        string Title(List<string> words) => string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        string Body(List<string> words) => string.Join("\n\n", words.Chunk(40).Select(p => string.Join(' ', p) + "."));

        var drafts = new List<ArticleDraft>();
        ArticleDraft Make(string source, int issue, string title, string body, int line) => new()
        {
            Title = title,
            Body = body,
            Publication = "Harbour Ledger",
            Volume = 3,
            Issue = issue,
            Origin = new SourceLocation(source, line),
            Sources = [source],
        };

        for (var issue = 1; issue <= 40; issue++)
        {
            var source = $"seeds/issue-{issue:D3}.txt";
            for (var k = 0; k < 4; k++)
            {
                var titleWords = Words(random.Next(1, 8));
                var bodyWords = Words(random.Next(60, 260));
                var title = random.Next(25) == 0 ? "" : random.Next(20) == 0 ? "Briefly Noted" : Title(titleWords);
                var body = random.Next(15) == 0 ? string.Join(' ', Words(random.Next(3, 14))) : Body(bodyWords);
                drafts.Add(Make(source, issue, title, body, 10 + k * 50));

                var web = $"seeds/web-{issue:D3}-{k}.txt";
                switch (random.Next(9))
                {
                    case 0: // the same article as a web page, typography aside
                        drafts.Add(Make(web, issue, title.ToUpperInvariant(), body.Replace(".", " ."), 1) with { Publication = random.Next(2) == 0 ? null : "Harbour Ledger" });
                        break;
                    case 1: // some words replaced, no issue numbers: the overlap alone decides
                    case 2:
                        // A share r of words replaced keeps about (1 − r)^5 of the shingles: 0–30 % spans both thresholds.
                        var share = random.NextDouble() * 0.3;
                        var changed = bodyWords.Select(w => random.NextDouble() < share ? Word() : w).ToList();
                        drafts.Add(Make(web, issue, random.Next(2) == 0 ? title : Title(Words(4)), Body(changed), 1) with { Issue = null });
                        break;
                    case 3: // a title word changed or one added (Jaccard either side of 0.8), another body
                        var variant = titleWords.ToList();
                        if (random.Next(2) == 0) variant[random.Next(variant.Count)] = Word();
                        else variant.Insert(random.Next(variant.Count + 1), Word());
                        drafts.Add(Make(web, random.Next(2) == 0 ? issue : issue + 1, Title(variant), Body(Words(120)), 1));
                        break;
                    case 4: // the same title in the next issue, with a passage in common
                        drafts.Add(Make(web, issue + 1, title, Body(bodyWords.Take(bodyWords.Count / 3).Concat(Words(100)).ToList()), 1));
                        break;
                    case 5: // the same text cut again from the same seed is never a duplicate of itself
                        drafts.Add(Make(source, issue, title, body, 200 + k));
                        break;
                }
            }
        }
        return drafts;
    }

    private static readonly string[] Common = ["the", "of", "and", "in", "to", "a", "on", "for"];

    private static List<string> Vocabulary(Random random, int count)
    {
        string[] syllables = ["ka", "lo", "mir", "dun", "sel", "tra", "vo", "pen", "ri", "gash", "ul", "bre", "ton", "fa", "zel", "orn"];
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
            words.Add(string.Concat(Enumerable.Range(0, random.Next(2, 4)).Select(_ => syllables[random.Next(syllables.Length)])));
        return words.Order(StringComparer.Ordinal).ToList();
    }
}
