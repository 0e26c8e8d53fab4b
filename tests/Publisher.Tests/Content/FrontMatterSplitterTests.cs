using Publisher.Core.Content;

namespace Publisher.Tests.Content;

/// <summary>
/// <see cref="FrontMatterSplitter"/> scans lines instead of splitting the whole file: its result must be exactly that
/// of splitting into lines and joining them again, kept here as the reference.
/// </summary>
public sealed class FrontMatterSplitterTests
{
    public static TheoryData<string> Files => new()
    {
        "---\ntitle: A\ndate: 2024-01-01\n---\n\nBody.\n",
        "---\ntitle: A\n---\nBody right after.",
        "---\r\ntitle: A\r\n---\r\n\r\n\r\nBody.\r\n",
        "\uFEFF---\ntitle: A\n...\nBody.\n",
        "---\n---\nNo fields.\n",
        "---\ntitle: A\n---",
        "---\ntitle: A\n---  \t\n\nBody\n",
        "---\ntitle: A\n---\u00A0\nBody\n",
        "---\ntitle: A\n----\nnever closed\n",
        "---\ntitle: A\n",
        "---\n",
        "--- \ntitle: A\n---\nnot a fence on the first line\n",
        "No front matter.\n---\n",
        "",
        "---\na: 1\n\n---\n\n\n",
        "---\na: |\n  text\n  ---\n---\nbody\n---\nmore\n",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Splits_as_splitting_into_lines_does(string text) => Assert.Equal(Reference(text), FrontMatterSplitter.Split(text));

    /// <summary>The version before the line scan, unchanged.</summary>
    private static SplitDocument Reference(string text)
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
                var n = 0;
                while (n < body.Length && body[n] == '\n') n++;
                return new SplitDocument(yaml, body.TrimStart('\n'), 2, i + 2 + n);
            }
        }
        return new SplitDocument(null, text, 0, 1);
    }
}
