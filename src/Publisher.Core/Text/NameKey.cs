using System.Text;

namespace Publisher.Core.Text;

/// <summary>
/// The one form publication names are compared in: ASCII letters and digits only, lower-cased, accents set aside, a
/// leading "The " dropped ("The Terrorism Monitor", "TERRORISM-MONITOR" and "Terrorism Monitor" are one name; "TheTundraBrief"
/// run together keeps its "the"). Pure.
/// </summary>
public static class NameKey
{
    /// <summary>The comparison key of a publication name.</summary>
    public static string Of(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[4..];
        return Squash(trimmed);
    }

    /// <summary>Letters and digits of a text, lower-cased, accents set aside ("Diário" → "diario"), nothing else.</summary>
    public static string Squash(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(lower);
        }
        return sb.ToString();
    }
}
