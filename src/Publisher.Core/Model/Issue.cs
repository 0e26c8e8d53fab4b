using System.Globalization;

namespace Publisher.Core.Model;

/// <summary>Volume and issue number, e.g. 19-22. Compares newest last.</summary>
public readonly record struct IssueKey(int Volume, int Number) : IComparable<IssueKey>
{
    public int CompareTo(IssueKey other) =>
        Volume != other.Volume ? Volume.CompareTo(other.Volume) : Number.CompareTo(other.Number);

    /// <summary>The URL segment: <c>19-22</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Volume}-{Number}");
}

/// <summary>One issue of the site's own publication, derived from its articles' volume and issue.</summary>
public sealed record Issue
{
    public required IssueKey Key { get; init; }

    /// <summary>The date most of its articles carry (ties: the earliest).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Article slugs in contents order: briefs first, then the other kinds, each by source path.</summary>
    public required IReadOnlyList<string> Articles { get; init; }
}

/// <summary>A volume: the issues of one publishing year.</summary>
public sealed record Volume
{
    public required int Number { get; init; }

    /// <summary>From site.yml's first_volume_year when set, else the year of its earliest issue.</summary>
    public required int Year { get; init; }

    /// <summary>Its issues, newest first.</summary>
    public required IReadOnlyList<IssueKey> Issues { get; init; }
}
