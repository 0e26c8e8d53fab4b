using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A note on how the text in front of the reader was made, not part of it: an editing note ("This transcript has been
/// edited for clarity and length.", "Interview condensed and edited."), a translation credit ("Translated from the
/// Portuguese by NAME") and a link to the original ("Read the original in Portuguese") and a print-edition note ("This article appears in the May issue with the headline …"), and a wire story's update note
/// ("(Adds minister's comment in paragraphs 6-7)"). Short; a sentence that merely
/// mentions a transcript or a translation is prose. Pure.
/// </summary>
internal static partial class EditorialNote
{
    private const int MaxWords = 30;

    public static bool Is(string line)
    {
        var t = line.Trim().Trim('*', '_').Trim();
        if (t.Length == 0 || TextLines.WordCount(t) > MaxWords || TextLines.SentenceCount(t) > 2) return false;
        return Edited().IsMatch(t) || Translated().IsMatch(t) || Original().IsMatch(t) || PrintEdition().IsMatch(t) || WireUpdate().IsMatch(t);
    }

    // A wire story's note on what this version changed, in brackets over the dateline: "(Adds minister's comment in
    // paragraphs 6-7, updates number of passengers released)", "(Recasts with arrests; changes headline)".
    [GeneratedRegex(@"^\((?:adds|updates|recasts|rewrites|corrects|changes|removes|fixes|updates|refiles|writes\s+through|tops\s+with|repeats)\b[^()]{0,200}\)$", RegexOptions.IgnoreCase)]
    private static partial Regex WireUpdate();

    // "This article appears in the December 2026 print edition with the headline …", "A version of this story
    // appeared in print on 3 May, Section A, Page 6".
    [GeneratedRegex(@"^(?:this|a\s+version\s+of\s+this)\s+(?:article|story|piece|essay|review|interview|report)\s+(?:appears|appeared|was\s+published|ran)\s+in\s+(?:the\s+)?(?:[^.!?]{0,60}?\b(?:print\s+edition|print|issue|edition|magazine)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PrintEdition();

    [GeneratedRegex(@"^(?:\[|\()?(?:(?:this|the)\s+(?:transcript|interview|conversation|text|article|discussion|q\s*&\s*a|exchange)\s+(?:has\s+been|was|is)\s+|(?:the\s+)?(?:transcript|interview|conversation|text|q\s*&\s*a)\s+)?(?:lightly\s+|slightly\s+)?(?:edited|condensed|abridged)(?:\s+and\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed))?(?:\s+for\s+(?:clarity|length|brevity|style|readability)|\.?$)", RegexOptions.IgnoreCase)]
    private static partial Regex Edited();

    [GeneratedRegex(@"^(?:\[|\()?translated\s+(?:from\s+(?:the\s+)?\p{Lu}\p{L}+\s+)?(?:by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}|from\s+(?:the\s+)?\p{Lu}\p{L}+)[\])]?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Translated();

    [GeneratedRegex(@"^(?i:read|see|view)\s+(?:the\s+|this\s+)?(?:original|article|story|version)(?:\s+(?:article|story|version))?\s+in\s+\p{Lu}\p{L}+\.?$")]
    private static partial Regex Original();
}
