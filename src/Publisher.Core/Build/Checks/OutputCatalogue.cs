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
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageScan> _scans = new(StringComparer.Ordinal);
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

    /// <summary>Records a file written with <paramref name="text"/> at <paramref name="relativePath"/> (<c>/</c> separators); returns its scan, if it is scanned.</summary>
    public PageScan? Written(string relativePath, string text)
    {
        _files[relativePath] = 0;
        if (_site is null || !LinkChecker.IsScanned(relativePath)) return null;
        var scan = LinkChecker.Scan(relativePath, OutputTree.DisplayPath(_displayRoot, relativePath), text, _site, _urls);
        _scans[relativePath] = scan;
        return scan;
    }

    /// <summary>Records a file written as <paramref name="utf8"/>: decoded and scanned only if it is a file the link checker reads.</summary>
    public PageScan? Written(string relativePath, ReadOnlySpan<byte> utf8)
    {
        if (_site is not null && LinkChecker.IsScanned(relativePath)) return Written(relativePath, System.Text.Encoding.UTF8.GetString(utf8));
        _files[relativePath] = 0;
        return null;
    }

    /// <summary>Records a file an earlier build wrote with the very same bytes, with the scan made then (see <see cref="RenderCache"/>).</summary>
    public void Reused(string relativePath, PageScan? scan)
    {
        _files[relativePath] = 0;
        if (scan is not null) _scans[relativePath] = scan;
    }

    /// <summary>The folder diagnostics name as the output folder.</summary>
    public string DisplayRoot => _displayRoot;

    /// <summary>Records a file copied from <paramref name="source"/>; only an HTML, XML or JSON file (rare in a theme's assets) is read.</summary>
    public void Copied(string relativePath, string source)
    {
        if (_site is not null && LinkChecker.IsScanned(relativePath))
            Written(relativePath, TextFile.Read(source));
        else
            _files[relativePath] = 0;
    }

    /// <summary>Every internal reference in the recorded files must resolve to a recorded file (and fragment). Sorted.</summary>
    /// <param name="omitted">Files left out on purpose (drafts), whose links were reported where they are written.</param>
    public IReadOnlyList<Diagnostic> CheckLinks(IReadOnlySet<string>? omitted = null) =>
        _site is null
            ? [LinkChecker.InvalidBase(_baseUrl)]
            : LinkChecker.Check(OutputTree.Of(_outputDir, _files.Keys, _displayAs), _scans.Values.ToList(), _site, omitted);
}
