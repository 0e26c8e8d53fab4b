using System.Globalization;

namespace Publisher.Core.Model;

/// <summary>
/// An issue's identity: the own publication's slug, the volume and the issue number (issue 4 of volume 12 of two
/// monitors are two issues). Compares by publication, then newest last.
/// </summary>
public readonly record struct IssueKey(string Publication, int Volume, int Number) : IComparable<IssueKey>
{
    public int CompareTo(IssueKey other)
    {
        var publication = string.CompareOrdinal(Publication, other.Publication);
        if (publication != 0) return publication;
        return Volume != other.Volume ? Volume.CompareTo(other.Volume) : Number.CompareTo(other.Number);
    }

    /// <summary>The issue's URL segment inside its publication: <c>19-22</c>.</summary>
    public string Segment => string.Create(CultureInfo.InvariantCulture, $"{Volume}-{Number}");

    public override string ToString() => $"{Publication} {Segment}";
}

/// <summary>One issue of one of the site's own publications, derived from its articles' publication, volume and issue.</summary>
public sealed record Issue
{
    public required IssueKey Key { get; init; }

    /// <summary>The date most of its articles carry (ties: the earliest).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Article slugs in contents order: briefs first, then the other kinds, each by source path.</summary>
    public required IReadOnlyList<string> Articles { get; init; }
}

/// <summary>A volume of one publication: the issues of one publishing year.</summary>
public sealed record Volume
{
    /// <summary>The publication's slug.</summary>
    public required string Publication { get; init; }

    public required int Number { get; init; }

    /// <summary>From the publication's first_volume_year when set, else the year of its earliest issue.</summary>
    public required int Year { get; init; }

    /// <summary>Its issues, newest first.</summary>
    public required IReadOnlyList<IssueKey> Issues { get; init; }
}
