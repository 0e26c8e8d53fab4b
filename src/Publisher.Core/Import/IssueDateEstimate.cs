using System.Globalization;
using Publisher.Core.Model;

namespace Publisher.Core.Import;

/// <summary>
/// The date of an issue whose text prints none, estimated from its volume and issue number with site.yml's
/// <c>first_volume_year</c> and <c>frequency</c> of its publication: volume V appeared in first_volume_year + V - 1;
/// a weekly's issue N about 7·(N−1) days after 1 January, a fortnightly's 14·(N−1) days, a monthly's issue N on the
/// 1st of month N. Null when site.yml lacks either value or the number does not fit the year (issue 30 of a monthly).
/// </summary>
internal static class IssueDateEstimate
{
    public static (DateOnly Date, string Reason)? Of(PublicationConfig publication, int volume, int issue)
    {
        if (publication.FirstVolumeYear is not { } first || publication.Frequency is not { } frequency || volume < 1 || issue < 1) return null;
        var year = first + volume - 1;
        if (year is < 1 or > 9999) return null;
        var january = new DateOnly(year, 1, 1);
        DateOnly? date = frequency switch
        {
            PublicationFrequency.Weekly => january.AddDays(7 * (issue - 1)),
            PublicationFrequency.Fortnightly => january.AddDays(14 * (issue - 1)),
            PublicationFrequency.Monthly when issue <= 12 => new DateOnly(year, issue, 1),
            _ => null,
        };
        if (date is not { } d || d.Year != year) return null;
        var rule = frequency switch
        {
            PublicationFrequency.Weekly => "a weekly's issue N about 7·(N−1) days after 1 January",
            PublicationFrequency.Fortnightly => "a fortnightly's issue N about 14·(N−1) days after 1 January",
            _ => "a monthly's issue N on the 1st of month N",
        };
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"an estimate, not a printed date: the text gives none, and site.yml says {publication.Name} is {frequency.ToString().ToLowerInvariant()} with volume 1 in {first}, so volume {volume} is {year} and issue {issue} ≈ {d:d MMMM yyyy} ({rule}); set 'date' in the seed's sidecar");
        return (d, reason);
    }
}
