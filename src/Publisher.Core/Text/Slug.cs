using System.Globalization;
using System.Text;

namespace Publisher.Core.Text;

/// <summary>Turns titles and names into URL slugs: lower-case ASCII letters, digits and single hyphens.</summary>
public static class Slug
{
    /// <summary>The slug of a text with no ASCII letters or digits (an Arabic-only title, say).</summary>
    public const string Fallback = "untitled";

    public static string From(string text, int maxLength = 80)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’' or '‘') continue; // "Europe's" -> "europes"
            if (c < 128 && char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                pendingHyphen = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingHyphen = true;
            }
        }
        var slug = sb.ToString();
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = cut > 0 ? slug[..cut] : slug[..maxLength];
        }
        return slug.Length == 0 ? Fallback : slug;
    }
}
