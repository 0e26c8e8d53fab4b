using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Core.Build;
using Publisher.Core.Diagnostics;

namespace Publisher.Core.Import.Fixups;

/// <summary>
/// Finds the archive article a citation of the site's own publication refers to ("Terrorism Monitor,
/// July 15"): the year is the citing article's unless given (the year before when that date would lie
/// after the citing article); the match is the article of the publication on that date or the closest
/// earlier one within <see cref="MaxDaysEarlier"/> days (issues are cited by their date, which may be
/// a few days after the piece itself was dated).
/// </summary>
public static partial class SelfCitations
{
    public const int MaxDaysEarlier = 14;

    /// <summary>The date written after a citation: ", July 15" or ", January 13, 2017" (group "date" is the whole).</summary>
    public static Match DateAfter(string text, int index) => CitationDate().Match(text, index);

    public static DateOnly? ResolveDate(Match dateMatch, DateOnly? articleDate)
    {
        var month = Month(dateMatch.Groups["month"].Value);
        var day = int.Parse(dateMatch.Groups["day"].Value, CultureInfo.InvariantCulture);
        int year;
        if (dateMatch.Groups["year"].Success) year = int.Parse(dateMatch.Groups["year"].Value, CultureInfo.InvariantCulture);
        else if (articleDate is { } a) year = a.Year;
        else return null;
        if (month is null || day > DateTime.DaysInMonth(year, month.Value)) return null;
        var date = new DateOnly(year, month.Value, day);
        if (!dateMatch.Groups["year"].Success && articleDate is { } cited && date > cited && day <= DateTime.DaysInMonth(year - 1, month.Value))
            date = new DateOnly(year - 1, month.Value, day);
        return date;
    }

    /// <summary>
    /// The archive entry of the cited own publication (<paramref name="cited"/>, by name or alias) to link, or null;
    /// an ambiguous pick (several on one date) adds an info diagnostic.
    /// </summary>
    public static ArchiveEntry? Find(DateOnly date, string cited, FixupContext context, string citation, SourceLocation location, List<Diagnostic> diagnostics)
    {
        var candidates = context.Archive
            .Where(e => e.Date is { } d && d <= date && d.DayNumber >= date.DayNumber - MaxDaysEarlier)
            .Where(e => e.Publication is null || context.SameOwnPublication(e.Publication, cited))
            .ToList();
        if (candidates.Count == 0)
        {
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.SelfCitationNotInArchive,
                $"citation \"{citation}\" refers to no article in the archive; left as it is", location));
            return null;
        }
        var closest = candidates.Max(e => e.Date!.Value);
        var onDate = candidates.Where(e => e.Date == closest).OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();
        if (onDate.Count > 1)
            diagnostics.Add(Diagnostic.Info(DiagnosticCodes.SelfCitationAmbiguous,
                $"citation \"{citation}\" matches {onDate.Count} articles of {closest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; linked to \"{onDate[0].Title}\", check it", location));
        return onDate[0];
    }

    /// <summary>The root-relative address of the cited article, the same URL build gives it (<see cref="Permalinks.Article"/>).</summary>
    public static string LinkTo(ArchiveEntry entry) => Permalinks.Article(entry.Slug);

    private static int? Month(string name)
    {
        var key = name.TrimEnd('.').ToLowerInvariant();
        if (key.Length < 3) return null;
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (var i = 0; i < months.Length; i++)
            if (months[i].StartsWith(key, StringComparison.Ordinal) || key == "sept" && i == 8) return i + 1;
        return null;
    }

    [GeneratedRegex(@"\G,\s*(?<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)\s+(?<day>\d{1,2})(?:,\s*(?<year>\d{4}))?\b")]
    private static partial Regex CitationDate();
}
