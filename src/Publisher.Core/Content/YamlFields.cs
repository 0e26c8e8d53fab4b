using System.Globalization;
using Publisher.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Publisher.Core.Content;

/// <summary>
/// Typed, line-aware access to a YAML mapping. Every bad value becomes a diagnostic at the value's
/// own line, so editors see <c>input/articles/x.md:4:7: warning PUB004: …</c> rather than an exception.
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _map;
    private readonly string _path;
    private readonly int _lineOffset;
    private readonly List<Diagnostic> _diagnostics;

    private YamlFields(YamlMappingNode map, string path, int lineOffset, List<Diagnostic> diagnostics)
    {
        _map = map;
        _path = path;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses <paramref name="yaml"/>; <paramref name="firstLine"/> is the file line the YAML starts on.</summary>
    public static YamlFields? Parse(string yaml, string path, int firstLine, List<Diagnostic> diagnostics)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0)
                return new YamlFields(new YamlMappingNode(), path, firstLine - 1, diagnostics);
            if (stream.Documents[0].RootNode is YamlMappingNode map)
                return new YamlFields(map, path, firstLine - 1, diagnostics);
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid,
                "front matter must be a mapping of field names to values", new SourceLocation(path, firstLine)));
            return null;
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
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException on some unclosed flow collections ("a: [1\nb: {").
            var line = YamlErrorHint.UnclosedBracketLine(yaml) ?? 1;
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.FrontMatterInvalid,
                $"front matter is not valid YAML: {YamlErrorHint.UnclosedBracket}", new SourceLocation(path, line + firstLine - 1)));
            return null;
        }
    }

    public IEnumerable<string> Keys =>
        _map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "");

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
        if (node is YamlScalarNode scalar)
        {
            if (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null") return null;
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
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) || scalar.Style == ScalarStyle.Plain && scalar.Value is "~" or "null"
                    ? []
                    : [scalar.Value!];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } value } && value.Length > 0) items.Add(value);
                    else if (child is not YamlScalarNode) Invalid(child, key, "a list of text values");
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
        YamlScalarNode scalar when List(key).Count == 1 => [Location(scalar)],
        YamlSequenceNode sequence => sequence.Children
            .Where(c => c is YamlScalarNode { Value: { Length: > 0 } })
            .Select(Location).ToList(),
        _ => [],
    };

    /// <summary>A nested mapping, e.g. site.yml's <c>feeds:</c>; null when the key is absent (or, with a warning, not a mapping).</summary>
    public YamlFields? Mapping(string key)
    {
        var node = Find(key);
        if (node is null || node is YamlScalarNode { Style: ScalarStyle.Plain, Value: "" or "~" or "null" }) return null;
        if (node is YamlMappingNode map) return new YamlFields(map, _path, _lineOffset, _diagnostics);
        Invalid(node, key, "a set of named fields");
        return null;
    }

    /// <summary>A list of mappings, e.g. the entries of <c>tags.yml</c>.</summary>
    public IReadOnlyList<YamlFields> Mappings(string key)
    {
        var node = Find(key);
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            Invalid(node, key, "a list of entries");
            return [];
        }
        var result = new List<YamlFields>();
        foreach (var child in sequence.Children)
        {
            if (child is YamlMappingNode map) result.Add(new YamlFields(map, _path, _lineOffset, _diagnostics));
            else Invalid(child, key, "a list of entries with named fields");
        }
        return result;
    }

    private YamlNode? Find(string key)
    {
        foreach (var (k, v) in _map.Children)
            if (k is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
                return v;
        return null;
    }

    private SourceLocation Location(YamlNode node) =>
        new(_path, (int)node.Start.Line + _lineOffset, (int)node.Start.Column);

    private void Invalid(YamlNode node, string key, string expected) =>
        _diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.FieldInvalid,
            $"'{key}' should be {expected}; the value is ignored", Location(node)));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
