namespace Publisher.Core.Import.Text;

/// <summary>
/// A compact list of English function words. Running prose is roughly two fifths function words; menus, share
/// bars, tag lists and mastheads are mostly names and labels, so the share of these words separates the two
/// (the stopword-density signal of jusText).
/// </summary>
internal static class Stopwords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "even", "few", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if", "in", "into", "is", "it", "its", "itself",
        "just", "last", "least", "less", "many", "may", "me", "might", "more", "most", "much", "must", "my", "no", "nor",
        "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "same", "says",
        "said", "she", "should", "since", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "though", "through", "to", "too", "under", "until", "up", "upon", "us",
        "very", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why",
        "will", "with", "within", "without", "would", "yet", "you", "your",
    };

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>Share of <paramref name="words"/> that are function words (0 for no words).</summary>
    public static double Density(IReadOnlyList<string> words) =>
        words.Count == 0 ? 0 : (double)words.Count(Contains) / words.Count;
}
