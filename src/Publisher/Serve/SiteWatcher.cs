namespace Publisher.Cli.Serve;

/// <summary>What changed during one quiet-period: paths as printed, and whether any was a seed or a site file.</summary>
internal sealed record ChangeSet(IReadOnlyList<string> Paths, bool Seeds, bool Site)
{
    public ChangeSet Merge(ChangeSet other) =>
        new(Paths.Concat(other.Paths).Distinct(StringComparer.Ordinal).ToList(), Seeds || other.Seeds, Site || other.Site);
}

/// <summary>
/// Watches <c>input/</c>, <c>theme/</c> and <c>seeds/</c> and reports a burst of changes once, after
/// <see cref="QuietPeriod"/> without another (an editor's save is often a write, a rename and a delete). Editor
/// temp files are ignored. A watcher that overflows reports everything as changed rather than missing an edit.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(200);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Action<ChangeSet> _onChanges;
    private readonly Action<string> _onProblem;
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private ChangeSet? _pending;

    /// <param name="siteFolders">Folders whose changes need a build (input, theme).</param>
    /// <param name="seedFolder">The seeds folder, whose changes need an import; null when there is none.</param>
    public SiteWatcher(IEnumerable<string> siteFolders, string? seedFolder, Action<ChangeSet> onChanges, Action<string> onProblem)
    {
        _onChanges = onChanges;
        _onProblem = onProblem;
        _timer = new Timer(_ => Flush());
        foreach (var folder in siteFolders) Watch(folder, seeds: false);
        if (seedFolder is not null) Watch(seedFolder, seeds: true);
    }

    private void Watch(string folder, bool seeds)
    {
        if (!Directory.Exists(folder)) return;
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            FileSystemEventHandler changed = (_, e) => Note(folder, e.FullPath, seeds);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, e) =>
            {
                Note(folder, e.OldFullPath, seeds);
                Note(folder, e.FullPath, seeds);
            };
            watcher.Error += (_, e) =>
            {
                _onProblem($"lost track of changes in '{folder}' ({e.GetException().Message}); rebuilding everything");
                Add(new ChangeSet([folder], seeds, !seeds));
            };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            _onProblem($"cannot watch '{folder}': {e.Message}; restart serve after changing files there");
        }
    }

    private void Note(string folder, string fullPath, bool seeds)
    {
        var relative = Path.GetRelativePath(folder, fullPath);
        if (WatchedChange.IsIgnored(relative)) return;
        Add(new ChangeSet([Path.Combine(folder, relative).Replace('\\', '/')], seeds, !seeds));
    }

    private void Add(ChangeSet change)
    {
        lock (_gate)
        {
            _pending = _pending is null ? change : _pending.Merge(change);
            _timer.Change(QuietPeriod, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        ChangeSet? batch;
        lock (_gate)
        {
            batch = _pending;
            _pending = null;
        }
        if (batch is not null) _onChanges(batch);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
