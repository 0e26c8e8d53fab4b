using System.Collections;
using System.Globalization;
using System.Text.Json;
using Scriban.Runtime;

namespace Publisher.Core.Build;

/// <summary>
/// <c>{{ json value }}</c>: a template value as JSON, escaped for use inside a script element (the serializer's default
/// encoder). Text, numbers, booleans and dates as themselves; the template's own objects and arrays, dictionaries and
/// lists member by member; a page's view models by the serializers generated for the render cache's keys; anything else
/// as its text. Written without reflection, so the CLI compiled ahead of time writes the same JSON.
/// </summary>
internal static class ThemeJson
{
    public static string Write(object? value)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteValue(writer, value, depth: 0);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Deeper than this, a value (a list holding itself) is written as null.</summary>
    private const int MaxDepth = 32;

    private static void WriteValue(Utf8JsonWriter writer, object? value, int depth)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); return;
            case string text: writer.WriteStringValue(text); return;
            case TrustedHtml html: writer.WriteStringValue(html.Html); return;
            case bool flag: writer.WriteBooleanValue(flag); return;
            case int or long or short or byte or sbyte or ushort or uint or ulong:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!); return;
            case double or float or decimal:
                writer.WriteNumberValue(Convert.ToDecimal(value, CultureInfo.InvariantCulture)); return;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); return;
            case DateTime time: writer.WriteStringValue(time); return;
            case DateTimeOffset offset: writer.WriteStringValue(offset); return;
        }
        if (depth >= MaxDepth)
        {
            writer.WriteNullValue();
            return;
        }
        if (ModelKeyJson.Default.GetTypeInfo(value.GetType()) is { } model)
        {
            JsonSerializer.Serialize(writer, value, model);
            return;
        }
        switch (value)
        {
            case ScriptObject members:
                writer.WriteStartObject();
                foreach (var member in members.GetMembers())
                {
                    writer.WritePropertyName(member);
                    WriteValue(writer, members[member], depth + 1);
                }
                writer.WriteEndObject();
                return;
            case IDictionary dictionary:
                writer.WriteStartObject();
                foreach (DictionaryEntry entry in dictionary)
                {
                    writer.WritePropertyName(ThemeFunctions.Text(entry.Key));
                    WriteValue(writer, entry.Value, depth + 1);
                }
                writer.WriteEndObject();
                return;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items) WriteValue(writer, item, depth + 1);
                writer.WriteEndArray();
                return;
            default:
                writer.WriteStringValue(ThemeFunctions.Text(value));
                return;
        }
    }
}
