using System.Globalization;
using System.Runtime.CompilerServices;
using Publisher.Core.Diagnostics;
using YamlDotNet.Core;

namespace Publisher.Core.Content;

/// <summary>
/// Typed, line-aware access to a YAML mapping. Every bad value becomes a diagnostic at the value's
/// own line, so editors see <c>input/articles/x.md:4:7: warning PUB004: …</c> rather than an exception.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMap _map;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly List<Diagnostic> _diagnostics;

    private YamlFields(YamlMap map, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        _map = map;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="firstLine"/> is the file line the YAML starts on.</summary>
    public static YamlFields? Parse(string yaml, string path, int firstLine, List<Diagnostic> diagnostics) =>
        Parse(yaml, path, firstLine, diagnostics, flatScanner: true);

    /// <param name="flatScanner">False: YamlDotNet reads every file (the reference <see cref="FlatYaml"/> is tested against).</param>
    internal static YamlFields? Parse(string yaml, string path, int firstLine, List<Diagnostic> diagnostics, bool flatScanner)
    {
        if (flatScanner && FlatYaml.TryParse(yaml) is { } flat) return new YamlFields(flat, path, firstLine - 1, diagnostics);
        var root = ReadWithYamlDotNet(yaml, path, firstLine, diagnostics, out var failed);
        if (failed) return null;
        if (root is YamlMap map) return new YamlFields(map, path, firstLine - 1, diagnostics);
        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid,
            "front matter must be a mapping of field names to values", new SourceLocation(path, firstLine)));
        return null;
    }

    /// <summary>
    /// The document's root as YamlDotNet reads it (an empty mapping when there is no document), or null with
    /// <paramref name="failed"/> set and the error reported. A method of its own, so YamlDotNet's types are loaded
    /// and compiled only when a file needs them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static YamlValue? ReadWithYamlDotNet(string yaml, string path, int firstLine, List<Diagnostic> diagnostics, out bool failed)
    {
        failed = false;
        try
        {
            return YamlTree.Load(yaml);
        }
        catch (YamlException e)
        {
            var parser = FirstSentence(e.Message);
            var (line, column) = YamlErrorHint.IsAboutBrackets(parser) && YamlErrorHint.UnclosedBracketLine(yaml) is { } open
                ? (open, 0)
                : ((int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid,
                $"front matter is not valid YAML: {YamlErrorHint.For(parser)} (the YAML reader says: {parser})",
                new SourceLocation(path, line + firstLine - 1, column)));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some unclosed flow collections ("a: [1\nb: {").
            var line = YamlErrorHint.UnclosedBracketLine(yaml) ?? 1;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid,
                $"front matter is not valid YAML: {YamlErrorHint.UnclosedBracket}", new SourceLocation(path, line + firstLine - 1)));
        }
        failed = true;
        return null;
    }

    public IEnumerable<string> Keys =>
        _map.Entries.Select(e => e.Key).OfType<YamlText>().Select(k => k.Value ?? "");

    public bool Has(string key) => Find(key) is not null;

    /// <summary>Where this mapping starts (an entry of a list: its first line).</summary>
    public SourceLocation Start => Location(_map);

    public SourceLocation LocationOf(string key)
    {
        var node = Find(key);
        return node is null ? new SourceLocation(_path, _lineOffset + 1) : Location(node);
    }

    public string? String(string key)
    {
        var node = Find(key);
        if (node is null) return null;
        if (node is YamlText scalar)
        {
            if (scalar.Plain && scalar.Value is "" or "~" or "null") return null;
            return scalar.Value;
        }
        Invalid(node, key, "a single text value");
        return null;
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)) return value;
        Invalid(Find(key)!, key, "a whole number");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (bool.TryParse(text, out var value)) return value;
        Invalid(Find(key)!, key, "true or false");
        return null;
    }

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        if (DateProblem.Of(text) is { } reason)
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FieldInvalid,
                $"'{key}' {text} is not a real date: {reason}; the value is ignored", Location(Find(key)!)));
        else
            Invalid(Find(key)!, key, "a date written YYYY-MM-DD");
        return null;
    }

    /// <summary>
    /// A date (YYYY-MM-DD, read as midnight UTC) or an ISO 8601 date-time (<c>2024-05-01T14:30:00Z</c>, <c>…+02:00</c>;
    /// without an offset it is UTC).
    /// </summary>
    public DateTimeOffset? DateOrDateTime(string key)
    {
        var text = String(key)?.Trim();
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (text.Length > 10 && text[10] is 'T' or 't' or ' '
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
            return moment;
        if (DateProblem.Of(text) is { } reason)
            _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FieldInvalid,
                $"'{key}' {text} is not a real date: {reason}; the value is ignored", Location(Find(key)!)));
        else
            Invalid(Find(key)!, key, "a date written YYYY-MM-DD or a date-time written YYYY-MM-DDTHH:MM:SSZ");
        return null;
    }

    /// <summary>A list of strings; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<string> List(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return [];
            case YamlText scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) || scalar.Plain && scalar.Value is "~" or "null"
                    ? []
                    : [scalar.Value!];
            case YamlList sequence:
                var items = new List<string>();
                foreach (var child in sequence.Items)
                {
                    if (child is YamlText { Value: { } value } && value.Length > 0) items.Add(value);
                    else if (child is not YamlText) Invalid(child, key, "a list of text values");
                }
                return items;
            default:
                Invalid(node, key, "a list of text values");
                return [];
        }
    }

    /// <summary>Where each item of <see cref="List"/>'s result is written (same order and count).</summary>
    public IReadOnlyList<SourceLocation> ListLocations(string key) => Find(key) switch
    {
        YamlText scalar when List(key).Count == 1 => [Location(scalar)],
        YamlList sequence => sequence.Items
            .Where(c => c is YamlText { Value: { Length: > 0 } })
            .Select(Location).ToList(),
        _ => [],
    };

    /// <summary>A nested mapping, e.g. site.yml's <c>feeds:</c>; null when the key is absent (or, with a warning, not a mapping).</summary>
    public YamlFields? Mapping(string key)
    {
        var node = Find(key);
        if (node is null || node is YamlText { Plain: true, Value: "" or "~" or "null" }) return null;
        if (node is YamlMap map) return new YamlFields(map, _path, _lineOffset, _diagnostics);
        Invalid(node, key, "a set of named fields");
        return null;
    }

    /// <summary>A list of mappings, e.g. the entries of <c>tags.yml</c>.</summary>
    public IReadOnlyList<YamlFields> Mappings(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not YamlList sequence)
        {
            Invalid(node, key, "a list of entries");
            return [];
        }
        var result = new List<YamlFields>();
        foreach (var child in sequence.Items)
        {
            if (child is YamlMap map) result.Add(new YamlFields(map, _path, _lineOffset, _diagnostics));
            else Invalid(child, key, "a list of entries with named fields");
        }
        return result;
    }

    private YamlValue? Find(string key)
    {
        foreach (var (k, v) in _map.Entries)
            if (k is YamlText { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
                return v;
        return null;
    }

    private SourceLocation Location(YamlValue node) =>
        new(_path, node.Line + _lineOffset, node.Column);

    private void Invalid(YamlValue node, string key, string expected) =>
        _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FieldInvalid,
            $"'{key}' should be {expected}; the value is ignored", Location(node)));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
