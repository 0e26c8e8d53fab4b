namespace Publisher.Core.Diagnostics;

/// <summary>
/// Collects diagnostics from stages that may run in parallel. Reading it back gives a
/// deterministic order (by location, then code, then message) whatever order they arrived in.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    public bool HasWarnings
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Warning); }
    }

    /// <summary>Makes every warning an error (<c>--strict</c>: in CI a likely mistake fails the run).</summary>
    public void PromoteWarnings()
    {
        lock (_gate)
            for (var i = 0; i < _items.Count; i++)
                if (_items[i].Severity == Severity.Warning) _items[i] = _items[i] with { Severity = Severity.Error };
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_gate)
        {
            return _items
                .OrderBy(d => d.Location?.Path ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
