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

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = string.Join('\n', lines, i + 1, lines.Length - i - 1);
                return new SplitDocument(yaml, body.TrimStart('\n'), 2, i + 2 + CountLeadingNewlines(body));
            }
        }
        return new SplitDocument(null, text, 0, 1);
    }

    private static int CountLeadingNewlines(string s)
    {
        var n = 0;
        while (n < s.Length && s[n] == '\n') n++;
        return n;
    }
}
