using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// For each article, the articles sharing the most tags with it; ties go to the newer, then to the slug
/// (ordinal). Built once per site: the tags' article lists become sorted positions in the site's article
/// order (newest first, then slug), so the tie order is the position order, and counting the shared tags walks
/// the article's few tag lists instead of comparing it with every article of the archive.
/// </summary>
public sealed class RelatedArticles
{
    private readonly IReadOnlyList<Article> _articles;
    private readonly Dictionary<string, int> _positionBySlug;
    private readonly Dictionary<string, int[]> _positionsByTag;

    public RelatedArticles(Site site)
    {
        _articles = site.Articles;
        _positionBySlug = new Dictionary<string, int>(site.Articles.Count, StringComparer.Ordinal);
        for (var i = 0; i < site.Articles.Count; i++) _positionBySlug[site.Articles[i].Slug] = i;
        _positionsByTag = new Dictionary<string, int[]>(site.Tags.Count, StringComparer.Ordinal);
        foreach (var tag in site.Tags)
        {
            var positions = tag.Articles.Select(slug => _positionBySlug[slug]).ToArray();
            Array.Sort(positions);
            _positionsByTag[tag.Slug] = positions;
        }
    }

    /// <summary>Each worker thread's shared-tag counts, one per article position (all zero between calls), and the positions a call touched.</summary>
    [ThreadStatic] private static int[]? t_shared;
    [ThreadStatic] private static int[]? t_touched;

    /// <summary>Up to <paramref name="count"/> articles, most shared tags first.</summary>
    /// <remarks>
    /// Every article's page key asks this (<see cref="PageInputKeys"/>), so a one-edit build runs it for the whole archive:
    /// the tags' position lists are counted into a per-thread array (one increment per position, instead of a k-way merge
    /// that looks at every list for each position) and the best are chosen from the positions touched. Compiled optimised
    /// at once: a cold process would otherwise run these loops unoptimised for most of the build.
    /// </remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<Article> For(Article article, int count)
    {
        if (article.Tags.Count == 0 || count <= 0) return [];
        var self = _positionBySlug[article.Slug];
        var shared = t_shared is { } counts && counts.Length == _articles.Count ? counts : t_shared = new int[_articles.Count];
        var touched = t_touched is { } list && list.Length >= _articles.Count ? list : t_touched = new int[_articles.Count];
        var n = 0;
        foreach (var tag in article.Tags)
        {
            if (!_positionsByTag.TryGetValue(tag, out var positions)) continue;
            foreach (var position in positions)
                if (shared[position]++ == 0) touched[n++] = position;
        }

        // The best so far: most shared first; among equals, the earlier position (newer article) first.
        var best = new (int Position, int Shared)[Math.Min(count, n)];
        var held = 0;
        for (var i = 0; i < n; i++)
        {
            var position = touched[i];
            var tags = shared[position];
            shared[position] = 0;
            if (position == self) continue;
            if (held == best.Length && !Before(position, tags, best[held - 1])) continue;
            var at = held == best.Length ? held - 1 : held++;
            while (at > 0 && Before(position, tags, best[at - 1]))
            {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = (position, tags);
        }
        var chosen = new List<Article>(held);
        for (var i = 0; i < held; i++) chosen.Add(_articles[best[i].Position]);
        return chosen;
    }

    private static bool Before(int position, int tags, (int Position, int Shared) other) =>
        tags > other.Shared || (tags == other.Shared && position < other.Position);
}
