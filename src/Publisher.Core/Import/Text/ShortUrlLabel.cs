using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>A page's short-link label ("Short URL:", "Shortlink", "Permalink") and the bare address printed after it. Pure.</summary>
public static partial class ShortUrlLabel
{
    public static bool Is(string line) => Label().IsMatch(line.Trim());

    /// <summary>The line after the label: an address and nothing else.</summary>
    public static bool IsValue(string line) => Value().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:short\s*(?:url|link)|permalink)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    [GeneratedRegex(@"^<?https?://\S+>?$")]
    private static partial Regex Value();
}
