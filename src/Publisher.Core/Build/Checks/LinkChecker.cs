using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build.Checks;

/// <summary>
/// Checks that every internal link in a built site resolves: to a file, a folder with an index.html,
/// and, for <c>#fragment</c>s, to an element with that id. External links are not fetched.
/// </summary>
public static class LinkChecker
{
    private static readonly string[] HtmlExtensions = [".html", ".htm"];
    private static readonly string[] TextExtensions = [".xml", ".json"];

    /// <summary>
    /// Checks every <c>.html</c> file under <paramref name="outputDir"/> (and the site's own absolute URLs in
    /// <c>.xml</c> and <c>.json</c> files) against the tree. Diagnostics name files as
    /// <c>{outputDir}/relative/path</c> with the line and column of the element that holds the link,
    /// and come back sorted.
    /// </summary>
    /// <param name="omitted">Output files left out on purpose (drafts without --drafts): links to them are not reported here.</param>
    /// <param name="displayAs">The folder diagnostics name instead of <paramref name="outputDir"/>: a build checks its staging
    /// folder but reports paths in the output folder the editor knows.</param>
    public static IReadOnlyList<Diagnostic> Check(string outputDir, string baseUrl, IReadOnlySet<string>? omitted = null, string? displayAs = null)
    {
        var site = SiteFor(baseUrl);
        if (site is null) return [InvalidBase(baseUrl)];
        if (!Directory.Exists(outputDir))
            return [Diagnostic.Error(DiagnosticCodes.OutputFileUnreadable, $"output folder '{outputDir}' does not exist")];

        var tree = OutputTree.Scan(outputDir, displayAs);
        var files = tree.Files.Where(IsScanned).ToList();
        var scans = new PageScan[files.Count];
        Parallel.For(0, files.Count, PerCore.Options, i => scans[i] = ScanFile(tree, files[i], site));
        return Check(tree, scans, site, omitted);
    }

    /// <summary>The base URL a build's links are checked against, or null (see <see cref="InvalidBase"/>) when it cannot be.</summary>
    public static SiteUrls? SiteFor(string baseUrl) => SiteUrls.TryCreate(baseUrl);

    public static Diagnostic InvalidBase(string baseUrl) =>
        Diagnostic.Error(DiagnosticCodes.LinkInvalid, $"base URL '{baseUrl}' is not an absolute http(s) URL, so links cannot be checked");

    /// <summary>Whether the checker reads a file's anchors: an HTML page.</summary>
    public static bool IsHtml(string relativePath) => HasExtension(relativePath, HtmlExtensions);

    /// <summary>Whether the checker reads a file's links: HTML pages, and the site's own absolute URLs in XML and JSON.</summary>
    public static bool IsScanned(string relativePath) => HasExtension(relativePath, HtmlExtensions) || HasExtension(relativePath, TextExtensions);

    /// <summary>Scans one file's text as it is written (a build scans what it writes instead of reading the files back).</summary>
    /// <param name="pool">Shares URL strings among the scans a build holds until its link check.</param>
    public static PageScan Scan(string relativePath, string displayPath, string text, SiteUrls site, StringPool? pool = null) =>
        HasExtension(relativePath, HtmlExtensions)
            ? HtmlPageScanner.Scan(relativePath, displayPath, text, site, pool)
            : TextUrlScanner.Scan(relativePath, displayPath, text, site, pool);

    /// <summary>
    /// Checks the references of every scanned file against <paramref name="tree"/> (every file of the site, scanned or not).
    /// Diagnostics come back sorted.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(OutputTree tree, IReadOnlyCollection<PageScan> scans, SiteUrls site, IReadOnlySet<string>? omitted = null) =>
        Check(tree, scans, scans, site, omitted);

    /// <summary>
    /// Checks the references of <paramref name="toCheck"/> only, against <paramref name="tree"/> and the anchors of every
    /// file in <paramref name="scans"/> (which holds <paramref name="toCheck"/>). What a build does when the state links are
    /// checked against only adds to the previous build's (<see cref="LinkState.OnlyAdds"/>): the files it kept were found
    /// sound in that state and are so in this one, so only the files made this build can have a problem. Diagnostics come back sorted.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(OutputTree tree, IReadOnlyCollection<PageScan> scans, IReadOnlyCollection<PageScan> toCheck, SiteUrls site, IReadOnlySet<string>? omitted = null) =>
        // Anchors per target file, parsed once above and shared by every link into that file.
        Check(tree, scans.Where(s => HasExtension(s.RelativePath, HtmlExtensions)).ToDictionary(s => s.RelativePath, IReadOnlySet<string>? (s) => s.Anchors, StringComparer.Ordinal),
            toCheck, site, omitted);

