using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Publisher.Core.Content;

/// <summary>
/// Writes a flat YAML mapping in the order fields are added, letting YamlDotNet's emitter decide
/// quoting so any text round-trips. Deterministic: same calls, same bytes, <c>\n</c> line ends.
/// </summary>
public sealed class YamlWriter
{
    private readonly List<(string Key, object Value)> _fields = new();

    public YamlWriter Add(string key, string? value)
    {
        if (value is not null) _fields.Add((key, value));
        return this;
    }

    public YamlWriter Add(string key, int? value)
    {
        if (value is not null) _fields.Add((key, new RawScalar(value.Value.ToString(CultureInfo.InvariantCulture))));
        return this;
    }

    public YamlWriter Add(string key, DateOnly? value)
    {
        if (value is not null) _fields.Add((key, new RawScalar(value.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        return this;
    }

    public YamlWriter Add(string key, bool? value)
    {
        if (value is not null) _fields.Add((key, new RawScalar(value.Value ? "true" : "false")));
        return this;
    }

    /// <summary>A date-time: written as a plain date when it is midnight UTC (how a date is read), else ISO 8601 with its offset.</summary>
    public YamlWriter Add(string key, DateTimeOffset? value)
    {
        if (value is not { } v) return this;
        var text = v.Offset == TimeSpan.Zero && v.TimeOfDay == TimeSpan.Zero
            ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : v.ToString(v.Offset == TimeSpan.Zero ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        _fields.Add((key, new RawScalar(text)));
        return this;
    }

    /// <summary>Adds a list; an empty list is written as <c>[]</c> only when <paramref name="writeEmpty"/>.</summary>
    public YamlWriter Add(string key, IReadOnlyList<string> values, bool writeEmpty = false)
    {
        if (values.Count > 0 || writeEmpty) _fields.Add((key, values));
        return this;
    }

    public override string ToString()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings().WithBestWidth(int.MaxValue).WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart(null, null, isImplicit: true, MappingStyle.Block));
        foreach (var (key, value) in _fields)
        {
            emitter.Emit(new Scalar(key));
            switch (value)
            {
                case RawScalar raw:
                    emitter.Emit(new Scalar(null, null, raw.Text, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
                    break;
                case string text:
                    EmitText(emitter, text);
                    break;
                case IReadOnlyList<string> list:
                    var style = list.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block;
                    emitter.Emit(new SequenceStart(null, null, isImplicit: true, style));
                    foreach (var item in list) EmitText(emitter, item);
                    emitter.Emit(new SequenceEnd());
                    break;
            }
        }
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString().Replace("\r\n", "\n");
    }

    /// <summary>Text that YAML would read back as a number, bool, null or date is quoted to stay text.</summary>
    private static void EmitText(IEmitter emitter, string text)
    {
        var style = LooksLikeNonString(text) || text.Length == 0 ? ScalarStyle.DoubleQuoted : ScalarStyle.Any;
        emitter.Emit(new Scalar(null, null, text, style, isPlainImplicit: style == ScalarStyle.Any, isQuotedImplicit: true));
    }

    private static bool LooksLikeNonString(string text) =>
        text is "~" or "null" or "Null" or "NULL" or "true" or "false" or "True" or "False" or "yes" or "no" or "on" or "off"
        || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
        || DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private sealed record RawScalar(string Text);
}
