using System.Globalization;
using System.Text;

namespace Publisher.Core.Build.Search;

/// <summary>
/// How search sees text, the same on both sides: the build indexes with it and theme/assets/search.js folds queries
/// and snippets the same way (Unicode NFD, combining marks removed, invariant lower case, words split on anything
/// that is not a letter or decimal digit; one-letter words and stop words dropped; each word through
/// <see cref="EnglishStemmer"/>). Pure.
/// </summary>
public static class SearchText
{
    /// <summary>Words too common to find anything with; shipped to the client in meta.js so both sides drop the same.</summary>
    public static IReadOnlyList<string> StopWords { get; } =
    [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "but", "by", "can",
        "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how", "if", "in", "into",
        "is", "it", "its", "may", "more", "most", "not", "of", "on", "or", "other", "our", "over", "she", "so", "such",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "under", "up",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "will", "with", "would", "you",
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    public static bool IsStopWord(string folded) => Stop.Contains(folded);

    /// <summary>The text without diacritics, in lower case (letters keep their order; a letter's marks are removed).</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsMark(c)) continue;
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The folded words of <paramref name="text"/> in order, stop words and one-letter words included.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var folded = Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && IsWordChar(folded[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>The index terms of <paramref name="text"/>: its words without stop words and one-letter words, stemmed.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        foreach (var word in Words(text))
            if (word.Length > 1 && !Stop.Contains(word)) yield return EnglishStemmer.Stem(word);
    }

    /// <summary>A letter or a decimal digit (JavaScript: <c>/[\p{L}\p{Nd}]/u</c>).</summary>
    public static bool IsWordChar(char c) => char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;

    private static bool IsMark(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
