namespace Publisher.Core.Import.Text;

/// <summary>
/// The words a text uses in lower case, for telling a capitalised phrase from a person's name: "Refuse Escort Fees" is
/// made of words the prose also prints in lower case ("… would no longer pay the escort fees …"), a name's words
/// rarely are. A line reads as a phrase when more than half of its words occur in lower case in the text. Pure.
/// </summary>
internal sealed class ProseVocabulary
{
    private readonly HashSet<string> lowerCase;

    private ProseVocabulary(HashSet<string> words) => lowerCase = words;

    public static ProseVocabulary Of(IEnumerable<string> lines)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
            foreach (var word in Words(line))
                if (char.IsLower(word[0])) words.Add(word);
        return new ProseVocabulary(words);
    }

    public bool ReadsAsPhrase(string line)
    {
        var words = Words(line).ToList();
        if (words.Count == 0) return false;
        var known = words.Count(w => lowerCase.Contains(w.ToLowerInvariant()));
        return known * 2 > words.Count;
    }

    private static IEnumerable<string> Words(string line) =>
        line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('"', '“', '”', '\'', '‘', '’', ',', '.', ';', ':', '(', ')', '!', '?'))
            .Where(w => w.Length > 1 && w.All(c => char.IsLetter(c) || c is '-'));
}
