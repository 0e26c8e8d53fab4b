using System.Text;

namespace Publisher.Core.Content;

/// <summary>Reading and writing text the same way everywhere: UTF-8 without BOM, <c>\n</c> line ends.</summary>
public static class TextFile
{
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Drops a leading BOM and turns CRLF and lone CR into LF.</summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return text;
    }

    public static string Read(string path) => Normalize(File.ReadAllText(path, Encoding.UTF8));

    public static void Write(string path, string text)
    {
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        File.WriteAllText(path, text, Utf8NoBom);
    }
}
