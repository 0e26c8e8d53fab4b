namespace Publisher.Core.Build.Search;

/// <summary>
/// Steps 1a–1c of Porter's stemmer (1980): plurals, -ed and -ing, final -y, so "attacks", "attacked" and "attacking"
/// all index as "attack" and "policy"/"policies" as "polici". The later steps (-ational, -ness, …) merge words readers
/// keep apart and are left out. Only words of a–z longer than two letters are stemmed; anything else is kept as it is.
/// theme/assets/search.js has the same function (stem), pinned to the same cases by the tests.
/// </summary>
public static class EnglishStemmer
{
    public static string Stem(string word)
    {
        if (word.Length <= 2 || !IsAsciiLetters(word)) return word;
        var w = Step1a(word);
        w = Step1b(w);
        return Step1c(w);
    }

    private static string Step1a(string w)
    {
        if (w.EndsWith("sses", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w[..^2];
        if (w.EndsWith("ss", StringComparison.Ordinal)) return w;
        if (w.EndsWith('s')) return w[..^1];
        return w;
    }

    private static string Step1b(string w)
    {
        if (w.EndsWith("eed", StringComparison.Ordinal)) return Measure(w[..^3]) > 0 ? w[..^1] : w;
        string stem;
        if (w.EndsWith("ed", StringComparison.Ordinal) && HasVowel(w[..^2])) stem = w[..^2];
        else if (w.EndsWith("ing", StringComparison.Ordinal) && HasVowel(w[..^3])) stem = w[..^3];
        else return w;

        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
            return stem + "e";
        if (stem.Length >= 2 && stem[^1] == stem[^2] && IsConsonant(stem, stem.Length - 1) && stem[^1] is not ('l' or 's' or 'z'))
            return stem[..^1];
        if (Measure(stem) == 1 && EndsCvc(stem)) return stem + "e";
        return stem;
    }

    private static string Step1c(string w) =>
        w.EndsWith('y') && HasVowel(w[..^1]) ? w[..^1] + "i" : w;

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word)
            if (c is < 'a' or > 'z') return false;
        return true;
    }

    /// <summary>Porter's consonant: not a, e, i, o, u, and y only after a vowel (or first).</summary>
    private static bool IsConsonant(string w, int i) => w[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(w, i - 1),
        _ => true,
    };

    private static bool HasVowel(string w)
    {
        for (var i = 0; i < w.Length; i++)
            if (!IsConsonant(w, i)) return true;
        return false;
    }

    /// <summary>Porter's m: the number of vowel-consonant sequences in [C](VC)^m[V].</summary>
    private static int Measure(string w)
    {
        var m = 0;
        var i = 0;
        while (i < w.Length && IsConsonant(w, i)) i++;
        while (i < w.Length)
        {
            while (i < w.Length && !IsConsonant(w, i)) i++;
            if (i >= w.Length) break;
            while (i < w.Length && IsConsonant(w, i)) i++;
            m++;
        }
        return m;
    }

    /// <summary>Ends consonant-vowel-consonant, the last not w, x or y ("hop" → "hope" after "hoping").</summary>
    private static bool EndsCvc(string w) =>
        w.Length >= 3 && IsConsonant(w, w.Length - 3) && !IsConsonant(w, w.Length - 2) && IsConsonant(w, w.Length - 1)
        && w[^1] is not ('w' or 'x' or 'y');
}
