namespace Publisher.Core.Import;

/// <summary>An article a re-import files under another slug (its title changed in the seed): the file import wrote before and the old slug.</summary>
public sealed record ArticleRename(string OldRelativePath, string OldSlug, IReadOnlyList<string> OldAliases);

/// <summary>
/// Finds the articles a re-import renames: when the articles read from one set of seeds include exactly one that gets a
/// new file and the archive holds exactly one article from the same seeds that no article of this run takes, that
/// article's title (and so its slug) changed in the seed. The old file is replaced only when import wrote it and nobody
/// edited it since (<paramref name="isImportsOwn"/>); the new file lists the old address under <c>aliases:</c>, so links
/// to it keep working. Anything less clear (several new or left-over articles from the same seeds) renames nothing. Pure.
/// </summary>
public static class ArticleRenames
{
    /// <returns>The rename of each identity that is one, keyed by the identity's new relative path.</returns>
    public static IReadOnlyDictionary<string, ArticleRename> Find(IReadOnlyList<ArticleIdentity> identities,
        IReadOnlyList<ExistingArticle> existing, Func<string, bool> isImportsOwn)
    {
        var existingPaths = existing.Select(e => e.RelativePath).ToHashSet(StringComparer.Ordinal);
        var plannedPaths = identities.Select(i => i.RelativePath).ToHashSet(StringComparer.Ordinal);
        var leftOver = existing.Where(e => e.FrontMatter.Sources.Count > 0 && !plannedPaths.Contains(e.RelativePath))
            .ToLookup(e => SourcesKey(e.FrontMatter.Sources), StringComparer.Ordinal);

        var renames = new Dictionary<string, ArticleRename>(StringComparer.Ordinal);
        foreach (var group in identities.Where(i => i.Imported.Draft.Sources.Count > 0)
                     .GroupBy(i => SourcesKey(i.Imported.Draft.Sources), StringComparer.Ordinal))
        {
            var newcomers = group.Where(i => !existingPaths.Contains(i.RelativePath)).ToList();
            var old = leftOver[group.Key].ToList();
            if (newcomers.Count != 1 || old.Count != 1 || !isImportsOwn(old[0].RelativePath)) continue;
            renames[newcomers[0].RelativePath] = new ArticleRename(old[0].RelativePath, old[0].Slug, old[0].FrontMatter.Aliases);
        }
        return renames;
    }

    /// <summary>
    /// The aliases the renamed article's file lists: the old address first, then the old file's own aliases, without
    /// the new address itself (a title changed back).
    /// </summary>
    public static IReadOnlyList<string> AliasesOf(ArticleRename rename, string newSlug) =>
        new[] { $"articles/{rename.OldSlug}/" }.Concat(rename.OldAliases)
            .Where(a => a.Trim('/') != $"articles/{newSlug}")
            .Distinct(StringComparer.Ordinal).ToList();

    private static string SourcesKey(IEnumerable<string> sources) => string.Join('\n', sources.Order(StringComparer.Ordinal));
}
