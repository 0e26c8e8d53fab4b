using Publisher.Core.Model;

namespace Publisher.Core.Import.Text;

/// <summary>Which of site.yml's own publications a printed name is, and by which of its names.</summary>
/// <param name="MatchedName">The name or alias of site.yml the printed one matched.</param>
/// <param name="ByAlias">Whether it matched an alias rather than the publication's name.</param>
public sealed record OwnPublicationMatch(PublicationConfig Publication, string MatchedName, bool ByAlias);

/// <summary>
/// Recognises one of the archive's own publications in a name as a masthead, a "Publication:" line or a sidecar
/// prints it, through what PDF extraction does to a masthead: capitals ("MILITANT LEADERSHIP MONITOR"), words run
/// together ("MilitantLeadershipMonitor"), letters spaced out, hyphens, a trademark sign, a leading "The". Names
/// are compared by their letters and digits only (<see cref="MastheadLine.Squash"/>); the publication's name is
/// tried before its aliases, and the publications in site.yml's order.
/// </summary>
public static class OwnPublicationName
{
    public static OwnPublicationMatch? Match(string? printed, IReadOnlyList<PublicationConfig> publications)
    {
        if (string.IsNullOrWhiteSpace(printed)) return null;
        var key = Key(printed);
        if (key.Length == 0) return null;
        foreach (var publication in publications)
        {
            if (Key(publication.Name) == key) return new(publication, publication.Name, ByAlias: false);
            foreach (var alias in publication.Aliases)
                if (Key(alias) == key) return new(publication, alias, ByAlias: true);
        }
        return null;
    }

    /// <summary>Letters and digits, lower-cased, without a leading article ("The Terrorism Monitor" → "terrorismmonitor").</summary>
    private static string Key(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.StartsWith("the ", StringComparison.OrdinalIgnoreCase)) trimmed = trimmed[4..];
        return MastheadLine.Squash(trimmed);
    }
}
