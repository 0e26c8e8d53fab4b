using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// The writer speaking in the first person singular ("I will keep calling.", "I've been asked this often"): the
/// voice of a newsletter's or blog's author, which interface text (written as "we" or as bare commands) does not use.
/// Pure.
/// </summary>
internal static partial class FirstPersonSentence
{
    /// <summary>One sentence of the text (of at least three words) says "I" and holds none of the interface phrases.</summary>
    public static bool HasUiFreeOne(string text)
    {
        foreach (var sentence in SentenceSplit().Split(text.Trim()))
        {
            if (TextLines.WordCount(sentence) < 3 || !FirstPerson().IsMatch(sentence)) continue;
            if (UiVocabulary.Find(sentence).Count == 0) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=\S)")]
    private static partial Regex SentenceSplit();

    [GeneratedRegex(@"(?<![\p{L}'’])I(?:'m|’m|'ve|’ve|'ll|’ll|'d|’d)?(?![\p{L}'’])")]
    private static partial Regex FirstPerson();
}
