using System.Collections.Concurrent;
using Publisher.Core.Content;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Build.Checks;

/// <summary>
/// The files a build writes, recorded as it writes them (from any thread), with the links and anchors of those the
/// link checker reads, scanned from the text in memory: checking links then neither lists the output folder nor
/// reads a written file back.
/// </summary>
public sealed class OutputCatalogue
{
    private ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, PageScan> _scans = new(StringComparer.Ordinal);

    /// <summary>The scans of files kept as an earlier build wrote them (<see cref="Reused(string, KeptScan?)"/>), made only when the link check reads one.</summary>
    private ConcurrentDictionary<string, KeptScan> _kept = new(StringComparer.Ordinal);

    /// <summary>Files kept as an earlier build wrote them (<see cref="Reused"/>), not made this build.</summary>
    private ConcurrentDictionary<string, byte> _reused = new(StringComparer.Ordinal);
    private readonly string _outputDir;
    private readonly string? _displayAs;
    private readonly string _displayRoot;
    private readonly string _baseUrl;
    private readonly SiteUrls? _site;
    private readonly StringPool _urls = new();

    /// <param name="displayAs">The output folder diagnostics name instead of <paramref name="outputDir"/> (the staging folder).</param>
    public OutputCatalogue(string outputDir, string baseUrl, string? displayAs = null)
    {
        _outputDir = outputDir;
        _displayAs = displayAs;
        _displayRoot = OutputTree.DisplayRootFor(outputDir, displayAs);
        _baseUrl = baseUrl;
        _site = LinkChecker.SiteFor(baseUrl);
    }

    /// <summary>
    /// Sizes the tables for about <paramref name="files"/> files (the previous build's count), before any is recorded: a table
    /// grown step by step from empty locks every worker out at each step. Not thread-safe; ignored once a file is recorded.
    /// </summary>
    internal void Expect(int files)
    {
        if (!_files.IsEmpty) return;
        _files = PerCore.Table<byte>(files);
        _scans = PerCore.Table<PageScan>(files);
        _kept = PerCore.Table<KeptScan>(files);
        _reused = PerCore.Table<byte>(files);
    }

    /// <summary>Records a file written with <paramref name="text"/> at <paramref name="relativePath"/> (<c>/</c> separators); returns its scan, if it is scanned.</summary>
    public PageScan? Written(string relativePath, string text)
    {
        _files[relativePath] = 0;
        _reused.TryRemove(relativePath, out _);
        if (_site is null || !LinkChecker.IsScanned(relativePath)) return null;
        var scan = LinkChecker.Scan(relativePath, OutputTree.DisplayPath(_displayRoot, relativePath), text, _site, _urls);
        _scans[relativePath] = scan;
        _kept.TryRemove(relativePath, out _);
        return scan;
    }

    /// <summary>Records a file written as <paramref name="utf8"/>: decoded and scanned only if it is a file the link checker reads.</summary>
    public PageScan? Written(string relativePath, ReadOnlySpan<byte> utf8)
    {
        if (_site is not null && LinkChecker.IsScanned(relativePath)) return Written(relativePath, System.Text.Encoding.UTF8.GetString(utf8));
        _files[relativePath] = 0;
        _reused.TryRemove(relativePath, out _);
        return null;
    }

    /// <summary>Records a file an earlier build wrote with the very same bytes, with the scan made then (see <see cref="RenderCache"/>).</summary>
    public void Reused(string relativePath, PageScan? scan) => Reused(relativePath, scan is null ? null : KeptScan.Of(scan));

    /// <summary>Records a file an earlier build wrote with the very same bytes, with the scan made then, read only if the link check needs it.</summary>
    public void Reused(string relativePath, KeptScan? scan)
    {
        _files[relativePath] = 0;
        _reused[relativePath] = 0;
        if (scan is null) return;
        _kept[relativePath] = scan;
        _scans.TryRemove(relativePath, out _);
    }

    /// <summary>The folder diagnostics name as the output folder.</summary>
    public string DisplayRoot => _displayRoot;

    /// <summary>Records a file copied from <paramref name="source"/>; only an HTML, XML or JSON file (rare in a theme's assets) is read.</summary>
    public void Copied(string relativePath, string source)
    {
        if (_site is not null && LinkChecker.IsScanned(relativePath))
            Written(relativePath, TextFile.Read(source));
        else
        {
            _files[relativePath] = 0;
            _reused.TryRemove(relativePath, out _);
        }
    }

    /// <summary>Every internal reference in the recorded files must resolve to a recorded file (and fragment). Sorted.</summary>
    /// <param name="omitted">Files left out on purpose (drafts), whose links were reported where they are written.</param>
    public IReadOnlyList<Diagnostic> CheckLinks(IReadOnlySet<string>? omitted = null) => CheckLinks(omitted, null).Diagnostics;

    /// <summary>
    /// <see cref="CheckLinks(IReadOnlySet{string})"/> in proportion to the change: when this build's state (every file,
    /// every HTML file's anchors, the omitted files) only adds to <paramref name="previous"/> — the state of the build that
    /// left the files kept this build (<see cref="Reused"/>), all of whose links resolved in it (<see cref="LinkState.OnlyAdds"/>) —
    /// only the files made this build are checked; the kept ones would give what they gave then, nothing. Otherwise (a file
    /// or an anchor gone, a draft published, …) every file is checked. The diagnostics are a full check's either way.
    /// Returns this build's state (null when the base URL is invalid) and how many files were checked.
    /// </summary>
    public LinkCheck CheckLinks(IReadOnlySet<string>? omitted, LinkState? previous)
    {
        if (_site is null) return new LinkCheck([LinkChecker.InvalidBase(_baseUrl)], null, 0, false);
        // A kept file's anchors are its kept scan's (one object, compared by reference with the previous state's); its
        // scan is made only when every file is checked.
        var files = new Dictionary<string, IReadOnlySet<string>?>(_files.Count, StringComparer.Ordinal);
        foreach (var path in _files.Keys)
            files[path] = !LinkChecker.IsHtml(path) ? null
                : _scans.TryGetValue(path, out var scan) ? scan.Anchors
                : _kept.TryGetValue(path, out var kept) ? kept.Anchors
                : null;
        var state = new LinkState(files, omitted ?? new HashSet<string>(StringComparer.Ordinal));
        var tree = OutputTree.Of(_outputDir, _files.Keys, _displayAs);
        var incremental = previous is not null && state.OnlyAdds(previous, tree);
        var toCheck = incremental
            ? _scans.Values.Where(s => !_reused.ContainsKey(s.RelativePath)).ToList()
            : _scans.Values.Concat(_kept.Values.Select(k => k.Scan)).ToList();
        return new LinkCheck(LinkChecker.Check(tree, files, toCheck, _site, omitted), state, toCheck.Count, incremental);
    }
}

/// <summary>What checking a build's links gave: the diagnostics, the state they were checked against, how many files were checked, and whether only the files made this build were.</summary>
public sealed record LinkCheck(IReadOnlyList<Diagnostic> Diagnostics, LinkState? State, int Checked, bool OnlyMade);
