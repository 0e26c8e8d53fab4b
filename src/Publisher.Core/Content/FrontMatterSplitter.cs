namespace Publisher.Core.Content;

/// <summary>A Markdown file cut into its YAML front matter and its body.</summary>
/// <param name="Yaml">The YAML between the <c>---</c> fences, or null when the file has none.</param>
/// <param name="Body">The Markdown after the closing fence.</param>
/// <param name="YamlStartLine">1-based line of the first YAML line in the file.</param>
/// <param name="BodyStartLine">1-based line of the first body line in the file.</param>
public sealed record SplitDocument(string? Yaml, string Body, int YamlStartLine, int BodyStartLine);

public static class FrontMatterSplitter
{
    /// <summary>
    /// Splits <paramref name="text"/> (already newline-normalised) at the <c>---</c> fences.
    /// A file that does not start with a fence, or never closes it, has no front matter.
    /// </summary>
    public static SplitDocument Split(string text)
    {
        text = TextFile.Normalize(text);
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
            return new SplitDocument(null, text, 0, 1);

        // Line by line without splitting the whole file: only the front matter is scanned, the body is cut once.
        var start = 4;
        for (var i = 1; ; i++)
        {
            var end = text.IndexOf('\n', start);
            var last = end < 0;
            if (last) end = text.Length;
            if (text.AsSpan(start, end - start).TrimEnd() is "---" or "...")
            {
                var yaml = i == 1 ? "" : text[4..(start - 1)];
                var body = last ? "" : text[(end + 1)..];
                var trimmed = body.TrimStart('\n');
                return new SplitDocument(yaml, trimmed, 2, i + 2 + body.Length - trimmed.Length);
            }
            if (last) return new SplitDocument(null, text, 0, 1);
            start = end + 1;
        }
    }
}
