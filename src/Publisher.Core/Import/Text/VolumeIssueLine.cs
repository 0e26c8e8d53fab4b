using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Import.Formats;

namespace Publisher.Core.Import.Text;

/// <summary>
/// What a masthead's volume line says: the text before it (a publication name), the numbers, and what follows.
/// <paramref name="Volume"/> is null for a masthead that prints an issue number and a date but no volume.
/// </summary>
public sealed record VolumeIssue(string Before, int? Volume, int Issue, string Rest);

/// <summary>
/// A masthead's volume/issue line: "VOLUME XIX | ISSUE 22", "Volume 12, Issue 4 | April 2021", "Vol. 12, No. 4",
/// "Volume XII • Issue 4", "Rebel Monitor Volume 3 � Issue 9", "Volume Six · Issue Fourteen", "Issue 22 • Volume XXIV" (Roman, Arabic or spelled-out numbers, any separator between them).
/// Only a line that is nothing else counts: a short name may come before, and only a date or a page number after.
/// A masthead with no volume ("Number 41 · October 12, 2029", "No. 19 — February 2027", "12 October 2029 | Issue 41")
/// counts only with a date beside its number, since "No. 41" alone is no masthead. A tagline set off by a separator
/// glyph before the numbers ("A monthly review of … · Number 41 · …") is no name and is left out of <c>Before</c>.
/// </summary>
public static partial class VolumeIssueLine
{
    private const int MaxNameWords = 8;

    public static VolumeIssue? Parse(string line)
    {
        // "Home » Monitor » Volume 25 » Issue 20" is a web page's breadcrumb, not a printed masthead.
        if (NavigationBar.IsArrowTrail(line)) return null;
        // "20.07.2028 ...... Volume XXVI ...... Issue Fourteen": dot leaders between the parts are separators.
        line = DotLeader().Replace(line, " · ");
        return ParseLine(line) ?? (LetterSpacing.CollapseRuns(line) is var collapsed && collapsed != line ? ParseLine(collapsed) : null);
    }

    [GeneratedRegex(@"\s*(?:\.\s?){3,}\s*|\s*…+\s*")]
    private static partial Regex DotLeader();

    private static VolumeIssue? ParseLine(string line)
    {
        var match = Pattern().Match(line.Trim());
        // "Issue 22 • Volume XXIV • 12 November 2026": some mastheads print the issue before the volume; "Issue 8 of 2049
        // (vol. 6)", the year the issue counts in between them.
        if (!match.Success) match = IssueFirstPattern().Match(line.Trim());
        if (match.Success)
        {
            if (Number(match.Groups["volume"].Value) is not { } volume || Number(match.Groups["issue"].Value) is not { } issue) return null;
            // "Year 2029, No. 5": a calendar year is no volume.
            if (NumberingWords.IsYearWord(match.Groups["vw"].Value) && volume >= 1000) return null;
            // "No. 15 (Vol. 36)", "Vol. 4 [No. 2]": the second number in brackets; the bracket that closes it is no tail.
            var rest = match.Groups["rest"].Value;
            var numbers = line.Trim()[match.Groups["before"].Length..match.Groups["rest"].Index];
            if (numbers.Count(c => c is '(' or '[') > numbers.Count(c => c is ')' or ']')) rest = CloseBracketAfter().Replace(rest, "");
            // "Vol. XLVI (2048) · Issue 3 · 7 February": the year printed with the volume completes the day and month.
            if (match.Groups["year"].Success && MastheadDate.Parse(rest) is null
                && MastheadDate.Parse($"{rest.TrimEnd()} {match.Groups["year"].Value}") is { DayInferred: false })
                rest = $"{rest.TrimEnd()} {match.Groups["year"].Value}";
            return Read(match.Groups["before"].Value, volume, issue, rest);
        }
        // "The Ninth Dispatch of the Second Year": volume and issue counted in ordinals.
        match = OrdinalPattern().Match(line.Trim());
        if (!match.Success) match = OrdinalVolumeFirstPattern().Match(line.Trim());
        if (match.Success && NumberWords.Ordinal(match.Groups["volume"].Value) is { } nthVolume && NumberWords.Ordinal(match.Groups["issue"].Value) is { } nthIssue)
            return Read(match.Groups["before"].Value, nthVolume, nthIssue, match.Groups["rest"].Value);
        return IssueWithDate(line.Trim()) ?? SlashPairWithDate(line.Trim()) ?? NameWithColonPair(line.Trim());
    }

