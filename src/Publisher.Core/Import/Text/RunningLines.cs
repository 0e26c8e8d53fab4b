using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// Running headers and footers: short lines a printed issue repeats at its page breaks. One definition of "the same
/// running line" (<see cref="Key"/>: its page number set aside, its other numbers masked, spacing and case ignored) and of
/// its shape (<see cref="IsFurnitureShaped"/>), shared by the whole-issue evidence (<see cref="IssueStructure"/>), the
/// fields read from running lines and the page-furniture rule. Pure.
/// </summary>
public static partial class RunningLines
{
    /// <summary>A running line is short: at most this many words…</summary>
    public const int MaxWords = 16;

    /// <summary>…and this many characters.</summary>
    public const int MaxLength = 120;

    /// <summary>
    /// The key a line repeats under at page breaks ("TM · 20.07.2028   1" and "TM · 20.07.2028   2", "Review | 3" and
    /// "Review | 4" each share one): a trailing page number after a wide gap set aside, every run of digits masked,
    /// spaces collapsed, lower case. Null for a line that cannot be a running line (blank, long, a heading or a note).
    /// </summary>
    public static string? Key(string line)
    {
        var text = line.Trim();
        if (text.Length is 0 or > MaxLength || TextLines.WordCount(text) > MaxWords) return null;
        if (text[0] is '#' or '[') return null;
        return Digits().Replace(Spaces().Replace(WithoutPageNumber(text), " "), "#").ToLowerInvariant();
    }

