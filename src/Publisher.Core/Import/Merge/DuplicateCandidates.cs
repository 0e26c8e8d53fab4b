using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Merge;

/// <summary>
/// For each draft, the other drafts that could be the same article by <see cref="DuplicateMerger.SameArticleReason"/>:
/// a superset found from inverted indexes, so the exact test runs on these candidates only instead of on every pair
/// (which grows with the square of the archive).
/// <para>
/// That test needs nearly the same title (the same normalised title, or word sets with Jaccard ≥ 0.8) or mostly the same
/// body (five-word shingles overlapping ≥ 0.6 of the smaller set). Both are found by prefix filtering: when two sets
/// must share at least <c>c</c> of the <c>n</c> items of one of them, at most <c>n − c</c> of its items are missing
/// from the other, so any <c>n − c + 1</c> of its items (the rarest across the archive, so common words are never
/// probed) include one the other holds; probing an index of all items with those finds every such pair.
/// </para>
/// <para>
/// The index holds 64-bit hashes of the items (<see cref="StableHash"/>) in one sorted array, not the strings. A hash
/// collision can only add a candidate: the shared items still hash equal, and the prefix length is counted from the
/// number of distinct strings, so items merged by a collision inside one set never shorten it below what the
/// argument needs. The exact test then decides on the strings.
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

    public static DuplicateCandidates For(IReadOnlyList<ArticleDraft> drafts) => For(drafts, StableHash.Of);

    /// <param name="hash">The item hash; tests pass a colliding one to show collisions only add candidates.</param>
    internal static DuplicateCandidates For(IReadOnlyList<ArticleDraft> drafts, Func<string, ulong> hash)
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
        var titleWords = drafts.Select(d => HashedSet.Of(
            TextShapes.NormalizeForMatch(d.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal), hash)).ToList();
        ProbePrefixes(titleWords, TitleShare, minimumItems: 1, Add);

        // Shingle overlap ≥ 0.6 of the smaller set (both with at least ten): probing the smaller set's prefix finds the larger.
        var shingles = drafts.Select(d => HashedSet.Of(DuplicateMerger.ShinglesOf(d.Body), hash)).ToList();
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

    /// <summary>A set's distinct item hashes, ascending, and how many distinct strings they came from.</summary>
    private sealed record HashedSet(int Count, ulong[] Hashes)
    {
        public static HashedSet Of(IReadOnlyCollection<string> items, Func<string, ulong> hash)
        {
            var hashes = new ulong[items.Count];
            var n = 0;
            foreach (var item in items) hashes[n++] = hash(item);
            Array.Sort(hashes);
            var distinct = 0;
            for (var k = 0; k < hashes.Length; k++)
                if (k == 0 || hashes[k] != hashes[k - 1]) hashes[distinct++] = hashes[k];
            return new HashedSet(items.Count, hashes[..distinct]);
        }
    }

    /// <summary>
    /// Reports each pair of sets where the prefix of one (rarest items first) meets the other: every pair sharing at
    /// least <paramref name="share"/> of the smaller set's items is among them.
    /// </summary>
    private static void ProbePrefixes(IReadOnlyList<HashedSet> sets, double share, int minimumItems, Action<int, int> add)
    {
        // The postings: every (hash, set) pair, sorted by hash then set, in two parallel arrays.
        var total = 0;
        for (var i = 0; i < sets.Count; i++)
            if (sets[i].Count >= minimumItems) total += sets[i].Hashes.Length;
        var keys = new ulong[total];
        var owners = new int[total];
        var at = 0;
        for (var i = 0; i < sets.Count; i++)
        {
            if (sets[i].Count < minimumItems) continue;
            foreach (var h in sets[i].Hashes)
            {
                keys[at] = h;
                owners[at++] = i;
            }
        }
        Array.Sort(keys, owners);

        for (var i = 0; i < sets.Count; i++)
        {
            var set = sets[i];
            if (set.Count < minimumItems) continue;
            var mustShare = Math.Max(1, (int)Math.Floor(share * set.Count));
            var prefixLength = Math.Min(set.Hashes.Length, set.Count - mustShare + 1);
            var runs = new (int Start, int Length, ulong Hash)[set.Hashes.Length];
            for (var k = 0; k < set.Hashes.Length; k++)
            {
                var start = FirstAtLeast(keys, set.Hashes[k]);
                var end = start;
                while (end < total && keys[end] == set.Hashes[k]) end++;
                runs[k] = (start, end - start, set.Hashes[k]);
            }
            Array.Sort(runs, static (a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.Hash.CompareTo(b.Hash));
            for (var k = 0; k < prefixLength; k++)
                for (var p = runs[k].Start; p < runs[k].Start + runs[k].Length; p++) add(i, owners[p]);
        }
    }

    private static int FirstAtLeast(ulong[] sorted, ulong value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = lo + (hi - lo) / 2;
            if (sorted[mid] < value) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
