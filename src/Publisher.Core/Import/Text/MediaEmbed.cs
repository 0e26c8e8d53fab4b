using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A video or audio player a news page sets in its head, left in the text as a bracketed label with its length and
/// the clip's caption: "[Video: 2:14]  Council votes on the budget", "[Audio 4:05] Interview", "[Watch] Highlights", or
/// as a description of the player's controls ("[Video player: 0:00 / 34:12 · CC · Full screen]").
/// It is page furniture, never the piece's title or text. Pure.
/// </summary>
public static partial class MediaEmbed
{
    public static bool Is(string line)
    {
        var text = line.Trim();
        return text.Length <= 200 && (Label().IsMatch(text) || Player().IsMatch(text));
    }

    [GeneratedRegex(@"^[\[(](?:video|audio|watch|listen|podcast|gallery|slideshow|photos?)\b[^\])\n]{0,20}[\])](?:\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>"[Video player: 0:00 / 34:12 · CC · 1x · Full screen]": a player's controls described in one bracket, the whole line.</summary>
    [GeneratedRegex(@"^[\[(](?:(?:video|audio|media)\s+)?player\b[^\])\n]{0,100}[\])]$|^[\[(](?:video|audio)\b[^\])\n]{0,100}\d{1,2}:\d{2}[^\])\n]{0,100}[\])]$", RegexOptions.IgnoreCase)]
    private static partial Regex Player();
}
