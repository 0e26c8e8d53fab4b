using System.Text.RegularExpressions;

namespace Publisher.Core.Build;

/// <summary>
/// Handlebars.Net reports template errors without a position. This finds the line an editor should look
/// at from the template text and the error message: an unclosed block's opening tag, a closing tag with no
/// opening, an unknown partial's call, an unterminated <c>{{</c>. 0 when the message names nothing findable.
/// </summary>
public static partial class TemplateErrorLine
{
    public static int Find(string template, string message)
    {
        if (UnclosedBlock().Match(message) is { Success: true } unclosed)
            return ScanBlocks(template).Unclosed.LastOrDefault(b => b.Name == unclosed.Groups[1].Value).Line;
        if (UnmatchedClose().Match(message) is { Success: true } close)
            return ScanBlocks(template).UnmatchedCloses.FirstOrDefault(b => b.Name == close.Groups[1].Value).Line;
        if (MissingPartial().Match(message) is { Success: true } partial)
            return FirstLineMatching(template, @"\{\{~?>\s*" + Regex.Escape(partial.Groups[1].Value) + @"\b");
        if (message.Contains("could not be converted to an expression", StringComparison.Ordinal))
            return FirstLineMatching(template, @"\{\{(?:(?!\}\}).)*?(?=\{\{|\n|$)");
        return 0;
    }

    private static (List<(string Name, int Line)> Unclosed, List<(string Name, int Line)> UnmatchedCloses) ScanBlocks(string template)
    {
        var open = new List<(string Name, int Line)>();
        var unmatched = new List<(string Name, int Line)>();
        foreach (Match tag in BlockTag().Matches(template))
        {
            var name = tag.Groups[2].Value;
            var line = LineAt(template, tag.Index);
            if (tag.Groups[1].Value == "#") { open.Add((name, line)); continue; }
            var at = open.FindLastIndex(b => b.Name == name);
            if (at < 0) unmatched.Add((name, line));
            else open.RemoveAt(at);
        }
        return (open, unmatched);
    }

    private static int FirstLineMatching(string template, string pattern)
    {
        var match = Regex.Match(template, pattern);
        return match.Success ? LineAt(template, match.Index) : 0;
    }

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"\{\{~?([#/])\*?\s*([\w-]+)")]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"block expression '#([\w-]+)' was closed")]
    private static partial Regex UnclosedBlock();

    [GeneratedRegex(@"closing element '/([\w-]+)' was found without a matching open")]
    private static partial Regex UnmatchedClose();

    [GeneratedRegex(@"partial name '([^']+)' could not be resolved")]
    private static partial Regex MissingPartial();
}
