using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>
/// For each article, the articles sharing the most tags with it; ties go to the newer, then to the slug
/// (ordinal). Built once per site: the tags' article lists become sorted positions in the site's article
/// order (newest first, then slug), so the tie order is the position order and counting the shared tags is
/// a merge of a few sorted lists instead of a comparison with every article of the archive.
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

    /// <summary>Up to <paramref name="count"/> articles, most shared tags first.</summary>
    public IReadOnlyList<Article> For(Article article, int count)
    {
        var lists = article.Tags.Select(tag => _positionsByTag.GetValueOrDefault(tag) ?? []).ToArray();
        if (lists.Length == 0 || count <= 0) return [];
        var self = _positionBySlug[article.Slug];
        var next = new int[lists.Length];

        // The best so far, most shared first; among equals, the earlier position (newer article) first.
        var best = new List<(int Position, int Shared)>(count + 1);
        while (true)
        {
            var position = int.MaxValue;
            for (var i = 0; i < lists.Length; i++)
                if (next[i] < lists[i].Length && lists[i][next[i]] < position) position = lists[i][next[i]];
            if (position == int.MaxValue) break;

            var shared = 0;
            for (var i = 0; i < lists.Length; i++)
                while (next[i] < lists[i].Length && lists[i][next[i]] == position)
                {
                    shared++;
                    next[i]++;
                }
            if (position == self) continue;

            // Positions arrive in increasing order, so a later article only displaces one sharing strictly fewer tags.
            var at = best.Count;
            while (at > 0 && best[at - 1].Shared < shared) at--;
            if (at >= count) continue;
            best.Insert(at, (position, shared));
            if (best.Count > count) best.RemoveAt(count);
            // Full, and the last shares every tag: no later article can share more, so none displaces it.
            if (best.Count == count && best[count - 1].Shared == lists.Length) break;
        }
        return best.Select(b => _articles[b.Position]).ToList();
    }
}
