using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// A byline that names no person: "By the Editorial Board", "By Our Correspondent", "By Staff", "By the editors",
/// "By Editorial Staff". It stands where a byline stands (so the line above it is the title), but the piece has no
/// author. "By" (or "Prepared by", "Compiled by", "Written by", "Produced by": "Prepared by the Calder analysis team")
/// followed by a determiner, or by nothing but words of desks and roles; also after the date it was posted ("Posted
/// 2030-05-02 by the data team", "Published 4 May 2030 by the editors"). Pure.
/// </summary>
public static partial class CollectiveByline
{
    private static readonly HashSet<string> CollectiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "editorial", "board", "editors", "editor", "staff", "desk", "team", "newsroom", "correspondent", "correspondents",
        "reporter", "reporters", "writer", "writers", "bureau", "news", "service", "committee", "collective", "office",
        "special", "own", "our", "the", "a", "an", "this", "newspaper's", "paper's", "agency", "agencies", "wire",
        "analysis", "research", "intelligence", "unit", "group", "analysts", "newsdesk",
    };

    public static bool Is(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (PostedOn().Match(text) is { Success: true } posted && DateLine.Read(posted.Groups["date"].Value) is not null)
            text = posted.Groups["by"].Value;
        if (text.Length is < 5 or > 80 || text.Any(char.IsDigit) || text[^1] is '.' or '?' or '!' or ':' or ',') return false;
        if (FromOurCorrespondent().IsMatch(text)) return true;
        var m = By().Match(text);
        if (!m.Success) return false;
        var words = m.Groups["who"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5) return false;
        if (words[0] is "the" or "The" or "our" or "Our" or "THE" or "OUR")
            // "by the data team", "by our policy desk": a determiner, then whatever the staff is called.
            return words.Skip(1).All(w => CollectiveWords.Contains(w) || char.IsUpper(w[0])) || words.Length >= 3 && CreditNouns.Contains(words[^1]);
        // "By Gazette Newsdesk", "By Harbour Wire staff": the site's name before the word for its staff.
        return words.All(w => CollectiveWords.Contains(w)) || IsNamedStaff(words);
    }

    // "By NAME, Coast Bureau" is a person and the desk they write for: the site's staff stand alone, without a comma.
    private static bool IsNamedStaff(string[] words) =>
        words.Length is >= 2 and <= 4 && CreditNouns.Contains(words[^1]) && !words.Any(w => w.Contains(','))
        && words[..^1].All(w => char.IsUpper(w[0])) && words[..^1].Any(w => !CollectiveWords.Contains(w));

    private static readonly HashSet<string> CreditNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "team", "desk", "editors", "newsroom", "bureau", "correspondents", "reporters", "writers", "newsdesk",
    };

    /// <summary>
    /// A credit line that names no person, with or without "By": <see cref="Is"/>, the paper's correspondent at a place
    /// ("From our correspondent, Sallow Cross"), or an organisation's name before a word for its staff ("Northlight
    /// Foundation staff", "Monitor research team"). Read only where a byline stands and no name was read from the line,
    /// since a correspondent's shape credits a person elsewhere ("From our correspondent, Ann Lee").
    /// </summary>
    public static bool IsCredit(string line)
    {
        if (Is(line) || IsPapersOwn(line)) return true;
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length is < 5 or > 60 || text.Any(char.IsDigit) || !char.IsLetter(text[^1])) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 6 && CreditNouns.Contains(words[^1])
            && words[..^1].All(w => char.IsUpper(w[0]) || CollectiveWords.Contains(w))
            && words[..^1].Any(w => char.IsUpper(w[0]) && !CollectiveWords.Contains(w));
    }

    /// <summary>
    /// The paper's own people, unnamed, as a line of their own: "From our correspondent in Vossmark", "Our staff in Tolm",
    /// "From our correspondent, Sallow Cross", "Staff report", "Staff and agencies". No organisation's or person's name can read so: under a title, a byline.
    /// </summary>
    public static bool IsPapersOwn(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        return FromOurCorrespondent().IsMatch(text) || CorrespondentAtPlace().IsMatch(text) || UnnamedReport().IsMatch(text);
    }

    // "Staff report", "From staff reports", "Staff and agencies", "Wire reports": the paper's desk or the wires, unnamed.
    [GeneratedRegex(@"^(?i:(?:from\s+)?(?:staff|wire|agency|news\s+agency)(?:\s+and\s+(?:wire|agency|agencies))?\s+reports?|staff\s+and\s+(?:agencies|wires|wire\s+services))$")]
    private static partial Regex UnnamedReport();

    [GeneratedRegex(@"^(?:(?i:from|by)\s+(?i:our|a)|(?i:our))\s+(?:(?i:own|special|staff|foreign|senior)\s+)?(?i:correspondents?|reporters?|stringers?),\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$")]
    private static partial Regex CorrespondentAtPlace();

    [GeneratedRegex(@"^(?:posted|published)(?:\s+on)?\s+(?<date>\S.*?),?\s+(?<by>by\s.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PostedOn();

    // "From our correspondent in Vossmark", "By our own reporter in Hask", "From a staff reporter", "Our correspondent in
    // Varnhem", "From our staff in Tolm": the paper's own, unnamed.
    [GeneratedRegex(@"^(?:(?i:from|by)\s+(?i:our|a)|(?i:our))\s+(?:(?i:own|special|staff|foreign|senior)\s+)?(?i:correspondents?|reporters?|stringers?|staff)(?:\s+(?i:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?$")]
    private static partial Regex FromOurCorrespondent();

    [GeneratedRegex(@"^(?:(?:prepared|compiled|written|produced)\s+)?by\s*:?\s+(?<who>\p{L}.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex By();
}
