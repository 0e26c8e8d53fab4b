using System.Globalization;
using System.Text;

namespace Publisher.Core.Content;

/// <summary>
/// Reads the usual front matter without YamlDotNet: a mapping of plain keys at the left margin to one-line scalars
/// (plain, single- or double-quoted), one-line flow lists of such scalars, or block lists of them; blank and comment
/// lines between entries. It accepts only YAML whose reading is certain and returns null for anything else (anchors,
/// tags, multi-line or block scalars, nested mappings, inline comments, tabs, duplicate keys, an empty value, unusual
/// characters, invalid YAML), which YamlDotNet then reads and reports on as before. What it returns is what
/// YamlDotNet's tree holds: the same values, quoting and 1-based line and column of every node (FlatYamlTests
/// compares the two on every YAML input). In a cold process this saves compiling YamlDotNet's parser, which cost
/// more than reading every article of a 5,000-article archive.
/// </summary>
internal static class FlatYaml
{
    private const int MaxKeyLength = 64;

    public static YamlMap? TryParse(string yaml)
    {
        if (!AllPlainCharacters(yaml)) return null;
        var entries = new List<KeyValuePair<YamlValue, YamlValue>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var lines = yaml.Split('\n');
        var i = 0;
        while (i < lines.Length)
        {
            var line = lines[i];
            if (IsBlankOrComment(line))
            {
                i++;
                continue;
            }
            var keyLength = KeyLength(line);
            if (keyLength == 0 || !keys.Add(line[..keyLength])) return null;
            var key = new YamlText(line[..keyLength], true, i + 1, 1);
            var start = keyLength + 1;
            while (start < line.Length && line[start] == ' ') start++;
            YamlValue? value;
            if (start == line.Length)
            {
                (value, i) = BlockList(lines, i + 1);
                if (value is null) return null;
            }
            else
            {
                value = line[start] == '['
                    ? FlowList(line, start, i + 1)
                    : Scalar(line, start, line.Length, i + 1, flow: false, out var end) is { } text && IsBlank(line, end, line.Length) ? text : null;
                if (value is null) return null;
                i++;
            }
            entries.Add(KeyValuePair.Create<YamlValue, YamlValue>(key, value));
        }
        return entries.Count == 0 ? null : new YamlMap(entries, entries[0].Key.Line, 1);
    }

