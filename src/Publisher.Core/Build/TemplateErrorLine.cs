using System.Text.RegularExpressions;

namespace Publisher.Core.Build;

/// <summary>
/// Scriban reports an unclosed block where it expected the <c>end</c> (usually the end of the file). This finds the
/// tag an editor should look at instead: the opening <c>if</c>, <c>for</c>, <c>while</c>, … that no <c>end</c> closes.
/// </summary>
public static partial class TemplateErrorLine
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "if", "for", "while", "with", "capture", "case", "func", "tablerow", "wrap" };

    /// <summary>The 1-based line and column of the innermost block left open, and its keyword; null when every block is closed.</summary>
    public static (int Line, int Column, string Keyword)? UnclosedBlock(string template)
    {
        var open = new Stack<(int Line, int Column, string Keyword)>();
        foreach (Match code in CodeBlock().Matches(template))
        {
            var body = code.Groups[1];
            foreach (Match statement in StatementStart().Matches(body.Value))
            {
                var keyword = statement.Groups[1].Value;
                var index = body.Index + statement.Groups[1].Index;
                if (Openers.Contains(keyword)) open.Push((LineAt(template, index), ColumnAt(template, index), keyword));
                else if (keyword == "end" && open.Count > 0) open.Pop();
            }
        }
        return open.Count > 0 ? open.Peek() : null;
    }

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    private static int ColumnAt(string text, int index) => index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;

    [GeneratedRegex(@"\{\{[~-]?(.*?)[~-]?\}\}", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    /// <summary>The first word of each statement: at the start of the block, after ';' or after a line break.</summary>
    [GeneratedRegex(@"(?:^|[;\n])\s*([a-z_]+)")]
    private static partial Regex StatementStart();
}
