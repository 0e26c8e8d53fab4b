using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Core.Text;

/// <summary>
/// Turns titles and names into URL slugs: lower-case ASCII letters, digits and single hyphens. A slug longer
/// than the limit is cut between words where the phrase stays whole (<see cref="SlugCut"/>).
/// </summary>
public static class Slug
{
    /// <summary>The slug of a text with no ASCII letters or digits (an Arabic-only title, say).</summary>
    public const string Fallback = "untitled";

    public static string From(string text, int maxLength = 80)
    {
        var slug = Letters(text);
        if (slug.Length > maxLength) slug = SlugCut.Cut(text, maxLength) is { Length: > 0 } cut ? cut : slug[..maxLength].TrimEnd('-');
        return slug.Length == 0 ? Fallback : slug;
    }

    /// <summary>
    /// A slug as a file name of at most <paramref name="maxLength"/> characters: a longer one is cut and ends with
    /// a hyphen and 8 hex digits of a hash of the whole slug, so two long slugs that share a start stay apart and the
    /// name is the same in every build.
    /// </summary>
    public static string Bounded(string slug, int maxLength = 60)
    {
        if (slug.Length <= maxLength) return slug;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(slug)).AsSpan(0, 4));
        return From(slug, maxLength - hash.Length - 1) + "-" + hash;
    }

    /// <summary>The whole slug of a text, without a length limit.</summary>
    internal static string Letters(string text)
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
        return sb.ToString();
    }
}
