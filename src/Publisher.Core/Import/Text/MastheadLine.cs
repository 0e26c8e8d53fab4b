using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>How much of a masthead a line is.</summary>
public enum MastheadMatch
{
    None,

    /// <summary>The publication's name alone, perhaps with a page number ("Coastal Risk Monitor 4").</summary>
    NameOnly,

    /// <summary>The name with volume/issue or month/year ("CoastalRisk Monitor Volume XIV � Issue 9"), or volume and issue alone.</summary>
    Full,
}

/// <summary>
/// Recognises a running page header or footer that repeats the issue's masthead, however the PDF extraction mangled
/// it: words run together ("TerrorismMonitor"), capitals, stray glyphs or odd separators ("|", "•", "·", "�", "-"),
/// Roman or Arabic numbers, a month and year, volume and issue as "39/22", a page number. Compares letters and digits only, lower-cased, against
/// the publication names it is given; the rest of the line must be masthead words (volume, issue, no., page, numbers,
/// months, years), with at most a few others (a publisher's name).
/// </summary>
public static partial class MastheadLine
{
    private const int MaxLineLength = 140;
    private const int MaxOtherWords = 3;
    private const int MinNameLength = 6;

    public static MastheadMatch Match(string line, IReadOnlyList<string> publications)
    {
        line = line.Trim();
        // A note that cites the publication ("¹ See Harbour Monitor, Vol. 2, No. 5 …") is the notes' text, not its masthead.
        if (line.Length is 0 or > MaxLineLength || line.StartsWith('[') || line.StartsWith('#') || NotesParagraph.IsNotes(line)) return MastheadMatch.None;
        var tokens = Tokens(line);
        if (tokens.Count == 0) return MastheadMatch.None;
        // "Terrorism Monitor - 39/22 - page 2": volume and issue printed as two numbers over a slash, as page footers do.
        // Only with no word of prose beside it ("Harbour Watch runs 24/7"): a lower-case word that is no masthead word.
        var numberPair = VolumeIssuePair().IsMatch(line) && !LowerCaseWord().Matches(line).Any(w => !MastheadWords().IsMatch(w.Value));

        foreach (var name in publications.Select(Publisher.Core.Text.NameKey.Of).Where(n => n.Length >= MinNameLength).Distinct(StringComparer.Ordinal))
        {
            if (WithoutName(tokens, name) is not { } rest) continue;
            var (words, others) = Classify(rest);
            var numbered = HasVolumeOrDate(words) || numberPair;
            if (others > MaxOtherWords || others > 0 && !numbered) continue;
            return numbered ? MastheadMatch.Full : others == 0 && words.All(IsNumber) ? MastheadMatch.NameOnly : MastheadMatch.None;
        }
        // Volume and issue with nothing else but numbers and dates.
        var (allWords, allOthers) = Classify(tokens);
        return allOthers == 0 && HasVolume(allWords) && HasIssue(allWords)
            ? MastheadMatch.Full
            : MastheadMatch.None;
    }

    /// <summary>Runs of letters or digits, split where a lower-case letter meets a capital ("RiskMonitor") or a letter meets a digit.</summary>
    private static List<string> Tokens(string line)
    {
        var tokens = new List<string>();
        var sb = new StringBuilder();
        char previous = ' ';
        foreach (var raw in line.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var isWordChar = raw is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';
            var boundary = !isWordChar
                || sb.Length > 0 && (char.IsLower(previous) && char.IsUpper(raw) || char.IsDigit(previous) != char.IsDigit(raw));
            if (boundary && sb.Length > 0)
            {
                tokens.Add(sb.ToString());
                sb.Clear();
            }
            if (isWordChar) sb.Append(char.ToLowerInvariant(raw));
            previous = raw;
        }
        if (sb.Length > 0) tokens.Add(sb.ToString());
        return tokens;
    }

    /// <summary>The tokens left when the name is taken out of their concatenation (cutting tokens it only partly covers), or null.</summary>
    private static List<string>? WithoutName(List<string> tokens, string name)
    {
        var joined = string.Concat(tokens);
        var at = joined.IndexOf(name, StringComparison.Ordinal);
        if (at < 0) return null;
        var end = at + name.Length;
        var rest = new List<string>();
        var offset = 0;
        foreach (var token in tokens)
        {
            var (start, stop) = (offset, offset + token.Length);
            offset = stop;
            if (stop <= at || start >= end) { rest.Add(token); continue; }
            if (start < at) rest.Add(token[..(at - start)]);
            if (stop > end) rest.Add(token[(end - start)..]);
        }
        return rest;
    }

    /// <summary>Masthead words (kept, for the caller to look at) and the count of other words.</summary>
    private static (List<string> Words, int Others) Classify(List<string> tokens)
    {
        var words = new List<string>();
        var others = 0;
        foreach (var token in tokens)
        {
            if (token.Length <= 30 && MastheadWords().IsMatch(token)) words.Add(token);
            else others++;
        }
        return (words, others);
    }

    private static bool HasVolume(List<string> words) => words.Any(NumberingWords.IsVolumeToken);

    private static bool HasIssue(List<string> words) => words.Any(NumberingWords.IsIssueToken);

    private static bool HasVolumeOrDate(List<string> words) =>
        HasVolume(words) || HasIssue(words)
        || words.Any(w => MonthWord().IsMatch(w)) && words.Any(w => w.Length == 4 && w.All(char.IsDigit));

    private static bool IsNumber(string word) => word.All(char.IsDigit) || word is "page" or "p" or "pg" or "of";

    [GeneratedRegex(@"^(?:" + NumberingWords.Tokens + @"|page|pg|pp|p|of|[ivxlcdm]{1,7}|\d{1,4}|st|nd|rd|th|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)+$")]
    private static partial Regex MastheadWords();

    [GeneratedRegex(@"(?<![\d/.])" + NumberingWords.VolumeSlashIssue)]
    private static partial Regex VolumeIssuePair();

    /// <summary>A word starting in lower case, not the lower-case tail of a capitalised word run together with others.</summary>
    [GeneratedRegex(@"(?<!\p{L})\p{Ll}+")]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$")]
    private static partial Regex MonthWord();
}
