namespace Publisher.Core.Build.Checks;

/// <summary>
/// What a build's links were checked against, besides each file's own references: every output file, the anchors of
/// each HTML file whose anchors the checker knows (null for any other file), and the files left out on purpose (drafts).
/// The base URL and the folder diagnostics name are in the render cache's build key, so a state is only ever compared
/// with one of the same site and folder.
/// </summary>
/// <remarks>
/// A link that resolved in one state resolves in a later one that only <em>adds</em> (<see cref="OnlyAdds"/>): the file
/// it reached is still there and still has every anchor it had, and nothing that was left out and so not reported came
/// back. So a build whose state only adds to the previous build's checks only the files it made: every file it kept had
/// no broken link in the previous state (a build with one fails and saves no cache), and so has none now.
/// </remarks>
public sealed class LinkState(IReadOnlyDictionary<string, IReadOnlySet<string>?> files, IReadOnlySet<string> omitted)
{
    /// <summary>Every output file, with its anchors when it is an HTML file the checker scanned (else null).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>?> Files { get; } = files;

    /// <summary>Output files left out on purpose (drafts without --drafts): links to them are not reported.</summary>
    public IReadOnlySet<string> Omitted { get; } = omitted;

    /// <summary>
    /// True when every link that resolved against <paramref name="previous"/> resolves the same way against this state
    /// (<paramref name="tree"/> is this state's files): no file of <paramref name="previous"/> is gone; every HTML file it had
    /// still has each of its anchors (and the checker still knows them); nothing it left out is now in; and no added file can
    /// take over a link that resolved elsewhere or was not reported — one where the site also has a folder of that name
    /// (a link to <c>a</c> reached <c>a/index.html</c>), or one that an omitted file's name matches (the checker does not
    /// report a link to an omitted file that is missing, and would check the anchors of one that is there).
    /// </summary>
    public bool OnlyAdds(LinkState previous, OutputTree tree)
    {
        foreach (var path in previous.Omitted)
            if (!Omitted.Contains(path)) return false;
        var kept = 0;
        foreach (var (path, before) in previous.Files)
        {
            if (!Files.TryGetValue(path, out var now)) return false;
            kept++;
            // A file kept from the cache carries the very scan the previous build had.
            if (ReferenceEquals(before, now)) continue;
            if (before is null || now is null) return false;
            foreach (var anchor in before)
                if (!now.Contains(anchor)) return false;
        }
        if (kept == Files.Count) return true;
        var anyOmitted = Omitted.Count > 0 || previous.Omitted.Count > 0;
        foreach (var path in Files.Keys)
        {
            if (previous.Files.ContainsKey(path)) continue;
            if (tree.HasFolder(path)) return false;
            if (anyOmitted && (NamesOmitted(path, Omitted) || NamesOmitted(path, previous.Omitted))) return false;
        }
        return true;
    }

    /// <summary>
    /// Whether a link the checker excused as going to an omitted file (it tests the link's path and that path's
    /// <c>/index.html</c>) could now reach <paramref name="file"/>: the path it would have named is the file itself, the file
    /// as a folder, or the folder the file is the index of.
    /// </summary>
    private static bool NamesOmitted(string file, IReadOnlySet<string> omitted)
    {
        const string index = "index.html";
        if (omitted.Contains(file) || omitted.Contains(file + "/" + index)) return true;
        if (!file.EndsWith(index, StringComparison.Ordinal)) return false;
        var folder = file[..^index.Length];
        return omitted.Contains(folder) || omitted.Contains(folder.TrimEnd('/')) || omitted.Contains(folder.TrimEnd('/') + "/" + index);
    }
}
