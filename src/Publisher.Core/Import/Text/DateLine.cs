using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Core.Import.Text;

/// <summary>
/// What a date line says its date is. <see cref="Submitted"/> is a stage before publication a journal prints
/// ("Received", "Accepted", "Revised"): never the piece's date while another date is printed.
/// </summary>
/// <summary>
/// What a date says of its piece: published or posted, plain (unlabelled), updated, checked (the day someone last checked
/// the page was still right: "Last checked", "Last verified") or submitted (a journal's stages before publication).
/// </summary>
public enum DateRole { Plain, Published, Posted, Updated, Submitted, Checked }

/// <summary>A date read from text. <paramref name="Full"/> is false when the text gave no day ("May 2023").</summary>
public sealed record DateReading(DateOnly Date, DateRole Role, bool Full);

/// <summary>
/// Date lines of web pages: "May 4, 2023", "Mar. 4, 2025", "4 May 2023", "16-Nov-2026", "2023-05-04", "2025/03/04", "04/05/2023" or "28-05-2023" (only
/// when day and month cannot be swapped), optionally labelled "Published:", "Posted on", "Updated", with a weekday before
/// and a time (and zone), a reading time, a relative update ("Updated 2 hours ago") or the piece's age ("Age: 2 days") after; a line of a published and
/// an updated date gives the published one. A line that says more than that is not a date line. Pure.
/// </summary>
public static partial class DateLine
{
    private static readonly string[] Months =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The date of a line that is only a (labelled) date, or null.</summary>
    public static DateReading? Read(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        if (text.Length < 6) return null;
        // "Delivered on: 30 May 2031 (Transcript of the speech, as delivered)": the note on which text of a speech the page
        // prints stands beside its date, no part of it.
        if (TrailingNote().Match(text) is { Success: true } note && DeliveryNote.Is(note.Value)) text = text[..note.Index].TrimEnd();
        // "Online since 22 March 2045 — from the Spring 2045 print issue": where the piece was printed is no part of its date.
        if (PrintIssueNote().Match(text) is { Success: true } printed) text = text[..printed.Index].TrimEnd();
        // "Last updated: 5 April 2029 09:12 GMT  |  First published: 4 April 2029 18:40 GMT": two labelled dates with
        // their times run past one date's length; such a line is read part by part.
        if (text.Length > 80) return text.Length <= MaxPartsLength ? ReadParts(line) : null;
        var role = DateRole.Plain;
        if (Label().Match(text) is { Success: true } label)
        {
            role = RoleOf(label.Groups["label"].Value);
            text = text[label.Length..].Trim();
        }
        // "2030-10-02T10:14:00+01:00": a machine timestamp printed as the page's date.
        if (IsoDateTime().Match(text) is { Success: true } iso)
            return Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, role);
        var found = Find(text);
        if (found is null) return null;
        var rest = (text[..found.Value.Index] + " " + text[(found.Value.Index + found.Value.Length)..]).Trim();
        if (!Leftover().IsMatch(rest)) return ReadParts(line);
        return found.Value.Reading with { Role = role };
    }

    private const int MaxPartsLength = 160;

    /// <summary>
    /// "Published on 17/06/2025 · Updated 18/06/2025", "4 March 2025 | updated 5 March 2025": a line of two labelled
    /// dates. Every part must be a date line; the published (or first unlabelled) date is preferred over the updated one.
    /// </summary>
    private static DateReading? ReadParts(string line)
    {
        var parts = DatePartSeparator().Split(line.Trim().Trim('*', '_').Trim()).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count < 2) return null;
        var readings = new List<DateReading>();
        foreach (var part in parts)
        {
            // "Updated 14:05 UTC": a time the page was updated on the same day says nothing about the date.
            if (UpdateTimeOnly().IsMatch(part)) continue;
            // "Nov 30, 2026 • Updated Dec 1, 2026 • 4 min read": a reading time beside the dates.
            if (Byline.IsReadingTime(part)) continue;
            // "Pages 611-638 | Received …": a journal article's page range beside its dates.
            if (PageRange().IsMatch(part)) continue;
            // "No. 41 — Monday 12 March 2029", "Edition 57 · Friday, 9 May 2031": a newsletter's number beside its date.
            if (IssueNumber().IsMatch(part)) continue;
            // "7 October 2029 | 42 pages | ISBN 978-…": a report's length and book number beside its date.
            if (PublicationDetail().IsMatch(part)) continue;
            // "Last revised 2 August 2033 · Cite this entry": the page's citing tool beside its date.
            if (JournalFurniture.Is(part) && TextLines.WordCount(part) <= 4) continue;
            if (Read(part) is not { } reading) return null;
            readings.Add(reading);
        }
        if (readings.Count == 0) return null;
        // "Submitted: 14 February 2029 · Last revised: 2 March 2029" (a repository's paper): with no date of publication
        // beside them, the submission is when the piece was posted, and the revision came after it.
        if (readings.All(r => GivesWay(r.Role)) && readings.FirstOrDefault(r => r.Role == DateRole.Submitted) is { } first)
            return first with { Role = DateRole.Posted };
        return readings.OrderBy(r => Rank(r.Role)).First();
    }

    /// <summary>
    /// Which of several dates of one piece is its date (lowest first; the first of equals): a published, posted or
    /// unlabelled date, then an update, then a check, then a stage before publication.
    /// </summary>
    /// <summary>An update, a check or a journal's stage: a date that gives way to the piece's own date.</summary>
    public static bool GivesWay(DateRole role) => Rank(role) > 0;

    public static int Rank(DateRole role) => role switch
    {
        DateRole.Updated => 1,
        DateRole.Checked => 2,
        DateRole.Submitted => 3,
        _ => 0,
    };

    /// <summary>A label standing alone where its date follows on the next line ("Published", "Last updated:").</summary>
    public static DateRole? LabelOnly(string line)
    {
        var text = line.Trim().Trim('*', '_').Trim();
        return LabelAlone().Match(text) is { Success: true } m ? RoleOf(m.Groups["label"].Value) : null;
    }

    /// <summary>A date given as a field value ("2023-05-04T10:00:00Z", "May 4, 2023", "2023-05"), or null.</summary>
    public static DateReading? Parse(string value)
    {
        var text = value.Trim().Trim('"', '\'').Trim();
        if (IsoDateTime().Match(text) is { Success: true } iso)
            return Make(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value, DateRole.Plain);
        if (IsoYearMonth().Match(text) is { Success: true } month)
            return Make(month.Groups["y"].Value, month.Groups["m"].Value, null, DateRole.Plain);
        var found = Find(text);
        if (found is null) return null;
        var rest = (text[..found.Value.Index] + " " + text[(found.Value.Index + found.Value.Length)..]).Trim();
        return Leftover().IsMatch(rest) ? found.Value.Reading : null;
    }

    /// <summary>The date of a text that is a date and nothing else (no label, weekday aside, no time), or null.</summary>
    public static DateReading? Exact(string text)
    {
        var trimmed = text.Trim();
        return Find(trimmed) is { } found && found.Index == 0 && found.Length == trimmed.Length ? found.Reading : null;
    }

    /// <summary>The first date written anywhere in <paramref name="text"/> (for "Posted May 4, 2023 by …").</summary>
    public static DateReading? FindIn(string text) => Find(text)?.Reading;

    private static (int Index, int Length, DateReading Reading)? Find(string text)
    {
        // "Fri 27.11.26": a two-digit year is read only after a weekday, which also says whether day or month comes first.
        if (WeekdayShortDate().Match(text) is { Success: true } shortDate && OnWeekday(shortDate) is { } dated)
            return (shortDate.Index, shortDate.Length, dated);
        foreach (var regex in new[] { MonthDayYear(), DayMonthYear(), IsoDate(), YearSlashDate(), SlashDate(), MonthYear(), DateTimeGroup() })
        {
            var m = regex.Match(text);
            if (!m.Success) continue;
            var year = m.Groups["y"].Value.Length == 2 ? "20" + m.Groups["y"].Value : m.Groups["y"].Value;
            DateReading? reading = regex == SlashDate() ? Slash(m, DayFirstTime().IsMatch(text)) : Make(year, m.Groups["m"].Value, m.Groups["d"].Success ? m.Groups["d"].Value : null, DateRole.Plain);
            if (reading is not null) return (m.Index, m.Length, reading);
        }
        return null;
    }

    /// <summary>"04/05/2023" is read only when one number is above 12 (or both are equal, or dots say day-first); otherwise day and month could swap.</summary>
    /// <param name="dayFirst">The line writes its time the day-first way ("16h48", as French and Portuguese pages do).</param>
    private static DateReading? Slash(Match m, bool dayFirst = false)
    {
        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var y = m.Groups["y"].Value;
        if (a > 12 && b <= 12) return Make(y, b.ToString(CultureInfo.InvariantCulture), a.ToString(CultureInfo.InvariantCulture), DateRole.Plain);
        if (b > 12 && a <= 12) return Make(y, a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture), DateRole.Plain);
        if (a == b) return Make(y, a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture), DateRole.Plain);
        // "08.12.2027": dots between the numbers are the day-first convention; month-first dates use slashes or hyphens.
        if (m.Groups["s"].Value is "." or "·" || dayFirst) return Make(y, b.ToString(CultureInfo.InvariantCulture), a.ToString(CultureInfo.InvariantCulture), DateRole.Plain);
        return null;
    }

    /// <summary>The reading of "Tue 09.03.27" (day or month first) that falls on the weekday printed before it.</summary>
    private static DateReading? OnWeekday(Match m)
    {
        var y = "20" + m.Groups["y"].Value;
        var weekday = m.Groups["w"].Value[..3].ToLowerInvariant();
        var readings = new[] { Make(y, m.Groups["b"].Value, m.Groups["a"].Value, DateRole.Plain), Make(y, m.Groups["a"].Value, m.Groups["b"].Value, DateRole.Plain) }
            .OfType<DateReading>()
            .Where(r => r.Date.DayOfWeek.ToString()[..3].Equals(weekday, StringComparison.OrdinalIgnoreCase))
            .Distinct()
            .ToList();
        return readings.Count == 1 ? readings[0] : null;
    }

    /// <summary>
    /// "02/10/2030" read by the site's own convention: the other numeric dates the page prints with the same separator
    /// ("14/09/2030" in a rail of stories) all put the day first, or all the month first. Null when the line holds no
    /// ambiguous date, or the page's other dates do not settle it (none, or both orders).
    /// </summary>
    public static (DateReading Reading, string Evidence)? ResolveBySite(string line, IEnumerable<string> pageLines)
    {
        var m = SlashDate().Match(line);
        if (!m.Success || Slash(m, DayFirstTime().IsMatch(line)) is not null) return null;
        var separator = m.Groups["s"].Value;
        bool? dayFirst = null;
        string? witness = null;
        foreach (var other in pageLines)
        {
            foreach (Match o in SlashDate().Matches(other))
            {
                if (o.Groups["s"].Value != separator) continue;
                var a = int.Parse(o.Groups["a"].Value, CultureInfo.InvariantCulture);
                var b = int.Parse(o.Groups["b"].Value, CultureInfo.InvariantCulture);
                bool? order = a > 12 && b <= 12 ? true : b > 12 && a <= 12 ? false : null;
                if (order is null) continue;
                if (dayFirst is not null && dayFirst != order) return null;
                dayFirst = order;
                witness ??= o.Value;
            }
        }
        if (dayFirst is not { } first) return null;
        var y = m.Groups["y"].Value;
        var reading = first ? Make(y, m.Groups["b"].Value, m.Groups["a"].Value, DateRole.Plain) : Make(y, m.Groups["a"].Value, m.Groups["b"].Value, DateRole.Plain);
        return reading is null ? null : (reading, $"the page's other dates put the {(first ? "day" : "month")} first ('{witness}')");
    }

    /// <summary>
    /// "09/05/2033" read by the page's address: the date an address prints ("/2033/05/09/", "…-2033-05-09") settles which
    /// number is the day when it is one of the two readings. Null when the line holds no ambiguous date or the address
    /// prints no date that is one of them.
    /// </summary>
    public static (DateReading Reading, string Evidence)? ResolveByAddress(string line, string? url)
    {
        var m = SlashDate().Match(line);
        if (url is null || !m.Success || Slash(m, DayFirstTime().IsMatch(line)) is not null) return null;
        var y = m.Groups["y"].Value;
        DateReading?[] readings = [Make(y, m.Groups["b"].Value, m.Groups["a"].Value, DateRole.Plain), Make(y, m.Groups["a"].Value, m.Groups["b"].Value, DateRole.Plain)];
        foreach (Match d in AddressDate().Matches(url))
            if (Make(d.Groups["y"].Value, d.Groups["m"].Value, d.Groups["d"].Value, DateRole.Plain) is { } printed
                && readings.FirstOrDefault(r => r?.Date == printed.Date) is { } reading)
                return (reading, $"the page's address prints the date ('{d.Value}')");
        return null;
    }

    /// <summary>"2033/05/09", "2033-05-09", "20330509" in an address, between separators.</summary>
    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d\d)(?<s>[/\-_]?)(?<m>\d{2})\k<s>(?<d>\d{2})(?!\d)")]
    private static partial Regex AddressDate();

    /// <summary>True when <paramref name="line"/> holds a day/month/year date whose day and month could be swapped.</summary>
    public static bool IsAmbiguous(string line) =>
        SlashDate().Match(line) is { Success: true } m && Slash(m, DayFirstTime().IsMatch(line)) is null;

    private static DateReading? Make(string year, string month, string? day, DateRole role)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : Array.IndexOf(Months, month[..3].ToLowerInvariant()) + 1;
        var d = day is null ? 1 : int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1900 or > 2200 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateReading(new DateOnly(y, m, d), role, day is not null);
    }

    /// <summary>The role a date's label gives it ("Last updated on" → updated).</summary>
    internal static DateRole RoleOf(string label)
    {
        var l = label.ToLowerInvariant();
        if (SubmittedWord().IsMatch(l)) return DateRole.Submitted;
        if (ForeignUpdated().IsMatch(l)) return DateRole.Updated;
        if (ForeignPublished().IsMatch(l)) return DateRole.Published;
        if (l.Contains("checked", StringComparison.Ordinal) || l.Contains("verified", StringComparison.Ordinal)) return DateRole.Checked;
        if (l.Contains("updated", StringComparison.Ordinal) || l.Contains("modified", StringComparison.Ordinal) || l.Contains("reviewed", StringComparison.Ordinal)
            || l.Contains("revised", StringComparison.Ordinal) || l.Contains("edited", StringComparison.Ordinal) || l.Contains("changed", StringComparison.Ordinal)
            || l.Contains("amended", StringComparison.Ordinal)
            || l.StartsWith("as ", StringComparison.Ordinal)) return DateRole.Updated;
        if (l.Contains("posted", StringComparison.Ordinal)) return DateRole.Posted;
        if (l.Contains("publi", StringComparison.Ordinal) || l.Contains("issue", StringComparison.Ordinal) || l.Contains("release", StringComparison.Ordinal)
            || l.Contains("delivered", StringComparison.Ordinal) || l.Contains("announced", StringComparison.Ordinal)) return DateRole.Published;
        return DateRole.Plain;
    }

    /// <summary>
    /// "Publicado", "Actualizado", "Mis à jour le", "Aktualisiert am": the published and updated labels of pages whose
    /// furniture is in another language (Spanish, Portuguese, French, German, Italian, Dutch, Scandinavian, Polish)
    /// while the piece is in English.
    /// </summary>
    private const string ForeignPublishedWords = @"publicad[oa]|publi[ée]e?|ver[öo]ffentlicht|pubblicat[oa]|gepubliceerd|publicerad|publisert|opublikowano";

    private const string ForeignUpdatedWords = @"actualizad[oa]|atualizad[oa]|mise?\s+[àa]\s+jour|aktualisiert|aggiornat[oa]|bijgewerkt|uppdaterad|oppdatert|zaktualizowano";

    private const string ForeignLabel = @"(?:" + ForeignPublishedWords + "|" + ForeignUpdatedWords + @")(?:\s+(?:el|le|em|am|il|op|den|dnia))?";

    [GeneratedRegex(@"^(?:" + ForeignUpdatedWords + @")(?!\w)")]
    private static partial Regex ForeignUpdated();

    [GeneratedRegex(@"^(?:" + ForeignPublishedWords + @")(?!\w)")]
    private static partial Regex ForeignPublished();

    private const string MonthName =
        @"(?<m>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    internal const string Weekday = @"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?";

    /// <summary>"Last updated", "last revised", "last checked": the verbs of a page's last change, after "last".</summary>
    internal const string LastChangeVerbs = @"updated|modified|reviewed|revised|edited|changed|checked|verified|amended";

    [GeneratedRegex(@"^(?<label>(?:date\s+of\s+(?:publication|issue|judg(?:e)?ment|decision|ruling)|(?:publication|judg(?:e)?ment|decision)\s+date|date\s+published|release\s+date)|(?:(?:first\s+|last\s+|originally\s+)?(?:published|posted|updated|modified|reviewed|revised|date|dated|issued|released|delivered|announced)(?:\s+online)?(?:\s+(?:on|at))?|last\s+(?:" + LastChangeVerbs + @")(?:\s+(?:on|at))?|as\s+(?:of|at)|online\s+(?:since|from)|" + ForeignLabel + @")(?!\w)|(?:received|submitted|accepted|revised)(?:\s+(?:on|for\s+publication))?(?!\w))\s*:?\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex Label();

    /// <summary>"Received", "Accepted": a journal's stages before publication.</summary>
    [GeneratedRegex(@"^(?:received|submitted|accepted|revised)\b")]
    private static partial Regex SubmittedWord();

    [GeneratedRegex(@"^(?<label>(?:first\s+|last\s+|originally\s+)?(?:published|posted|updated|modified|date|dated)(?:\s+(?:on|at))?)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelAlone();

    [GeneratedRegex(Weekday + MonthName + @"\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    /// <summary>"4 May 2023", "4th of May, 2023", "16-Nov-2026".</summary>
    [GeneratedRegex(Weekday + @"(?<d>\d{1,2})(?:(?:st|nd|rd|th)?\s+(?:of\s+)?" + MonthName + @",?\s+|-" + MonthName + @"-)(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")]
    private static partial Regex IsoDateTime();

    /// <summary>"Updated 14:05 UTC", "last modified at 9.30am": an update time without a date.</summary>
    [GeneratedRegex(@"^(?:last\s+)?(?:updated|modified)\s*:?\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:\(?[A-Z]{2,5}\)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateTimeOnly();

    [GeneratedRegex(@"^(?<w>Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<y>\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayShortDate();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})$")]
    private static partial Regex IsoYearMonth();

    /// <summary>"2025/03/04", "2025.03.04": year first, month before day (no order puts the day second).</summary>
    [GeneratedRegex(@"\b(?<y>\d{4})[/.](?<m>\d{1,2})[/.](?<d>\d{1,2})\b")]
    private static partial Regex YearSlashDate();

    [GeneratedRegex(@"\s+[|·•—–]\s+|(?<!\blast)\s*[,;]?\s+(?=(?:last\s+)?(?:updated|modified)\b)|\s*[,;]\s+(?=(?:received|accepted|revised|published)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex DatePartSeparator();

    /// <summary>"No. 41", "Issue #88", "Edition 57", "#212": an issue's number alone.</summary>
    [GeneratedRegex(@"^(?:(?:no\.?|number|issue|edition)\s*#?|#)\s*\d{1,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex IssueNumber();

    /// <summary>"42 pages", "ISBN 978-1-7394-2210-6", "DOI: 10.5555/x": a publication's length or number beside its date.</summary>
    [GeneratedRegex(@"^(?:\d{1,4}\s+(?:pages?|pp\.?)|(?:ISBN|ISSN|DOI)(?:[\s:-].*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PublicationDetail();

    /// <summary>"Pages 611-638", "pp. 44–71", "p. 12".</summary>
    [GeneratedRegex(@"^(?:pages?|pp?\.)\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageRange();

    /// <summary>
    /// "25/04/2022", "25.04.2022", "25-04-2022", "25·04·2022": one separator twice (a dash only between digits, never a
    /// range's; a raised dot is a dot).
    /// </summary>
    [GeneratedRegex(@"(?<![\d\-/.·])(?<a>\d{1,2})(?<s>[/.\-·])(?<b>\d{1,2})\k<s>(?<y>\d{4})(?![\d\-/·])")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"^" + MonthName + @",?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    /// <summary>"16h48": an hour and minutes split by "h", the way of day-first countries (France, Portugal, Brazil).</summary>
    [GeneratedRegex(@"\b\d{1,2}h\d{2}\b")]
    private static partial Regex DayFirstTime();

    /// <summary>
    /// A date-time group as military and maritime messages date themselves: "DTG 191200Z JAN 29", "051830Z MAR 2029" —
    /// day, hour and minute, a time-zone letter, the month's abbreviation and the year (two digits read as 20YY).
    /// </summary>
    [GeneratedRegex(@"^(?:DTG\s*:?\s*)?(?<d>\d{2})\d{4}[A-Z]\s+" + MonthName + @"\s+(?<y>(?:20)?\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateTimeGroup();

    /// <summary>A note after a dash closing a line: " — from the Spring 2045 print issue", " – in the May print edition".</summary>
    [GeneratedRegex(@"\s+[—–-]\s+(?:from|in)\s+(?:the|our)\s+[\p{L}\d ]{0,30}?\bprint\s+(?:issue|edition)$", RegexOptions.IgnoreCase)]
    private static partial Regex PrintIssueNote();

    /// <summary>A note in brackets closing a line: " (Transcript of the speech, as delivered)".</summary>
    [GeneratedRegex(@"\s+\([^()]{3,100}\)$")]
    private static partial Regex TrailingNote();

    /// <summary>What may stand beside the date on a date line: separators, a time ("10:05", "07h32") and zone, a reading time.</summary>
    [GeneratedRegex(@"^[\s,|·•\-–—/]*(?:(?:at\s+)?\d{1,2}(?:[:.]|h)\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?)?[\s,|·•\-–—/]*(?:\d{1,3}\s*min(?:ute)?s?(?:\s+read)?)?[\s,|·•\-–—/]*(?:(?:last\s+)?updated\s*:?\s*\d{1,3}\s+(?:second|minute|min|hour|hr|day|week)s?\s+ago)?[\s,|·•\-–—/]*(?:" + RelativeAge + @")?[\s,|·•\-–—/]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Leftover();

    /// <summary>
    /// How long ago the piece appeared, printed beside its date: "Age: 2 days", "(3 hours ago)", "5 days old". It
    /// needs its label, "ago" or "old": a bare count beside a date could be anything.
    /// </summary>
    private const string RelativeAge =
        @"\(?(?:age\s*:?\s*\d{1,3}\s+" + AgeUnit + @"(?:\s+(?:ago|old))?|\d{1,3}\s+" + AgeUnit + @"\s+(?:ago|old))\)?";

    private const string AgeUnit = @"(?:second|sec|minute|min|hour|hr|day|week|wk|month|year|yr)s?";
}
