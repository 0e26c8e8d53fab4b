using System.Globalization;
using System.Text;
using Publisher.Core.Diagnostics;
using Publisher.Core.Import.Text;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Rule 1: makes a seed's text plain, predictable UTF-8 text: no BOM, <c>\n</c> line ends, mojibake
/// repaired, no invisible or control characters, ordinary spaces, no trailing whitespace, no box drawn around text, no text browser's link markers.
/// Never adds or removes a line, so seed line numbers stay valid for every later stage.
/// </summary>
public static class NormalizeText
{
    public static FixupResult Apply(string text, FixupContext context)
    {
        var actions = new List<FixupAction>();
        var diagnostics = new List<Diagnostic>();

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
            actions.Add(new FixupAction(FixupActionKinds.RemovedByteOrderMark, "UTF-8 byte order mark", context.At(0)));
        }

        if (text.Contains('\r'))
        {
            var count = CountLineEnds(text);
            text = text.Replace("\r\n", "\n").Replace('\r', '\n');
            actions.Add(new FixupAction(FixupActionKinds.NormalizedLineEnds, $"{count} CRLF/CR line end(s) → LF", context.At(0)));
        }

        text = RepairMojibake(text, context, actions);
        text = RemoveInvisibles(text, context, actions);
        ReportLeftoverMojibake(text, context, diagnostics);
        text = ReplaceNonBreakingSpaces(text, context, actions);
        text = SpellLigatures(text, context, actions);
        text = TrimTrailingWhitespace(text, context, actions);
        text = UnboxTextBoxes(text, context, actions);
        text = RemoveTextBrowserMarkers(text, context, actions);
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);

        return new FixupResult(text, diagnostics, actions);
    }

    private static int CountLineEnds(string text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\r') count++;
        return count;
    }

    private static string RepairMojibake(string text, FixupContext context, List<FixupAction> actions)
    {
        // Text that went through the misreading twice needs two passes; three is a safe bound.
        for (var pass = 0; pass < 3; pass++)
        {
            var repairs = new List<(string Broken, string Fixed, int Index)>();
            var repaired = Mojibake.Repair(text, repairs);
            if (repairs.Count == 0) break;
            foreach (var group in repairs.GroupBy(r => (r.Broken, r.Fixed)).OrderBy(g => g.Min(r => r.Index)))
            {
                var first = group.Min(r => r.Index);
                actions.Add(new FixupAction(FixupActionKinds.RepairedMojibake,
                    $"\"{Visible(group.Key.Broken)}\" → \"{group.Key.Fixed}\" ({group.Count()}×)", context.At(LineOf(text, first))));
            }
            text = repaired;
        }
        return text;
    }

    private static void ReportLeftoverMojibake(string text, FixupContext context, List<Diagnostic> diagnostics)
    {
        // "â€" or "Ã" followed by something that does not decode: likely damage we cannot undo safely.
        foreach (var marker in new[] { "â€", "Ã" })
        {
            var index = text.IndexOf(marker, StringComparison.Ordinal);
            if (index < 0 || marker == "Ã" && (index + 1 >= text.Length || Mojibake.ByteOf(text[index + 1]) is < 0x80 or > 0xBF)) continue;
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.MojibakeUnrepaired,
                $"text looks mis-encoded near \"{TextLines.Excerpt(text.Substring(index, Math.Min(20, text.Length - index)), 20)}\" but cannot be repaired safely; check the source",
                context.At(LineOf(text, index))));
        }
    }

    private static string RemoveInvisibles(string text, FixupContext context, List<FixupAction> actions)
    {
        var sb = new StringBuilder(text.Length);
        var removed = 0;
        var firstIndex = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsRemovable(text, i))
            {
                if (firstIndex < 0) firstIndex = i;
                removed++;
                // A form feed or vertical tab between words still separates them.
                if (c is '\f' or '\v' && sb.Length > 0 && !char.IsWhiteSpace(sb[^1]) && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))
                    sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
        if (removed == 0) return text;
        actions.Add(new FixupAction(FixupActionKinds.RemovedInvisibleCharacters,
            $"{removed} zero-width or control character(s)", context.At(LineOf(text, firstIndex))));
        return sb.ToString();
    }

    private static bool IsRemovable(string text, int i)
    {
        var c = text[i];
        if (c is '\n' or '\t') return false;
        if (c is '\u200B' or '\u2060' or '\uFEFF' or '\u00AD') return true;
        // Joiners shape Arabic, Persian and Indic script and emoji: keep them there, drop them in Latin text.
        if (c is '\u200C' or '\u200D')
            return !(i > 0 && i + 1 < text.Length && text[i - 1] > '\u024F' && text[i + 1] > '\u024F');
        var category = char.GetUnicodeCategory(c);
        return category == UnicodeCategory.Control;
    }

    private static string ReplaceNonBreakingSpaces(string text, FixupContext context, List<FixupAction> actions)
    {
        var first = text.IndexOfAny(['\u00A0', '\u202F', '\u2007']);
        if (first < 0) return text;
        var count = text.Count(c => c is '\u00A0' or '\u202F' or '\u2007');
        actions.Add(new FixupAction(FixupActionKinds.ReplacedNonBreakingSpaces, $"{count} non-breaking space(s) → space", context.At(LineOf(text, first))));
        return text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Replace('\u2007', ' ');
    }

    /// <summary>"Conﬂict" pasted from a PDF: each ligature glyph spelled out as its letters (same lines, same line count).</summary>
    private static string SpellLigatures(string text, FixupContext context, List<FixupAction> actions)
    {
        if (!Ligatures.Any(text)) return text;
        var first = text.IndexOfAny(['\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04', '\uFB05', '\uFB06']);
        var count = text.Count(c => c is >= '\uFB00' and <= '\uFB06');
        actions.Add(new FixupAction(FixupActionKinds.SpelledLigatures, $"{count} ligature glyph(s) spelled out (ﬁ → fi)", context.At(LineOf(text, first))));
        return Ligatures.Spell(text);
    }

    private static string TrimTrailingWhitespace(string text, FixupContext context, List<FixupAction> actions)
    {
        var lines = TextLines.Split(text);
        var trimmed = 0;
        var firstLine = -1;
        for (var i = 0; i < lines.Length; i++)
        {
            var t = lines[i].TrimEnd(' ', '\t');
            if (t.Length == lines[i].Length) continue;
            if (firstLine < 0) firstLine = i;
            trimmed++;
            lines[i] = t;
        }
        if (trimmed == 0) return text;
        actions.Add(new FixupAction(FixupActionKinds.TrimmedTrailingWhitespace, $"{trimmed} line(s)", context.At(firstLine)));
        return TextLines.Join(lines);
    }

    /// <summary>A contents list or sidebar drawn in a box: its borders blanked and its bars taken off (<see cref="TextBox"/>).</summary>
    private static string UnboxTextBoxes(string text, FixupContext context, List<FixupAction> actions)
    {
        if (!text.Contains('+') && !text.Contains('┌') && !text.Contains('╔')) return text;
        var (lines, boxes) = TextBox.Unbox(TextLines.Split(text));
        if (boxes.Count == 0) return text;
        foreach (var (first, last) in boxes)
            actions.Add(new FixupAction(FixupActionKinds.UnboxedText, $"lines {first + 1}–{last + 1}: the box's borders and bars taken off its text", context.At(first)));
        return TextLines.Join(lines);
    }

    /// <summary>A text browser's "[n]" link markers, when the page's link list closes the text (<see cref="TextBrowserLinks"/>).</summary>
    private static string RemoveTextBrowserMarkers(string text, FixupContext context, List<FixupAction> actions)
    {
        var (stripped, markers) = TextBrowserLinks.WithoutMarkers(text);
        if (markers == 0) return text;
        var first = text.IndexOf('[', StringComparison.Ordinal);
        actions.Add(new FixupAction(FixupActionKinds.RemovedLinkMarkers, $"{markers} text browser link marker(s) such as [12] before a link's words; the numbered link list closes the text", context.At(LineOf(text, first))));
        return stripped;
    }

    private static int LineOf(string text, int index)
    {
        var line = 0;
        for (var i = 0; i < index && i < text.Length; i++)
            if (text[i] == '\n') line++;
        return line;
    }

    private static string Visible(string s) =>
        string.Concat(s.Select(c => c < 0x20 || c is >= '\u007F' and <= '\u00A0' ? $"\\u{(int)c:X4}" : c.ToString()));
}