    /// <summary>
    /// "Terrorism Monitor 46:9", "Coast Review 12:4 · May 2041": a journal's volume and issue after its name, apart by a
    /// colon, perhaps a date after them. Not a time of day ("News 10:30").
    /// </summary>
    private static VolumeIssue? NameWithColonPair(string line)
    {
        if (ColonPair().Match(line) is not { Success: true } match) return null;
        var volume = int.Parse(match.Groups["volume"].Value, CultureInfo.InvariantCulture);
        var issueText = match.Groups["issue"].Value;
        var issue = int.Parse(issueText, CultureInfo.InvariantCulture);
        if (volume == 0 || issue == 0 || issueText.Length == 2 && volume <= 24) return null;
        return Read(match.Groups["before"].Value, volume, issue, match.Groups["rest"].Value);
    }

    [GeneratedRegex(@"^(?<before>\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,5})\s+(?<volume>\d{1,3}):(?<issue>\d{1,2})(?![\d:.])(?<rest>.*)$")]
    private static partial Regex ColonPair();

    /// <summary>
    /// "40/19 · Thursday 2.x.2042", "Coast Monitor 12/4 | March 2041": volume and issue as two numbers over a slash, the
    /// issue's date after them; null without the date ("24/7", "9/11" are no masthead).
    /// </summary>
    private static VolumeIssue? SlashPairWithDate(string line)
    {
        if (SlashPair().Match(line) is not { Success: true } match) return null;
        var volume = int.Parse(match.Groups["volume"].Value, CultureInfo.InvariantCulture);
        var issue = int.Parse(match.Groups["issue"].Value, CultureInfo.InvariantCulture);
        return volume > 0 && issue > 0 && Read(match.Groups["before"].Value, volume, issue, match.Groups["rest"].Value) is { } read
            && DateIn(read.Rest) is not null ? read : null;
    }

    [GeneratedRegex(@"^(?<before>(?:\p{L}[^\d]*?)?)(?<![\d/])" + NumberingWords.VolumeSlashIssue + @"(?<rest>.*)$")]
    private static partial Regex SlashPair();

    /// <summary>An issue number with a date before or after it and no volume; null without the date.</summary>
    private static VolumeIssue? IssueWithDate(string line)
    {
        // A note or a sentence that cites a numbered report ("[3] Delta Report No. 12, March 2030.") is no masthead.
        if (line.Length == 0 || line[^1] == '.' || line[0] is '[' or '(') return null;
        if (IssueOnlyPattern().Match(line) is not { Success: true } match) return null;
        var issue = int.Parse(match.Groups["issue"].Value, CultureInfo.InvariantCulture);
        var restText = match.Groups["rest"].Value;
        // "Edition 12 March 2030": the number is the day of a date, not a count.
        if (restText.Length > 0 && char.IsWhiteSpace(restText[0]) && MastheadDate.Parse(match.Groups["issue"].Value + restText) is not null) return null;
        // "Release 44/2029": the count and the year it runs in, which stands in for a date.
        var yearOfCount = YearOfCount().Match(restText);
        if (yearOfCount.Success) restText = restText[yearOfCount.Length..];
        if (Read(match.Groups["before"].Value, null, issue, restText) is not { } read) return null;
        // "Policy Brief No. 7 | November 2024": a genre's numbered series is a document's label, not a masthead.
        // So is "Press Release No. 31 — 4 June 2029": the numbering word closes a genre's name.
        if (read.Before.Length > 0 && (Genres.Of(read.Before) is not null || Genres.Of($"{read.Before} {NumberSign().Replace(match.Groups["iw"].Value, "")}") is not null)) return null;
        return yearOfCount.Success || read.Rest.Length > 0 && DateIn(read.Rest) is not null ? read : null;
    }

