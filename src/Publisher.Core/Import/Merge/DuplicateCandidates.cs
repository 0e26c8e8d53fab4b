using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Merge;

/// <summary>
/// For each draft, the other drafts that could be the same article by <see cref="DuplicateMerger.SameArticleReason"/>:
/// a superset found from inverted indexes, so the exact test runs on these candidates only instead of on every pair
/// (which grows with the square of the archive).
/// <para>
/// That test needs nearly the same title (the same normalised title, or word sets with Jaccard ≥ 0.8) or mostly the same
/// body (five-word shingles overlapping ≥ 0.6 of the smaller set). Both are found by prefix filtering: every draft's words
/// (shingles) are ordered rarest first across the archive; when two sets must share at least <c>c</c> of the
/// <c>n</c> items of one of them, they share one of its first <c>n − c + 1</c> items, so probing an index of all items
/// with those prefixes finds every such pair, and common words ("the") are never probed.
/// </para>
/// </summary>
internal sealed class DuplicateCandidates
{
    /// <summary>Looser than the test's thresholds (0.8, 0.6), so rounding can never lose a pair.</summary>
    private const double TitleShare = 0.79;
    private const double BodyShare = 0.59;

    private readonly List<int>[] _candidates;

    private DuplicateCandidates(List<int>[] candidates) => _candidates = candidates;

    /// <summary>The indexes of the drafts that may be the same article as draft <paramref name="index"/>, ascending.</summary>
    public IReadOnlyList<int> Of(int index) => _candidates[index];

    public static DuplicateCandidates For(IReadOnlyList<ArticleDraft> drafts)
    {
        var pairs = new HashSet<(int, int)>();
        void Add(int i, int j)
        {
            if (i != j) pairs.Add(i < j ? (i, j) : (j, i));
        }

        // The same normalised title (an empty one too, which has no words to index).
        foreach (var same in Enumerable.Range(0, drafts.Count).GroupBy(i => TextShapes.NormalizeForMatch(drafts[i].Title), StringComparer.Ordinal))
        {
            var members = same.ToList();
            for (var a = 0; a < members.Count; a++)
                for (var b = a + 1; b < members.Count; b++) Add(members[a], members[b]);
        }

        // Jaccard ≥ 0.8 means the common words are ≥ 0.8 of each title's words (the union is at least either set).
        var titleWords = drafts.Select(d => TextShapes.NormalizeForMatch(d.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal)).ToList();
        ProbePrefixes(titleWords, TitleShare, minimumItems: 1, Add);

        // Shingle overlap ≥ 0.6 of the smaller set (both with at least ten): probing the smaller set's prefix finds the larger.
        var shingles = drafts.Select(d => DuplicateMerger.ShinglesOf(d.Body)).ToList();
        ProbePrefixes(shingles, BodyShare, minimumItems: 10, Add);

        var candidates = Enumerable.Range(0, drafts.Count).Select(_ => new List<int>()).ToArray();
        foreach (var (i, j) in pairs)
        {
            candidates[i].Add(j);
            candidates[j].Add(i);
        }
        foreach (var list in candidates) list.Sort();
        return new DuplicateCandidates(candidates);
    }

    /// <summary>
    /// Reports each pair of sets where the prefix of one (rarest items first) meets the other: every pair sharing at
    /// least <paramref name="share"/> of the smaller set's items is among them.
    /// </summary>
    private static void ProbePrefixes(IReadOnlyList<HashSet<string>> sets, double share, int minimumItems, Action<int, int> add)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < sets.Count; i++)
        {
            if (sets[i].Count < minimumItems) continue;
            foreach (var item in sets[i])
            {
                if (!postings.TryGetValue(item, out var list)) postings[item] = list = [];
                list.Add(i);
            }
        }
        for (var i = 0; i < sets.Count; i++)
        {
            var n = sets[i].Count;
            if (n < minimumItems) continue;
            var mustShare = Math.Max(1, (int)Math.Floor(share * n));
            var prefix = sets[i].OrderBy(item => postings[item].Count).ThenBy(item => item, StringComparer.Ordinal).Take(n - mustShare + 1);
            foreach (var item in prefix)
                foreach (var j in postings[item]) add(i, j);
        }
    }
}
