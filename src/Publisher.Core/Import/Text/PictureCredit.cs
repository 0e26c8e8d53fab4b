using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A credit for a page's pictures under the byline ("Photographs by NAME", "Illustration by NAME", "Video: NAME"):
/// the people it names made the pictures, not the text, so they are not authors. Pure.
/// </summary>
public static partial class PictureCredit
{
    public static bool Is(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        return text.Length <= 120 && Credit().IsMatch(text);
    }

    [GeneratedRegex(@"^(?:(?:photo(?:graph)?s?|photography|pictures?|images?|illustrations?|artwork|video|graphics?|design|maps?)(?:\s+and\s+\w+)?\s*(?:by\b|:)\s*\S[^.!?]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();
}