    private static VolumeIssue? Read(string beforeText, int? volume, int issue, string restText)
    {
        // "Edition 22 (Volume 3, number 2)", "Gulf Watch — Edition 5 (Vol. 2, No. 1)": a running count printed before the
        // numbers, and the bracket they open, are no part of the publication's name.
        var opened = OpenBracketBefore().IsMatch(beforeText);
        var before = TrimSeparators(RunningCountBefore().Replace(OpenBracketBefore().Replace(beforeText, ""), ""), start: false);
        var rest = opened ? CloseBracketAfter().Replace(restText, "").Trim() : restText.Trim();
        if (Tagline(beforeText, before)) before = "";
        // A name has no colon: "Publication: Coastal Monitor Volume: 3 Issue: 1" is a labelled field line, not a masthead.
        if (before.Length > 0 && (TextLines.WordCount(before) > MaxNameWords || before[^1] is '.' or ';' or ':' || before.Contains(':'))) return null;
        var restCore = TrimSeparators(rest, start: true);
        // "June 2025 · Volume 4 · Issue 2": a date printed before the numbers is the issue's date, not a name.
        if (before.Length > 0 && restCore.Length == 0 && MastheadDate.Parse(before) is not null) (before, restCore) = ("", before);
        if (restCore.Length > 0 && !IsDateOrPageNumber(restCore) && !IsMastheadTail(restCore)) return null;
        return new VolumeIssue(before, volume, issue, restCore);
    }

    private const int MaxTaglineWords = 16;

    /// <summary>
    /// A publication's tagline set off from the numbers by a separator glyph ("A monthly review of security on the
    /// eastern frontiers ·"): capitalised, a lower-case word that is not a function word, no sentence's end inside,
    /// and not a date (a date before the numbers is the issue's).
    /// </summary>
    private static bool Tagline(string raw, string before)
    {
        var trimmed = raw.TrimEnd();
        if (before.Length == 0 || trimmed.Length == 0 || !IsSeparatorGlyph(trimmed[^1])) return false;
        if (!char.IsUpper(before[0]) || TextLines.WordCount(before) > MaxTaglineWords || before.IndexOfAny(['.', '!', '?', ':', ';']) >= 0) return false;
        if (MastheadDate.Parse(before) is not null) return false;
        return before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Count(w => char.IsLower(w[0]) && !TaglineFunctionWords.Contains(w.Trim(','))) >= 1;
    }

    private static readonly HashSet<string> TaglineFunctionWords = new(["of", "and", "the", "for", "on", "in", "at", "to", "a", "an", "de", "la", "du"], StringComparer.Ordinal);

    public static bool IsMatch(string line) => Parse(line) is not null;

    /// <summary>"Volume XLVIII", "VOL. 12": a line that prints the volume alone (a masthead may set it apart from the issue's line), or null.</summary>
    public static int? BareVolume(string line) =>
        BareVolumePattern().Match(line.Trim()) is { Success: true } m ? Number(m.Groups["volume"].Value) : null;

    [GeneratedRegex(@"^(?i:vol(?:ume)?\.?)\s+(?<volume>[IVXLCDM]{1,8}|\d{1,3})$")]
    private static partial Regex BareVolumePattern();

