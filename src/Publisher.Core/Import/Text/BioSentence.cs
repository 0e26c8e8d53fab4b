using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A sentence about a person as bios are written: a name (optionally a title before it, an apposition after it),
/// then "is/was/has/serves …", and bio vocabulary (editor, analyst, fellow, based in, author of …):
/// "Lena Varga is the Editor of Coastal Risk Monitor.", "Dr. Ana Ruiz, a historian, is a fellow at …".
/// Such a line is never page furniture, however often it repeats, and after a Notes section it starts the bio.
/// </summary>
public static partial class BioSentence
{
    private const int MaxWords = 150;

    public static bool IsBio(string text)
    {
        text = text.Trim();
        if (text.Length == 0 || TextLines.WordCount(text) > MaxWords) return false;
        var match = Opening().Match(text);
        // "Omar al-Rashid": the name check wants capitals, so the lower-case article of a surname is set aside.
        if (!match.Success || TextShapes.AuthorNames(SurnameArticle().Replace(match.Groups["name"].Value, "")) is not { Count: 1 }) return false;
        return Vocabulary().IsMatch(text[match.Length..]);
    }

    [GeneratedRegex(@"^(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs|Col|Gen|Maj|Capt|Amb|Ambassador)\.?\s+)?(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al-\p{L}+|al|el|de|da|van|von|bin|ibn|ul|abu)){1,4})(?:\s*\([^)]*\))?(?:,[^.]{1,160}?,)?\s+(?:is|was|has|serves|served|works|worked|holds|writes|teaches|currently|previously|joined|leads|heads|covers)\b")]
    private static partial Regex Opening();

    [GeneratedRegex(@"\b(?:al|el|ul)-(?=\p{Lu})")]
    private static partial Regex SurnameArticle();

    [GeneratedRegex(@"\b(?:editor|analyst|fellow|researcher|research|journalist|reporter|correspondent|professor|lecturer|author|writer|director|scholar|expert|specialist|consultant|student|candidate|graduate|ph\.?d|founder|member|officer|associate|contributor|contributing|columnist|adviser|advisor|based in|covers|covered|studies|teaches|holds|served|works|worked|degree|university|institute|center|centre|foundation|monitor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Vocabulary();
}
