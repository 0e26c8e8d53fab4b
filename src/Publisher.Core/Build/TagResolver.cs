using Publisher.Core.Model;
using Publisher.Core.Text;

namespace Publisher.Core.Build;

/// <summary>
/// Maps tags as articles write them to tag slugs: a tags.yml name, alias or slug (case-insensitive)
/// gives that definition's slug; any other tag gets the slug of its own spelling.
/// </summary>
internal sealed class TagResolver
{
    private readonly Dictionary<string, string> _slugByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly SpellingTally _spellings = new();

    public TagResolver(IReadOnlyList<TagDefinition> definitions)
    {
        Definitions = definitions;
        foreach (var tag in definitions)
            foreach (var name in tag.Aliases.Prepend(tag.Name).Append(tag.Slug))
                _slugByName.TryAdd(name.Trim(), tag.Slug);
    }

    public IReadOnlyList<TagDefinition> Definitions { get; }

    /// <summary>Whether tags.yml defines <paramref name="name"/> (by name, alias or slug).</summary>
    public bool Defines(string name) => _slugByName.ContainsKey(name) || _slugByName.ContainsKey(Slug.From(name));

    /// <summary>Every name and alias tags.yml gives, for "did you mean".</summary>
    public IEnumerable<string> KnownNames => Definitions.SelectMany(t => t.Aliases.Prepend(t.Name));

    public string Resolve(string name)
    {
        var slug = _slugByName.TryGetValue(name, out var known) ? known
            : _slugByName.TryGetValue(Slug.From(name), out var bySlug) ? bySlug
            : Slug.From(name);
        _spellings.Add(slug, name);
        return slug;
    }

    public string NameFor(string slug) => _spellings.MostCommon(slug);
}