    /// <summary>
    /// <see cref="Check(OutputTree, IReadOnlyCollection{PageScan}, IReadOnlyCollection{PageScan}, SiteUrls, IReadOnlySet{string}?)"/>
    /// with each HTML file's anchors given by path (a null value, or no value: a file whose fragments are not checked).
    /// A kept file's anchors are read only if a checked link names a fragment in it (<see cref="KeptScan"/>).
    /// </summary>
    internal static IReadOnlyList<Diagnostic> Check(OutputTree tree, IReadOnlyDictionary<string, IReadOnlySet<string>?> anchors, IReadOnlyCollection<PageScan> toCheck, SiteUrls site, IReadOnlySet<string>? omitted = null)
    {
        var bag = new DiagnosticBag();
        Parallel.ForEach(toCheck, PerCore.Options, scan =>
        {
            bag.AddRange(scan.Diagnostics);
            // Made only when a link needs System.Uri: most pages' links are answered without it.
            Uri? documentBase = null;
            foreach (var reference in scan.References)
            {
                // Footnote-style "#x" links are most of a page's links; they need no URL resolution.
                // The rest are mostly plain relative paths between pages, which need no System.Uri either.
                var problem = scan.DocumentBase is null && reference.Url.StartsWith('#')
                    ? CheckFragment(scan, reference, scan.RelativePath, reference.Url[1..], tree, anchors)
                    : CheckTarget(scan, reference, (scan.DocumentBase is null ? site.ResolvePlainRelative(reference.Url, scan.RelativePath) : null)
                        ?? site.ResolvePlainAbsolute(reference.Url)
                        ?? site.Resolve(reference.Url, documentBase ??= scan.DocumentBase ?? site.PageUri(scan.RelativePath)), site, tree, anchors, omitted);
                if (problem is not null) bag.Add(problem);
            }
        });
        return CollapseRepeats(bag.Sorted());
    }

    /// <summary>
    /// The same broken link on many pages (a theme's header or footer) is one mistake: reported once, at its first
    /// page, with how many more pages have it, instead of once per page burying every other message.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> CollapseRepeats(IReadOnlyList<Diagnostic> sorted) =>
        sorted.GroupBy(d => (d.Severity, d.Code, d.Message))
            .Select(group => group.Skip(1).Any()
                ? group.First() with
                {
                    Message = $"{group.Key.Message}; the same link is on {group.Count() - 1} more {(group.Count() == 2 ? "page" : "pages")} "
                        + "(a link on many pages usually comes from the theme's layouts or partials)",
                }
                : group.First())
            .ToList();

    private static PageScan ScanFile(OutputTree tree, string relativePath, SiteUrls site)
    {
        var displayPath = tree.DisplayPath(relativePath);
        string text;
        try
        {
            text = TextFile.Read(tree.FullPath(relativePath));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return PageScan.Failed(relativePath, displayPath,
                Diagnostic.Error(DiagnosticCodes.OutputFileUnreadable, $"cannot read output file: {e.Message}", SourceLocation.File(displayPath)));
        }

        return Scan(relativePath, displayPath, text, site);
    }

    private static Diagnostic? CheckTarget(
        PageScan scan, PageReference reference, LinkTarget target, SiteUrls site, OutputTree tree, IReadOnlyDictionary<string, IReadOnlySet<string>?> anchors,
        IReadOnlySet<string>? omitted)
    {
        switch (target)
        {
            case LinkTarget.Invalid:
                return Broken(DiagnosticCodes.LinkInvalid, scan, reference, "not a valid URL");

            case LinkTarget.OutsideSite outside:
                return Broken(DiagnosticCodes.LinkOutsideSite, scan, reference, $"{outside.Url} is outside the site at {site.Base.AbsoluteUri}");

            case LinkTarget.Internal(var path, var fragment):
                var file = FileFor(path, tree);
                if (file is null && omitted is not null && (omitted.Contains(path) || omitted.Contains(path.TrimEnd('/') + "/index.html")))
                    return null;
                if (file is null)
                {
                    var folder = path.TrimEnd('/');
                    var expected = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                    var reason = tree.HasFolder(folder)
                        ? $"folder '{(folder.Length == 0 ? "/" : folder + "/")}' has no index.html"
                        : $"no file '{expected}' in the output";
                    return Broken(DiagnosticCodes.LinkTargetMissing, scan, reference, reason);
                }

                return CheckFragment(scan, reference, file, fragment, tree, anchors);

            default:
                return null;
        }
    }

    private static Diagnostic? CheckFragment(
        PageScan scan, PageReference reference, string file, string fragment, OutputTree tree, IReadOnlyDictionary<string, IReadOnlySet<string>?> anchors)
    {
        if (fragment.Length == 0 || !anchors.TryGetValue(file, out var ids) || ids is null || HasAnchor(ids, fragment)) return null;
        return Broken(DiagnosticCodes.LinkFragmentMissing, scan, reference, $"no id '{fragment}' in {tree.DisplayPath(file)}");
    }

    /// <summary>The output file a path is served from: itself, or the index.html of the folder it names.</summary>
    private static string? FileFor(string path, OutputTree tree)
    {
        if (path.Length == 0 || path.EndsWith('/'))
            return tree.HasFile(path + "index.html") ? path + "index.html" : null;
        if (tree.HasFile(path)) return path;
        return tree.HasFolder(path) && tree.HasFile(path + "/index.html") ? path + "/index.html" : null;
    }

    // Browsers try the fragment as written, then percent-decoded; "#top" scrolls to the top without an element.
    private static bool HasAnchor(IReadOnlySet<string> ids, string fragment) =>
        ids.Contains(fragment)
        || ids.Contains(Uri.UnescapeDataString(fragment))
        || string.Equals(fragment, "top", StringComparison.OrdinalIgnoreCase);

    private static Diagnostic Broken(string code, PageScan scan, PageReference reference, string reason) =>
        Diagnostic.Error(code, $"link to '{reference.Url}' does not resolve ({reason})", scan.LocationOf(reference));

    // A loop, not Any(): called for every output file several times a build, and a lambda over the path allocates each time.
    private static bool HasExtension(string path, string[] extensions)
    {
        foreach (var extension in extensions)
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
