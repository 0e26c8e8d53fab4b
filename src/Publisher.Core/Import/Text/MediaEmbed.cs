using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A video or audio player a news page sets in its head, left in the text as a bracketed label with its length and
/// the clip's caption: "[Video: 2:14]  Council votes on the budget", "[Audio 4:05] Interview", "[Watch] Highlights".
/// It is page furniture, never the piece's title or text. Pure.
/// </summary>
public static partial class MediaEmbed
{
    public static bool Is(string line)
    {
        var text = line.Trim();
        return text.Length <= 200 && Label().IsMatch(text);
    }

    [GeneratedRegex(@"^[\[(](?:video|audio|watch|listen|podcast|gallery|slideshow|photos?)\b[^\])\n]{0,20}[\])](?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();
}
