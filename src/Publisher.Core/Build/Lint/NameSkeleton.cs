using System.Text;

namespace Publisher.Core.Build.Lint;

/// <summary>
/// The form two spellings of one name share: letters only, lower case, accents off, no 'h' (transliteration
/// adds or moves it: Khadimi/Kadhimi, Shia/Shi'a) and no doubled letters (Hezbollah/Hezbolah). Pure.
/// </summary>
internal static class NameSkeleton
{
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (!char.IsLetter(c)) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower == 'h') continue;
            if (sb.Length > 0 && sb[^1] == lower) continue;
            sb.Append(lower);
        }
        return sb.ToString();
    }
}