    /// <summary>The block list after a key with no value on its line: every item <c>- scalar</c> at one indentation; null when it is anything else.</summary>
    private static (YamlList? List, int Next) BlockList(string[] lines, int from)
    {
        var items = new List<YamlValue>();
        var indent = -1;
        var i = from;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (IsBlankOrComment(line)) continue;
            var spaces = 0;
            while (line[spaces] == ' ') spaces++;
            if (line[spaces] != '-')
            {
                if (spaces > 0) return (null, i);
                break;
            }
            if (indent < 0) indent = spaces;
            else if (spaces != indent) return (null, i);
            var start = spaces + 1;
            if (start == line.Length || line[start] != ' ') return (null, i);
            while (start < line.Length && line[start] == ' ') start++;
            if (start == line.Length) return (null, i);
            if (Scalar(line, start, line.Length, i + 1, flow: false, out var end) is not { } item || !IsBlank(line, end, line.Length)) return (null, i);
            items.Add(item);
        }
        // No item: the key's value is empty (or a nested mapping), which YamlDotNet places by rules of its own.
        if (items.Count == 0) return (null, i);
        // Trailing blank or comment lines belong to nobody; the next entry starts after them.
        return (new YamlList(items, items[0].Line, indent + 1), i);
    }

    /// <summary>A one-line flow list <c>[a, "b", 'c']</c> of scalars starting at <paramref name="open"/>, alone on the rest of its line.</summary>
    private static YamlList? FlowList(string line, int open, int lineNumber)
    {
        var items = new List<YamlValue>();
        var i = SkipSpaces(line, open + 1);
        if (i < line.Length && line[i] == ']')
            return IsBlank(line, i + 1, line.Length) ? new YamlList(items, lineNumber, open + 1) : null;
        while (true)
        {
            if (Scalar(line, i, line.Length, lineNumber, flow: true, out var end) is not { } item) return null;
            items.Add(item);
            i = SkipSpaces(line, end);
            if (i == line.Length) return null;
            if (line[i] == ']') return IsBlank(line, i + 1, line.Length) ? new YamlList(items, lineNumber, open + 1) : null;
            if (line[i] != ',') return null;
            i = SkipSpaces(line, i + 1);
        }
    }

    /// <summary>
    /// A scalar starting at <paramref name="start"/>: quoted (ending at its closing quote) or plain (ending where the
    /// line, or in a flow list the item, ends; trailing spaces are not part of it). <paramref name="end"/> is just past it.
    /// </summary>
    private static YamlText? Scalar(string line, int start, int limit, int lineNumber, bool flow, out int end)
    {
        end = start;
        if (start >= limit) return null;
        var column = start + 1;
        switch (line[start])
        {
            case '\'':
                return SingleQuoted(line, start, lineNumber, out end);
            case '"':
                return DoubleQuoted(line, start, lineNumber, out end);
        }
        if (!CanStartPlain(line[start])) return null;
        var i = start;
        var last = start;
        for (; i < limit; i++)
        {
            var c = line[i];
            if (c == ' ') continue;
            if (flow && c is ',' or ']') break;
            // "a: b" is a nested mapping, "a #b" a comment, and in a flow list ':' or a bracket is syntax.
            if (c == ':' && (flow || i + 1 == limit || line[i + 1] == ' ')) return null;
            if (c == '#' && line[i - 1] == ' ') return null;
            if (flow && c is '[' or '{' or '}') return null;
            last = i;
        }
        end = last + 1;
        return new YamlText(line[start..end], true, lineNumber, column);
    }

    private static YamlText? SingleQuoted(string line, int open, int lineNumber, out int end)
    {
        var text = new StringBuilder();
        for (var i = open + 1; i < line.Length; i++)
        {
            if (line[i] != '\'')
            {
                text.Append(line[i]);
                continue;
            }
            if (i + 1 < line.Length && line[i + 1] == '\'')
            {
                text.Append('\'');
                i++;
                continue;
            }
            end = i + 1;
            return new YamlText(text.ToString(), false, lineNumber, open + 1);
        }
        end = line.Length;
        return null;
    }

    private static YamlText? DoubleQuoted(string line, int open, int lineNumber, out int end)
    {
        var text = new StringBuilder();
        end = line.Length;
        for (var i = open + 1; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                end = i + 1;
                return new YamlText(text.ToString(), false, lineNumber, open + 1);
            }
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }
            if (++i == line.Length) return null;
            switch (line[i])
            {
                case '\\' or '"' or '/': text.Append(line[i]); break;
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'r': text.Append('\r'); break;
                case '0': text.Append('\0'); break;
                case 'x' when Hex(line, i + 1, 2) is { } x: text.Append(x); i += 2; break;
                case 'u' when Hex(line, i + 1, 4) is { } u: text.Append(u); i += 4; break;
                default: return null;
            }
        }
        return null;
    }

    /// <summary>The character of <paramref name="digits"/> hex digits at <paramref name="at"/>; null when they are not, or name half a surrogate pair.</summary>
    private static char? Hex(string line, int at, int digits) =>
        at + digits <= line.Length
        && int.TryParse(line.AsSpan(at, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
        && !char.IsSurrogate((char)code)
            ? (char)code
            : null;

    /// <summary>Length of a plain key at the left margin followed by ':' and a space or the line's end; 0 when the line is not one.</summary>
    private static int KeyLength(string line)
    {
        var i = 0;
        while (i < line.Length && i <= MaxKeyLength && (char.IsAsciiLetterOrDigit(line[i]) || line[i] == '_' || (i > 0 && line[i] == '-'))) i++;
        if (i == 0 || i > MaxKeyLength || i == line.Length || line[i] != ':') return 0;
        return i + 1 == line.Length || line[i + 1] == ' ' ? i : 0;
    }

    // YAML's indicators, which give a plain scalar's first character another meaning (or, for '-', '?' and ':', may).
    private static bool CanStartPlain(char c) => c is not (' ' or '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');

    private static bool IsBlankOrComment(string line)
    {
        var i = SkipSpaces(line, 0);
        return i == line.Length || line[i] == '#';
    }

    private static bool IsBlank(string line, int from, int to) => SkipSpaces(line, from) >= to;

    private static int SkipSpaces(string line, int i)
    {
        while (i < line.Length && line[i] == ' ') i++;
        return i;
    }

    /// <summary>
    /// No tab, control character, other line break (NEL, U+2028/9), BOM, surrogate or non-character: YamlDotNet has
    /// rules of its own for each, so a file with any is left to it.
    /// </summary>
    private static bool AllPlainCharacters(string yaml)
    {
        foreach (var c in yaml)
        {
            if (c < ' ' && c != '\n') return false;
            if (c is >= '\u007f' and <= '\u009f' or '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff' || char.IsSurrogate(c)) return false;
        }
        return true;
    }
}
