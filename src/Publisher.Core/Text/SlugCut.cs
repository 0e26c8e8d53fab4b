namespace Publisher.Core.Text;

/// <summary>
/// Where a too-long title is cut for its slug. The title is read as words (a hyphenated compound is one word).
/// The preferred cut is the longest one before a preposition or a subordinating word, or after a colon, dash or
/// question mark, that keeps at least two fifths of the limit: the kept part then ends with a whole phrase ("… threats"
/// before "from Europe's …"). Without one, the cut is the longest between words, and words that would dangle at
/// the end are dropped: function words ("of", "the", "and"), possessives ("europes") and prefixed adjectives
/// whose noun was cut ("intra-shia", "pro-iran").
/// </summary>
internal static class SlugCut
{
    /// <summary>The cut slug, or null when not even the first word fits.</summary>
    public static string? Cut(string title, int maxLength)
    {
        var words = Words(title);
        var lengths = new List<int>(); // slug length of the first k+1 words
        var length = 0;
        foreach (var word in words)
        {
            if (word.Slug.Length == 0) { lengths.Add(length); continue; }
            length += (length > 0 ? 1 : 0) + word.Slug.Length;
            lengths.Add(length);
        }

        int? best = null, longest = null;
        for (var k = 1; k < words.Count; k++) // keep words[0..k)
        {
            if (lengths[k - 1] > maxLength) break;
            if (lengths[k - 1] == 0) continue;
            longest = k;
            if (lengths[k - 1] * 5 >= maxLength * 2 && !Dangles(words[k - 1]) && StartsPhrase(words[k - 1], words[k])) best = k;
        }
        if (best is null && longest is { } keep)
        {
            while (keep > 1 && Dangles(words[keep - 1])) keep--;
            best = keep;
        }
        return best is { } count ? string.Join('-', words.Take(count).Select(w => w.Slug).Where(s => s.Length > 0)) : null;
    }

    private sealed record Word(string Text, string Slug, bool EndsClause);

    /// <summary>Whitespace-separated words with their slug; "–" and "—" standing alone end a clause like a colon.</summary>
    private static List<Word> Words(string title)
    {
        var words = new List<Word>();
        foreach (var raw in title.Split((char[])[' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var slug = Slug.Letters(raw);
            var endsClause = raw.TrimEnd('"', '”', '’', '\'', ')').EndsWith(':') || raw.EndsWith('?') || raw.EndsWith('!') || raw.EndsWith(';')
                || raw.EndsWith('.') && raw.Length > 2 && !raw[..^1].Contains('.');
            if (slug.Length == 0 && words.Count > 0 && raw.Trim('–', '—', '-').Length == 0)
            {
                words[^1] = words[^1] with { EndsClause = true };
                continue;
            }
            words.Add(new Word(raw, slug, endsClause));
        }
        return words;
    }

    private static bool StartsPhrase(Word last, Word next) =>
        last.EndsClause || PhraseStarters.Contains(Bare(next));

    private static bool Dangles(Word word)
    {
        var bare = Bare(word);
        if (FunctionWords.Contains(bare) || PhraseStarters.Contains(bare)) return true;
        var text = word.Text.TrimEnd('"', '”', ',', ':', ';', '?', '!', '.', ')');
        if (text.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || text.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) return true;
        // "pro-Iran factions", "intra-Shia divisions": the compound is an adjective and its noun was cut.
        var dash = word.Slug.IndexOf('-');
        return dash > 0 && AdjectivePrefixes.Contains(word.Slug[..dash]);
    }

    private static string Bare(Word word) => word.Slug;

    /// <summary>Words a new phrase starts with: prepositions, subordinating and relative words (not "and"/"or", which join inside a phrase).</summary>
    private static readonly HashSet<string> PhraseStarters = new(StringComparer.Ordinal)
    {
        "of", "in", "on", "at", "to", "for", "from", "with", "without", "by", "into", "onto", "over", "under", "against",
        "among", "amid", "amidst", "between", "across", "along", "around", "about", "after", "before", "during", "since",
        "until", "through", "throughout", "toward", "towards", "within", "beyond", "despite", "near", "via", "versus", "vs",
        "as", "while", "when", "where", "because", "but", "than", "though", "although", "unless", "whether", "if",
        "following", "amongst", "inside", "outside", "upon", "behind", "below", "above", "beneath", "past",
        "how", "why", "what", "which", "who", "whose", "that",
    };

    /// <summary>Words that cannot end a slug (besides <see cref="PhraseStarters"/>).</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "so", "yet", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those", "some", "any", "each", "every", "no", "not", "more", "most", "other", "another", "such", "very", "new",
        "pro", "anti", "non", "post", "pre", "self", "ex",
    };

    /// <summary>Prefixes that make a hyphenated compound an adjective ("anti-government", "cross-border").</summary>
    private static readonly HashSet<string> AdjectivePrefixes = new(StringComparer.Ordinal)
    {
        "pro", "anti", "intra", "inter", "non", "post", "pre", "counter", "cross", "multi", "pan", "semi", "sub", "trans",
        "ultra", "neo", "quasi", "mid", "so", "would", "self", "far", "hard", "well",
    };
}
