using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Closing author bios: "NAME is a/an/the …", "*NAME is …*", "Dr. NAME, a fellow at …, is …", "NAME and NAME are …",
/// "NAME is …; NAME is …". Finds the people a bio is about, tells a bio from an analysis sentence that merely starts
/// with a name (a bio has bio vocabulary: fellow, analyst, researcher, author of, based in, …), and splits a bio of
/// several co-authors between them sentence by sentence. Pure.
/// </summary>
public static partial class BioParagraph
{
    /// <summary>The paragraph without italic or bold wrapping ("*Ann Lee is …*" → "Ann Lee is …") or quotation marks around it all.</summary>
    public static string Unwrap(string paragraph)
    {
        var text = paragraph.Trim();
        foreach (var mark in new[] { "***", "**", "*", "__", "_" })
            if (text.Length > 2 * mark.Length && text.StartsWith(mark, StringComparison.Ordinal))
            {
                var end = text.LastIndexOf(mark, StringComparison.Ordinal);
                if (end > mark.Length && text[(end + mark.Length)..].Trim().Length <= 1)
                    return (text[mark.Length..end] + text[(end + mark.Length)..]).Trim();
            }
        // "‘Ann Lee is a geographer …’": a bio set in quotation marks from its first word to its last.
        foreach (var (open, close) in QuotationMarks)
            if (text.Length > 2 && text[0] == open && text[^1] == close && text.IndexOf(open, 1) < 0 && !ClosesInside(text, close))
                return text[1..^1].Trim();
        return text;
    }

    /// <summary>Whether the closing mark appears before the end other than as an apostrophe ("the Guard’s").</summary>
    private static bool ClosesInside(string text, char close)
    {
        for (var i = 1; i < text.Length - 1; i++)
            if (text[i] == close && !(char.IsLetter(text[i - 1]) && char.IsLetter(text[i + 1]))) return true;
        return false;
    }

    private static readonly (char Open, char Close)[] QuotationMarks = [('‘', '’'), ('“', '”'), ('"', '"')];

    /// <summary>True when the text uses words only bios use (a role, an affiliation, "author of", "based in").</summary>
    public static bool HasBioVocabulary(string text) => Vocabulary().IsMatch(text);

    /// <summary>Longest text still read as a bio; a longer paragraph that opens with a name is prose about that person.</summary>
    private const int MaxBioWords = 150;

    /// <summary>
    /// A bio as written: opens with the people it is about followed by "is/are/was/holds/…", and uses bio vocabulary
    /// ("Lena Varga is the Editor of …", "Dr. Ana Ruiz, a historian, is a fellow at …", "A and B are analysts …").
    /// Such text is never page furniture, however often it repeats, and after a Notes section it starts the bio;
    /// "Lena Varga is right that …" is not a bio.
    /// </summary>
    public static bool IsBio(string text)
    {
        var unwrapped = Unwrap(text);
        if (unwrapped.Length == 0 || TextLines.WordCount(unwrapped) > MaxBioWords) return false;
        return Subjects(unwrapped).Count > 0 && HasBioVocabulary(unwrapped);
    }

