using System.Text;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Typographic ligature glyphs (U+FB00–U+FB06: "ﬁ", "ﬀ", "ﬄ" …) spelled out as their letters: read from a PDF
/// (PageReader) and in text pasted from one (NormalizeText), so "Conﬂict" in a title is "Conflict". Pure.
/// </summary>
public static class Ligatures
{
    /// <summary>Whether the text holds a ligature glyph.</summary>
    public static bool Any(string text) => text.Any(c => c is >= '\uFB00' and <= '\uFB06');

    public static string Spell(string text)
    {
        if (!Any(text)) return text;
        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text)
            sb.Append(c is >= '\uFB00' and <= '\uFB06' ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        return sb.ToString();
    }
}
