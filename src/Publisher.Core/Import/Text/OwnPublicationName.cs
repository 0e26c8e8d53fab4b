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
        // "TheTundraBrief": a leading "the" run together with the name.
        string[] keys = key.StartsWith("the", StringComparison.Ordinal) && key.Length > 3 ? [key, key[3..]] : [key];
        foreach (var publication in publications)
        {
            if (keys.Contains(Key(publication.Name))) return new(publication, publication.Name, ByAlias: false);
            foreach (var alias in publication.Aliases)
                if (keys.Contains(Key(alias))) return new(publication, alias, ByAlias: true);
        }
        return null;
    }

    /// <summary>
    /// A masthead block that opens with an own publication's name and goes on with its tagline ("TERRORISM MONITOR
    /// Timely analysis of …", one block when the PDF printed them without a blank line): the match and the name as
    /// printed. Only names of six letters or more count here, so an abbreviation opening a sentence ("TM is …") does not.
    /// </summary>
    public static (OwnPublicationMatch Match, string Printed)? Leading(string? text, IReadOnlyList<PublicationConfig> publications)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var k = Math.Min(words.Length, MaxNameWords); k >= 1; k--)
        {
            if (!words[k - 1].Any(char.IsLetterOrDigit)) continue;
            var printed = string.Join(' ', words.Take(k));
            if (Key(printed).Length >= MinLeadingLength && Match(printed, publications) is { } match) return (match, printed);
        }
        return null;
    }

    /// <summary>
    /// The own publication a page's address files it under: a folder of the path (not the page's own slug) that is a
    /// publication's slug or its name ("/program/terrorism-monitor/…", "/TerrorismMonitor/2029/…"). A publisher's site
    /// files its periodicals' pieces so; a press outlet's address does not carry another publisher's periodical. Aliases
    /// are not read here: a short folder ("/tm/") says too little.
    /// </summary>
    public static (PublicationConfig Publication, string Folder)? InAddress(string? url, IReadOnlyList<PublicationConfig> publications)
    {
        if (url is null || publications.Count == 0 || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return null;
        foreach (var folder in AddressFolders.Of(uri))
        {
            var key = Key(Uri.UnescapeDataString(folder).Replace('-', ' ').Replace('_', ' '));
            if (key.Length < MinLeadingLength) continue;
            foreach (var publication in publications)
                if (string.Equals(folder, publication.Slug, StringComparison.OrdinalIgnoreCase) || key == Key(publication.Name)) return (publication, folder);
        }
        return null;
    }

    private const int MaxNameWords = 8;
    private const int MinLeadingLength = 6;

    private static string Key(string name) => Publisher.Core.Text.NameKey.Of(name);
}
