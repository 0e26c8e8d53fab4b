using System.Text;
using System.Xml;
using Publisher.Core.Content;

namespace Publisher.Core.Feeds;

/// <summary>
/// Writes XML documents (feeds, sitemap) the same way every time: UTF-8 without BOM, two-space
/// indent, <c>\n</c> line ends, a trailing newline.
/// </summary>
internal static class XmlOutput
{
    private static XmlWriterSettings Settings() => new()
    {
        Encoding = TextFile.Utf8NoBom,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = false,
        CheckCharacters = true,
    };

    public static string Write(Action<XmlWriter> write) => Text(stream => WriteTo(stream, write));

    /// <summary>Appends the document and its trailing newline to <paramref name="stream"/> as UTF-8.</summary>
    public static void WriteTo(MemoryStream stream, Action<XmlWriter> write)
    {
        using (var writer = XmlWriter.Create(stream, Settings()))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// What <paramref name="write"/> puts into a fresh stream, decoded from the stream's own buffer: a feed is megabytes,
    /// and each copy of it (the array, the string) is a large object for the collector.
    /// </summary>
    public static string Text(Action<MemoryStream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return TextFile.Utf8NoBom.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