    /// <summary>
    /// A masthead line of an issue number and the issue's date, for a publication that counts no volumes ("No. 19 —
    /// February 2027", "Issue 7 · 3 May 2027", "N° 8 | June 2027"), or null.
    /// </summary>
    public static (int Issue, MastheadDateValue Date)? IssueAndDate(string line) =>
        Parse(line) is { Volume: null } read && DateIn(read.Rest) is { } date ? (read.Issue, date) : null;

    /// <summary>
    /// A newsletter's count of its sends, which the archive does not file as an issue (the corpus labels leave it empty),
    /// unlike "No. 58 · March 2033": a number alone on its line as a letter prints it under its name ("No. 58", "Issue
    /// #61", "Mailing no. 87", "Letter № 140", "Runner No. 52", "#212"; any of <see cref="NumberingWords.SendNoun"/>, or a word of the letter's own before a number sign), or a number after
    /// "#" with a date and no volume ("Issue #212 · Thursday 18 November 2032").
    /// </summary>
    public static bool IsSendCount(string line) =>
        BareCount().IsMatch(line.Trim()) || Parse(line) is { Volume: null } && HashNumber().IsMatch(line);

    [GeneratedRegex(@"#\s?\d{1,5}\b")]
    private static partial Regex HashNumber();

    [GeneratedRegex(@"^(?:" + NumberingWords.SendNoun + @"\s*(?:no\.?|nr\.?|n[°º]|№|#)?\s*|" + NumberingWords.OwnWordNumberSign + @"\s*|(?:no\.?|№|#)\s*)\d{1,5}$", RegexOptions.IgnoreCase)]
    private static partial Regex BareCount();

    /// <summary>The issue's date among what the masthead prints after the numbers ("January 22, 2027 • Washington, DC").</summary>
    public static MastheadDateValue? DateIn(string rest) =>
        MastheadDate.Parse(rest) ?? Parts(rest).Select(p => MastheadDate.Parse(p) ?? DateAfterWord(p)).FirstOrDefault(d => d is not null);

    /// <summary>"published 7 December 2026", "issued: 3 May 2026": one word, then a date.</summary>
    private static MastheadDateValue? DateAfterWord(string part) =>
        WordThenRest().Match(part) is { Success: true } m ? MastheadDate.Parse(m.Groups["rest"].Value)
        : PlaceThenDate().Match(part) is { Success: true } placed ? MastheadDate.Parse(placed.Groups["rest"].Value) : null;

    /// <summary>"Lima, 8 August 2028", "New Delhi, March 3, 2027": a place of publication, a comma, then the date.</summary>
    [GeneratedRegex(@"^\p{Lu}\p{L}+(?:[ -]\p{Lu}\p{L}+){0,2},\s+(?<rest>\S.*)$")]
    private static partial Regex PlaceThenDate();

    [GeneratedRegex(@"^\p{L}+:?\s+(?<rest>\S.*)$")]
    private static partial Regex WordThenRest();

    /// <summary>Arabic, Roman or spelled out ("Volume Six · Issue Fourteen").</summary>
    private static int? Number(string text) => TextShapes.ParseNumber(text) ?? NumberWords.Parse(text);

    /// <summary>
    /// The glyphs a masthead prints between its parts (◆, •, |, dashes, slashes, any symbol) and a PDF font's ornament
    /// (a private-use or replacement glyph). Brackets split parts ("(November 2026)") but are never trimmed from them.
    /// </summary>
    private static bool IsSeparatorGlyph(char c) =>
        c is '|' or '·' or '•' or '◆' or '▪' or '—' or '–' or '/' or '\uFFFD' || char.IsSymbol(c)
        || char.GetUnicodeCategory(c) is UnicodeCategory.PrivateUse;

    private static bool IsBracket(char c) => c is '(' or ')' or '[' or ']';

    /// <summary>What lies between a masthead's parts when trimming one: separators, spaces and punctuation other than brackets and quotes.</summary>
    private static bool IsTrimmable(char c) =>
        char.IsWhiteSpace(c) || IsSeparatorGlyph(c) || char.IsPunctuation(c) && !IsBracket(c) && c is not ('"' or '\'');

