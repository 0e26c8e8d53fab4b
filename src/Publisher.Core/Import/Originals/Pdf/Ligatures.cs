using System.Text;

namespace Publisher.Core.Import.Originals.Pdf;

/// <summary>Typographic ligature glyphs (U+FB00–U+FB06: "ﬁ", "ﬀ", "ﬄ" …) spelled out as their letters.</summary>
internal static class Ligatures
{
    public static string Spell(string text)
    {
        if (!text.Any(c => c is >= '\uFB00' and <= '\uFB06')) return text;
        var sb = new StringBuilder(text.Length + 4);
        foreach (var c in text)
            sb.Append(c is >= '\uFB00' and <= '\uFB06' ? c.ToString().Normalize(NormalizationForm.FormKC) : c.ToString());
        return sb.ToString();
    }
}