    /// <summary>
    /// The key a running line keeps when the extraction lost its spaces and separators ("TMVol.XL,No.9|6May20424" and "TM
    /// Vol. XL, No. 9 | 6 May 2042 | 2" share one): its letters in lower case, each run of numbers (however split) one mark.
    /// A line with few letters keeps its digits instead ("VSM 9/3 — 12.03.2046" and "VSM9/3—12.03.2046 §" share
    /// "vsm9312032046"). Null for a line that cannot be a running line, or carries too little to tell it from another.
    /// </summary>
    public static string? SquashedKey(string line)
    {
        if (Key(line) is not { } key) return null;
        var squashed = NumberRuns().Replace(NotLetterOrMark().Replace(key, ""), "#");
        if (squashed.Count(char.IsLetter) >= MinSquashedLetters) return squashed;
        var exact = new string([.. line.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return exact.Count(char.IsLetter) >= MinExactLetters && exact.Count(char.IsDigit) >= MinExactDigits ? exact : null;
    }

    /// <summary>Whether a <see cref="SquashedKey"/> carries the line's numbers (masked or kept), not its words alone.</summary>
    public static bool KeyCarriesNumbers(string squashedKey) => squashedKey.Any(c => c == '#' || char.IsDigit(c));

    private const int MinSquashedLetters = 8;

    private const int MinExactLetters = 2;

    private const int MinExactDigits = 4;

    /// <summary>The line with a page number printed after a wide gap set aside ("TM · 20.07.2028      1" → "TM · 20.07.2028").</summary>
    public static string WithoutPageNumber(string line)
    {
        var text = line.Trim();
        var paged = TrailingPageNumber().Match(text);
        return paged.Success ? text[..paged.Index].TrimEnd() : text;
    }

    /// <summary>Shaped as page furniture: a page number after it, a digit, a separator glyph or a wide gap between fields.</summary>
    public static bool IsFurnitureShaped(string line)
    {
        var text = line.Trim();
        return TrailingPageNumber().IsMatch(text) || text.Any(char.IsDigit) || FieldGap().IsMatch(text) || text.Any(c => c is '|' or '·' or '•');
    }

    /// <summary>
    /// Carries its page number at its end, after a wide gap or a separator ("ASM 5/9 — September 2029      1",
    /// "BNTM 2(3) · forum.example/bntm · 2"): the page number, or null.
    /// </summary>
    public static int? TrailingPage(string line)
    {
        var text = line.Trim();
        if (!text.Any(char.IsLetter) || !(TrailingPageNumber().IsMatch(text) || RunningHeaderLine.IsMatch(text))) return null;
        return LastNumber().Match(text) is { Success: true } m ? int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>
    /// A page footer that counts its pages, furniture even where the text prints it once ("ASM 4/11      page 2 of 5",
    /// "Harbour Watch · Vol. 3, No. 2 · p. 4/9"): the issue's short fields (a volume and issue as "4/11" or in the
    /// numbering words of <see cref="NumberingWords"/>, or a date) and then "page N of M" after a wide gap or a separator.
    /// </summary>
    public static bool IsPageCountFooter(string line)
    {
        var text = line.Trim();
        if (Key(text) is null || PageCount().Match(text) is not { Success: true } count) return false;
        var fields = text[..count.Index].Trim();
        return fields.Length > 0 && TextLines.WordCount(fields) <= MaxFieldWords && fields[^1] is not ('.' or '!' or '?' or ',')
            && IssueFields().IsMatch(fields);
    }

    private const int MaxFieldWords = 8;

    /// <summary>Prints an issue's short fields: a volume and issue ("9/3", "Vol. 4", "No. 12") or a date in figures ("12.03.2046").</summary>
    public static bool CarriesIssueFields(string line) => IssueFields().IsMatch(line);

    /// <summary>The indices of <paramref name="lines"/> grouped by <see cref="Key"/>, for the lines <paramref name="candidate"/> admits.</summary>
    public static Dictionary<string, List<int>> Groups(IReadOnlyList<string> lines, Func<int, bool>? candidate = null)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (candidate is not null && !candidate(i) || Key(lines[i]) is not { } key) continue;
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(i);
        }
        return groups;
    }

    /// <summary>
    /// The lines of <paramref name="lines"/> shaped as furniture and printed at two page breaks or more, or shaped as a
    /// running header with its page number (<see cref="RunningHeaderLine"/>): their indices, in order.
    /// </summary>
    public static IReadOnlyList<int> Repeated(IReadOnlyList<string> lines)
    {
        var repeated = Groups(lines).Values.Where(g => IsRepeatedWords(g, lines)).SelectMany(g => g).ToHashSet();
        return Enumerable.Range(0, lines.Count).Where(i => repeated.Contains(i) || RunningHeaderLine.IsMatch(lines[i])).ToList();
    }

    /// <summary>How many lines are furniture-shaped lines printed at two page breaks or more.</summary>
    public static int RepeatedCount(IReadOnlyList<string> lines) =>
        Groups(lines).Values.Where(g => IsRepeatedWords(g, lines)).Sum(g => g.Count);

    /// <summary>A group of two lines or more that carry words and are shaped as furniture (a bare "| 3" is a page number's business).</summary>
    private static bool IsRepeatedWords(List<int> group, IReadOnlyList<string> lines) =>
        group.Count >= 2 && lines[group[0]].Any(char.IsLetter) && IsFurnitureShaped(lines[group[0]]);

    [GeneratedRegex(@"\s{3,}(?:(?:p\.?|page)\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingPageNumber();

    [GeneratedRegex(@"(?:\s{2,}|\s*[|·•–—]\s*)(?:page|p\.|pg\.?)\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageCount();

    [GeneratedRegex(@"\b\d{1,4}\s*/\s*\d{1,4}\b|\b" + NumberingWords.Volume + @"\s*(?:\d|[IVXLC]+\b)|\b" + NumberingWords.IssueStrict + @"\s*\d|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex IssueFields();

    [GeneratedRegex(@"\d{1,3}$")]
    private static partial Regex LastNumber();

    [GeneratedRegex(@"\S\s{3,}\S")]
    private static partial Regex FieldGap();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[^\p{L}#]")]
    private static partial Regex NotLetterOrMark();

    [GeneratedRegex(@"#+")]
    private static partial Regex NumberRuns();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