    /// <summary>
    /// Strips the separators a masthead prints between its parts, and any punctuation next to them, at the end of the
    /// name or the start of the rest. Only a name's closing full stop, semicolon or colon is kept, so a sentence is
    /// still told apart.
    /// </summary>
    private static string TrimSeparators(string text, bool start)
    {
        var trimmed = text.Trim();
        if (start)
        {
            var i = 0;
            while (i < trimmed.Length && IsTrimmable(trimmed[i])) i++;
            return trimmed[i..].Trim();
        }
        var end = trimmed.Length;
        while (end > 0 && IsTrimmable(trimmed[end - 1]) && trimmed[end - 1] is not ('.' or ';' or ':')) end--;
        return trimmed[..end].Trim();
    }

    /// <summary>The parts of what a masthead prints after the numbers: split at separator glyphs, brackets and runs of two or more spaces.</summary>
    private static List<string> Parts(string text)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var splits = i == text.Length || IsSeparatorGlyph(text[i]) || IsBracket(text[i])
                || char.IsWhiteSpace(text[i]) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]);
            if (!splits) continue;
            if (text[start..i].Trim() is { Length: > 0 } part) parts.Add(part);
            start = i + 1;
        }
        return parts;
    }

    /// <summary>"April 2021", "7", "April 2021   7" (a date with the page number after it).</summary>
    private static bool IsDateOrPageNumber(string text) =>
        MastheadDate.Parse(text) is not null || PageNumberAfter().IsMatch(text)
        || TrailingPageNumber().Match(text) is { Success: true } m && MastheadDate.Parse(text[..m.Index]) is not null;

    /// <summary>
    /// What mastheads print after the numbers besides a date: parts split by separators ("Winter 2026 | Quarterly",
    /// "(November 2026)", "Special Issue", "Washington, DC", "Published 3 Dec 2026", "1–15 March 2027"), each a date, a
    /// year, a page number or a short label in title case. A sentence ("was devoted to the elections …") is none of them.
    /// </summary>
    private static bool IsMastheadTail(string text)
    {
        var parts = Parts(text);
        return parts.Count is > 0 and <= 6 && parts.All(IsTailPart);
    }

    private static bool IsTailPart(string part) =>
        IsDateOrPageNumber(part) || DateAfterWord(part) is not null || YearOrRange().IsMatch(part) || part.Split(',').All(piece => IsTitleCaseLabel(piece.Trim()));

    private static bool IsTitleCaseLabel(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 5 || text.EndsWith('.') && words.Length > 1 && !words[^1].TrimEnd('.').All(char.IsUpper)) return false;
        return words.Select((w, i) => (w, i)).All(x =>
            char.IsUpper(x.w[0]) || char.IsDigit(x.w[0]) || x.i > 0 && x.i < words.Length - 1 && TailConnectors.Contains(x.w));
    }

    private static readonly HashSet<string> TailConnectors = new(["of", "and", "the", "for", "on", "in", "de", "la", "du", "&"], StringComparer.Ordinal);

    /// <summary>"2026", "2026-12-01", "1–15 March 2027", "Winter 2026/27".</summary>
    [GeneratedRegex(@"^(?:(?:spring|summer|autumn|fall|winter)\s+)?\d{4}(?:[-–/]\d{2,4})?(?:-\d{2}-\d{2})?$|^\d{1,2}\s*[-–]\s*\d{1,2}\s+\p{L}+\.?\s+\d{4}$", RegexOptions.IgnoreCase)]
    private static partial Regex YearOrRange();

    [GeneratedRegex(@"\s+\d{1,4}$")]
    private static partial Regex TrailingPageNumber();

    // "Volume 44, 2032 - Issue 6": a journal prints the volume's year between volume and issue; "Vol. 47 (XLVII) — Iss. 4",
    // the volume in roman numerals too.
    [GeneratedRegex(@"^(?<before>.*?)(?<![\p{L}])(?<vw>" + NumberingWords.Volume + @")\s*:?\s*(?<volume>[IVXLCDM]+|\d{1,4}|\p{L}+(?:-\p{L}+)?)(?![\p{L}\d])(?:\s*[(\[][IVXLCDM]+[)\]])?[^\p{L}\d]*(?:(?<year>(?:19|20)\d{2})[^\p{L}\d]*)?" + NumberingWords.IssueAfterVolume + @"\s*:?\s*(?<issue>\d{1,4}|[IVXLCDM]+|\p{L}+(?:-\p{L}+)?)(?![\p{L}\d])(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(?<before>.*?)(?<![\p{L}])" + NumberingWords.Issue + @"\s*:?\s*(?<issue>\d{1,4}|[IVXLCDM]+|\p{L}+(?:-\p{L}+)?)(?![\p{L}\d])[^\p{L}\d]*(?:of\s+(?<year>(?:19|20)\d{2})[^\p{L}\d]*)?(?:of\s+)?(?<vw>" + NumberingWords.Volume + @")\s*:?\s*(?<volume>[IVXLCDM]+|\d{1,4}|\p{L}+(?:-\p{L}+)?)(?![\p{L}\d])(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex IssueFirstPattern();

    // "The Ninth Dispatch of the Second Year", "Second Year, Ninth Issue", "3rd Year · 12th Number": counts in ordinals.
    [GeneratedRegex(@"^(?<before>.*?)(?<![\p{L}])(?:the\s+)?(?<issue>" + Ordinal + @")\s+" + NumberingWords.Issue + @"\s+of\s+(?:the\s+)?(?<volume>" + Ordinal + @")\s+(?<vw>" + NumberingWords.Volume + @")(?![\p{L}\d])(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalPattern();

    [GeneratedRegex(@"^(?<before>.*?)(?<![\p{L}])(?:the\s+)?(?<volume>" + Ordinal + @")\s+(?<vw>" + NumberingWords.Volume + @")[^\p{L}\d]+(?:the\s+)?(?<issue>" + Ordinal + @")\s+" + NumberingWords.Issue + @"(?![\p{L}\d])(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalVolumeFirstPattern();

    private const string Ordinal = @"\d{1,3}(?:st|nd|rd|th)|\p{L}+(?:-\p{L}+)?";

    // "Number 41 · October 12, 2029", "12 October 2029 | Issue 41", "No. 19 — February 2027", "Release 44/2029": digits only,
    // so a spelled word ("Number one reason …") is never read as an issue number.
    [GeneratedRegex(@"^(?<before>.*?)(?<![\p{L}])(?<iw>" + NumberingWords.IssueStrict + @")\s*:?\s*(?<issue>\d{1,4})(?![\p{L}\d])(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex IssueOnlyPattern();

    [GeneratedRegex(@"\s*(?:no\.|n[°º]|#)$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberSign();

    /// <summary>"/2029" right after an issue number: the year the count runs in ("Release 44/2029").</summary>
    [GeneratedRegex(@"^\s*/\s*(?:19|20)\d\d(?!\d)")]
    private static partial Regex YearOfCount();

    [GeneratedRegex(@"[(\[]\s*$")]
    private static partial Regex OpenBracketBefore();

    [GeneratedRegex(@"^\s*[)\]]")]
    private static partial Regex CloseBracketAfter();

    /// <summary>"Edition 22", "Whole No. 140", "Issue 7" at the end of what precedes the numbers.</summary>
    [GeneratedRegex(@"(?:^|[\s|·•—–/,:])(?:whole\s+)?" + NumberingWords.Issue + @"\s*\d{1,4}\s*[,;:|·•—–/]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RunningCountBefore();

    [GeneratedRegex(@"^(?:(?:page|p\.?)\s*)?\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberAfter();
}
