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
    /// checked against (<see cref="StateOf"/>) is the previous build's: the files it kept were checked against that very
    /// state and found sound, so only the files made this build can have a problem. Diagnostics come back sorted.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Check(OutputTree tree, IReadOnlyCollection<PageScan> scans, IReadOnlyCollection<PageScan> toCheck, SiteUrls site, IReadOnlySet<string>? omitted = null)
    {
        // Anchors per target file, parsed once above and shared by every link into that file.
        var anchors = scans
            .Where(s => HasExtension(s.RelativePath, HtmlExtensions))
            .ToDictionary(s => s.RelativePath, s => s.Anchors, StringComparer.Ordinal);

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
    /// A hash of everything a file's links are checked against besides the file itself: every file of the site
    /// (<paramref name="files"/>: which targets exist, and so which folders), every HTML file's anchors, the base URL, the
    /// folder diagnostics name and the files left out on purpose (<paramref name="omitted"/>). Two builds with the same
    /// state give an unchanged file (same references, same document base) the same result. Order-independent (a sum of
    /// each item's SHA-256, first 128 bits), so the sets need no sorting; deterministic across processes.
    /// </summary>
    public static UInt128 StateOf(IEnumerable<string> files, IReadOnlyCollection<PageScan> scans, string baseUrl, string displayRoot, IReadOnlySet<string>? omitted)
    {
        var sums = new UInt128[2];
        var sumsLock = new Lock();
        void AddSum(UInt128 partial)
        {
            lock (sumsLock) sums[0] += partial;
        }
        Parallel.ForEach(files, PerCore.Options, () => UInt128.Zero, (file, _, sum) => sum + ItemHash('f', file, null), AddSum);
        Parallel.ForEach(scans.Where(s => HasExtension(s.RelativePath, HtmlExtensions)), PerCore.Options, () => UInt128.Zero, (scan, _, sum) =>
        {
            sum += ItemHash('h', scan.RelativePath, null);
            foreach (var anchor in scan.Anchors) sum += ItemHash('a', scan.RelativePath, anchor);
            return sum;
        }, AddSum);
        foreach (var file in omitted ?? new HashSet<string>()) sums[0] += ItemHash('o', file, null);
        return ItemHash('s', baseUrl, displayRoot) + sums[0];
    }

    /// <summary>The first 128 bits of the SHA-256 of a tagged, length-prefixed item.</summary>
    private static UInt128 ItemHash(char tag, string first, string? second)
    {
        var max = 9 + System.Text.Encoding.UTF8.GetMaxByteCount(first.Length + (second?.Length ?? 0));
        byte[]? rented = null;
        Span<byte> buffer = max <= 1024 ? stackalloc byte[1024] : (rented = System.Buffers.ArrayPool<byte>.Shared.Rent(max));
        buffer[0] = (byte)tag;
        var at = 1;
        var length = System.Text.Encoding.UTF8.GetBytes(first, buffer[(at + 4)..]);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer[at..], length);
        at += 4 + length;
        if (second is not null)
        {
            length = System.Text.Encoding.UTF8.GetBytes(second, buffer[(at + 4)..]);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(buffer[at..], length);
            at += 4 + length;
        }
        Span<byte> digest = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(buffer[..at], digest);
        if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest);
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
        PageScan scan, PageReference reference, LinkTarget target, SiteUrls site, OutputTree tree, IReadOnlyDictionary<string, IReadOnlySet<string>> anchors,
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
        PageScan scan, PageReference reference, string file, string fragment, OutputTree tree, IReadOnlyDictionary<string, IReadOnlySet<string>> anchors)
    {
        if (fragment.Length == 0 || !anchors.TryGetValue(file, out var ids) || HasAnchor(ids, fragment)) return null;
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

    private static bool HasExtension(string path, string[] extensions) =>
        extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
