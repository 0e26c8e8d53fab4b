using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>
/// Maps author names as articles spell them to author slugs: a profile's name or one of its aliases
/// (case-insensitive) gives the profile's slug; any other name gets the slug of its own spelling.
/// Remembers the spellings it saw so authors without a profile get a display name.
/// </summary>
internal sealed class AuthorResolver
{
    private readonly Dictionary<string, string> _slugByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly SpellingTally _spellings = new();

    public AuthorResolver(IReadOnlyList<AuthorProfile> profiles)
    {
        Profiles = profiles;
        foreach (var profile in profiles)
            foreach (var name in profile.Aliases.Prepend(profile.Name))
                _slugByName.TryAdd(name.Trim(), profile.Slug);
    }

    public IReadOnlyList<AuthorProfile> Profiles { get; }

    /// <summary>Whether <paramref name="name"/> leads to a profile (its name, an alias, or a spelling with the profile's slug).</summary>
    public bool HasProfile(string name) =>
        _slugByName.ContainsKey(name) || Profiles.Any(p => string.Equals(p.Slug, Slug.From(name), StringComparison.Ordinal));

    /// <summary>Every profile's name and aliases, for "did you mean".</summary>
    public IEnumerable<string> KnownNames => Profiles.SelectMany(p => p.Aliases.Prepend(p.Name));

    public string Resolve(string name)
    {
        var slug = _slugByName.TryGetValue(name, out var known) ? known : Slug.From(name);
        _spellings.Add(slug, name);
        return slug;
    }

    /// <summary>The spelling used most often for <paramref name="slug"/> (ties: ordinal first).</summary>
    public string NameFor(string slug) => _spellings.MostCommon(slug);
}
