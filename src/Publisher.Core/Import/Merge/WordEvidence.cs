namespace Publisher.Core.Import.Merge;

/// <summary>
/// How often each word is written in a body of text: in any case (for spelling), and exactly as written where it
/// stands mid-sentence (for capitalisation; a sentence's first word is capitalised whatever it is).
/// </summary>
internal sealed class WordEvidence
{
    private readonly Dictionary<string, int> _anyCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _midSentence = new(StringComparer.Ordinal);

    public static readonly WordEvidence Empty = new();

    public static WordEvidence From(IEnumerable<string> texts)
    {
        var evidence = new WordEvidence();
        foreach (var text in texts) evidence.Add(text, +1);
        return evidence;
    }

    /// <summary>Occurrences of <paramref name="word"/> in any case.</summary>
    public int Count(string word) => _anyCase.GetValueOrDefault(word.ToLowerInvariant());

    /// <summary>Occurrences of <paramref name="word"/> written exactly so, mid-sentence.</summary>
    public int MidSentence(string word) => _midSentence.GetValueOrDefault(word);

    /// <summary>This evidence without that of <paramref name="texts"/> (which must be part of it).</summary>
    public WordEvidence Without(IEnumerable<string> texts)
    {
        var copy = new WordEvidence();
        foreach (var (k, v) in _anyCase) copy._anyCase[k] = v;
        foreach (var (k, v) in _midSentence) copy._midSentence[k] = v;
        foreach (var text in texts) copy.Add(text, -1);
        return copy;
    }

    private void Add(string text, int sign)
    {
        var tokens = WordAligner.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var core = Core(tokens[i].Key);
            if (core.Length == 0) continue;
            Bump(_anyCase, core.ToLowerInvariant(), sign);
            if (!StartsSentence(text, tokens, i)) Bump(_midSentence, core, sign);
        }
    }

    private static void Bump(Dictionary<string, int> counts, string key, int sign)
    {
        var n = counts.GetValueOrDefault(key) + sign;
        if (n > 0) counts[key] = n;
        else counts.Remove(key);
    }

    /// <summary>The word without surrounding punctuation and a possessive ending: "(al-Sadr's," reads "al-Sadr".</summary>
    public static string Core(string key)
    {
        int start = 0, end = key.Length;
        while (start < end && !char.IsLetterOrDigit(key[start])) start++;
        while (end > start && !char.IsLetterOrDigit(key[end - 1])) end--;
        var core = key[start..end];
        if (core.EndsWith("'s", StringComparison.OrdinalIgnoreCase) && core.Length > 2) core = core[..^2];
        return core.Contains("[^", StringComparison.Ordinal) ? "" : core;
    }

    /// <summary>The token opens a paragraph, a heading or a sentence.</summary>
    public static bool StartsSentence(string text, IReadOnlyList<WordToken> tokens, int index)
    {
        if (index == 0) return true;
        var previous = tokens[index - 1];
        if (text.AsSpan(previous.End, tokens[index].Start - previous.End).Contains("\n\n", StringComparison.Ordinal)) return true;
        if (previous.Text.StartsWith('#')) return true;
        var p = previous.Key;
        var marker = p.IndexOf("[^", StringComparison.Ordinal);
        if (marker >= 0) p = p[..marker];
        p = p.TrimEnd('"', '\'', ')', ']', '*', '_');
        return p.Length > 0 && p[^1] is '.' or '!' or '?' or ':' && !IsAbbreviation(p);
    }

    // "U.S." and "e.g." end with a stop but rarely a sentence; a single capital ("J.") is an initial.
    private static bool IsAbbreviation(string word) =>
        word.Length >= 2 && word[^1] == '.' && (word[..^1].Contains('.', StringComparison.Ordinal) || (word.Length == 2 && char.IsUpper(word[0])));
}
