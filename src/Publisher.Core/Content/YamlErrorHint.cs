namespace Publisher.Core.Content;

/// <summary>
/// Plain words for what the YAML reader's messages mean ("Mapping values are not allowed in this context" is
/// a colon in an unquoted value), and the line of a '[' or '{' that is never closed (the reader notices only
/// lines later, or at the end). Pure.
/// </summary>
public static class YamlErrorHint
{
    public const string UnclosedBracket =
        "a '[' or '{' on this line is not closed; end the list with ']' (or '}'), or put the value in double quotes if the bracket is part of the text";

    /// <summary>The hint for a message of the YAML reader (its first sentence).</summary>
    public static string For(string parserMessage)
    {
        var m = parserMessage.ToLowerInvariant();
        if (m.Contains("mapping values are not allowed", StringComparison.Ordinal) || m.Contains("invalid mapping", StringComparison.Ordinal))
            return "a value contains ': ' (a colon and a space); put the whole value in double quotes, e.g. title: \"Iraq: What Next?\"";
        if (IsAboutBrackets(m)) return UnclosedBracket;
        if (m.Contains("quoted scalar", StringComparison.Ordinal) || m.Contains("expected quote", StringComparison.Ordinal))
            return "a quote is not closed; end the value with the same quote mark it starts with (write \\\" for a quote inside double quotes)";
        if (m.Contains("cannot start any token", StringComparison.Ordinal))
            return "a value starts with a character YAML reserves (such as @, ` or a tab); put the value in double quotes and indent with spaces";
        if (m.Contains("duplicate key", StringComparison.Ordinal))
            return "a field is written twice; keep one";
        if (m.Contains("alias", StringComparison.Ordinal) || m.Contains("anchor", StringComparison.Ordinal))
            return "a value starts with '*' or '&', which YAML reads as a reference; put the value in double quotes";
        if (m.Contains("expected key", StringComparison.Ordinal) || m.Contains("block end", StringComparison.Ordinal)
            || m.Contains("indentation", StringComparison.Ordinal))
            return "the indentation is off; every field starts at the left margin as 'name: value', list items are indented '- item', and a value that runs onto the next line should be in double quotes";
        return "check this line for a missing quote, bracket or colon";
    }

    public static bool IsAboutBrackets(string parserMessage)
    {
        var m = parserMessage.ToLowerInvariant();
        return m.Contains("flow sequence", StringComparison.Ordinal) || m.Contains("flow mapping", StringComparison.Ordinal);
    }

    /// <summary>The 1-based line (of <paramref name="yaml"/>) of the first '[' or '{' never closed, outside quotes; null when all are.</summary>
    public static int? UnclosedBracketLine(string yaml)
    {
        var open = new Stack<int>();
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            char? quote = null;
            var line = lines[i];
            for (var j = 0; j < line.Length; j++)
            {
                var c = line[j];
                if (quote is { } q)
                {
                    if (c == q) quote = null;
                    continue;
                }
                switch (c)
                {
                    case '#' when j == 0 || line[j - 1] == ' ':
                        j = line.Length;
                        break;
                    case '"':
                    case '\'' when j == 0 || !char.IsLetterOrDigit(line[j - 1]):
                        quote = c;
                        break;
                    case '[' or '{':
                        open.Push(i + 1);
                        break;
                    case ']' or '}' when open.Count > 0:
                        open.Pop();
                        break;
                }
            }
        }
        return open.Count > 0 ? open.Last() : null;
    }
}