    /// <summary>
    /// The people the paragraph is a bio of, in order: the names that open it or one of its clauses or sentences and
    /// are followed by "is/are/was/holds/…" (honorifics and post-nominals left out). Empty when it opens with none.
    /// </summary>
    public static IReadOnlyList<string> Subjects(string paragraph)
    {
        var text = Unwrap(paragraph);
        var names = new List<string>();
        var first = true;
        foreach (var clause in Clauses(text))
        {
            var match = Subject().Match(clause);
            if (!match.Success) { if (first) return []; continue; }
            first = false;
            foreach (var group in new[] { "a", "b", "c" })
            {
                if (!match.Groups[group].Success) continue;
                var name = PersonNames.Clean(match.Groups[group].Value);
                if (Byline.LooksLikeName(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), strict: true) && !names.Contains(name, StringComparer.Ordinal))
                    names.Add(name);
            }
        }
        return names;
    }

    /// <summary>
    /// Splits a bio between co-authors: each sentence (or "; " clause) that opens with or names one author goes to
    /// that author, and the sentences after it too ("He focuses on …") until another author is named; a sentence
    /// naming several goes to each; sentences before any author is named go to the first. One author: the whole bio.
    /// </summary>
    public static IReadOnlyList<(string Author, string Bio)> SplitBetween(string bio, IReadOnlyList<string> authors)
    {
        if (authors.Count == 0) return [];
        if (authors.Count == 1) return [(authors[0], bio.Trim())];
        var parts = authors.ToDictionary(a => a, _ => new List<List<string>>(), StringComparer.Ordinal);
        var owners = new List<string>();
        foreach (var paragraph in bio.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var paragraphParts = authors.ToDictionary(a => a, _ => new List<string>(), StringComparer.Ordinal);
            foreach (var clause in Clauses(Unwrap(paragraph)))
            {
                var named = authors.Where(a => Names(clause, a)).ToList();
                if (named.Count > 0) owners = named;
                else if (owners.Count == 0) owners = [authors[0]];
                foreach (var owner in owners) paragraphParts[owner].Add(clause);
            }
            foreach (var author in authors)
                if (paragraphParts[author].Count > 0) parts[author].Add(paragraphParts[author]);
        }
        return authors.Where(a => parts[a].Count > 0)
            .Select(a => (a, string.Join("\n\n", parts[a].Select(Sentences))))
            .ToList();
    }

    /// <summary>Rejoins clauses: a clause cut at "; " ends with ".", so "A is X; B is Y" gives "A is X." and "B is Y.".</summary>
    private static string Sentences(List<string> clauses) =>
        string.Join(' ', clauses.Select(c => c.TrimEnd().TrimEnd(';', ',').TrimEnd() is var t && t.Length > 0 && t[^1] is '.' or '!' or '?' or '”' or '"' or ')' ? t : t + "."));

    /// <summary>True when the clause names the author: full name, or surname as a whole word.</summary>
    private static bool Names(string clause, string author)
    {
        var name = PersonNames.Clean(author);
        if (clause.Contains(name, StringComparison.Ordinal)) return true;
        var surname = PersonNames.Surname(author);
        return surname.Length > 1 && Regex.IsMatch(clause, @"(?<![\p{L}\-])" + Regex.Escape(surname) + @"(?![\p{L}\-])", RegexOptions.CultureInvariant);
    }

    /// <summary>Sentences, and clauses after "; " that open with a capital (a new subject); abbreviations and initials do not end a sentence.</summary>
    internal static IReadOnlyList<string> Clauses(string text)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = false;
            if (c is '.' or '?' or '!' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] is '“' or '"'))
            {
                var word = WordBefore(text, i);
                boundary = !(word.Length == 1 && char.IsUpper(word[0])) && !PersonNames.IsHonorific(word) && !Abbreviations.Contains(word);
            }
            else if (c == ';' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]))
            {
                boundary = true;
            }
            if (!boundary) continue;
            result.Add(text[start..(i + 1)].Trim());
            start = i + 2;
        }
        if (start < text.Length && text[start..].Trim().Length > 0) result.Add(text[start..].Trim());
        return result;
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "U.S", "U.K", "U.N", "E.U", "Ph.D", "Jr", "Sr", "St", "Mt", "No", "Vol", "vs", "etc", "Inc", "Ltd", "Co", "e.g", "i.e",
    };

    private static string WordBefore(string text, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '“' or '"')) start--;
        return text[start..dot];
    }

    /// <summary>The verbs a bio's subject takes ("Ann Lee is …", "… leads the unit", "… reports on the Sahel"): one list for every bio test.</summary>
    internal const string BioVerbs =
        "is|are|was|were|has|have|serves|serve|works|work|holds|hold|writes|write|teaches|teach|currently|leads|lead|directs|direct|covers|cover"
        + "|researches|studies|specializes|specialises|reports|report|lectures|lecture|edits|edit|advises|advise|heads|head|chairs|runs|flew|founded|joined"
        // A career told in the past ("… reported on the valley for the Star from 2026 to 2034").
        + "|reported|covered|wrote|edited|taught";

    private const string NameWord = @"(?:[\p{Lu}][\p{L}'’\-]*\.?|(?:al|el|bin|ibn|de|da|del|der|van|von|di|du|la|le|abu|ben|dos|das|do|e)(?:-[\p{Lu}][\p{L}'’]*)?)";
    private const string Name = NameWord + @"(?:\s+" + NameWord + @"){1,4}";
    private static readonly string PostNominal = PersonNames.PostNominalPattern;

    // Post-nominals come from the shared list (PersonNames), so the pattern is built at start-up, not generated.
    private static readonly Regex SubjectPattern = new(@"^\s*(?:[Dd]r|Prof|Professor|Mr|Mrs|Ms|Col|Colonel|Gen|Amb|Ambassador|Lt|Maj|Capt|Rev)?\.?\s*"
        + "(?<a>" + Name + ")" + PostNominal
        + @"(?:\s*,\s*(?:(?:[Dd]r|Prof|Professor|Col|Amb)\.?\s+)?(?<c>" + Name + ")" + PostNominal + @")?"
        + @"(?:\s*,?\s+(?:and|&)\s+(?:(?:[Dd]r|Prof|Professor|Mr|Mrs|Ms|Col|Amb)\.?\s+)?(?<b>" + Name + ")" + PostNominal + @")?"
        + @"(?:\s*\([^)]*\))?(?:,[^.;]{1,160}?,)?\s+(?:" + BioVerbs + @")\b", RegexOptions.Compiled);

    private static Regex Subject() => SubjectPattern;

    [GeneratedRegex(@"\b(?:fellow|analyst|researcher|research|editor|journalist|correspondent|reporter|professor|lecturer|scholar|author of|co-?author|director|PhD|Ph\.D|doctoral|doctorate|holds? (?:a|an)\b|based in|writes (?:on|about|for)|report(?:s|ed) (?:on|from)|column|specializ|specialis|expert|consultant|adviser|advisor|advises|edits|founder|graduate|degree|university|institute|center for|centre for|think tank|program|programme|chair|associate|freelance|former|served|serves|studies|focuses|contributor|columnist|officer|diplomat|ambassador|historian|writer|counsel|judge|barrister|solicitor|lawyer|attorney|curator|archivist|librarian|(?:most\s+recent|latest|last|new|previous)\s+book|leads\s+(?:the|its|our|their|his|her)\b|has\s+studied|works\s+on\b|has\s+worked\s+(?:on|in|for|as|with)\b|\p{L}+(?:ologist|ographer)s?\b|economist|scientist|cover(?:s|ed)\s+(?:\p{Ll}+\s+){1,4}for\s+(?:the\s+)?\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex Vocabulary();
}
