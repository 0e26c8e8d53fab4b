using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Core.Build;

/// <summary>The words pages show for dates, kinds and issues, in one place (invariant culture, English).</summary>
public static class Labels
{
    /// <summary>19 November 2021.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as ISO 8601: the plain date when it is midnight UTC (a date written without a time), else the UTC date-time.</summary>
    public static string IsoMoment(DateTimeOffset moment)
    {
        var utc = moment.ToUniversalTime();
        return utc.TimeOfDay == TimeSpan.Zero
            ? IsoDate(DateOnly.FromDateTime(utc.DateTime))
            : utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    public static string Issue(IssueKey key) =>
        string.Create(CultureInfo.InvariantCulture, $"Volume {key.Volume}, Issue {key.Number}");

    public static string Kind(string kind) => kind switch
    {
        "brief" => "Brief",
        "feature" => "Feature",
        "analysis" => "Analysis",
        "news" => "News",
        _ => TitleCase(kind),
    };

    /// <summary>Heading of an issue's section of articles of one kind.</summary>
    public static string KindSection(string kind) => kind switch
    {
        "brief" => "Briefs",
        "feature" => "Features",
        "analysis" => "Analysis",
        "news" => "News",
        _ => TitleCase(kind),
    };

    /// <summary>Heading of a group on the tags index; null kind is a tag tags.yml does not define.</summary>
    public static string TagGroup(string? kind) => kind?.ToLowerInvariant() switch
    {
        null or "" => "Other tags",
        "country" => "Countries",
        "region" => "Regions",
        "organisation" or "organization" => "Organisations",
        "person" => "People",
        "theme" => "Themes",
        var other => TitleCase(other) + "s",
    };

    /// <summary>Order of the groups on the tags index; unknown kinds follow alphabetically, untyped tags last.</summary>
    public static int TagGroupRank(string? kind) => kind?.ToLowerInvariant() switch
    {
        "country" => 0,
        "region" => 1,
        "organisation" or "organization" => 2,
        "person" => 3,
        "theme" => 4,
        null or "" => 6,
        _ => 5,
    };

    public static string Count(int count, string singular, string plural) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural)}");

    /// <summary>Cuts text at a word boundary to at most <paramref name="max"/> characters, adding an ellipsis.</summary>
    public static string Truncate(string text, int max = 200)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return (cut > max / 2 ? text[..cut] : text[..(max - 1)]).TrimEnd(',', ';', ':', ' ') + "…";
    }

    private static string TitleCase(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// True when <paramref name="summary"/> is the opening of <paramref name="firstParagraph"/> (compared on
    /// letters and digits only), as when import took the lede as the summary.
    /// </summary>
    public static bool RepeatsOpening(string summary, string firstParagraph)
    {
        static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
        var opening = Letters(summary);
        return opening.Length > 0 && Letters(firstParagraph).StartsWith(opening, StringComparison.Ordinal);
    }
}
