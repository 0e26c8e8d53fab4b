using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>How a paragraph ends, as far as rejoining page breaks cares.</summary>
internal enum ParagraphEnd
{
    /// <summary>Mid-sentence: a word or a comma, nothing that closes a sentence.</summary>
    Open,
    /// <summary>A word broken with a hyphen ("anti-", "govern-").</summary>
    Hyphen,
    /// <summary>An em or en dash right after a word ("the most recent operation—").</summary>
    Dash,
    /// <summary>A closing parenthesis: often a citation whose sentence is complete.</summary>
    Soft,
    /// <summary>A sentence end: . ! ? : ; … (before closing quotes, brackets or a footnote marker, in digits or roman numerals).</summary>
    Closed,
}

/// <summary>Shape tests on single paragraphs, in one file per concept; here: how a paragraph starts and ends, for rejoining page breaks.</summary>
internal static partial class ParagraphShape
{
    public static ParagraphEnd EndOf(string text)
    {
        var t = TrailingMarkers().Replace(text.TrimEnd(), "");
        if (t.Length == 0) return ParagraphEnd.Closed;
        var last = t[^1];
        if (last == '-' && t.Length >= 2 && char.IsLetter(t[^2])) return ParagraphEnd.Hyphen;
        if (last is '—' or '–' && t.Length >= 2 && char.IsLetterOrDigit(t[^2])) return ParagraphEnd.Dash;
        if (last == ')') return ParagraphEnd.Soft;
        var core = t.TrimEnd('"', '\'', '”', '’', '»', ']', '*', '_');
        if (core.Length == 0) return ParagraphEnd.Closed;
        return core[^1] is '.' or '!' or '?' or ':' or ';' or '…' ? ParagraphEnd.Closed : ParagraphEnd.Open;
    }

    /// <summary>The first letter (after opening quotes and brackets) is lower case.</summary>
    public static bool StartsLower(string text)
    {
        foreach (var c in text)
        {
            if (c is '"' or '\'' or '“' or '‘' or '(' or '[' or '*' or '_' or '«') continue;
            return char.IsLower(c);
        }
        return false;
    }

    public static bool StartsUpperOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is '*' or '_') continue;
            return char.IsUpper(c) || char.IsDigit(c);
        }
        return false;
    }

    // "[3]", "[^3]", and the lower-case roman numerals of word processors' endnotes ("…cannot.[iv]").
    [GeneratedRegex(@"(\s*\[\^?(?:\d+|[ivxlc]{1,6})\])+$")]
    private static partial Regex TrailingMarkers();
}
