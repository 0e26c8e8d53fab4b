using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A photo caption: a short line (at most two sentences) ending in a parenthesised credit from a news agency or a
/// stock source ("… (AFP)", "(Reuters/File)", "(Photo: AP)", "(AFP via Getty Images)"). The reader drops it before the
/// article starts, the boilerplate rule anywhere. Pure.
/// </summary>
public static partial class PhotoCaption
{
    public const int MaxWords = 45;
    private const int MaxSentences = 2;

    public static bool Is(string line)
    {
        var text = line.Trim();
        return Credit().IsMatch(text) && TextLines.WordCount(text) <= MaxWords && TextLines.SentenceCount(text) <= MaxSentences;
    }

    /// <summary>
    /// Any caption or credit: a labelled one ("Photo: …", "Figure 2 – …", "Source: …"), one ending in a parenthesised
    /// credit ("(Photo courtesy of the port authority)"), or an agency-credited one (<see cref="Is"/>).
    /// </summary>
    public static bool IsCaptionOrCredit(string text) => Labelled().IsMatch(text) || CreditAtEnd().IsMatch(text) || Is(text);

    /// <summary>
    /// A caption that ends in a parenthesised source or photo credit ("… depot in Timbuktu, 2024. (Source: Sahel Photo
    /// Collective)"), as short as <see cref="Is"/>. A sentence of text may cite a source the same way, so the rule takes
    /// it for a caption only before the article's first paragraph.
    /// </summary>
    public static bool IsSourced(string line)
    {
        var text = line.Trim();
        return CreditAtEnd().IsMatch(text) && TextLines.WordCount(text) <= MaxWords && TextLines.SentenceCount(text) <= MaxSentences + 1;
    }

    /// <summary>
    /// A caption before the article's first paragraph that a file-photo label opens ("FILE PHOTO: …") or a
    /// photographer's credit closes ("… at dawn. NAME for OUTLET", "… in 2024. NAME/OUTLET"), or a credit line alone
    /// ("Getty Images", "AFP via Getty Images"). Short, at most three sentences.
    /// </summary>
    public static bool IsHeadCaption(string line)
    {
        var text = line.Trim();
        if (TextLines.WordCount(text) > MaxWords || TextLines.SentenceCount(text) > MaxSentences + 1) return false;
        return FilePhoto().IsMatch(text) || PhotographerAtEnd().IsMatch(text) || IsBareCredit(text) || LabelledCreditAtEnd().IsMatch(text);
    }

    /// <summary>
    /// A caption whose last sentence is a labelled picture credit ("… in his office. Photograph: NAME for OUTLET",
    /// "… during fieldwork. Photo courtesy of NAME."), anywhere in the text: prose does not close on a credit label.
    /// </summary>
    public static bool IsCreditedCaption(string line)
    {
        var text = line.Trim();
        return TextLines.WordCount(text) <= MaxWords && TextLines.SentenceCount(text) <= MaxSentences + 1 && LabelledCreditAtEnd().IsMatch(text);
    }

    /// <summary>
    /// A caption closed by a parenthesised picture credit ("… east of the port. (Credit: NAME)", "(Photo: NAME/Agency)",
    /// "(Image courtesy of NAME)"), anywhere in the text: prose cites a source that way ("(Source: …)", which this
    /// leaves to <see cref="IsSourced"/>), never a photographer or a picture's owner.
    /// </summary>
    public static bool IsPictureCreditedCaption(string line)
    {
        var text = line.Trim();
        return TextLines.WordCount(text) <= MaxWords && TextLines.SentenceCount(text) <= MaxSentences + 1 && PictureCreditAtEnd().IsMatch(text);
    }

    [GeneratedRegex(@"\S\s*\((?:photo(?:graph)?s?|pictures?|images?|illustrations?|credit|photo\s+credit)\s*(?::|by\b|courtesy\s+of\b)\s*(?:the\s+)?\p{Lu}[^()]{1,60}\)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PictureCreditAtEnd();

    /// <summary>A picture agency's name alone on a line: "Getty Images", "Reuters", "AFP via Getty Images", "EPA-EFE/Shutterstock".</summary>
    public static bool IsBareCredit(string line) => BareCredit().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:file\s+(?:photo|picture|image)|photo\s+illustration)\s*[:.|—–-]", RegexOptions.IgnoreCase)]
    private static partial Regex FilePhoto();

    // "… at dawn. Anselm Rautio for Lantern", "… in May. Jo Bloggs/Harbour Images": two or three capitalised names, then
    // "for" or a slash and the outlet, after a sentence end.
    [GeneratedRegex(@"[.!?]\s+\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'.-]*){1,2}\s*(?:\s+for\s+|/)\s*(?:the\s+)?\p{Lu}[\p{L}&' -]{1,40}$")]
    private static partial Regex PhotographerAtEnd();

    // ". Photograph: NAME for OUTLET", ". Photo by NAME/OUTLET", ". Picture courtesy of NAME.", ". Image credit: NAME".
    [GeneratedRegex(@"[.!?]\s+(?i:photo(?:graph)?s?|pictures?|images?|illustrations?|credit)\s*(?::|(?i:by|courtesy\s+of|credit\s*:)\s)\s*(?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:(?:\s+|\s*/\s*)(?:\p{Lu}[\p{L}'’.&-]*|for|of|the|and|via|de|van|von))*\.?$")]
    private static partial Regex LabelledCreditAtEnd();

    [GeneratedRegex(@"^(?:" + Agency + @")(?:\s*(?:/|via)\s*(?:" + Agency + @"|\p{Lu}[\p{L}&' -]{1,30}))?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareCredit();

    private const string Agency =
        "AFP|Reuters|AP|AP Photo|Associated Press|EPA|EPA-EFE|Getty|Getty Images|Anadolu|Anadolu Agency|AA|Xinhua|dpa|UPI|Bloomberg"
        + "|SPA|WAM|Shutterstock|Supplied|File|File photo|Social media|Twitter|Handout";

    [GeneratedRegex(@"\((?:(?:photo|file photo|image|picture)\s*:?\s*)?(?:" + Agency + @")(?:\s*(?:/|via)\s*[^()]{1,40})?(?:\s+(?:file\s+)?photo)?\)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    [GeneratedRegex(@"^(?:photo|image|picture|figure|fig\.|map|chart|graphic|source|credit|caption)s?\b\s*\d*\s*[:.|—–-]", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\((?:photo|image|picture|source|credit|courtesy)s?\b[^()]*\)\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreditAtEnd();
}
